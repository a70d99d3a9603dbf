# Okvir stranice i riječi koje koristi svaka stranica (prijevod s engleskoga).

site-name = Opservatorij za integraciju
page-title = { $title } · Opservatorij za integraciju
skip-to-content = Prijeđi na sadržaj
nav-main = Glavni izbornik
nav-cities = Gradovi
nav-compare = Usporedba
nav-neighbourhoods = Četvrti
nav-look-ahead = Pogled unaprijed
nav-practices = Dobre prakse
nav-mentoring = Mentorstvo
nav-funding = Financiranje
nav-audits = Auditi
nav-indicators = Pokazatelji
nav-data = Podaci
nav-api = API
nav-admin = Administracija
account-log-out = Odjava
account-log-in = Prijava
language-switch = Jezik
footer-sources = Podaci Eurostata, Europske komisije, ureda Amt für Statistik Berlin-Brandenburg i samih gradova, svaki s izvorom i licencijom.
footer-provenance = Uvezeni podaci i podrijetlo
footer-openapi = OpenAPI
error-title = Pogreška
error-code = Kôd pogreške:
error-back = Natrag na gradove
download-table = Preuzmite ovu tablicu:

# Eurostatove oznake opažanja (slova su Eurostatova, ista u svim jezicima).
flag-b = prekid vremenske serije
flag-c = povjerljivo
flag-d = razlika u definiciji
flag-e = procjena
flag-f = prognoza
flag-m = nedostaje: podatak ne može postojati
flag-n = nije značajno
flag-p = privremeno
flag-r = revidirano
flag-s = procjena Eurostata
flag-u = niska pouzdanost
flag-z = nije primjenjivo
flags-legend = Značenje oznaka
