# La cornice della pagina e le parole usate da ogni pagina (tradotte dall'inglese).

site-name = Osservatorio sull'integrazione
page-title = { $title } · Osservatorio sull'integrazione
skip-to-content = Vai al contenuto
nav-main = Menu principale
nav-cities = Città
nav-compare = Confronta
nav-neighbourhoods = Quartieri
nav-look-ahead = Prospettive
nav-practices = Buone pratiche
nav-mentoring = Mentoring
nav-funding = Finanziamenti
nav-audits = Audit
nav-indicators = Indicatori
nav-data = Dati
nav-api = API
nav-admin = Amministrazione
account-log-out = Esci
account-log-in = Accedi
language-switch = Lingua
footer-sources = Dati di Eurostat, della Commissione europea, dell'Amt für Statistik Berlin-Brandenburg e delle città stesse, ciascuno con la sua fonte e licenza.
footer-provenance = Importazioni e provenienza dei dati
footer-openapi = OpenAPI
error-title = Errore
error-code = Codice di errore:
error-back = Torna alle città
download-table = Scarica questa tabella:

# I flag di Eurostat sulle osservazioni (le lettere sono di Eurostat, uguali in ogni lingua).
flag-b = interruzione della serie temporale
flag-c = riservato
flag-d = definizione differente
flag-e = stimato
flag-f = previsione
flag-m = mancante: il dato non può esistere
flag-n = non significativo
flag-p = provvisorio
flag-r = rivisto
flag-s = stima Eurostat
flag-u = bassa affidabilità
flag-z = non applicabile
flags-legend = Significato dei flag
