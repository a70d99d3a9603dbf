# „Výhľad“ v profile mesta: prognózy s predikčnými intervalmi a hodnotenia pokroku.

outlook-all-residents = všetci obyvatelia
outlook-gap = { $group } mínus { $reference }
outlook-title = Výhľad
outlook-intro = Prognózy z vlastného vývoja každého radu od jeho posledného zlomu: metóda sa volí podľa toho, ako dobre by predpovedala minulosť radu (spätné testovanie s posuvným začiatkom), a pásma sú 80 % a 95 % predikčné intervaly kalibrované na týchto minulých chybách. Hodnotenia: hodnotenie pokroku v cieľoch udržateľného rozvoja podľa Eurostatu bez cieľovej hodnoty (rast aspoň o 1 % ročne v žiaducom smere je výrazný pokrok); rozdiely metódou Open SDG.
outlook-intro-link = Scenáre vývoja obyvateľstva
outlook-intro-after = hľadia ďalej do budúcnosti.
outlook-no-series = Žiadny rad nemá dosť dlhú históriu na výhľad.
outlook-no-forecast = Bez prognózy: { $reason }.
outlook-probability = pravdepodobnosť, že zmena je skutočná: { $probability }
outlook-description = { $series } ({ $group }), pozorované { $from }–{ $to }, prognóza do { $until } metódou { $model }: { $value } { $unit } (80 % interval { $low }–{ $high }).
outlook-chart-title = { $series }: prognóza
outlook-as-table = Prognóza ako tabuľka
outlook-col-period = Obdobie
outlook-col-forecast = Prognóza
outlook-col-interval-80 = 80 % interval
outlook-col-interval-95 = 95 % interval
outlook-method-eurostat = hodnotenie pokroku v cieľoch udržateľného rozvoja (Eurostat)
outlook-method-open-sdg = miera pokroku Open SDG / Statistics Canada
outlook-verdict-significant-progress-towards-target = výrazný pokrok k cieľu
outlook-verdict-moderate-progress-towards-target = mierny pokrok k cieľu
outlook-verdict-insufficient-progress-towards-target = nedostatočný pokrok k cieľu
outlook-verdict-movement-away-from-target = vzďaľovanie sa od cieľa
outlook-verdict-significant-progress = výrazný pokrok
outlook-verdict-moderate-progress = mierny pokrok
outlook-verdict-moderate-movement-away = mierne vzďaľovanie
outlook-verdict-significant-movement-away = výrazné vzďaľovanie
outlook-verdict-target-achieved = cieľ dosiahnutý
outlook-verdict-on-track = na dobrej ceste
outlook-verdict-acceleration-needed = pokrok dosiahnutý, ale treba zrýchliť
outlook-verdict-limited-progress = obmedzený pokrok
outlook-verdict-deterioration = zhoršenie
outlook-verdict-not-assessable = nedá sa hodnotiť

# Notes under a forecast chart.
outlook-note-break = prerušenie časového radu v roku { $period }: použijú sa len hodnoty odvtedy
outlook-note-naive = { $n ->
    [few] { $n } hodnoty
   *[other] { $n } hodnôt
}: naivná prognóza (príliš krátky rad na odhad trendu alebo porovnanie modelov)
outlook-note-combination = { $n ->
    [few] { $n } hodnoty
   *[other] { $n } hodnôt
}: kombinácia ETS, Theta a driftu (príliš krátky rad na výber spätným testovaním)
