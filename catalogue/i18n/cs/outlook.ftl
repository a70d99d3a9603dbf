# „Výhled“ v profilu města: prognózy s predikčními intervaly a hodnocení pokroku.

outlook-all-residents = všichni obyvatelé
outlook-gap = { $group } minus { $reference }
outlook-title = Výhled
outlook-intro = Prognózy z vlastního vývoje každé řady od jejího posledního zlomu: metoda se volí podle toho, jak dobře by předpověděla minulost řady (zpětné testování s posuvným počátkem), a pásma jsou 80% a 95% predikční intervaly kalibrované na těchto minulých chybách. Hodnocení: hodnocení pokroku v cílech udržitelného rozvoje podle Eurostatu bez cílové hodnoty (růst alespoň o 1 % ročně v žádoucím směru je výrazný pokrok); rozdíly metodou Open SDG.
outlook-intro-link = Scénáře vývoje obyvatelstva
outlook-intro-after = hledí dále do budoucnosti.
outlook-no-series = Žádná řada nemá dost dlouhou historii pro výhled.
outlook-no-forecast = Bez prognózy: { $reason }.
outlook-probability = pravděpodobnost, že změna je skutečná: { $probability }
outlook-description = { $series } ({ $group }), pozorováno { $from }–{ $to }, prognóza do { $until } metodou { $model }: { $value } { $unit } (80% interval { $low }–{ $high }).
outlook-chart-title = { $series }: prognóza
outlook-as-table = Prognóza jako tabulka
outlook-col-period = Období
outlook-col-forecast = Prognóza
outlook-col-interval-80 = 80% interval
outlook-col-interval-95 = 95% interval
outlook-method-eurostat = hodnocení pokroku v cílech udržitelného rozvoje (Eurostat)
outlook-method-open-sdg = míra pokroku Open SDG / Statistics Canada
outlook-verdict-significant-progress-towards-target = výrazný pokrok k cíli
outlook-verdict-moderate-progress-towards-target = mírný pokrok k cíli
outlook-verdict-insufficient-progress-towards-target = nedostatečný pokrok k cíli
outlook-verdict-movement-away-from-target = vzdalování se od cíle
outlook-verdict-significant-progress = výrazný pokrok
outlook-verdict-moderate-progress = mírný pokrok
outlook-verdict-moderate-movement-away = mírné vzdalování
outlook-verdict-significant-movement-away = výrazné vzdalování
outlook-verdict-target-achieved = cíl dosažen
outlook-verdict-on-track = na dobré cestě
outlook-verdict-acceleration-needed = pokrok dosažen, ale je třeba zrychlit
outlook-verdict-limited-progress = omezený pokrok
outlook-verdict-deterioration = zhoršení
outlook-verdict-not-assessable = nelze hodnotit

# Notes under a forecast chart.
outlook-note-break = přerušení časové řady v roce { $period }: použijí se jen hodnoty od té doby
outlook-note-naive = { $n ->
    [few] { $n } hodnoty
   *[other] { $n } hodnot
}: naivní prognóza (příliš krátká řada pro odhad trendu nebo srovnání modelů)
outlook-note-combination = { $n ->
    [few] { $n } hodnoty
   *[other] { $n } hodnot
}: kombinace ETS, Theta a driftu (příliš krátká řada pro výběr zpětným testováním)
