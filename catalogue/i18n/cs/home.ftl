# Úvodní stránka: vyhledání města, dlaždicová mapa zemí, všechna města podle země.

home-title = Města
home-search-title = Najít město
home-heading = Jak se daří migrantům ve Vašem městě?
home-lead = { $count ->
    [one] Údaje za { $count } evropské město ze statistiky měst Eurostatu, z tabulek EU o integraci migrantů a z průzkumu kvality života v evropských městech, po zveřejnění i s vlastními údaji každého města. U každého údaje je uveden jeho zdroj, definice a nejistota.
    [few] Údaje za { $count } evropská města ze statistiky měst Eurostatu, z tabulek EU o integraci migrantů a z průzkumu kvality života v evropských městech, po zveřejnění i s vlastními údaji každého města. U každého údaje je uveden jeho zdroj, definice a nejistota.
    [many] Údaje za { $count } evropského města ze statistiky měst Eurostatu, z tabulek EU o integraci migrantů a z průzkumu kvality života v evropských městech, po zveřejnění i s vlastními údaji každého města. U každého údaje je uveden jeho zdroj, definice a nejistota.
   *[other] Údaje za { $count } evropských měst ze statistiky měst Eurostatu, z tabulek EU o integraci migrantů a z průzkumu kvality života v evropských městech, po zveřejnění i s vlastními údaji každého města. U každého údaje je uveden jeho zdroj, definice a nejistota.
}
home-search-label = Název nebo kód města
home-search-placeholder = Název města, např. Kosice, Osijek, Malmo
home-search-button = Hledat
home-several-before = Hledanému výrazu
home-several-after = {" "}odpovídá více měst:
home-none-before = Žádné město se nejmenuje
home-none-after = {"."}
home-did-you-mean = Měli jste na mysli:
home-did-you-mean-after = ?
home-card-cities = { $count ->
    [one] město
    [few] města
    [many] města
   *[other] měst
}
home-card-countries = { $count ->
    [one] země
    [few] země
    [many] země
   *[other] zemí
}
home-card-neighbourhood-maps = mapy městských částí
home-card-side-by-side = měst vedle sebe
home-by-country-title = Města podle země
home-download-list = Stáhnout seznam:
home-tile-label = { $count ->
    [one] { $country }: medián podílu osob narozených v zahraničí { $share } u { $with_share } z { $count } města ({ $years }); otevřít seznam měst
   *[other] { $country }: medián podílu osob narozených v zahraničí { $share } u { $with_share } z { $count } měst ({ $years }); otevřít seznam měst
}
home-tile-label-no-figure = { $count ->
    [one] { $country }: { $count } město, bez údaje o osobách narozených v zahraničí; otevřít seznam měst
    [few] { $country }: { $count } města, bez údaje o osobách narozených v zahraničí; otevřít seznam měst
    [many] { $country }: { $count } města, bez údaje o osobách narozených v zahraničí; otevřít seznam měst
   *[other] { $country }: { $count } měst, bez údaje o osobách narozených v zahraničí; otevřít seznam měst
}
home-map-title = Obyvatelé narození v zahraničí ve městech jednotlivých zemí
home-map-description = Schematická dlaždicová mapa Evropy, ne v měřítku: jeden čtverec za každou zemi s městy, umístěný přibližně tam, kde země leží, označený jejím kódem a mediánem podílu obyvatel narozených v zahraničí v jejích městech ({ $years }; u každého města nejnovější rok), tmavší pro vyšší podíly; šrafovaný tam, kde žádné město nemá údaj. Každý čtverec odkazuje na seznam měst dané země. Tabulka za mapou uvádí tytéž údaje.
home-map-legend = Medián podílu osob narozených v zahraničí
home-map-heading = Obyvatelé narození v zahraničí podle země
home-map-intro = Každý čtverec je jedna země (schematické uspořádání, ne mapa v měřítku). Jeho odstín a číslo udávají medián podílu obyvatel narozených v zahraničí v jejích městech s údajem, u každého města v nejnovějším roce; výběrem čtverce zobrazíte města dané země.
home-map-caption = Eurostat urb_cpopcb a urb_cpop1 (narození v zahraničí ÷ obyvatelstvo, za každé město).
home-definition = Definice
home-map-as-table = Mapa jako tabulka
home-col-country = Země
home-col-cities = Města
home-col-with-figure = Města s údajem
home-col-median = Medián podílu osob narozených v zahraničí (%)
home-col-years = Roky
home-no-figure = bez údaje
home-off-map = Nejsou na mapě (nemají v jejím uspořádání místo): { $countries }.
