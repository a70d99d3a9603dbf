# Rámec stránky a slova, která používá každá stránka (překlad z angličtiny).

site-name = Observatoř integrace
page-title = { $title } · Observatoř integrace
skip-to-content = Přejít na obsah
nav-main = Hlavní nabídka
nav-cities = Města
nav-compare = Srovnání
nav-neighbourhoods = Městské čtvrti
nav-look-ahead = Výhled
nav-practices = Osvědčené postupy
nav-mentoring = Mentoring
nav-funding = Financování
nav-audits = Audity
nav-indicators = Ukazatele
nav-data = Data
nav-api = API
nav-admin = Správa
account-log-out = Odhlásit se
account-log-in = Přihlásit se
language-switch = Jazyk
footer-sources = Údaje Eurostatu, Evropské komise, úřadu Amt für Statistik Berlin-Brandenburg a samotných měst, každý s uvedeným zdrojem a licencí.
footer-provenance = Importy a původ dat
footer-openapi = OpenAPI
error-title = Chyba
error-code = Kód chyby:
error-back = Zpět na města
download-table = Stáhnout tuto tabulku:

# Příznaky Eurostatu u pozorování (písmena jsou Eurostatu, stejná ve všech jazycích).
flag-b = přerušení časové řady
flag-c = důvěrné
flag-d = odlišná definice
flag-e = odhad
flag-f = prognóza
flag-m = chybí: údaj nemůže existovat
flag-n = nevýznamné
flag-p = předběžné
flag-r = revidované
flag-s = odhad Eurostatu
flag-u = nízká spolehlivost
flag-z = neuplatňuje se
flags-legend = Význam příznaků
