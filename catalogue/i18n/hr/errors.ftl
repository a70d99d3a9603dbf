# Vlastite pogreške mrežnih stranica: naslov stranice s pogreškom (HTTP status) i poruke
# koje svaka stranica ili poziv API-ja može dati.

errors-status-bad-request = Neispravan zahtjev
errors-status-unauthorized = Potrebna je prijava
errors-status-forbidden = Nije dopušteno
errors-status-not-found = Nije pronađeno
errors-status-conflict = Sukob
errors-status-payload-too-large = Prevelik sadržaj
errors-status-unprocessable = Sadržaj nije moguće obraditi
errors-status-too-many-requests = Previše zahtjeva
errors-status-internal = Interna pogreška poslužitelja

errors-no-page = nema stranice na adresi { $path }
errors-forbidden = vaš korisnički račun nema ulogu koja to dopušta za ovaj grad
errors-internal = na poslužitelju je došlo do pogreške; zapisnik navodi koje
errors-log-in = prijavite se (ili pošaljite API token) da biste to učinili
errors-csrf = ovaj obrazac je istekao ili nije došao s ove stranice: ponovno učitajte stranicu i pokušajte ponovno
errors-bearer-expected = Authorization: očekuje se `Bearer obs_…` (API token iz naredbe `observatory create-token`)
errors-unknown-token = nepoznat ili opozvan API token
errors-too-many-logins = previše neuspjelih prijava: pričekajte 15 minuta i pokušajte ponovno
errors-wrong-credentials = pogrešna e-pošta ili lozinka
