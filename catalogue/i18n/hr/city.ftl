# Profil grada (/cities/<code>).

city-unknown-place = nema mjesta s oznakom '{ $code }': potražite ga po nazivu na početnoj stranici ili u /api/v1/cities?q=…
city-group-everybody = svi
city-breadcrumb-cities = Gradovi
city-level-city = Grad (Urban Audit)
city-level-municipality = općina
city-level-greater-city = Šire gradsko područje
city-level-functional-urban-area = Funkcionalno urbano područje
city-level-country = Država
city-level-place = Mjesto
city-code = oznaka
city-context-type = vrsta konteksta:
# After the context type, when the type's label names a trait the city does not have.
city-context-weak-fit = slabo podudaranje: drukčiji od svog tipa po { $features }
city-compare-link = usporedi s drugim gradovima
city-neighbourhood-map-link = karta gradskih četvrti
city-indicators-title = Pokazatelji po tematskim područjima
city-indicators-intro = Najnoviji podatak svake serije za grad. Razlika je odstupanje od istog podatka za domaće državljane (za stope u postotnim bodovima). Zadržite pokazivač na oznaci ili je fokusirajte da biste vidjeli njezino značenje;
city-indicators-intro-link = definicije i izvori
city-indicators-intro-after = udaljeni su jedan klik.
city-national-title = Migranti i domaći državljani – { $country }
city-national-intro = Ove ishode mjere Anketa o radnoj snazi EU-a i Anketa o dohotku stanovništva (EU-SILC) na nacionalnoj razini: podaci na razini gradova za njih još ne postoje. Prikazuju nacionalni kontekst skupina migranata u gradu.
city-peers-title = Slični gradovi
city-no-profile = Nema profila konteksta: za grad nedostaju podaci o stanovništvu.
city-municipality-no-profile = { $name } je jedinica lokalne samouprave izvan Eurostatova Urban Audita: Eurostat za nju ne objavljuje gradske podatke, pa ovdje nema kontekstnog profila ni sličnih gradova. Vlastiti podaci unose se učitavanjem (Podaci), najbolje u urednom (tidy) obliku; nacionalni podaci u nastavku odnose se na njezinu zemlju.
city-municipality-upload-link = Učitaj podatke
city-card-residents = stanovnika
city-card-population-break = Eurostatov podatak za { $period }, { $value }, označen je kao prekid niza i daleko je od prethodne godine: ne prikazuje se kao broj stanovnika.
city-card-size-class = razred veličine
city-size-class-under-50k = ispod 50 tis.
city-card-born-abroad = rođeni u inozemstvu
city-card-foreign-born-change = promjena udjela rođenih u inozemstvu u otprilike 5 godina (postotni bodovi)
city-card-context-type = vrsta konteksta
city-card-typology = tipologija
city-trend-chart-title = Stanovnici rođeni u inozemstvu kao udio u stanovništvu, { $city }
city-trend-chart-description = Linijski grafikon udjela rođenih u inozemstvu po godinama, od { $from }. do { $to }.; vrijednosti su u tablici ispod.
city-trend-series = udio rođenih u inozemstvu
city-trend-caption = Udio rođenih u inozemstvu (%), Eurostat urb_cpopcb / urb_cpop1 (DE2009V ÷ DE1001V).
city-trend-estimated = Šuplje točke i godine označene s e procjene su Eurostata (oznaka e, često interpolirane između godina popisa), a ne prebrojavanja.
city-figures-as-table = Podaci kao tablica
city-year = Godina
city-foreign-born-share-percent = Udio rođenih u inozemstvu (%)
city-foreign-born-missing = Udio rođenih u inozemstvu: { $reason }
city-suppressed = neobjavljeno
city-suppressed-title = uskraćeno radi zaštite povjerljivosti
city-suppressed-because = neobjavljeno ({ $reason })
city-no-figures = Za ovo mjesto još nema objavljenih podataka.
city-col-indicator = Pokazatelj
city-col-group = Skupina
city-col-period = Razdoblje
city-col-value = Vrijednost
city-col-gap = Razlika u odnosu na domaće državljane
city-col-source = Izvor
city-col-estimate = Procjena
city-col-ci = 95 % IP
city-col-gap-short = Razlika
city-col-reliability = Pouzdanost
city-col-status = Status
city-col-submission = Podnošenje
city-col-city = Grad
city-col-why-similar = Zašto sličan
city-col-distance = Udaljenost
city-definition-and-source = definicija i izvor
city-more-rows = { $count ->
    [one] još { $count } redak u
    [few] još { $count } retka u
   *[other] još { $count } redaka u
}
city-more-rows-link = CSV preuzimanju
city-national-heading = { $indicator }, { $country }, { $period }
city-national-chart-title = { $indicator } – { $country }, { $period }, prema državljanstvu
city-national-chart-description = Točkasti grafikon: domaći državljani (kvadrat, referentna skupina) i ostale skupine prema državljanstvu (točke); vrijednosti i razlika su u tablici.
city-source = Izvor: { $source }.
city-definition = Definicija
city-estimates-title = Izračunani pokazatelji (procjene iz anketa)
city-estimates-intro = Procijenjeno iz ponderiranih mikropodataka s intervalima pouzdanosti od 95 %; ćelije premale za objavu prikazane su kao neobjavljene, niska pouzdanost je označena.
city-estimates-chart-title = Procjene iz anketa s intervalima pouzdanosti od 95 %
city-estimates-chart-description = Točke s vodoravnim crtama za intervale pouzdanosti; neobjavljene ćelije ispisane su riječima.
city-reliability-ok = u redu
city-no-peers = Nema usporedivih gradova: grad ima premalo podataka o kontekstu za usporedbu.
city-peers-intro = { $count ->
    [one] { $count } najsličniji grad prema kriterijima: { $features }.
    [few] { $count } najsličnija grada prema kriterijima: { $features }.
   *[other] { $count } najsličnijih gradova prema kriterijima: { $features }.
}
city-peers-note-too-few-features = { $total ->
    [one] { $city } ima samo { $have } od { $total } obilježja udaljenosti: nijedan se grad ne može usporediti s njim
    [few] { $city } ima samo { $have } od { $total } obilježja udaljenosti: nijedan se grad ne može usporediti s njim
   *[other] { $city } ima samo { $have } od { $total } obilježja udaljenosti: nijedan se grad ne može usporediti s njim
}
city-peers-note-few-comparable = { $count ->
    [one] samo { $count } grad ispunjava uvjete i dijeli dovoljno obilježja s gradom { $city }
    [few] samo { $count } grada ispunjavaju uvjete i dijele dovoljno obilježja s gradom { $city }
   *[other] samo { $count } gradova ispunjava uvjete i dijeli dovoljno obilježja s gradom { $city }
}
city-benchmark-title = Usporedba: { $indicator }
city-benchmark-this-city = { $city } (ovaj grad)
city-no-data = nema podataka
city-benchmark-chart-title = { $indicator } – grad i usporedivi gradovi
city-benchmark-chart-description = Stupci: grad (crno, prvi) i svaki usporedivi grad (plavo); vrijednosti su ispisane uz stupce.
city-benchmark-summary = { $count ->
    [one] Usporedivi gradovi: medijan { $median }, kvartili { $q1 }–{ $q3 } ({ $count } grad).
    [few] Usporedivi gradovi: medijan { $median }, kvartili { $q1 }–{ $q3 } ({ $count } grada).
   *[other] Usporedivi gradovi: medijan { $median }, kvartili { $q1 }–{ $q3 } ({ $count } gradova).
}
city-benchmark-rank-highest = { $rank } mjesto od { $of } po visini vrijednosti (grad i usporedivi gradovi s vrijednošću)
city-benchmark-rank-best-higher = { $rank } mjesto od { $of } (više je bolje; grad i usporedivi gradovi s vrijednošću)
city-benchmark-rank-best-lower = { $rank } mjesto od { $of } (niže je bolje; grad i usporedivi gradovi s vrijednošću)
city-benchmark-no-value = { $city } nema vrijednost pokazatelja { $indicator }
city-benchmark-no-peer-value = { $count ->
    [one] jedini usporedivi grad grada { $city } nema vrijednost pokazatelja { $indicator }
   *[other] nijedan od { $count } usporedivih gradova grada { $city } nema vrijednost pokazatelja { $indicator }
}
city-benchmark-sentence = { $count ->
    [one] { $indicator }: { $city } { $value }; medijan usporedivih gradova { $median } (kvartili { $q1 } – { $q3 }, raspon { $min } – { $max }, { $count } usporedivi grad)
    [few] { $indicator }: { $city } { $value }; medijan usporedivih gradova { $median } (kvartili { $q1 } – { $q3 }, raspon { $min } – { $max }, { $count } usporediva grada)
   *[other] { $indicator }: { $city } { $value }; medijan usporedivih gradova { $median } (kvartili { $q1 } – { $q3 }, raspon { $min } – { $max }, { $count } usporedivih gradova)
}
city-benchmark-none-better = nijedan usporedivi grad nije bolji
city-benchmark-better = bolji su: { $cities }
city-drafts-title = Neobjavljeni podaci ovoga grada
city-drafts-intro = Vidite ih samo Vi i drugi s ulogom za ovaj grad: nisu javni dok ih odobravatelj ne objavi.
city-drafts-none = Nema otvorenih podnošenja.
city-drafts-upload = Učitajte podatke
city-drafts-submission = Podnošenje { $id }
city-drafts-values = { $count ->
    [one] { $count } vrijednost
    [few] { $count } vrijednosti
   *[other] { $count } vrijednosti
}

# Skupine stanovništva, dio po dio („državljani zemalja izvan EU-a, žene, 20–64”).
city-group-nationals = domaći državljani
city-group-eu-citizens = državljani drugih država članica EU-a
city-group-non-eu-citizens = državljani zemalja izvan EU-a
city-group-foreign-citizens = strani državljani
city-group-stateless = osobe bez državljanstva
city-group-citizens-of = državljani { $country }
city-group-citizenship-code = državljanstvo { $code }
city-group-native-born = rođeni u zemlji
city-group-born-other-eu = rođeni u drugoj državi EU-a
city-group-born-outside-eu = rođeni izvan EU-a
city-group-foreign-born = rođeni u inozemstvu
city-group-born-in = rođeni u { $country }
city-group-birth-code = zemlja rođenja { $code }
city-group-women = žene
city-group-men = muškarci
city-group-permit = dozvola boravka: { $reason }
city-group-permit-work = rad
city-group-permit-family = obitelj
city-group-permit-education = obrazovanje
city-group-permit-protection = zaštita
city-group-permit-other = drugi razlozi
city-group-stay = trajanje boravka: { $code }
city-group-with-migration-background = s migrantskim podrijetlom
city-group-without-migration-background = bez migrantskog podrijetla
city-group-migration-background-from = migrantsko podrijetlo iz { $code }
