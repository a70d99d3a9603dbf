neighbourhoods-title = Četvrti
neighbourhoods-lead = Gdje unutar grada žive migranti: karte malih prostornih jedinica i indeksi segregacije za gradove čiji su podaci o stanovništvu i granice malih prostornih jedinica u opservatoriju.
neighbourhoods-none = Još nijedan grad nema spremljene granice malih prostornih jedinica
neighbourhoods-city-title = { $city }: gradske četvrti
neighbourhoods-city-heading = { $city }: gdje žive strani državljani
neighbourhoods-city-share = Udio stranih državljana u cijelom gradu:
neighbourhoods-notice = Ovi podaci opisuju mjesta, a ne ljude: visok udio nije ocjena četvrti. Jedinice s manje od 20 stanovnika nisu prikazane.
neighbourhoods-map-caption = Izvor: { $source } (skup podataka { $dataset }). Boje: stupnjevi ljestvice viridis, čitljivi i osobama s poremećajem raspoznavanja boja te u sivim tonovima.
neighbourhoods-map-title = Strani državljani kao udio stanovnika, { $city }, { $period }
neighbourhoods-map-description = Karta { $count } prostornih jedinica ({ $areas }), obojenih prema udjelu stanovnika sa stranim državljanstvom; jedinice s manje od 20 stanovnika nisu prikazane. Tablica ispod karte daje podatke za svaku jedinicu.
neighbourhoods-map-value = Strani državljani (% stanovnika)
neighbourhoods-indices = Indeksi segregacije
neighbourhoods-index = Indeks
neighbourhoods-index-says = Što pokazuje
neighbourhoods-index-value = Vrijednost
neighbourhoods-index-dissimilarity = indeks različitosti
neighbourhoods-index-isolation = indeks izolacije
neighbourhoods-index-interaction = indeks interakcije
neighbourhoods-index-entropy = indeks entropije
neighbourhoods-index-gini = Ginijev indeks
neighbourhoods-index-dissimilarity-says = Udio stranih državljana koji bi se morali preseliti da bi bili ravnomjerno raspoređeni (0 = ravnomjerno, 1 = potpuno odvojeno)
neighbourhoods-index-isolation-says = Udio stranaca među susjedima prosječnog stranog državljanina
neighbourhoods-index-interaction-says = Udio ostalih stanovnika među susjedima prosječnog stranog državljanina
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
neighbourhoods-area-residents = Stanovnici
neighbourhoods-area-foreigners = Strani državljani
neighbourhoods-area-share = Udio (%)
neighbourhoods-area-not-shown = nije prikazano (manje od 20 stanovnika)
neighbourhoods-area-no-data = nema podataka
neighbourhoods-error-no-counts = za { $city } nema spremljenih podataka o stanovništvu malih prostornih jedinica (za Berlin ih ima)
neighbourhoods-error-no-boundaries = nema granica prostornih jedinica za { $city }
neighbourhoods-error-no-area-counts = nema podataka po jedinicama za { $city }
