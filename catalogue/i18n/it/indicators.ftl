# Il catalogo degli indicatori (/indicators): definizioni, metodi, caratteristiche di contesto, copertura.

indicators-title = Indicatori
indicators-lead = Che cosa significa ogni dato, come è calcolato, rispetto a chi è misurato il divario e da dove provengono i dati.
indicators-computed-title = Indicatori di integrazione (calcolati da microdati)
indicators-none = Il catalogo non contiene indicatori da microdati.
indicators-version = versione { $version }
indicators-area = Area tematica
indicators-method = Metodo
indicators-method-text = { $kind } in { $unit }
indicators-population = popolazione:
indicators-counted-when = conteggiato se
indicators-value = valore
indicators-kind-rate = tasso
indicators-kind-share = quota
indicators-kind-mean = media
indicators-kind-median = mediana
indicators-kind-ratio-of-medians = rapporto tra mediane
indicators-kind-total = totale
indicators-kind-count = conteggio
indicators-reference-group = Gruppo di riferimento
indicators-reference = { $dimension } = { $code } (divario in { $gap })
indicators-gap-percentage-points = punti percentuali
indicators-gap-ratio = rapporto
indicators-gap-none = nessuno
indicators-broken-down-by = Disaggregato per
indicators-sources-title = Fonti degli indicatori calcolati
indicators-features-title = Caratteristiche di contesto delle città (per città simili e confronti)
indicators-col-feature = Caratteristica
indicators-col-definition = Definizione
indicators-col-unit = Unità
indicators-col-weight = Peso
indicators-datasets-title = Insiemi di dati nell'osservatorio: copertura
indicators-col-dataset = Insieme di dati
indicators-col-places = Luoghi
indicators-col-series = Serie
indicators-col-values = Valori
indicators-col-periods = Periodi
