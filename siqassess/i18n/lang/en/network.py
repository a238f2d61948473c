"""English texts: trend over the years and the network benchmark (#25)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Plural, Text

TEXTS: dict[str, Text] = {
    # -- errors --
    "err_trend_few": "trend needs at least {need} assessments of one organisation; got {got}",
    "err_trend_no_date": (
        "the file has no date; trend orders assessments by date: add date: YYYY-MM-DD"
    ),
    "err_trend_organisation": (
        "organisation “{this}” differs from “{first}” in {file}: trend follows one organisation; "
        "to set organisations side by side, use siqassess benchmark"
    ),
    "err_trend_same_date": "the same date ({date}) as {file}: give each assessment its own date",
    "err_network_no_date": (
        "the file has no date; the network places it by year: add date: YYYY-MM-DD"
    ),
    "err_contribution_leaf": "no leaf {id} in the network's model",
    "err_not_key": "not a benchmark key file (it has no key: 1); give the key its own file",
    "err_key_is_input": "--key names a file this command reads; give the key its own file",
    "err_contribute_no_year": "the file has no date: give the year with --year",
    "err_no_members": "no member's file could be used; see the checks above",
    "err_per_member_dir": "--per-member needs a folder (it writes one file per member there)",
    "err_segment": (
        "the segment “{segment}” is not a short tag: use letters, digits, - _ and . "
        "(up to 40), for example kommun-20-50k"
    ),
    "nw_file_check": "{file}: {text}",
    # -- trend --
    "tr_title": "Trend: {organisation}",
    "tr_intro": Plural(
        one="{n} assessment, {first} to {last}.",
        other="{n} assessments, from {first} to {last}.",
    ),
    "tr_rests_on": (
        "A node is compared only over the years in which it was scored: a year where it was not "
        "applicable or unanswered is a gap (–), never a zero. “Years” says how many years each "
        "row's change and direction rest on."
    ),
    "tr_model_changed": "MODEL CHANGED between {before} and {after}: {what}.",
    "tr_model_changed_2": "Scores before and after that change are not fully comparable.",
    "tr_only_old": "only in the earlier model: {ids}",
    "tr_only_new": "only in the later model: {ids}",
    "tr_scores": "Scores by year",
    "tr_targets": "Targets by year",
    "tr_coverage": "Coverage by year (answered/N/A/missing)",
    "tr_node": "Node",
    "tr_years": "Years",
    "tr_change": "Change",
    "tr_per_year": "Per year",
    "tr_direction": "Direction",
    "tr_dir_improving": "improving",
    "tr_dir_flat": "flat",
    "tr_dir_declining": "declining",
    "tr_dir_none": "too few years",
    "tr_charts": "Charts",
    "tr_chart_total": "Total score by year",
    "tr_chart_factor": "{id} {name}: score by year",
    "tr_legend_target": "dashed: target",
    "tr_files": "Files",
    "tr_na_key": "",
    # -- network --
    "nw_title": "Network benchmark {year}",
    "nw_intro": Plural(
        one="{n} member in {year}, model {model}.",
        other="{n} members in {year}, model {model}.",
    ),
    "nw_codes": (
        "Members appear as codes given at random; the key from code to organisation stays with "
        "the coordinator."
    ),
    "nw_suppression": (
        "A figure that rests on fewer than {min_n} members is not shown and is marked “..”, so "
        "that no member's score can be worked out. Lowest and highest are shown only from "
        "{min_n} members."
    ),
    "nw_checks": "Checks",
    "nw_checks_none": (
        "No problems: every file answers the same model in the same year, once per member."
    ),
    "nw_check_model": "Member {code}: answers another model ({detail}); left out.",
    "nw_check_year": "Member {code}: an assessment from {year}, a year not asked for; left out.",
    "nw_check_duplicate": (
        "Member {code}: a second file for {year}; left out (the first one read counts)."
    ),
    "nw_check_coverage": (
        "Member {code}: {missing} of {total} questions unanswered in {year}; its figures rest "
        "on the answered ones."
    ),
    "nw_check_unread": Plural(
        one="{n} file could not be read; the coordinator's terminal names it.",
        other="{n} files could not be read; the coordinator's terminal names them.",
    ),
    "nw_members": "Members",
    "nw_code": "Code",
    "nw_segment": "Segment",
    "nw_figures": "The network, node by node",
    "nw_n": "n",
    "nw_median": "Median",
    "nw_p25": "P25",
    "nw_p75": "P75",
    "nw_min": "Lowest",
    "nw_max": "Highest",
    "nw_under": "Below target",
    "nw_heatmap": "Heat map: each member's quartile",
    "nw_heat_caveat": (
        "The colour shows where a member lies within this network: 1 is the lowest quartile, "
        "4 the top. It is relative, and does not say whether a result is good or bad."
    ),
    "nw_quartile_1": "1 lowest quartile",
    "nw_quartile_2": "2",
    "nw_quartile_3": "3",
    "nw_quartile_4": "4 top quartile",
    "nw_weak": "Shared weak spots",
    "nw_weak_intro": "Candidate themes for the network's next meeting.",
    "nw_lowest": "Lowest medians",
    "nw_most_under": "Most members below target",
    "nw_under_of": "{under} of {n}",
    "nw_learning": "Learning pairs",
    "nw_learning_intro": (
        "For each criterion, the members in the network's top quartile. A member's written "
        "strengths are shown only when its file consents (share_strengths: true)."
    ),
    "nw_no_consent": "no consent to share its strengths",
    "nw_no_strengths": "no written strengths",
    "nw_segments": "By segment",
    "nw_segment_members": Plural(one="{n} member", other="{n} members"),
    "nw_history": "The network over the years",
    "nw_history_intro": "The network's median total, year by year (“..” where too few members).",
    "nw_year": "Year",
    "nw_none": "None.",
    # -- per member --
    "pm_title": "Your organisation against the network",
    "pm_intro": Plural(
        one="{organisation}, {year}. The network has {n} member this year.",
        other="{organisation}, {year}. The network has {n} members this year.",
    ),
    "pm_code": "Your code in the network report: {code}.",
    "pm_own": "Yours",
    "pm_quartile": "Quartile",
    "pm_trend": "Your trend against the network's",
    "pm_network_median": "Network median",
    "pm_no_history": "No earlier year was given.",
}
