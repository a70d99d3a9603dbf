# Izvješće o integraciji grada (crates/city-report): tiskani dokument za gradsko vijeće.

report-title = Izvješće o integraciji grada
report-title-of = Izvješće o integraciji grada: { $city }
report-page = Stranica
report-year = Podaci do { $year }
report-latest = Najnoviji objavljeni podaci
report-code = Oznaka mjesta { $code }
report-contents = Sadržaj
report-left-out = Nije obuhvaćeno ovim izvješćem
report-published-only = Prikazani su samo objavljeni podaci. Podaci, njihovi intervali i oznake isti su kao na stranicama opservatorija i u njegovim CSV datotekama.
report-source = Izvor: { $source }
report-no-data = nema podataka
report-download-pdf = Preuzmi PDF
report-print-hint = Ova se stranica ispisuje kao izvješće (A4, brojevi stranica, svako poglavlje na novoj stranici).
report-profile-link = Izvješće o integraciji grada (ispis, PDF)
report-no-chromium = PDF se na ovom poslužitelju ne može izraditi jer nije instaliran Chromium, koji ga ispisuje. Otvorite stranicu izvješća i ispišite je iz svojeg preglednika ili zamolite administratore da instaliraju Chromium.
report-suppressed = neobjavljena vrijednost
report-withheld = izostavljeno radi zaštite povjerljivosti

report-profile-title = Profil grada
report-profile-none = Nema kontekstualnog profila: za grad nema podataka o stanovništvu.
report-profile-residents = stanovnika
report-profile-born-abroad = rođeno u inozemstvu
report-profile-change = promjena udjela stanovnika rođenih u inozemstvu u približno pet godina (postotni bodovi)
report-profile-type = tip konteksta i razred veličine
report-profile-trend-title = Stanovnici rođeni u inozemstvu kao udio u stanovništvu, { $city }
report-profile-trend-desc = Linijski grafikon udjela stanovnika rođenih u inozemstvu po godinama, od { $first }. do { $last }.; tablica ispod navodi vrijednosti.

report-indicators-title = Pokazatelji po tematskim područjima
report-indicators-intro = Najnoviji objavljeni podatak svake serije za grad, s 95 %-tnim intervalom pouzdanosti kada je riječ o procjeni iz ankete, te razlika u odnosu na domaće državljane (postotni bodovi, za stope iste godine). Slova uz vrijednost oznake su Eurostata.
report-indicators-none = Za ovo mjesto još nema objavljenih podataka.
report-indicators-more = { $count ->
    [one] Još { $count } redak pokazatelja { $indicator } nalazi se u CSV datoteci.
    [few] Još { $count } retka pokazatelja { $indicator } nalaze se u CSV datoteci.
   *[other] Još { $count } redaka pokazatelja { $indicator } nalazi se u CSV datoteci.
}
report-national-title = Migranti i domaći državljani: { $country }
report-national-intro = Ti se ishodi mjere Anketom o radnoj snazi EU-a i Anketom o dohotku stanovništva (EU-SILC) na nacionalnoj razini: za njih još ne postoje podaci na razini grada. Prikazuju nacionalni kontekst migrantskih skupina u gradu.
report-flags-legend = Oznake:

report-col-indicator = Pokazatelj
report-col-group = Skupina
report-col-period = Razdoblje
report-col-value = Vrijednost
report-col-interval = 95 %-tni interval
report-col-gap = Razlika u odnosu na domaće državljane
report-col-year = Godina
report-col-foreign-born-share = Udio rođenih u inozemstvu (%)
report-col-rank = Rang
report-col-city = Grad
report-col-country = Država
report-col-distance = Udaljenost
report-col-index = Indeks
report-col-area = Područje
report-col-residents = Stanovnici
report-col-foreigners = Strani stanovnici
report-col-share = Strani stanovnici (%)
report-col-focal-point = Žarišno područje
report-col-score = Ocjena
report-col-target = Cilj
report-col-baseline = Polazna vrijednost
report-col-goal = Ciljna vrijednost
report-col-latest = Najnovija vrijednost
report-col-progress = Ostvareni put do cilja
report-col-scenario = Scenarij
report-col-start = Stanovništvo, prva godina
report-col-end = Stanovništvo, posljednja godina
report-col-foreign-share-end = Strani državljani, posljednja godina (%)

report-group-everybody = svi
report-group-nationals = domaći državljani
report-group-eu-citizens = državljani drugih država članica EU-a
report-group-non-eu-citizens = državljani zemalja izvan EU-a
report-group-foreign-citizens = strani državljani
report-group-native-born = rođeni u zemlji
report-group-born-eu = rođeni u drugoj državi članici EU-a
report-group-born-non-eu = rođeni izvan EU-a
report-group-foreign-born = rođeni u inozemstvu
report-group-women = žene
report-group-men = muškarci

report-peers-title = Usporedivi gradovi i referentne vrijednosti
report-peers-none = Nema usporedivih gradova: za grad ima premalo kontekstualnih podataka za usporedbu.
report-peers-intro = { $count ->
    [one] { $count } najsličniji grad prema obilježjima: { $features }.
    [few] { $count } najsličnija grada prema obilježjima: { $features }.
   *[other] { $count } najsličnijih gradova prema obilježjima: { $features }.
}
report-benchmark-title = Usporedba: { $indicator }
report-benchmark-chart = { $indicator } grada i usporedivih gradova
report-benchmark-desc = Stupci: grad (tamni, prvi) i svaki usporedivi grad (plavi); vrijednosti su napisane uz stupce.
report-benchmark-this-city = { $city } (ovaj grad)
report-benchmark-summary = { $count ->
    [one] Usporedivi gradovi: medijan { $median }, kvartili { $q1 }–{ $q3 } ({ $count } grad).
    [few] Usporedivi gradovi: medijan { $median }, kvartili { $q1 }–{ $q3 } ({ $count } grada).
   *[other] Usporedivi gradovi: medijan { $median }, kvartili { $q1 }–{ $q3 } ({ $count } gradova).
}
report-benchmark-position = { $count ->
    [one] Grad je na { $rank }. mjestu od { $count } grada.
    [few] Grad je na { $rank }. mjestu od { $count } grada.
   *[other] Grad je na { $rank }. mjestu od { $count } gradova.
}

report-neighbourhoods-title = Gradske četvrti
report-neighbourhoods-none = Za grad u opservatoriju nema broja stanovnika na razini malih područja.
report-neighbourhoods-intro = { $count ->
    [one] { $count } područje ({ $scheme }), { $period }.
    [few] { $count } područja ({ $scheme }), { $period }.
   *[other] { $count } područja ({ $scheme }), { $period }.
}
report-neighbourhoods-city-share = Strani stanovnici na tim područjima: { $share } % stanovnika.
report-area-few = nije prikazano (manje od 20 stanovnika)
report-index-dissimilarity = Indeks različitosti: udio stranih stanovnika koji bi se morali preseliti da bi raspodjela bila ravnomjerna (0 = ravnomjerno, 1 = potpuno odvojeno)
report-index-isolation = Indeks izolacije: udio stranaca među susjedima prosječnog stranog stanovnika
report-index-interaction = Indeks interakcije: udio ostalih stanovnika među susjedima prosječnog stranog stanovnika
report-index-entropy = Theilov H: koliko su područja manje izmiješana od grada u cjelini (0 = jednako izmiješana)
report-index-gini = Ginijev koeficijent udjela po područjima

report-audit-title = Rezultati audita
report-audit-none = Za ovaj grad nije proveden nijedan audit.
report-audit-intro = { $count ->
    [one] { $title } (odgovori do { $closes }), { $count } ispitanik.
    [few] { $title } (odgovori do { $closes }), { $count } ispitanika.
   *[other] { $title } (odgovori do { $closes }), { $count } ispitanika.
}

report-agenda-title = Gradski program integracije i njegov napredak
report-agenda-none = Grad nema objavljen gradski program integracije.
report-agenda-intro = { $title } (verzija { $version }).
report-agenda-actions = { $count ->
    [one] ({ $count } mjera)
    [few] ({ $count } mjere)
   *[other] ({ $count } mjera)
}

report-scenarios-title = Scenariji i potražnja za uslugama
report-scenarios-none = Za ovaj grad nije objavljen nijedan scenarij kretanja stanovništva.
report-scenarios-demand = Potražnja za uslugama (mjesta u školama, dječji vrtići, liječnici opće prakse, tečajevi jezika) proizlazi iz ovih scenarija i stopa korištenja usluga koje grad postavlja na stranici scenarija opservatorija.

report-sources-title = Izvori i definicije
report-sources-none = Nema izvora: izvješće ne prikazuje objavljene podatke.
report-definitions = Definicije

report-method-title = Metodologija
report-method-intervals-title = Intervali
report-method-intervals = Procjene iz anketa izračunavaju se iz ponderiranih mikropodataka; njihov 95 %-tni interval pouzdanosti proizlazi iz standardne pogreške utemeljene na planu uzorka (Taylorova linearizacija ili replikacijski ponderi, ovisno o tome što anketa pruža). Podaci iz registara i popisa stanovništva nemaju interval.
report-method-flags-title = Oznake
report-method-flags = Oznake su slova Eurostata, preuzeta kako ih izvor navodi: b prekid vremenske serije, c povjerljivo, d definicija se razlikuje, e procijenjeno, f prognoza, p privremeno, r revidirano, s procjena Eurostata, u niska pouzdanost. Procjene s visokim koeficijentom varijacije označene su slovom u.
report-method-suppression-title = Zaštita povjerljivosti
report-method-suppression = Ćelija označena kao povjerljiva (oznaka c) ili ćelija ankete s premalo ispitanika za objavu izostavlja se: ne prikazuje vrijednost, ni u ovom izvješću ni na internetskim stranicama ni u CSV datoteci. Izostavlja se i ćelija čija bi se vrijednost mogla izračunati iz ostalih (sekundarna zaštita).
report-method-gap-title = Razlika u odnosu na domaće državljane
report-method-gap = Razlika je razlika između stope skupine i stope domaćih državljana iste serije i godine, u postotnim bodovima. Ne izračunava se za broj osoba ni za izostavljenu ćeliju.
report-method-peers-title = Usporedivi gradovi
report-method-peers = Usporedivi gradovi su gradovi najbliži ovome prema kontekstualnim obilježjima navedenima u poglavlju o usporedivim gradovima. Svako je obilježje robusno standardizirano (umanjeno za medijan i podijeljeno s interkvartilnim rasponom / 1,349), tako da nijedno obilježje nema veću težinu zbog svoje mjerne jedinice; udaljenost je ponderirana udaljenost po standardiziranim obilježjima koja oba grada imaju. Usporedba smješta grad među usporedive gradove prema njihovu medijanu i kvartilima.
report-method-neighbourhoods-title = Indeksi za gradske četvrti
report-method-neighbourhoods = Indeksi segregacije uspoređuju broj stranih stanovnika i ukupan broj stanovnika po područjima grada za koja postoje granice; područja s manje od 20 stanovnika ne prikazuju udio, ali se uračunavaju u indekse.
