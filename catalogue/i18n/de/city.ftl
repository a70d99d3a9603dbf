# Das Profil einer Stadt (/cities/<code>).

city-unknown-place = Kein Ort mit dem Code '{ $code }': Suchen Sie ihn auf der Startseite oder unter /api/v1/cities?q=… nach seinem Namen.
city-group-everybody = alle
city-breadcrumb-cities = Städte
city-level-city = Stadt (Urban Audit)
city-level-municipality = Gemeinde
city-level-greater-city = Großstadtgebiet
city-level-functional-urban-area = Funktionaler städtischer Raum
city-level-country = Land
city-level-place = Ort
city-code = Code
city-context-type = Kontexttyp:
# After the context type, when the type's label names a trait the city does not have.
city-context-weak-fit = schwache Passung: anders als ihr Typ bei { $features }
city-compare-link = mit anderen Städten vergleichen
city-neighbourhood-map-link = Karte der Stadtteile
city-indicators-title = Indikatoren nach Themenbereich
city-indicators-intro = Der jeweils neueste Wert jeder Reihe für die Stadt. Der Abstand ist die Differenz zum selben Wert der Inländer (bei Quoten in Prozentpunkten). Zeigen Sie auf ein Kennzeichen oder fokussieren Sie es, um seine Bedeutung zu sehen;
city-indicators-intro-link = Definitionen und Quellen
city-indicators-intro-after = sind einen Klick entfernt.
city-national-title = Zugewanderte und Inländer in { $country }
city-national-intro = Diese Ergebnisse werden von der Arbeitskräfteerhebung der EU (AKE) und EU-SILC auf nationaler Ebene gemessen: Werte auf Ebene der Städte gibt es dafür noch nicht. Sie zeigen den nationalen Kontext der Zugewanderten der Stadt.
city-peers-title = Ähnliche Städte
city-no-profile = Kein Kontextprofil: Für die Stadt fehlen Bevölkerungszahlen.
city-municipality-no-profile = { $name } ist eine Gemeinde außerhalb von Eurostats Urban Audit: Eurostat veröffentlicht für sie keine Stadtzahlen, daher gibt es hier kein Kontextprofil und keine Vergleichsstädte. Eigene Zahlen kommen über den Upload (Daten), am besten im Tidy-Format; die nationalen Zahlen unten sind die ihres Landes.
city-municipality-upload-link = Zahlen hochladen
city-card-residents = Einwohnerinnen und Einwohner
city-card-population-break = Eurostats Wert für { $period }, { $value }, ist als Zeitreihenbruch markiert und weit vom Vorjahr entfernt: nicht als Einwohnerzahl gezeigt.
city-card-size-class = Größenklasse
city-size-class-under-50k = unter 50.000
city-card-born-abroad = im Ausland geboren
city-card-foreign-born-change = Veränderung des Anteils der im Ausland Geborenen in etwa 5 Jahren (Prozentpunkte)
city-card-context-type = Kontexttyp
city-card-typology = Typologie
city-trend-chart-title = Im Ausland geborene Einwohnerinnen und Einwohner als Anteil an der Bevölkerung, { $city }
city-trend-chart-description = Liniendiagramm des Anteils der im Ausland Geborenen nach Jahr, von { $from } bis { $to }; die Tabelle darunter enthält die Werte.
city-trend-series = Anteil der im Ausland Geborenen
city-trend-caption = Anteil der im Ausland Geborenen (%), Eurostat urb_cpopcb / urb_cpop1 (DE2009V ÷ DE1001V).
city-trend-estimated = Hohle Punkte und die mit e markierten Jahre sind Schätzungen von Eurostat (Kennzeichen e, oft zwischen Zensusjahren interpoliert), keine Zählungen.
city-figures-as-table = Die Werte als Tabelle
city-year = Jahr
city-foreign-born-share-percent = Anteil der im Ausland Geborenen (%)
city-foreign-born-missing = Anteil der im Ausland Geborenen: { $reason }
city-suppressed = gesperrt
city-suppressed-title = zur Wahrung der Vertraulichkeit zurückgehalten
city-suppressed-because = gesperrt ({ $reason })
city-no-figures = Für diesen Ort sind noch keine Werte veröffentlicht.
city-col-indicator = Indikator
city-col-group = Gruppe
city-col-period = Zeitraum
city-col-value = Wert
city-col-gap = Abstand zu Inländern
city-col-source = Quelle
city-col-estimate = Schätzwert
city-col-ci = 95-%-KI
city-col-gap-short = Abstand
city-col-reliability = Zuverlässigkeit
city-col-status = Status
city-col-submission = Einreichung
city-col-city = Stadt
city-col-why-similar = Warum ähnlich
city-col-distance = Distanz
city-definition-and-source = Definition und Quelle
city-more-rows = { $count ->
    [one] { $count } weitere Zeile im
   *[other] { $count } weitere Zeilen im
}
city-more-rows-link = CSV-Download
city-national-heading = { $indicator }, { $country }, { $period }
city-national-chart-title = { $indicator } in { $country }, { $period }, nach Staatsangehörigkeit
city-national-chart-description = Punktdiagramm: Inländer (Quadrat, die Referenz) und andere Gruppen nach Staatsangehörigkeit (Punkte); die Tabelle enthält die Werte und den Abstand.
city-source = Quelle: { $source }.
city-definition = Definition
city-estimates-title = Berechnete Indikatoren (Schätzungen aus Erhebungen)
city-estimates-intro = Geschätzt aus gewichteten Mikrodaten mit 95-%-Konfidenzintervallen; zu kleine Zellen werden als gesperrt ausgewiesen, geringe Zuverlässigkeit wird gekennzeichnet.
city-estimates-chart-title = Schätzungen aus Erhebungen mit 95-%-Konfidenzintervallen
city-estimates-chart-description = Punkte mit waagerechten Linien für die Konfidenzintervalle; gesperrte Zellen werden ausgeschrieben.
city-reliability-ok = ausreichend
city-no-peers = Keine Vergleichsstädte: Für die Stadt gibt es zu wenige Kontextwerte für einen Vergleich.
city-peers-intro = { $count ->
    [one] Die ähnlichste Stadt nach { $features }.
   *[other] Die { $count } ähnlichsten Städte nach { $features }.
}
city-peers-note-too-few-features = { $city } hat nur { $have } der { $total } Merkmale der Distanz: Keine Stadt kann mit ihr verglichen werden andere Merkmale
city-peers-note-few-comparable = { $count ->
    [one] nur { $count } Stadt erfüllt die Bedingungen und teilt genügend Merkmale mit { $city }
   *[other] nur { $count } Städte erfüllen die Bedingungen und teilen genügend Merkmale mit { $city }
}
city-benchmark-title = Benchmark: { $indicator }
city-benchmark-this-city = { $city } (diese Stadt)
city-no-data = keine Daten
city-benchmark-chart-title = { $indicator } der Stadt und ihrer Vergleichsstädte
city-benchmark-chart-description = Balken: die Stadt (schwarz, zuerst) und jede Vergleichsstadt (blau); die Werte stehen neben den Balken.
city-benchmark-summary = { $count ->
    [one] Vergleichsstädte: Median { $median }, Quartile { $q1 }–{ $q3 } ({ $count } Stadt).
   *[other] Vergleichsstädte: Median { $median }, Quartile { $q1 }–{ $q3 } ({ $count } Städte).
}
city-benchmark-rank-highest = { $rank } Platz unter { $of } nach Höhe des Werts (die Stadt und ihre Vergleichsstädte mit einem Wert)
city-benchmark-rank-best-higher = { $rank } Platz unter { $of } (höher ist besser; die Stadt und ihre Vergleichsstädte mit einem Wert)
city-benchmark-rank-best-lower = { $rank } Platz unter { $of } (niedriger ist besser; die Stadt und ihre Vergleichsstädte mit einem Wert)
city-benchmark-no-value = { $city } hat keinen Wert für { $indicator }
city-benchmark-no-peer-value = { $count ->
    [one] Die einzige Vergleichsstadt von { $city } hat keinen Wert für { $indicator }
   *[other] Keine der { $count } Vergleichsstädte von { $city } hat einen Wert für { $indicator }
}
city-benchmark-sentence = { $count ->
    [one] { $indicator }: { $city } { $value }; Median der Vergleichsstädte { $median } (Quartile { $q1 } – { $q3 }, Spannweite { $min } – { $max }, { $count } Vergleichsstadt)
   *[other] { $indicator }: { $city } { $value }; Median der Vergleichsstädte { $median } (Quartile { $q1 } – { $q3 }, Spannweite { $min } – { $max }, { $count } Vergleichsstädte)
}
city-benchmark-none-better = keine Vergleichsstadt schneidet besser ab
city-benchmark-better = besser: { $cities }
city-drafts-title = Unveröffentlichte Werte dieser Stadt
city-drafts-intro = Nur Sie und andere mit einer Rolle für diese Stadt sehen diese Werte: Sie sind nicht öffentlich, bis eine freigebende Person sie veröffentlicht.
city-drafts-none = Keine offenen Einreichungen.
city-drafts-upload = Werte hochladen
city-drafts-submission = Einreichung { $id }
city-drafts-values = { $count ->
    [one] { $count } Wert
   *[other] { $count } Werte
}

# Bevölkerungsgruppen, Teil für Teil („Staatsangehörige von Nicht-EU-Ländern, Frauen, 20–64“).
city-group-nationals = Inländer
city-group-eu-citizens = Staatsangehörige anderer EU-Länder
city-group-non-eu-citizens = Staatsangehörige von Nicht-EU-Ländern
city-group-foreign-citizens = Ausländer
city-group-stateless = Staatenlose
city-group-citizens-of = Staatsangehörige von { $country }
city-group-citizenship-code = Staatsangehörigkeit { $code }
city-group-native-born = im Inland Geborene
city-group-born-other-eu = in einem anderen EU-Land Geborene
city-group-born-outside-eu = außerhalb der EU Geborene
city-group-foreign-born = im Ausland Geborene
city-group-born-in = in { $country } Geborene
city-group-birth-code = Geburtsland { $code }
city-group-women = Frauen
city-group-men = Männer
city-group-permit = Aufenthaltstitel: { $reason }
city-group-permit-work = Erwerbstätigkeit
city-group-permit-family = Familie
city-group-permit-education = Bildung
city-group-permit-protection = Schutz
city-group-permit-other = sonstige Gründe
city-group-stay = Aufenthaltsdauer: { $code }
city-group-with-migration-background = mit Migrationshintergrund
city-group-without-migration-background = ohne Migrationshintergrund
city-group-migration-background-from = Migrationshintergrund aus { $code }
