# „Vorausschau“ im Profil einer Stadt: Prognosen mit Prognoseintervallen und Fortschrittsbewertungen.

outlook-all-residents = alle Einwohnerinnen und Einwohner
outlook-gap = { $group } minus { $reference }
outlook-title = Vorausschau
outlook-intro = Prognosen aus der eigenen Entwicklung jeder Reihe seit ihrem letzten Bruch: Die Methode wird danach gewählt, wie gut sie die Vergangenheit der Reihe prognostiziert hätte (Backtest mit rollierendem Ursprung), und die Bänder sind 80-%- und 95-%-Prognoseintervalle, kalibriert an diesen früheren Fehlern. Bewertungen: die SDG-Bewertung von Eurostat ohne Zielwert (ein Wachstum von mindestens 1 % pro Jahr in der gewünschten Richtung ist ein deutlicher Fortschritt); Abstände nach der Methode von Open SDG.
outlook-intro-link = Bevölkerungsszenarien
outlook-intro-after = blicken weiter voraus.
outlook-no-series = Keine Reihe mit ausreichend langer Entwicklung für eine Vorausschau.
outlook-no-forecast = Keine Prognose: { $reason }.
outlook-probability = Wahrscheinlichkeit, dass die Veränderung echt ist: { $probability }
outlook-description = { $series } ({ $group }), beobachtet { $from }–{ $to }, prognostiziert bis { $until } mit { $model }: { $value } { $unit } (80-%-Intervall { $low }–{ $high }).
outlook-chart-title = { $series }: Prognose
outlook-as-table = Die Prognose als Tabelle
outlook-col-period = Zeitraum
outlook-col-forecast = Prognose
outlook-col-interval-80 = 80-%-Intervall
outlook-col-interval-95 = 95-%-Intervall
outlook-method-eurostat = SDG-Fortschrittsbewertung von Eurostat
outlook-method-open-sdg = Fortschrittsmaß von Open SDG / Statistics Canada
outlook-verdict-significant-progress-towards-target = deutlicher Fortschritt in Richtung des Ziels
outlook-verdict-moderate-progress-towards-target = mäßiger Fortschritt in Richtung des Ziels
outlook-verdict-insufficient-progress-towards-target = unzureichender Fortschritt in Richtung des Ziels
outlook-verdict-movement-away-from-target = Entfernung vom Ziel
outlook-verdict-significant-progress = deutlicher Fortschritt
outlook-verdict-moderate-progress = mäßiger Fortschritt
outlook-verdict-moderate-movement-away = mäßige Entfernung
outlook-verdict-significant-movement-away = deutliche Entfernung
outlook-verdict-target-achieved = Ziel erreicht
outlook-verdict-on-track = auf Kurs
outlook-verdict-acceleration-needed = Fortschritt erzielt, aber Beschleunigung nötig
outlook-verdict-limited-progress = begrenzter Fortschritt
outlook-verdict-deterioration = Verschlechterung
outlook-verdict-not-assessable = nicht bewertbar

# Notes under a forecast chart.
outlook-note-break = Zeitreihenbruch { $period }: nur die Werte seitdem werden verwendet
outlook-note-naive = { $n } Werte: naive Prognose (zu kurz, um einen Trend zu schätzen oder Modelle zu vergleichen)
outlook-note-combination = { $n } Werte: Kombination aus ETS, Theta und Drift (zu kurz für eine Auswahl per Backtest)
