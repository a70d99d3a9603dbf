neighbourhoods-title = Četvrti
neighbourhoods-lead = Gdje unutar grada žive migranti: karte malih prostornih jedinica i indeksi segregacije za gradove čiji su podaci o stanovništvu i granice malih prostornih jedinica u opservatoriju.
neighbourhoods-none = Još nijedan grad nema spremljene granice malih prostornih jedinica
neighbourhoods-city-title = { $city }: gradske četvrti
neighbourhoods-city-heading = { $city }: tko gdje živi, područje po područje
neighbourhoods-flow-note = Ovdje su prebrojana preseljenja u razdoblju ({ $measure }), a ne stanovnici: svaki udio je udio u doseljenjima i pokazuje gdje su se novi stanovnici nastanili, a ne tko ondje živi.
neighbourhoods-city-heading-flows = { $city }: gdje se doseljenici nastanjuju, područje po područje
neighbourhoods-notice = Ovi podaci opisuju mjesta, a ne ljude: visok udio nije ocjena četvrti. Područja u kojima je prebrojano manje od 20 ({ $measure }) nisu prikazana.
neighbourhoods-map-caption = Izvor: { $source } (skup podataka { $dataset }). Boje: stupnjevi ljestvice viridis, čitljivi i osobama s poremećajem raspoznavanja boja te u sivim tonovima.
neighbourhoods-map-description = Karta { $count } područja ({ $areas }), osjenčana prema udjelu skupine među svima prebrojanima ({ $measure }); područja s manje od 20 prebrojanih nisu prikazana. Tablica ispod karte daje podatke svakog područja.
neighbourhoods-indices = Indeksi segregacije
neighbourhoods-index = Indeks
neighbourhoods-index-says = Što pokazuje
neighbourhoods-index-value = Vrijednost
neighbourhoods-index-dissimilarity = indeks različitosti
neighbourhoods-index-isolation = indeks izolacije
neighbourhoods-index-interaction = indeks interakcije
neighbourhoods-index-entropy = indeks entropije
neighbourhoods-index-gini = Ginijev indeks
neighbourhoods-index-dissimilarity-says = Udio skupine koji bi se morao preseliti za ravnomjeran raspored (0 = ravnomjerno, 1 = potpuno odvojeno)
neighbourhoods-index-isolation-says = Udio skupine među susjedima njezina prosječnog člana
neighbourhoods-index-interaction-says = Udio ostalih među susjedima prosječnog člana skupine
neighbourhoods-index-entropy-says = Theilov H: koliko su jedinice manje izmiješane od grada u cjelini (0 = jednako izmiješane)
neighbourhoods-index-gini-says = Ginijev indeks udjela u jedinicama
neighbourhoods-areas = Sve jedinice
neighbourhoods-areas-table = Podaci s karte kao tablica ({ $count } { $count ->
        [one] jedinica
        [few] jedinice
       *[other] jedinica
    })
neighbourhoods-area = Jedinica
neighbourhoods-area-code = Šifra
neighbourhoods-area-share = Udio (%)
neighbourhoods-area-not-shown = nije prikazano (manje od 20 prebrojanih)
neighbourhoods-area-no-data = nema podataka
neighbourhoods-error-no-counts = za { $city } nema spremljenih podataka o stanovništvu malih prostornih jedinica (za Berlin ih ima)
neighbourhoods-error-no-boundaries = nema granica prostornih jedinica za { $city }

neighbourhoods-city-share-group = Udio u cijelom gradu ({ $group }; prebrojano: { $measure }):
neighbourhoods-map-title-group = { $group }: udio među svima prebrojanima ({ $measure }), { $city }, { $period }
neighbourhoods-map-value = % svih prebrojanih
neighbourhoods-error-choice = { $what } { $given }: podaci grada po malim područjima imaju { $choices }
neighbourhoods-notice-default = Umjesto toga prikazan je zadani izbor.
neighbourhoods-choose-areas = Područja
neighbourhoods-choose-measure = Brojanje
neighbourhoods-choose-group = Skupina
neighbourhoods-choose-period = Razdoblje
neighbourhoods-choose-from = Promjena od
neighbourhoods-choose-no-change = (bez promjene)
neighbourhoods-choose-show = Prikaži
neighbourhoods-no-map = Nema karte: granice područja { $areas } nisu pohranjene (administrator ih uvozi naredbom observatory import-boundaries).
neighbourhoods-no-indices = Indeksi se za ovaj odabir ne mogu izračunati: nedostaje broj nekog područja ili skupina obuhvaća sve.
neighbourhoods-over-time = Tijekom vremena
neighbourhoods-period = Razdoblje
neighbourhoods-share-of = { $group } (%)
neighbourhoods-change-title = Promjena od { $from } do { $to }
neighbourhoods-change-lead = Promjena indeksa različitosti, rastavljena na sastav (promijenile su se veličine skupina i stanovništvo područja) i preraspodjelu (skupina u odnosu na sve stvarno živi drugdje), s permutacijskim testom.
neighbourhoods-change-start = različitost na početku
neighbourhoods-change-end = različitost na kraju
neighbourhoods-change-change = promjena (kraj minus početak)
neighbourhoods-change-composition = dio zbog sastava
neighbourhoods-change-redistribution = dio zbog preraspodjele
neighbourhoods-change-p-value = p-vrijednost (upareni permutacijski test, { $replicates } preraspodjela oznaka): mala = malo vjerojatno slučajno
neighbourhoods-measure-inhabitants = stanovnici
neighbourhoods-measure-pop = stanovnici
neighbourhoods-measure-mig_ext_in = doseljenja iz inozemstva
neighbourhoods-measure-mig_ext_out = iseljenja u inozemstvo
neighbourhoods-measure-mig_int_in = doseljenja iz ostatka zemlje
neighbourhoods-measure-mig_int_out = iseljenja u ostatak zemlje
neighbourhoods-measure-mig_mov_in = doseljenja iz drugih dijelova grada
neighbourhoods-measure-mig_mov_out = iseljenja u druge dijelove grada
neighbourhoods-measure-mig_mov_local = preseljenja unutar područja
