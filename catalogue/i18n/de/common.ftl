# Seitenrahmen und Wörter, die jede Seite verwendet (aus dem Englischen übersetzt).

site-name = Integrationsobservatorium
page-title = { $title } · Integrationsobservatorium
skip-to-content = Zum Inhalt springen
nav-main = Hauptmenü
nav-cities = Städte
nav-compare = Vergleichen
nav-neighbourhoods = Stadtteile
nav-look-ahead = Ausblick
nav-practices = Praxisbeispiele
nav-mentoring = Mentoring
nav-funding = Förderung
nav-audits = Audits
nav-indicators = Indikatoren
nav-data = Daten
nav-api = API
nav-admin = Administration
account-log-out = Abmelden
account-log-in = Anmelden
language-switch = Sprache
footer-sources = Zahlen von Eurostat, der Europäischen Kommission, dem Amt für Statistik Berlin-Brandenburg und den Städten selbst, jeweils mit Quelle und Lizenz.
footer-provenance = Importe und Herkunft der Daten
footer-openapi = OpenAPI
error-title = Fehler
error-code = Fehlercode:
error-back = Zurück zu den Städten
download-table = Diese Tabelle herunterladen:

# Die Kennzeichen (Flags) von Eurostat; die Buchstaben sind in allen Sprachen dieselben.
# Wortlaut nach der deutschen Legende der Eurostat-Datenbank.
flag-b = Zeitreihenbruch
flag-c = vertraulich
flag-d = abweichende Definition
flag-e = geschätzt
flag-f = Prognose
flag-m = fehlend: Daten können nicht existieren
flag-n = nicht signifikant
flag-p = vorläufig
flag-r = revidiert
flag-s = Eurostat-Schätzung
flag-u = geringe Zuverlässigkeit
flag-z = nicht zutreffend
flags-legend = Bedeutung der Kennzeichen
