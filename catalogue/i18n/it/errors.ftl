# Gli errori propri del sito: il titolo di una pagina di errore (lo stato HTTP) e i
# messaggi che ogni pagina o chiamata API può dare.

errors-status-bad-request = Richiesta non valida
errors-status-unauthorized = Accesso richiesto
errors-status-forbidden = Non consentito
errors-status-not-found = Non trovato
errors-status-conflict = Conflitto
errors-status-payload-too-large = Troppo grande
errors-status-unprocessable = Contenuto non elaborabile
errors-status-too-many-requests = Troppe richieste
errors-status-internal = Errore interno del server

errors-no-page = nessuna pagina all'indirizzo { $path }
errors-forbidden = il Suo account non ha alcun ruolo che consenta questa operazione per questa città
errors-internal = si è verificato un errore sul server; il registro indica quale
errors-log-in = acceda (o invii un token API) per eseguire questa operazione
errors-csrf = questo modulo è scaduto o non proviene da questo sito: ricarichi la pagina e riprovi
errors-bearer-expected = Authorization: atteso `Bearer obs_…` (un token API di `observatory create-token`)
errors-unknown-token = token API sconosciuto o revocato
errors-too-many-logins = troppi accessi non riusciti: attenda 15 minuti e riprovi
errors-wrong-credentials = e-mail o password errate
