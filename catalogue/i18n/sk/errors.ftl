# Vlastné chyby webu: nadpis chybovej stránky (stav HTTP) a hlásenia, ktoré môže dať
# každá stránka alebo volanie API.

errors-status-bad-request = Chybná požiadavka
errors-status-unauthorized = Vyžaduje sa prihlásenie
errors-status-forbidden = Nepovolené
errors-status-not-found = Nenájdené
errors-status-conflict = Konflikt
errors-status-payload-too-large = Príliš veľký obsah
errors-status-unprocessable = Obsah nemožno spracovať
errors-status-too-many-requests = Príliš veľa požiadaviek
errors-status-internal = Interná chyba servera

errors-no-page = na adrese { $path } nie je žiadna stránka
errors-forbidden = váš účet nemá rolu, ktorá by to pre toto mesto povoľovala
errors-internal = na serveri sa vyskytla chyba; záznam servera uvádza akú
errors-log-in = na túto akciu sa prihláste (alebo pošlite token API)
errors-csrf = platnosť tohto formulára skončila alebo nepochádza z tejto stránky: znova načítajte stránku a skúste to znova
errors-bearer-expected = Authorization: očakáva sa `Bearer obs_…` (token API z príkazu `observatory create-token`)
errors-unknown-token = neznámy alebo zrušený token API
errors-too-many-logins = príliš veľa neúspešných prihlásení: počkajte 15 minút a skúste to znova
errors-wrong-credentials = nesprávny e-mail alebo heslo
