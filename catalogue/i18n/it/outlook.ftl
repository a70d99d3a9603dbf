# "Prospettive" nel profilo di una città: previsioni con intervalli di previsione e valutazioni dei progressi.

outlook-all-residents = tutti i residenti
outlook-gap = { $group } meno { $reference }
outlook-title = Prospettive
outlook-intro = Previsioni basate sulla storia di ciascuna serie dalla sua ultima interruzione: il metodo è scelto in base a quanto bene avrebbe previsto il passato della serie (backtest con origine mobile), e le bande sono intervalli di previsione all'80% e al 95% calibrati su quegli errori passati. Valutazioni: la valutazione degli OSS di Eurostat senza obiettivo (una crescita di almeno l'1% l'anno nella direzione desiderata è un progresso significativo); i divari secondo il metodo Open SDG.
outlook-intro-link = Gli scenari demografici
outlook-intro-after = guardano più avanti.
outlook-no-series = Nessuna serie con una storia sufficiente per una previsione.
outlook-no-forecast = Nessuna previsione: { $reason }.
outlook-probability = probabilità che la variazione sia reale: { $probability }
outlook-description = { $series } ({ $group }), osservato { $from }–{ $to }, previsto fino al { $until } con { $model }: { $value } { $unit } (intervallo all'80% { $low }–{ $high }).
outlook-chart-title = { $series }: previsione
outlook-as-table = La previsione in tabella
outlook-col-period = Periodo
outlook-col-forecast = Previsione
outlook-col-interval-80 = Intervallo all'80%
outlook-col-interval-95 = Intervallo al 95%
outlook-method-eurostat = valutazione dei progressi verso gli OSS di Eurostat
outlook-method-open-sdg = misura dei progressi Open SDG / Statistics Canada
outlook-verdict-significant-progress-towards-target = progresso significativo verso l'obiettivo
outlook-verdict-moderate-progress-towards-target = progresso moderato verso l'obiettivo
outlook-verdict-insufficient-progress-towards-target = progresso insufficiente verso l'obiettivo
outlook-verdict-movement-away-from-target = allontanamento dall'obiettivo
outlook-verdict-significant-progress = progresso significativo
outlook-verdict-moderate-progress = progresso moderato
outlook-verdict-moderate-movement-away = moderato allontanamento
outlook-verdict-significant-movement-away = significativo allontanamento
outlook-verdict-target-achieved = obiettivo raggiunto
outlook-verdict-on-track = in linea con l'obiettivo
outlook-verdict-acceleration-needed = progressi compiuti ma occorre accelerare
outlook-verdict-limited-progress = progresso limitato
outlook-verdict-deterioration = peggioramento
outlook-verdict-not-assessable = non valutabile

# Notes under a forecast chart.
outlook-note-break = interruzione della serie nel { $period }: si usano solo i valori da allora
outlook-note-naive = { $n } valori: previsione naive (serie troppo breve per stimare una tendenza o confrontare modelli)
outlook-note-combination = { $n } valori: combinazione di ETS, Theta e drift (serie troppo breve per scegliere con il backtest)
