"""Svenska texter: utveckling över tid och nätverkets jämförelse (#25)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    # -- fel --
    "err_trend_few": (
        "trend behöver minst {need} självvärderingar av samma organisation; fick {got}"
    ),
    "err_trend_no_date": (
        "filen saknar datum; trend ordnar självvärderingarna "
        "efter datum: lägg till date: ÅÅÅÅ-MM-DD"
    ),
    "err_trend_organisation": (
        "organisationen ”{this}” skiljer sig från ”{first}” i {file}: trend följer en "
        "organisation; för att ställa organisationer bredvid varandra, använd siqassess benchmark"
    ),
    "err_trend_same_date": (
        "samma datum ({date}) som {file}: ge varje självvärdering ett eget datum"
    ),
    "err_network_no_date": (
        "filen saknar datum; nätverket ordnar den efter år: lägg till date: ÅÅÅÅ-MM-DD"
    ),
    "err_contribution_leaf": "nätverkets modell har ingen fråga {id}",
    "err_not_key": "inte en nyckelfil för benchmark (den saknar key: 1); ge nyckeln en egen fil",
    "err_key_is_input": "--key pekar på en fil som kommandot läser; ge nyckeln en egen fil",
    "err_contribute_no_year": "filen saknar datum: ange året med --year",
    "err_no_members": "ingen medlems fil gick att använda; se kontrollerna ovan",
    "err_per_member_dir": "--per-member behöver en mapp (där skrivs en fil per medlem)",
    "err_segment": (
        "segmentet ”{segment}” är ingen kort etikett: använd bokstäver, siffror, - _ och . "
        "(högst 40), till exempel kommun-20-50k"
    ),
    "nw_file_check": "{file}: {text}",
    # -- utveckling över tid --
    "tr_title": "Utveckling över tid: {organisation}",
    "tr_intro": Plural(
        one="{n} självvärdering, {first} till {last}.",
        other="{n} självvärderingar, från {first} till {last}.",
    ),
    "tr_rests_on": (
        "En nod jämförs bara över de år då den fick poäng: ett år då den var ej tillämplig "
        "eller obesvarad är en lucka (–), aldrig en nolla. ”År” anger hur många år radens "
        "förändring och riktning vilar på."
    ),
    "tr_model_changed": "MODELLEN ÄNDRADES mellan {before} och {after}: {what}.",
    "tr_model_changed_2": "Poängen före och efter ändringen går inte att jämföra fullt ut.",
    "tr_only_old": "bara i den tidigare modellen: {ids}",
    "tr_only_new": "bara i den senare modellen: {ids}",
    "tr_scores": "Poäng per år",
    "tr_targets": "Mål per år",
    "tr_coverage": "Täckning per år (besvarade/e.t./saknas)",
    "tr_node": "Nod",
    "tr_years": "År",
    "tr_change": "Förändring",
    "tr_per_year": "Per år",
    "tr_direction": "Riktning",
    "tr_dir_improving": "förbättras",
    "tr_dir_flat": "oförändrad",
    "tr_dir_declining": "försämras",
    "tr_dir_none": "för få år",
    "tr_charts": "Diagram",
    "tr_chart_total": "Total poäng per år",
    "tr_chart_factor": "{id} {name}: poäng per år",
    "tr_legend_target": "streckad: mål",
    "tr_files": "Filer",
    "tr_na_key": "e.t. = ej tillämplig",
    # -- nätverket --
    "nw_title": "Nätverkets jämförelse {year}",
    "nw_intro": Plural(
        one="{n} medlem {year}, modell {model}.",
        other="{n} medlemmar {year}, modell {model}.",
    ),
    "nw_codes": (
        "Medlemmarna visas med koder som lottats ut; nyckeln från kod till organisation finns "
        "bara hos samordnaren."
    ),
    "nw_suppression": (
        "Ett värde som vilar på färre än {min_n} medlemmar visas inte utan markeras med ”..”, "
        "så att ingen medlems poäng går att räkna ut. Lägsta och högsta visas först från "
        "{min_n} medlemmar."
    ),
    "nw_checks": "Kontroller",
    "nw_checks_none": (
        "Inga problem: varje fil svarar mot samma modell samma år, en gång per medlem."
    ),
    "nw_check_model": "Medlem {code}: svarar mot en annan modell ({detail}); utelämnad.",
    "nw_check_year": (
        "Medlem {code}: en självvärdering från {year}, ett år som inte efterfrågades; utelämnad."
    ),
    "nw_check_duplicate": (
        "Medlem {code}: en andra fil för {year}; utelämnad (den först inlästa gäller)."
    ),
    "nw_check_coverage": (
        "Medlem {code}: {missing} av {total} frågor obesvarade {year}; dess värden vilar på "
        "de besvarade."
    ),
    "nw_check_unread": Plural(
        one="{n} fil gick inte att läsa; samordnarens terminal anger vilken.",
        other="{n} filer gick inte att läsa; samordnarens terminal anger vilka.",
    ),
    "nw_members": "Medlemmar",
    "nw_code": "Kod",
    "nw_segment": "Segment",
    "nw_figures": "Nätverket, nod för nod",
    "nw_n": "n",
    "nw_median": "Median",
    "nw_p25": "P25",
    "nw_p75": "P75",
    "nw_min": "Lägsta",
    "nw_max": "Högsta",
    "nw_under": "Under målet",
    "nw_heatmap": "Värmekarta: varje medlems kvartil",
    "nw_heat_caveat": (
        "Färgen visar var en medlem ligger inom nätverket: 1 är den lägsta kvartilen, 4 den "
        "högsta. Den är relativ och talar inte om ifall resultatet är bra eller dåligt."
    ),
    "nw_quartile_1": "1 lägsta kvartilen",
    "nw_quartile_2": "2",
    "nw_quartile_3": "3",
    "nw_quartile_4": "4 högsta kvartilen",
    "nw_weak": "Gemensamma svaga punkter",
    "nw_weak_intro": "Förslag på teman till nätverkets nästa möte.",
    "nw_lowest": "Lägst median",
    "nw_most_under": "Flest medlemmar under målet",
    "nw_under_of": "{under} av {n}",
    "nw_learning": "Lärpar",
    "nw_learning_intro": (
        "För varje kriterium de medlemmar som ligger i nätverkets högsta kvartil. En medlems "
        "skrivna styrkor visas bara när dess fil ger samtycke (share_strengths: true)."
    ),
    "nw_no_consent": "inget samtycke till att dela sina styrkor",
    "nw_no_strengths": "inga skrivna styrkor",
    "nw_segments": "Per segment",
    "nw_segment_members": Plural(one="{n} medlem", other="{n} medlemmar"),
    "nw_history": "Nätverket över åren",
    "nw_history_intro": (
        "Nätverkets median för totalen, år för år (”..” där medlemmarna är för få)."
    ),
    "nw_year": "År",
    "nw_none": "Inga.",
    # -- per medlem --
    "pm_title": "Er organisation jämfört med nätverket",
    "pm_intro": Plural(
        one="{organisation}, {year}. Nätverket har {n} medlem i år.",
        other="{organisation}, {year}. Nätverket har {n} medlemmar i år.",
    ),
    "pm_code": "Er kod i nätverksrapporten: {code}.",
    "pm_own": "Er poäng",
    "pm_quartile": "Kvartil",
    "pm_trend": "Er utveckling jämfört med nätverkets",
    "pm_network_median": "Nätverkets median",
    "pm_no_history": "Inget tidigare år angavs.",
}
