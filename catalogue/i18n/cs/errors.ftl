# Vlastní chyby webu: nadpis chybové stránky (stav HTTP) a hlášení, která může dát každá
# stránka nebo volání API.

errors-status-bad-request = Chybný požadavek
errors-status-unauthorized = Vyžaduje se přihlášení
errors-status-forbidden = Nepovoleno
errors-status-not-found = Nenalezeno
errors-status-conflict = Konflikt
errors-status-payload-too-large = Příliš velký obsah
errors-status-unprocessable = Obsah nelze zpracovat
errors-status-too-many-requests = Příliš mnoho požadavků
errors-status-internal = Interní chyba serveru

errors-no-page = na adrese { $path } není žádná stránka
errors-forbidden = váš účet nemá roli, která by to pro toto město povolovala
errors-internal = na serveru došlo k chybě; záznam serveru uvádí jaké
errors-log-in = k této akci se přihlaste (nebo pošlete token API)
errors-csrf = platnost tohoto formuláře skončila nebo nepochází z tohoto webu: znovu načtěte stránku a zkuste to znovu
errors-bearer-expected = Authorization: očekává se `Bearer obs_…` (token API z příkazu `observatory create-token`)
errors-unknown-token = neznámý nebo zrušený token API
errors-too-many-logins = příliš mnoho neúspěšných přihlášení: počkejte 15 minut a zkuste to znovu
errors-wrong-credentials = nesprávný e-mail nebo heslo
