# Die Startseite: eine Stadt finden, die Kachelkarte der Länder, alle Städte nach Land.

home-title = Städte
home-search-title = Eine Stadt finden
home-heading = Wie geht es Zugewanderten in Ihrer Stadt?
home-lead = { $count ->
    [one] Werte für { $count } europäische Stadt aus der Städtestatistik von Eurostat, den Tabellen der EU zur Integration von Migrantinnen und Migranten und der Umfrage zur Lebensqualität in europäischen Städten, sobald veröffentlicht auch mit den eigenen Werten jeder Stadt. Jeder Wert zeigt seine Quelle, Definition und Unsicherheit.
   *[other] Werte für { $count } europäische Städte aus der Städtestatistik von Eurostat, den Tabellen der EU zur Integration von Migrantinnen und Migranten und der Umfrage zur Lebensqualität in europäischen Städten, sobald veröffentlicht auch mit den eigenen Werten jeder Stadt. Jeder Wert zeigt seine Quelle, Definition und Unsicherheit.
}
home-search-label = Name oder Code der Stadt
home-search-placeholder = Name der Stadt, z. B. Kosice, Osijek, Malmo
home-search-button = Suchen
home-several-before = Mehrere Städte passen zu
home-several-after = :
home-none-before = Keine Stadt heißt
home-none-after = {"."}
home-did-you-mean = Meinten Sie:
home-did-you-mean-after = ?
home-card-cities = { $count ->
    [one] Stadt
   *[other] Städte
}
home-card-countries = { $count ->
    [one] Land
   *[other] Länder
}
home-card-neighbourhood-maps = Karten der Stadtteile
home-card-side-by-side = Städte nebeneinander
home-by-country-title = Städte nach Land
home-download-list = Die Liste herunterladen:
home-tile-label = { $count ->
    [one] { $country }: Median des Anteils der im Ausland Geborenen { $share } bei { $with_share } von { $count } Stadt ({ $years }); die Liste der Städte öffnen
   *[other] { $country }: Median des Anteils der im Ausland Geborenen { $share } bei { $with_share } von { $count } Städten ({ $years }); die Liste der Städte öffnen
}
home-tile-label-no-figure = { $count ->
    [one] { $country }: { $count } Stadt, kein Wert zu im Ausland Geborenen; die Liste der Städte öffnen
   *[other] { $country }: { $count } Städte, kein Wert zu im Ausland Geborenen; die Liste der Städte öffnen
}
home-map-title = Im Ausland geborene Einwohnerinnen und Einwohner in den Städten jedes Landes
home-map-description = Eine schematische Kachelkarte Europas, nicht maßstabsgetreu: ein Quadrat je Land mit Städten, ungefähr dort platziert, wo das Land liegt, beschriftet mit seinem Code und dem Median des Anteils der im Ausland Geborenen in seinen Städten ({ $years }; jeweils das neueste Jahr der Stadt), dunkler bei höheren Anteilen; schraffiert, wo keine Stadt einen Wert hat. Jedes Quadrat führt zur Liste der Städte des Landes. Die Tabelle nach der Karte enthält dieselben Werte.
home-map-legend = Median des Anteils der im Ausland Geborenen
home-map-heading = Im Ausland geborene Einwohnerinnen und Einwohner nach Land
home-map-intro = Jedes Quadrat ist ein Land (eine schematische Anordnung, keine maßstabsgetreue Karte). Farbton und Zahl geben den Median des Anteils der im Ausland geborenen Einwohnerinnen und Einwohner in den Städten mit einem Wert an, jede Stadt in ihrem neuesten Jahr; wählen Sie ein Quadrat für die Städte des Landes.
home-map-caption = Eurostat urb_cpopcb und urb_cpop1 (im Ausland Geborene ÷ Bevölkerung, je Stadt).
home-definition = Definition
home-map-as-table = Die Karte als Tabelle
home-col-country = Land
home-col-cities = Städte
home-col-with-figure = Städte mit einem Wert
home-col-median = Median des Anteils der im Ausland Geborenen (%)
home-col-years = Jahre
home-no-figure = kein Wert
home-off-map = Nicht auf der Karte (kein Platz in ihrer Anordnung): { $countries }.
