# Zwei bis sechs Städte nebeneinander vergleichen (/compare).

compare-error-several = '{ $name }' passt zu mehreren Städten: { $cities }; verwenden Sie einen Code
compare-error-no-city = keine Stadt '{ $name }'
compare-error-no-city-suggest = keine Stadt '{ $name }'; meinten Sie { $suggestions }?
compare-error-too-many = vergleichen Sie höchstens 6 Städte auf einmal
compare-title = Städte vergleichen
compare-cities-label = Städte, durch Kommas getrennt
compare-cities-placeholder = 2 bis 6 Städte, durch Kommas getrennt: Osijek, Košice, Graz
compare-button = Vergleichen
compare-lead = Stellen Sie 2 bis 6 Städte nebeneinander: Größe, zugewanderte Bevölkerung und ihre Veränderung, Beschäftigung und die Umfrage zur Lebensqualität in europäischen Städten.
compare-add-one-more = Fügen Sie zu { $city } mindestens eine weitere Stadt hinzu.
compare-no-data = keine Daten
compare-no-profile = kein Profil
compare-no-figure = kein Wert
compare-suppressed = gesperrt
compare-bar-title = { $feature } ({ $unit })
compare-bar-description = { $count ->
    [one] Balkendiagramm von { $feature } für { $count } Stadt; die Tabelle darüber enthält die Werte und Jahre.
   *[other] Balkendiagramm von { $feature } für { $count } Städte; die Tabelle darüber enthält die Werte und Jahre.
}
compare-heading = Vergleich: { $cities }
compare-col-feature = Merkmal
compare-context-type = Kontexttyp
compare-trend-title = Anteil der im Ausland Geborenen im Zeitverlauf (%)
compare-trend-description = Eine Linie je Stadt, jede mit eigenem Strichmuster und einer Beschriftung an ihrem Ende.
compare-trend-caption = Eurostat urb_cpopcb und urb_cpop1. Städte ohne Linie haben keine Werte zu im Ausland Geborenen.
compare-features-note = { $count ->
    [one] Werte je Merkmal: { $count } Merkmal aus dem Katalog der Vergleichsstädte; Definitionen auf der
   *[other] Werte je Merkmal: { $count } Merkmale aus dem Katalog der Vergleichsstädte; Definitionen auf der
}
compare-features-note-link = Seite der Indikatoren
compare-features-note-after = {"."}
compare-groups-chart-title-citizenship = { $title } ({ $unit }), { $when }, nach Staatsangehörigkeit
compare-groups-chart-title-birth = { $title } ({ $unit }), { $when }, nach Geburtsland
compare-groups-chart-description = Gruppiertes Balkendiagramm: für jedes Land der verglichenen Städte je ein Balken für { $groups }; nationale Werte, neuestes Jahr. Die Tabelle nach dem Diagramm enthält die Werte, Jahre und Kennzeichen.
compare-groups-caption = Quelle: { $source }, nationale Werte ({ $when }).
compare-definition = Definition
compare-figures-as-table = Die Werte als Tabelle
compare-col-country-cities = Land (Städte)
compare-groups-title = Zugewanderte und Inländer in den Ländern der Städte
compare-groups-intro = Inländer, Staatsangehörige anderer EU-Länder und Staatsangehörige von Nicht-EU-Ländern (oder im Inland Geborene und in einem anderen EU-Land oder außerhalb der EU Geborene) im Vergleich, Indikator für Indikator. Diese Werte stammen aus der Arbeitskräfteerhebung der EU (AKE) und EU-SILC, die national sind: Werte für Städte nach Staatsangehörigkeit gibt es noch nicht, daher teilen sich Städte desselben Landes einen Satz Balken.
