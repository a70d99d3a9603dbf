# Porovnání 2–6 měst vedle sebe (/compare).

compare-error-several = '{ $name }' odpovídá více městům: { $cities }; použijte kód
compare-error-no-city = žádné město '{ $name }'
compare-error-no-city-suggest = žádné město '{ $name }'; měli jste na mysli { $suggestions }?
compare-error-too-many = porovnat lze nejvýše 6 měst najednou
compare-title = Porovnat města
compare-cities-label = Města oddělená čárkami
compare-cities-placeholder = 2 až 6 měst oddělených čárkami: Osijek, Košice, Graz
compare-button = Porovnat
compare-lead = Postavte 2 až 6 měst vedle sebe: velikost, populace migrantů a její změna, zaměstnanost a průzkum kvality života v evropských městech.
compare-add-one-more = Přidejte k městu { $city } alespoň jedno další město.
compare-no-data = bez dat
compare-no-profile = bez profilu
compare-no-figure = bez údaje
compare-suppressed = nezveřejněno
compare-bar-title = { $feature } ({ $unit })
compare-bar-description = { $count ->
    [one] Sloupcový graf ukazatele { $feature } za { $count } město; hodnoty a roky uvádí tabulka výše.
    [few] Sloupcový graf ukazatele { $feature } za { $count } města; hodnoty a roky uvádí tabulka výše.
    [many] Sloupcový graf ukazatele { $feature } za { $count } města; hodnoty a roky uvádí tabulka výše.
   *[other] Sloupcový graf ukazatele { $feature } za { $count } měst; hodnoty a roky uvádí tabulka výše.
}
compare-heading = Porovnání: { $cities }
compare-col-feature = Charakteristika
compare-context-type = Typ kontextu
compare-trend-title = Podíl osob narozených v zahraničí v čase (%)
compare-trend-description = Jedna čára za každé město, každá s vlastním vzorem přerušování a popiskem na konci.
compare-trend-caption = Eurostat urb_cpopcb a urb_cpop1. Města bez čáry nemají údaje o osobách narozených v zahraničí.
compare-features-note = { $count ->
    [one] Hodnoty podle charakteristik: { $count } charakteristika z katalogu srovnatelných měst; definice na
    [few] Hodnoty podle charakteristik: { $count } charakteristiky z katalogu srovnatelných měst; definice na
    [many] Hodnoty podle charakteristik: { $count } charakteristiky z katalogu srovnatelných měst; definice na
   *[other] Hodnoty podle charakteristik: { $count } charakteristik z katalogu srovnatelných měst; definice na
}
compare-features-note-link = stránce ukazatelů
compare-features-note-after = {"."}
compare-groups-chart-title-citizenship = { $title } ({ $unit }), { $when }, podle státního občanství
compare-groups-chart-title-birth = { $title } ({ $unit }), { $when }, podle země narození
compare-groups-chart-description = Seskupený sloupcový graf: za každou zemi porovnávaných měst jeden sloupec pro každou skupinu – { $groups }; celostátní údaje, nejnovější rok. Hodnoty, roky a příznaky uvádí tabulka za grafem.
compare-groups-caption = Zdroj: { $source }, celostátní údaje ({ $when }).
compare-definition = Definice
compare-figures-as-table = Údaje jako tabulka
compare-col-country-cities = Země (města)
compare-groups-title = Migranti a státní příslušníci v zemích porovnávaných měst
compare-groups-intro = Porovnání státních příslušníků dané země, státních příslušníků jiných zemí EU a státních příslušníků zemí mimo EU (nebo osob narozených v dané zemi, v jiné zemi EU a mimo EU), ukazatel po ukazateli. Tyto údaje pocházejí z výběrového šetření pracovních sil EU a EU-SILC, která jsou celostátní: údaje za města podle státního občanství zatím neexistují, proto města téže země sdílejí jednu sadu sloupců.
