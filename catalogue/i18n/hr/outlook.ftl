# „Pogled unaprijed” na profilu grada: prognoze s intervalima predviđanja i ocjene napretka.

outlook-all-residents = svi stanovnici
outlook-gap = { $group } minus { $reference }
outlook-title = Pogled unaprijed
outlook-intro = Prognoze iz vlastite povijesti svake serije od njezina posljednjeg prekida: metoda se bira prema tome koliko bi dobro prognozirala prošlost serije (povratno testiranje s pomičnim ishodištem), a pojasevi su intervali predviđanja od 80 % i 95 % kalibrirani na tim prošlim pogreškama. Ocjene: Eurostatova ocjena napretka prema ciljevima održivog razvoja bez ciljane vrijednosti (rast od najmanje 1 % godišnje u željenom smjeru znatan je napredak); razlike metodom Open SDG.
outlook-intro-link = Scenariji kretanja stanovništva
outlook-intro-after = gledaju dalje unaprijed.
outlook-no-series = Nema serije s dovoljno dugom poviješću za pogled unaprijed.
outlook-no-forecast = Nema prognoze: { $reason }.
outlook-probability = vjerojatnost da je promjena stvarna: { $probability }
outlook-description = { $series } ({ $group }), promatrano { $from }–{ $to }, prognoza do { $until } metodom { $model }: { $value } { $unit } (interval od 80 % { $low }–{ $high }).
outlook-chart-title = { $series }: prognoza
outlook-as-table = Prognoza kao tablica
outlook-col-period = Razdoblje
outlook-col-forecast = Prognoza
outlook-col-interval-80 = Interval od 80 %
outlook-col-interval-95 = Interval od 95 %
outlook-method-eurostat = Eurostatova ocjena napretka prema ciljevima održivog razvoja
outlook-method-open-sdg = mjera napretka Open SDG / Statistics Canada
outlook-verdict-significant-progress-towards-target = znatan napredak prema cilju
outlook-verdict-moderate-progress-towards-target = umjeren napredak prema cilju
outlook-verdict-insufficient-progress-towards-target = nedovoljan napredak prema cilju
outlook-verdict-movement-away-from-target = udaljavanje od cilja
outlook-verdict-significant-progress = znatan napredak
outlook-verdict-moderate-progress = umjeren napredak
outlook-verdict-moderate-movement-away = umjereno udaljavanje
outlook-verdict-significant-movement-away = znatno udaljavanje
outlook-verdict-target-achieved = cilj ostvaren
outlook-verdict-on-track = na dobrom putu
outlook-verdict-acceleration-needed = napredak ostvaren, ali potrebno je ubrzanje
outlook-verdict-limited-progress = ograničen napredak
outlook-verdict-deterioration = pogoršanje
outlook-verdict-not-assessable = nije moguće ocijeniti

# Notes under a forecast chart.
outlook-note-break = prekid vremenske serije { $period }.: koriste se samo vrijednosti od tada
outlook-note-naive = { $n } vrijednosti: naivna prognoza (prekratka serija za procjenu trenda ili usporedbu modela)
outlook-note-combination = { $n } vrijednosti: kombinacija ETS-a, Thete i drifta (prekratka serija za odabir povratnim testiranjem)
