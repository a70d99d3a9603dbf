# L'accesso e i ruoli di un account.

account-log-in-title = Accedi
account-logged-in-as = Ha effettuato l'accesso come { $email }.
account-log-in-lead = Per i redattori e gli approvatori delle città, i lettori della rete e nazionali e gli amministratori. Tutti gli altri vedono i dati pubblicati senza un account.
account-email = E-mail
account-password = Password
account-log-in-button = Accedi
account-created-by-admin-before = Gli account sono creati da un amministratore (
account-created-by-admin-after = ).
account-error-credentials = E-mail o password errate.
account-error-locked = Troppi accessi non riusciti: attenda 15 minuti e riprovi.
account-error-csrf = questo modulo di accesso è scaduto o non proviene da questo sito: ricarichi la pagina e riprovi
account-error-form = non è stato possibile leggere il modulo di accesso: { $message }

account-role-admin = amministratore
account-role-viewer = lettore
account-role-editor = redattore
account-role-approver = approvatore
