# Der Integrationsbericht der Stadt (crates/city-report): ein gedrucktes Dokument für den Stadtrat.

report-title = Integrationsbericht der Stadt
report-title-of = Integrationsbericht der Stadt: { $city }
report-page = Seite
report-year = Daten bis { $year }
report-latest = Neueste veröffentlichte Daten
report-code = Ortscode { $code }
report-contents = Inhalt
report-left-out = Nicht in diesem Bericht
report-published-only = Es werden nur veröffentlichte Daten gezeigt. Die Werte, ihre Intervalle und Kennzeichen sind dieselben wie auf den Seiten der Beobachtungsstelle und in ihren CSV-Downloads.
report-source = Quelle: { $source }
report-no-data = keine Daten
report-download-pdf = PDF herunterladen
report-print-hint = Diese Seite wird als Bericht gedruckt (A4, Seitenzahlen, jedes Kapitel auf einer neuen Seite).
report-profile-link = Integrationsbericht der Stadt (Druck, PDF)
report-no-chromium = Das PDF kann auf diesem Server nicht erstellt werden: Chromium, das es druckt, ist nicht installiert. Öffnen Sie die Berichtsseite und drucken Sie sie aus Ihrem Browser, oder bitten Sie die Administratoren, Chromium zu installieren.
report-suppressed = gesperrt
report-withheld = zur Wahrung der Vertraulichkeit zurückgehalten

report-profile-title = Stadtprofil
report-profile-none = Kein Kontextprofil: Für die Stadt fehlen Bevölkerungszahlen.
report-profile-residents = Einwohnerinnen und Einwohner
report-profile-born-abroad = im Ausland geboren
report-profile-change = Veränderung des Anteils der im Ausland Geborenen in etwa fünf Jahren (Prozentpunkte)
report-profile-type = Kontexttyp und Größenklasse
report-profile-trend-title = Im Ausland geborene Einwohnerinnen und Einwohner als Anteil an der Bevölkerung, { $city }
report-profile-trend-desc = Liniendiagramm des Anteils der im Ausland Geborenen nach Jahren, von { $first } bis { $last }; die Tabelle darunter enthält die Werte.

report-indicators-title = Indikatoren nach Themenbereichen
report-indicators-intro = Der neueste veröffentlichte Wert jeder Reihe für die Stadt, bei Stichprobenschätzungen mit dem 95-%-Konfidenzintervall, und der Abstand zu Inländern (Prozentpunkte, bei Quoten desselben Jahres). Buchstaben neben einem Wert sind die Kennzeichen von Eurostat.
report-indicators-none = Für diesen Ort gibt es noch keine veröffentlichten Daten.
report-indicators-more = { $count ->
    [one] Eine weitere Zeile von { $indicator } steht im CSV-Download.
   *[other] { $count } weitere Zeilen von { $indicator } stehen im CSV-Download.
}
report-national-title = Zugewanderte und Inländer in { $country }
report-national-intro = Diese Ergebnisse werden von der Arbeitskräfteerhebung der EU (AKE) und von der EU-Gemeinschaftsstatistik über Einkommen und Lebensbedingungen (EU-SILC) auf nationaler Ebene gemessen: Auf Ebene der Stadt gibt es dafür noch keine Werte. Sie zeigen den nationalen Kontext der zugewanderten Gruppen der Stadt.
report-flags-legend = Kennzeichen:

report-col-indicator = Indikator
report-col-group = Gruppe
report-col-period = Zeitraum
report-col-value = Wert
report-col-interval = 95-%-Intervall
report-col-gap = Abstand zu Inländern
report-col-year = Jahr
report-col-foreign-born-share = Anteil im Ausland Geborener (%)
report-col-rank = Rang
report-col-city = Stadt
report-col-country = Land
report-col-distance = Distanz
report-col-index = Index
report-col-area = Gebiet
report-col-residents = Einwohner
report-col-foreigners = Ausländische Einwohner
report-col-share = Ausländische Einwohner (%)
report-col-focal-point = Handlungsfeld
report-col-score = Bewertung
report-col-target = Ziel
report-col-baseline = Ausgangswert
report-col-goal = Zielwert
report-col-latest = Neuester Wert
report-col-progress = Erreichter Weg zum Ziel
report-col-scenario = Szenario
report-col-start = Bevölkerung, erstes Jahr
report-col-end = Bevölkerung, letztes Jahr
report-col-foreign-share-end = Ausländische Staatsangehörige, letztes Jahr (%)

report-group-everybody = alle
report-group-nationals = Inländer
report-group-eu-citizens = Staatsangehörige anderer EU-Länder
report-group-non-eu-citizens = Staatsangehörige von Nicht-EU-Ländern
report-group-foreign-citizens = Ausländer
report-group-native-born = im Inland Geborene
report-group-born-eu = in einem anderen EU-Land Geborene
report-group-born-non-eu = außerhalb der EU Geborene
report-group-foreign-born = im Ausland Geborene
report-group-women = Frauen
report-group-men = Männer

report-peers-title = Vergleichsstädte und Benchmarks
report-peers-none = Keine Vergleichsstädte: Für einen Vergleich liegen für die Stadt zu wenige Kontextdaten vor.
report-peers-intro = { $count ->
    [one] Die ähnlichste Stadt nach { $features }.
   *[other] Die { $count } ähnlichsten Städte nach { $features }.
}
report-benchmark-title = Benchmark: { $indicator }
report-benchmark-chart = { $indicator } der Stadt und ihrer Vergleichsstädte
report-benchmark-desc = Balken: die Stadt (dunkel, zuerst) und jede Vergleichsstadt (blau); die Werte stehen neben den Balken.
report-benchmark-this-city = { $city } (diese Stadt)
report-benchmark-summary = { $count ->
    [one] Vergleichsstädte: Median { $median }, Quartile { $q1 }–{ $q3 } (eine Stadt).
   *[other] Vergleichsstädte: Median { $median }, Quartile { $q1 }–{ $q3 } ({ $count } Städte).
}
report-benchmark-position = { $count ->
    [one] Die Stadt steht auf Rang { $rank } von einer Stadt.
   *[other] Die Stadt steht auf Rang { $rank } von { $count } Städten.
}

report-neighbourhoods-title = Stadtteile
report-neighbourhoods-none = Für die Stadt liegen in der Beobachtungsstelle keine kleinräumigen Einwohnerzahlen vor.
report-neighbourhoods-intro = { $count ->
    [one] Ein Gebiet ({ $scheme }), { $period }.
   *[other] { $count } Gebiete ({ $scheme }), { $period }.
}
report-neighbourhoods-city-share = Ausländische Einwohner in diesen Gebieten: { $share } % der Einwohner.
report-area-few = nicht gezeigt (weniger als 20 Einwohner)
report-index-dissimilarity = Dissimilaritätsindex: Anteil der ausländischen Einwohner, die für eine gleichmäßige Verteilung umziehen müssten (0 = gleichmäßig, 1 = getrennt)
report-index-isolation = Isolationsindex: Anteil der Ausländer unter den Nachbarn des durchschnittlichen ausländischen Einwohners
report-index-interaction = Interaktionsindex: Anteil der anderen unter den Nachbarn des durchschnittlichen ausländischen Einwohners
report-index-entropy = Theils H: wie viel weniger gemischt die Gebiete sind als die Stadt (0 = ebenso gemischt)
report-index-gini = Gini-Koeffizient der Anteile der Gebiete

report-audit-title = Ergebnisse des Audits
report-audit-none = Für diese Stadt wurde noch kein Audit durchgeführt.
report-audit-intro = { $count ->
    [one] { $title } (Antworten bis { $closes }), eine befragte Person.
   *[other] { $title } (Antworten bis { $closes }), { $count } befragte Personen.
}

report-agenda-title = Städtische Integrationsagenda und ihr Fortschritt
report-agenda-none = Die Stadt hat keine veröffentlichte städtische Integrationsagenda.
report-agenda-intro = { $title } (Fassung { $version }).
report-agenda-actions = { $count ->
    [one] (eine Maßnahme)
   *[other] ({ $count } Maßnahmen)
}

report-scenarios-title = Szenarien und Bedarf an Dienstleistungen
report-scenarios-none = Für diese Stadt wurde kein Bevölkerungsszenario veröffentlicht.
report-scenarios-demand = Der Bedarf an Dienstleistungen (Schulplätze, Kinderbetreuung, Hausärztinnen und Hausärzte, Sprachkurse) ergibt sich aus diesen Szenarien und den Inanspruchnahmequoten, die eine Stadt auf der Szenarienseite der Beobachtungsstelle festlegt.

report-sources-title = Quellen und Definitionen
report-sources-none = Keine Quellen: Der Bericht zeigt keine veröffentlichten Daten.
report-definitions = Definitionen

report-method-title = Methodik
report-method-intervals-title = Intervalle
report-method-intervals = Stichprobenschätzungen werden aus gewichteten Mikrodaten berechnet; ihr 95-%-Konfidenzintervall beruht auf dem designbasierten Standardfehler (Taylor-Linearisierung oder Replikationsgewichte, je nachdem, was die Erhebung bereitstellt). Daten aus Registern und Volkszählungen haben kein Intervall.
report-method-flags-title = Kennzeichen
report-method-flags = Die Kennzeichen sind die Buchstaben von Eurostat, so übernommen, wie die Quelle sie angibt: b Zeitreihenbruch, c vertraulich, d abweichende Definition, e geschätzt, f Prognose, p vorläufig, r revidiert, s Schätzung von Eurostat, u geringe Zuverlässigkeit. Schätzungen mit hohem Variationskoeffizienten werden mit u gekennzeichnet.
report-method-suppression-title = Geheimhaltung
report-method-suppression = Eine als vertraulich gekennzeichnete Zelle (Kennzeichen c) oder eine Erhebungszelle mit zu wenigen Befragten für eine Veröffentlichung wird gesperrt: Sie zeigt keinen Wert, in diesem Bericht ebenso wie im Web und in der CSV-Datei. Gesperrt wird auch eine Zelle, deren Wert sich aus den anderen errechnen ließe (sekundäre Geheimhaltung).
report-method-gap-title = Abstand zu Inländern
report-method-gap = Der Abstand ist die Differenz zwischen der Quote einer Gruppe und der Quote der Inländer derselben Reihe und desselben Jahres, in Prozentpunkten. Für Personenzahlen und für gesperrte Zellen wird er nicht berechnet.
report-method-peers-title = Vergleichsstädte
report-method-peers = Vergleichsstädte sind die Städte, die dieser nach den im Kapitel über Vergleichsstädte genannten Kontextmerkmalen am nächsten sind. Jedes Merkmal wird robust standardisiert (abzüglich seines Medians, geteilt durch seinen Interquartilsabstand / 1,349), damit kein Merkmal wegen seiner Einheit stärker ins Gewicht fällt; die Distanz ist die gewichtete Distanz über die standardisierten Merkmale, die beide Städte haben. Der Benchmark ordnet die Stadt nach Median und Quartilen ihrer Vergleichsstädte ein.
report-method-neighbourhoods-title = Indizes der Stadtteile
report-method-neighbourhoods = Die Segregationsindizes vergleichen die Zahl der ausländischen Einwohner und aller Einwohner über die Gebiete der Stadt mit Grenzen; Gebiete mit weniger als 20 Einwohnern zeigen keinen Anteil, zählen aber in den Indizes.
