# Rámec stránky a slová, ktoré používa každá stránka (preklad z angličtiny).

site-name = Observatórium integrácie
page-title = { $title } · Observatórium integrácie
skip-to-content = Prejsť na obsah
nav-main = Hlavná ponuka
nav-cities = Mestá
nav-compare = Porovnanie
nav-neighbourhoods = Mestské štvrte
nav-look-ahead = Výhľad
nav-practices = Osvedčené postupy
nav-mentoring = Mentorstvo
nav-funding = Financovanie
nav-audits = Audity
nav-indicators = Ukazovatele
nav-data = Údaje
nav-api = API
nav-admin = Správa
account-log-out = Odhlásiť sa
account-log-in = Prihlásiť sa
language-switch = Jazyk
footer-sources = Údaje od Eurostatu, Európskej komisie, úradu Amt für Statistik Berlin-Brandenburg a samotných miest, každý s uvedeným zdrojom a licenciou.
footer-provenance = Importy a pôvod údajov
footer-openapi = OpenAPI
error-title = Chyba
error-code = Kód chyby:
error-back = Späť na mestá
download-table = Stiahnuť túto tabuľku:

# Príznaky (flagy) Eurostatu pri pozorovaniach (písmená sú Eurostatu, rovnaké vo všetkých jazykoch).
flag-b = prerušenie časového radu
flag-c = dôverné
flag-d = odlišná definícia
flag-e = odhad
flag-f = prognóza
flag-m = chýba: údaj nemôže existovať
flag-n = nevýznamné
flag-p = predbežné
flag-r = revidované
flag-s = odhad Eurostatu
flag-u = nízka spoľahlivosť
flag-z = neuplatňuje sa
flags-legend = Význam príznakov
