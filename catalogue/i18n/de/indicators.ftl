# Der Indikatorenkatalog (/indicators): Definitionen, Methoden, Kontextmerkmale, Abdeckung.

indicators-title = Indikatoren
indicators-lead = Was jeder Wert bedeutet, wie er berechnet wird, gegenüber wem der Abstand gemessen wird und woher die Daten stammen.
indicators-computed-title = Integrationsindikatoren (aus Mikrodaten berechnet)
indicators-none = Der Katalog enthält keine Indikatoren aus Mikrodaten.
indicators-version = Version { $version }
indicators-area = Themenbereich
indicators-method = Methode
indicators-method-text = { $kind } in { $unit }
indicators-population = Grundgesamtheit:
indicators-counted-when = gezählt, wenn
indicators-value = Wert
indicators-kind-rate = Quote
indicators-kind-share = Anteil
indicators-kind-mean = Mittelwert
indicators-kind-median = Median
indicators-kind-ratio-of-medians = Verhältnis der Mediane
indicators-kind-total = Gesamtzahl
indicators-kind-count = Anzahl
indicators-reference-group = Referenzgruppe
indicators-reference = { $dimension } = { $code } (Abstand in { $gap })
indicators-gap-percentage-points = Prozentpunkten
indicators-gap-ratio = Verhältnis
indicators-gap-none = keiner
indicators-broken-down-by = Aufgeschlüsselt nach
indicators-sources-title = Quellen der berechneten Indikatoren
indicators-features-title = Kontextmerkmale der Städte (für Vergleichsstädte und Vergleiche)
indicators-col-feature = Merkmal
indicators-col-definition = Definition
indicators-col-unit = Einheit
indicators-col-weight = Gewicht
indicators-datasets-title = Datensätze im Observatorium: Abdeckung
indicators-col-dataset = Datensatz
indicators-col-places = Orte
indicators-col-series = Reihen
indicators-col-values = Werte
indicators-col-periods = Zeiträume
