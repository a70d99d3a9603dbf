# Úvodná stránka: vyhľadanie mesta, dlaždicová mapa krajín, všetky mestá podľa krajiny.

home-title = Mestá
home-search-title = Nájsť mesto
home-heading = Ako sa darí migrantom vo Vašom meste?
home-lead = { $count ->
    [one] Údaje za { $count } európske mesto zo štatistiky miest Eurostatu, z tabuliek EÚ o integrácii migrantov a z prieskumu kvality života v európskych mestách, po zverejnení aj s vlastnými údajmi každého mesta. Pri každom údaji je uvedený jeho zdroj, definícia a neistota.
    [few] Údaje za { $count } európske mestá zo štatistiky miest Eurostatu, z tabuliek EÚ o integrácii migrantov a z prieskumu kvality života v európskych mestách, po zverejnení aj s vlastnými údajmi každého mesta. Pri každom údaji je uvedený jeho zdroj, definícia a neistota.
    [many] Údaje za { $count } európskeho mesta zo štatistiky miest Eurostatu, z tabuliek EÚ o integrácii migrantov a z prieskumu kvality života v európskych mestách, po zverejnení aj s vlastnými údajmi každého mesta. Pri každom údaji je uvedený jeho zdroj, definícia a neistota.
   *[other] Údaje za { $count } európskych miest zo štatistiky miest Eurostatu, z tabuliek EÚ o integrácii migrantov a z prieskumu kvality života v európskych mestách, po zverejnení aj s vlastnými údajmi každého mesta. Pri každom údaji je uvedený jeho zdroj, definícia a neistota.
}
home-search-label = Názov alebo kód mesta
home-search-placeholder = Názov mesta, napr. Kosice, Osijek, Malmo
home-search-button = Hľadať
home-several-before = Hľadanému výrazu
home-several-after = {" "}zodpovedá viac miest:
home-none-before = Žiadne mesto sa nevolá
home-none-after = {"."}
home-did-you-mean = Mali ste na mysli:
home-did-you-mean-after = ?
home-card-cities = { $count ->
    [one] mesto
    [few] mestá
    [many] mesta
   *[other] miest
}
home-card-countries = { $count ->
    [one] krajina
    [few] krajiny
    [many] krajiny
   *[other] krajín
}
home-card-neighbourhood-maps = mapy mestských častí
home-card-side-by-side = miest vedľa seba
home-by-country-title = Mestá podľa krajiny
home-download-list = Stiahnuť zoznam:
home-tile-label = { $count ->
    [one] { $country }: medián podielu osôb narodených v zahraničí { $share } pri { $with_share } z { $count } mesta ({ $years }); otvoriť zoznam miest
   *[other] { $country }: medián podielu osôb narodených v zahraničí { $share } pri { $with_share } z { $count } miest ({ $years }); otvoriť zoznam miest
}
home-tile-label-no-figure = { $count ->
    [one] { $country }: { $count } mesto, bez údaja o osobách narodených v zahraničí; otvoriť zoznam miest
    [few] { $country }: { $count } mestá, bez údaja o osobách narodených v zahraničí; otvoriť zoznam miest
    [many] { $country }: { $count } mesta, bez údaja o osobách narodených v zahraničí; otvoriť zoznam miest
   *[other] { $country }: { $count } miest, bez údaja o osobách narodených v zahraničí; otvoriť zoznam miest
}
home-map-title = Obyvatelia narodení v zahraničí v mestách jednotlivých krajín
home-map-description = Schematická dlaždicová mapa Európy, nie v mierke: jeden štvorec za každú krajinu s mestami, umiestnený približne tam, kde krajina leží, označený jej kódom a mediánom podielu obyvateľov narodených v zahraničí v jej mestách ({ $years }; pri každom meste najnovší rok), tmavší pri vyšších podieloch; šrafovaný tam, kde žiadne mesto nemá údaj. Každý štvorec odkazuje na zoznam miest danej krajiny. Tabuľka za mapou uvádza tie isté údaje.
home-map-legend = Medián podielu osôb narodených v zahraničí
home-map-heading = Obyvatelia narodení v zahraničí podľa krajiny
home-map-intro = Každý štvorec je jedna krajina (schematické usporiadanie, nie mapa v mierke). Jeho odtieň a číslo udávajú medián podielu obyvateľov narodených v zahraničí v jej mestách s údajom, pri každom meste v najnovšom roku; výberom štvorca zobrazíte mestá danej krajiny.
home-map-caption = Eurostat urb_cpopcb a urb_cpop1 (narodení v zahraničí ÷ obyvateľstvo, za každé mesto).
home-definition = Definícia
home-map-as-table = Mapa ako tabuľka
home-col-country = Krajina
home-col-cities = Mestá
home-col-with-figure = Mestá s údajom
home-col-median = Medián podielu osôb narodených v zahraničí (%)
home-col-years = Roky
home-no-figure = bez údaja
home-off-map = Nie sú na mape (nemajú v jej usporiadaní miesto): { $countries }.
