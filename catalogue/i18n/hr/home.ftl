# Početna stranica: pronalaženje grada, karta država u pločicama, svi gradovi po državama.

home-title = Gradovi
home-search-title = Pronađite grad
home-heading = Kako je migrantima u Vašem gradu?
home-lead = { $count ->
    [one] Podaci za { $count } europski grad iz Eurostatove statistike gradova, tablica EU-a o integraciji migranata i Istraživanja o kvaliteti života u europskim gradovima, a nakon objave i vlastiti podaci svakoga grada. Uz svaki podatak naveden je njegov izvor, definicija i nesigurnost.
    [few] Podaci za { $count } europska grada iz Eurostatove statistike gradova, tablica EU-a o integraciji migranata i Istraživanja o kvaliteti života u europskim gradovima, a nakon objave i vlastiti podaci svakoga grada. Uz svaki podatak naveden je njegov izvor, definicija i nesigurnost.
   *[other] Podaci za { $count } europskih gradova iz Eurostatove statistike gradova, tablica EU-a o integraciji migranata i Istraživanja o kvaliteti života u europskim gradovima, a nakon objave i vlastiti podaci svakoga grada. Uz svaki podatak naveden je njegov izvor, definicija i nesigurnost.
}
home-search-label = Naziv ili oznaka grada
home-search-placeholder = Naziv grada, npr. Kosice, Osijek, Malmo
home-search-button = Traži
home-several-before = Upitu
home-several-after = {" "}odgovara više gradova:
home-none-before = Nijedan se grad ne zove
home-none-after = {"."}
home-did-you-mean = Jeste li mislili:
home-did-you-mean-after = ?
home-card-cities = { $count ->
    [one] grad
    [few] grada
   *[other] gradova
}
home-card-countries = { $count ->
    [one] država
    [few] države
   *[other] država
}
home-card-neighbourhood-maps = karte gradskih četvrti
home-card-side-by-side = gradova jedan uz drugi
home-by-country-title = Gradovi po državama
home-download-list = Preuzmite popis:
home-tile-label = { $count ->
    [one] { $country }: medijan udjela rođenih u inozemstvu { $share } za { $with_share } od { $count } grada ({ $years }); otvorite popis gradova
   *[other] { $country }: medijan udjela rođenih u inozemstvu { $share } za { $with_share } od { $count } gradova ({ $years }); otvorite popis gradova
}
home-tile-label-no-figure = { $count ->
    [one] { $country }: { $count } grad, nema podatka o rođenima u inozemstvu; otvorite popis gradova
    [few] { $country }: { $count } grada, nema podatka o rođenima u inozemstvu; otvorite popis gradova
   *[other] { $country }: { $count } gradova, nema podatka o rođenima u inozemstvu; otvorite popis gradova
}
home-map-title = Stanovnici rođeni u inozemstvu u gradovima svake države
home-map-description = Shematska karta Europe u pločicama, nije u mjerilu: jedan kvadrat za svaku državu s gradovima, smješten otprilike ondje gdje država leži, označen njezinom oznakom i medijanom udjela stanovnika rođenih u inozemstvu u njezinim gradovima ({ $years }; za svaki grad najnovija godina), tamniji za veće udjele; šrafiran ondje gdje nijedan grad nema podatak. Svaki kvadrat vodi na popis gradova te države. Tablica nakon karte donosi iste podatke.
home-map-legend = Medijan udjela rođenih u inozemstvu
home-map-heading = Stanovnici rođeni u inozemstvu po državama
home-map-intro = Svaki je kvadrat jedna država (shematski raspored, a ne karta u mjerilu). Njegova nijansa i broj daju medijan udjela stanovnika rođenih u inozemstvu u njezinim gradovima s podatkom, svaki grad u najnovijoj godini; odaberite kvadrat za gradove te države.
home-map-caption = Eurostat urb_cpopcb i urb_cpop1 (rođeni u inozemstvu ÷ stanovništvo, po gradu).
home-definition = Definicija
home-map-as-table = Karta kao tablica
home-col-country = Država
home-col-cities = Gradovi
home-col-with-figure = Gradovi s podatkom
home-col-median = Medijan udjela rođenih u inozemstvu (%)
home-col-years = Godine
home-no-figure = nema podatka
home-off-map = Nisu na karti (nemaju mjesto u njezinu rasporedu): { $countries }.
