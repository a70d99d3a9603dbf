# Porovnanie 2 – 6 miest vedľa seba (/compare).

compare-error-several = '{ $name }' zodpovedá viacerým mestám: { $cities }; použite kód
compare-error-no-city = žiadne mesto '{ $name }'
compare-error-no-city-suggest = žiadne mesto '{ $name }'; mali ste na mysli { $suggestions }?
compare-error-too-many = porovnať možno najviac 6 miest naraz
compare-title = Porovnať mestá
compare-cities-label = Mestá oddelené čiarkami
compare-cities-placeholder = 2 až 6 miest oddelených čiarkami: Osijek, Košice, Graz
compare-button = Porovnať
compare-lead = Postavte 2 až 6 miest vedľa seba: veľkosť, populácia migrantov a jej zmena, zamestnanosť a prieskum kvality života v európskych mestách.
compare-add-one-more = Pridajte k mestu { $city } aspoň jedno ďalšie mesto.
compare-no-data = bez údajov
compare-no-profile = bez profilu
compare-no-figure = bez údaja
compare-suppressed = nezverejnené
compare-bar-title = { $feature } ({ $unit })
compare-bar-description = { $count ->
    [one] Stĺpcový graf ukazovateľa { $feature } za { $count } mesto; hodnoty a roky uvádza tabuľka vyššie.
    [few] Stĺpcový graf ukazovateľa { $feature } za { $count } mestá; hodnoty a roky uvádza tabuľka vyššie.
    [many] Stĺpcový graf ukazovateľa { $feature } za { $count } mesta; hodnoty a roky uvádza tabuľka vyššie.
   *[other] Stĺpcový graf ukazovateľa { $feature } za { $count } miest; hodnoty a roky uvádza tabuľka vyššie.
}
compare-heading = Porovnanie: { $cities }
compare-col-feature = Charakteristika
compare-context-type = Typ kontextu
compare-trend-title = Podiel osôb narodených v zahraničí v čase (%)
compare-trend-description = Jedna čiara za každé mesto, každá s vlastným vzorom prerušovania a popisom na konci.
compare-trend-caption = Eurostat urb_cpopcb a urb_cpop1. Mestá bez čiary nemajú údaje o osobách narodených v zahraničí.
compare-features-note = { $count ->
    [one] Hodnoty podľa charakteristík: { $count } charakteristika z katalógu porovnateľných miest; definície na
    [few] Hodnoty podľa charakteristík: { $count } charakteristiky z katalógu porovnateľných miest; definície na
    [many] Hodnoty podľa charakteristík: { $count } charakteristiky z katalógu porovnateľných miest; definície na
   *[other] Hodnoty podľa charakteristík: { $count } charakteristík z katalógu porovnateľných miest; definície na
}
compare-features-note-link = stránke ukazovateľov
compare-features-note-after = {"."}
compare-groups-chart-title-citizenship = { $title } ({ $unit }), { $when }, podľa štátnej príslušnosti
compare-groups-chart-title-birth = { $title } ({ $unit }), { $when }, podľa krajiny narodenia
compare-groups-chart-description = Zoskupený stĺpcový graf: za každú krajinu porovnávaných miest jeden stĺpec pre každú skupinu – { $groups }; celoštátne údaje, najnovší rok. Hodnoty, roky a príznaky uvádza tabuľka za grafom.
compare-groups-caption = Zdroj: { $source }, celoštátne údaje ({ $when }).
compare-definition = Definícia
compare-figures-as-table = Údaje ako tabuľka
compare-col-country-cities = Krajina (mestá)
compare-groups-title = Migranti a štátni príslušníci v krajinách porovnávaných miest
compare-groups-intro = Porovnanie štátnych príslušníkov vlastnej krajiny, štátnych príslušníkov iných krajín EÚ a štátnych príslušníkov krajín mimo EÚ (alebo osôb narodených v danej krajine, v inej krajine EÚ a mimo EÚ), ukazovateľ po ukazovateli. Tieto údaje pochádzajú z výberového zisťovania pracovných síl EÚ a EU-SILC, ktoré sú celoštátne: údaje za mestá podľa štátnej príslušnosti zatiaľ neexistujú, preto mestá tej istej krajiny zdieľajú jednu sadu stĺpcov.
