# Il profilo di una città (/cities/<code>).

city-unknown-place = nessun luogo con il codice '{ $code }': lo cerchi per nome nella pagina iniziale o in /api/v1/cities?q=…
city-group-everybody = tutti
city-breadcrumb-cities = Città
city-level-city = Città (Urban Audit)
city-level-municipality = comune
city-level-greater-city = Città estesa
city-level-functional-urban-area = Area urbana funzionale
city-level-country = Paese
city-level-place = Luogo
city-code = codice
city-context-type = tipo di contesto:
# After the context type, when the type's label names a trait the city does not have.
city-context-weak-fit = corrispondenza debole: diversa dal suo tipo per { $features }
city-compare-link = confronta con altre città
city-neighbourhood-map-link = mappa dei quartieri
city-indicators-title = Indicatori per area tematica
city-indicators-intro = Il dato più recente di ogni serie per la città. Il divario è la differenza rispetto allo stesso dato dei cittadini nazionali (in punti percentuali per i tassi). Passi con il puntatore o porti il focus su un simbolo per vederne il significato;
city-indicators-intro-link = definizioni e fonti
city-indicators-intro-after = sono a un clic di distanza.
city-national-title = Migranti e cittadini nazionali – { $country }
city-national-intro = Questi risultati sono misurati dall'indagine dell'UE sulle forze di lavoro e da EU-SILC a livello nazionale: non esistono ancora dati a livello di città. Mostrano il contesto nazionale dei gruppi di migranti della città.
city-peers-title = Città simili
city-no-profile = Nessun profilo di contesto: mancano i dati sulla popolazione della città.
city-municipality-no-profile = { $name } è un comune fuori dall'Urban Audit di Eurostat: Eurostat non pubblica dati cittadini per esso, quindi qui non c'è profilo di contesto né città simili. I suoi dati arrivano con il caricamento (Dati), meglio nel formato tidy; i dati nazionali qui sotto sono quelli del suo paese.
city-municipality-upload-link = Carica dati
city-card-residents = residenti
city-card-population-break = Il dato Eurostat del { $period }, { $value }, è segnato come interruzione della serie ed è lontano dall'anno prima: non è mostrato come popolazione.
city-card-size-class = classe di ampiezza
city-size-class-under-50k = meno di 50.000
city-card-born-abroad = nati all'estero
city-card-foreign-born-change = variazione della quota di nati all'estero in circa 5 anni (punti percentuali)
city-card-context-type = tipo di contesto
city-card-typology = tipologia
city-trend-chart-title = Residenti nati all'estero in percentuale della popolazione, { $city }
city-trend-chart-description = Grafico a linee della quota di nati all'estero per anno, dal { $from } al { $to }; la tabella sottostante riporta i valori.
city-trend-series = quota di nati all'estero
city-trend-caption = Quota di nati all'estero (%), Eurostat urb_cpopcb / urb_cpop1 (DE2009V ÷ DE1001V).
city-trend-estimated = I punti vuoti e gli anni segnati con e sono stime di Eurostat (flag e, spesso interpolate tra gli anni di censimento), non conteggi.
city-figures-as-table = I dati in tabella
city-year = Anno
city-foreign-born-share-percent = Quota di nati all'estero (%)
city-foreign-born-missing = Quota di nati all'estero: { $reason }
city-suppressed = non pubblicato
city-suppressed-title = non pubblicato per tutelare la riservatezza
city-suppressed-because = non pubblicato ({ $reason })
city-no-figures = Non ci sono ancora dati pubblicati per questo luogo.
city-col-indicator = Indicatore
city-col-group = Gruppo
city-col-period = Periodo
city-col-value = Valore
city-col-gap = Divario rispetto ai cittadini nazionali
city-col-source = Fonte
city-col-estimate = Stima
city-col-ci = IC 95%
city-col-gap-short = Divario
city-col-reliability = Affidabilità
city-col-status = Stato
city-col-submission = Invio
city-col-city = Città
city-col-why-similar = Perché simile
city-col-distance = Distanza
city-definition-and-source = definizione e fonte
city-more-rows = { $count ->
    [one] { $count } altra riga nel
   *[other] altre { $count } righe nel
}
city-more-rows-link = download CSV
city-national-heading = { $indicator }, { $country }, { $period }
city-national-chart-title = { $indicator } – { $country }, { $period }, per cittadinanza
city-national-chart-description = Grafico a punti: cittadini nazionali (quadrato, il riferimento) e altri gruppi per cittadinanza (punti); la tabella riporta i valori e il divario.
city-source = Fonte: { $source }.
city-definition = Definizione
city-estimates-title = Indicatori calcolati (stime da indagini)
city-estimates-intro = Stimati da microdati ponderati con intervalli di confidenza al 95%; le celle troppo piccole per essere pubblicate sono indicate come non pubblicate, la bassa affidabilità è segnalata.
city-estimates-chart-title = Stime da indagini con intervalli di confidenza al 95%
city-estimates-chart-description = Punti con linee orizzontali per gli intervalli di confidenza; le celle non pubblicate sono indicate per esteso.
city-reliability-ok = adeguata
city-no-peers = Nessuna città simile: la città ha troppo pochi dati di contesto per un confronto.
city-peers-intro = { $count ->
    [one] La città più simile per { $features }.
   *[other] Le { $count } città più simili per { $features }.
}
city-peers-note-too-few-features = { $city } ha solo { $have } delle { $total } caratteristiche della distanza: nessuna città può esserle confrontata
city-peers-note-few-comparable = { $count ->
    [one] solo { $count } città soddisfa i vincoli e condivide abbastanza caratteristiche con { $city }
   *[other] solo { $count } città soddisfano i vincoli e condividono abbastanza caratteristiche con { $city }
}
city-benchmark-title = Confronto: { $indicator }
city-benchmark-this-city = { $city } (questa città)
city-no-data = nessun dato
city-benchmark-chart-title = { $indicator } della città e delle città simili
city-benchmark-chart-description = Barre: la città (nera, per prima) e ogni città simile (blu); i valori sono scritti accanto alle barre.
city-benchmark-summary = { $count ->
    [one] Città simili: mediana { $median }, quartili { $q1 }–{ $q3 } ({ $count } città).
   *[other] Città simili: mediana { $median }, quartili { $q1 }–{ $q3 } ({ $count } città).
}
city-benchmark-rank-highest = { $rank } posto su { $of } per valore più alto (la città e le città simili con un valore)
city-benchmark-rank-best-higher = { $rank } posto su { $of } (più alto è meglio; la città e le città simili con un valore)
city-benchmark-rank-best-lower = { $rank } posto su { $of } (più basso è meglio; la città e le città simili con un valore)
city-benchmark-no-value = { $city } non ha un valore di { $indicator }
city-benchmark-no-peer-value = { $count ->
    [one] l'unica città simile a { $city } non ha un valore di { $indicator }
   *[other] nessuna delle { $count } città simili a { $city } ha un valore di { $indicator }
}
city-benchmark-sentence = { $count ->
    [one] { $indicator }: { $city } { $value }; mediana delle città simili { $median } (quartili { $q1 } – { $q3 }, intervallo { $min } – { $max }, { $count } città simile)
   *[other] { $indicator }: { $city } { $value }; mediana delle città simili { $median } (quartili { $q1 } – { $q3 }, intervallo { $min } – { $max }, { $count } città simili)
}
city-benchmark-none-better = nessuna città simile fa meglio
city-benchmark-better = fanno meglio: { $cities }
city-drafts-title = Dati non pubblicati di questa città
city-drafts-intro = Li vedono solo Lei e le altre persone con un ruolo per questa città: non sono pubblici finché un approvatore non li pubblica.
city-drafts-none = Nessun invio aperto.
city-drafts-upload = Carichi i dati
city-drafts-submission = Invio { $id }
city-drafts-values = { $count ->
    [one] { $count } valore
   *[other] { $count } valori
}

# Gruppi di popolazione, parte per parte ("cittadini di paesi non UE, donne, 20–64").
city-group-nationals = cittadini nazionali
city-group-eu-citizens = cittadini di altri paesi dell'UE
city-group-non-eu-citizens = cittadini di paesi non UE
city-group-foreign-citizens = cittadini stranieri
city-group-stateless = apolidi
city-group-citizens-of = cittadini di { $country }
city-group-citizenship-code = cittadinanza { $code }
city-group-native-born = nati nel paese
city-group-born-other-eu = nati in un altro paese dell'UE
city-group-born-outside-eu = nati fuori dall'UE
city-group-foreign-born = nati all'estero
city-group-born-in = nati in { $country }
city-group-birth-code = paese di nascita { $code }
city-group-women = donne
city-group-men = uomini
city-group-permit = permesso: { $reason }
city-group-permit-work = lavoro
city-group-permit-family = famiglia
city-group-permit-education = istruzione
city-group-permit-protection = protezione
city-group-permit-other = altri motivi
city-group-stay = durata del soggiorno: { $code }
city-group-with-migration-background = con background migratorio
city-group-without-migration-background = senza background migratorio
city-group-migration-background-from = background migratorio da { $code }
