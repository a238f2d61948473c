"""Svenska texter: arbetsbokens blad Mätetal (resultat som data, domänregel 16)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "wb_sheet_measures": "Mätetal",
    "wb_col_measure": "Mätetal",
    "wb_col_unit": "Enhet",
    "wb_col_direction": "Bra riktning",
    "wb_col_year": "År",
    "wb_col_value": "Värde",
    "wb_col_measure_target": "Mål",
    "wb_col_comparison": "Jämförelse",
    "wb_col_comparison_source": "Jämförelsens källa",
    "wb_col_follows_from": "Följer av (kriterier)",
    "wb_col_source": "Källa",
    "wb_col_suggested": "Förslag",
    "wb_direction_higher": "högre",
    "wb_direction_lower": "lägre",
    "wb_direction_target": "mot målet",
    "wb_measures_step": (
        "Resultat som data: på bladet {measures} anger ni varje resultatområdes mätetal, en rad "
        "per år: värdet, målet och en jämförelse med sin källa. Modellens föreslagna mätetal "
        "står där som namn; fyll i dem ni följer, eller lägg till egna rader med områdets id "
        "och mätetalets namn."
    ),
    "wb_dv_area": "Skriv id för ett resultatområde, till exempel {example}.",
    "wb_dv_direction": "Välj {choices}.",
    "wb_dv_year": "Skriv ett år från {first} till {last} med fyra siffror.",
    "wb_dv_decimal": "Skriv ett tal, till exempel {example}, eller lämna tomt.",
    "wb_err_measure_no_id": (
        "raden har ett mätetal men inget {id}; skriv id för dess resultatområde (till exempel R2)"
    ),
    "wb_err_unknown_area": "”{value}” är inget resultatområde i frågeformuläret; välj ett i listan",
    "wb_err_measure_no_name": "raden saknar {name}; skriv mätetalets namn",
    "wb_err_not_direction": "”{value}” är ingen riktning; välj {choices}",
    "wb_err_measure_differs": (
        "{what} för ”{name}” skiljer sig från rad {row}; skriv samma sak eller lämna den här tom"
    ),
    "wb_err_not_year": "”{value}” är inget årtal; skriv ett år från {first} till {last}",
    "wb_err_measure_no_year": "ett värde behöver sitt år; skriv året under {year}",
    "wb_err_measure_year_twice": "”{name}” har redan {year} på rad {row}; ha en rad per år",
    "wb_err_comparison_no_value": (
        "en källa utan jämförelsevärde; skriv värdet under {value} eller ta bort källan"
    ),
}
