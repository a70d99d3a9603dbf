# Il Rapporto sull'integrazione della città (crates/city-report): un documento stampato per il consiglio comunale.

report-title = Rapporto sull'integrazione della città
report-title-of = Rapporto sull'integrazione della città: { $city }
report-page = Pagina
report-year = Dati fino al { $year }
report-latest = Ultimi dati pubblicati
report-code = Codice del luogo { $code }
report-contents = Indice
report-left-out = Non incluso in questo rapporto
report-published-only = Sono riportati solo dati pubblicati. I valori, i loro intervalli e i flag sono gli stessi delle pagine dell'osservatorio e dei suoi file CSV.
report-source = Fonte: { $source }
report-no-data = dati non disponibili
report-download-pdf = Scarica il PDF
report-print-hint = Questa pagina si stampa come rapporto (A4, numeri di pagina, ogni capitolo su una nuova pagina).
report-profile-link = Rapporto sull'integrazione della città (stampa, PDF)
report-no-chromium = Il PDF non può essere prodotto su questo server: Chromium, che lo stampa, non è installato. Apra la pagina del rapporto e la stampi dal Suo browser, oppure chieda agli amministratori di installare Chromium.
report-suppressed = dato non pubblicato
report-withheld = non pubblicato per tutelare la riservatezza

report-profile-title = Profilo della città
report-profile-none = Nessun profilo di contesto: mancano i dati sulla popolazione della città.
report-profile-residents = residenti
report-profile-born-abroad = nati all'estero
report-profile-change = variazione della quota di nati all'estero in circa cinque anni (punti percentuali)
report-profile-type = tipo di contesto e classe dimensionale
report-profile-trend-title = Residenti nati all'estero in percentuale della popolazione, { $city }
report-profile-trend-desc = Grafico a linee della quota di nati all'estero per anno, dal { $first } al { $last }; la tabella sottostante riporta i valori.

report-indicators-title = Indicatori per area tematica
report-indicators-intro = L'ultimo dato pubblicato di ogni serie per la città, con l'intervallo di confidenza al 95% quando si tratta di una stima campionaria, e il divario rispetto ai cittadini nazionali (punti percentuali, per tassi dello stesso anno). Le lettere accanto a un valore sono i flag di Eurostat.
report-indicators-none = Non ci sono ancora dati pubblicati per questo luogo.
report-indicators-more = { $count ->
    [one] Un'altra riga di { $indicator } è nel file CSV.
   *[other] Altre { $count } righe di { $indicator } sono nel file CSV.
}
report-national-title = Migranti e cittadini nazionali: { $country }
report-national-intro = Questi risultati sono misurati dall'indagine dell'UE sulle forze di lavoro e dalle statistiche dell'UE sul reddito e sulle condizioni di vita (EU-SILC) a livello nazionale: per essi non esiste ancora un dato a livello di città. Mostrano il contesto nazionale dei gruppi di migranti della città.
report-flags-legend = Flag:

report-col-indicator = Indicatore
report-col-group = Gruppo
report-col-period = Periodo
report-col-value = Valore
report-col-interval = Intervallo al 95%
report-col-gap = Divario rispetto ai cittadini nazionali
report-col-year = Anno
report-col-foreign-born-share = Quota di nati all'estero (%)
report-col-rank = Posizione
report-col-city = Città
report-col-country = Paese
report-col-distance = Distanza
report-col-index = Indice
report-col-area = Zona
report-col-residents = Residenti
report-col-foreigners = Residenti stranieri
report-col-share = Residenti stranieri (%)
report-col-focal-point = Ambito prioritario
report-col-score = Punteggio
report-col-target = Obiettivo
report-col-baseline = Valore di partenza
report-col-goal = Valore obiettivo
report-col-latest = Ultimo valore
report-col-progress = Percorso compiuto verso l'obiettivo
report-col-scenario = Scenario
report-col-start = Popolazione, primo anno
report-col-end = Popolazione, ultimo anno
report-col-foreign-share-end = Cittadini stranieri, ultimo anno (%)

report-group-everybody = tutti
report-group-nationals = cittadini nazionali
report-group-eu-citizens = cittadini di altri paesi dell'UE
report-group-non-eu-citizens = cittadini di paesi non UE
report-group-foreign-citizens = cittadini stranieri
report-group-native-born = nati nel paese
report-group-born-eu = nati in un altro paese dell'UE
report-group-born-non-eu = nati fuori dall'UE
report-group-foreign-born = nati all'estero
report-group-women = donne
report-group-men = uomini

report-peers-title = Città simili e benchmark
report-peers-none = Nessuna città simile: la città ha troppo pochi dati di contesto per essere confrontata.
report-peers-intro = { $count ->
    [one] La città più simile per { $features }.
   *[other] Le { $count } città più simili per { $features }.
}
report-benchmark-title = Benchmark: { $indicator }
report-benchmark-chart = { $indicator } della città e delle città simili
report-benchmark-desc = Barre: la città (scura, la prima) e ciascuna città simile (blu); i valori sono scritti accanto alle barre.
report-benchmark-this-city = { $city } (questa città)
report-benchmark-summary = { $count ->
    [one] Città simili: mediana { $median }, quartili { $q1 }–{ $q3 } (una città).
   *[other] Città simili: mediana { $median }, quartili { $q1 }–{ $q3 } ({ $count } città).
}
report-benchmark-position = { $count ->
    [one] La città è al { $rank }° posto su una città.
   *[other] La città è al { $rank }° posto su { $count } città.
}

report-neighbourhoods-title = Quartieri
report-neighbourhoods-none = Nell'osservatorio non ci sono conteggi dei residenti per piccole aree relativi alla città.
report-neighbourhoods-intro = { $count ->
    [one] Una zona ({ $scheme }), { $period }.
   *[other] { $count } zone ({ $scheme }), { $period }.
}
report-neighbourhoods-city-share = Residenti stranieri in queste zone: { $share } % dei residenti.
report-area-few = non mostrato (meno di 20 residenti)
report-index-dissimilarity = Indice di dissimilarità: quota di residenti stranieri che dovrebbero trasferirsi per una distribuzione uniforme (0 = uniforme, 1 = separati)
report-index-isolation = Indice di isolamento: quota di stranieri tra i vicini del residente straniero medio
report-index-interaction = Indice di interazione: quota di altri residenti tra i vicini del residente straniero medio
report-index-entropy = H di Theil: quanto le zone sono meno miste della città (0 = altrettanto miste)
report-index-gini = Indice di Gini delle quote delle zone

report-audit-title = Risultati dell'audit
report-audit-none = Per questa città non è stato svolto alcun audit.
report-audit-intro = { $count ->
    [one] { $title } (risposte fino al { $closes }), un rispondente.
   *[other] { $title } (risposte fino al { $closes }), { $count } rispondenti.
}

report-agenda-title = Agenda cittadina per l'integrazione e suoi progressi
report-agenda-none = La città non ha un'agenda cittadina per l'integrazione pubblicata.
report-agenda-intro = { $title } (versione { $version }).
report-agenda-actions = { $count ->
    [one] (un'azione)
   *[other] ({ $count } azioni)
}

report-scenarios-title = Scenari e domanda di servizi
report-scenarios-none = Per questa città non è stato pubblicato alcuno scenario demografico.
report-scenarios-demand = La domanda di servizi (posti scolastici, servizi per l'infanzia, medici di medicina generale, corsi di lingua) deriva da questi scenari e dai tassi di utilizzo dei servizi che la città imposta nella pagina degli scenari dell'osservatorio.

report-sources-title = Fonti e definizioni
report-sources-none = Nessuna fonte: il rapporto non riporta dati pubblicati.
report-definitions = Definizioni

report-method-title = Metodologia
report-method-intervals-title = Intervalli
report-method-intervals = Le stime campionarie sono calcolate da microdati ponderati; il loro intervallo di confidenza al 95% deriva dall'errore standard basato sul disegno (linearizzazione di Taylor o pesi di replica, secondo quanto fornito dall'indagine). I dati da registri e censimenti non hanno intervallo.
report-method-flags-title = Flag
report-method-flags = I flag sono le lettere di Eurostat, mantenute come le riporta la fonte: b interruzione della serie storica, c riservato, d definizione diversa, e stimato, f previsione, p provvisorio, r rivisto, s stima Eurostat, u bassa affidabilità. Le stime con un coefficiente di variazione elevato sono contrassegnate con u.
report-method-suppression-title = Tutela della riservatezza
report-method-suppression = Una cella contrassegnata come riservata (flag c), o una cella d'indagine con troppo pochi rispondenti per essere pubblicata, non viene pubblicata: non mostra alcun valore, in questo rapporto come sul web e nel file CSV. Non viene pubblicata neppure una cella il cui valore potrebbe essere ricavato dalle altre (soppressione secondaria).
report-method-gap-title = Divario rispetto ai cittadini nazionali
report-method-gap = Il divario è la differenza tra il tasso di un gruppo e il tasso dei cittadini nazionali della stessa serie e dello stesso anno, in punti percentuali. Non è calcolato per i conteggi di persone né per una cella non pubblicata.
report-method-peers-title = Città simili
report-method-peers = Le città simili sono le città più vicine a questa secondo le caratteristiche di contesto elencate nel capitolo sulle città simili. Ogni caratteristica è standardizzata in modo robusto (meno la sua mediana, diviso per lo scarto interquartile / 1,349), così che nessuna pesi di più per la sua unità di misura; la distanza è la distanza ponderata sulle caratteristiche standardizzate che entrambe le città possiedono. Il benchmark colloca la città tra le città simili in base alla loro mediana e ai loro quartili.
report-method-neighbourhoods-title = Indici dei quartieri
report-method-neighbourhoods = Gli indici di segregazione confrontano il numero di residenti stranieri e di tutti i residenti nelle zone della città dotate di confini; le zone con meno di 20 residenti non mostrano la quota ma sono incluse negli indici.
