# La pagina di amministrazione (solo amministratori): account, ruoli e token API, e il
# registro delle modifiche.

admin-title = Amministrazione
admin-users = Utenti
admin-email = E-mail
admin-name = Nome
admin-roles = Ruoli
admin-account = Account
admin-api-tokens = Token API
admin-since = Dal
admin-disabled = disattivato
admin-active = attivo
admin-add-user = Aggiungere un utente
admin-initial-password = Password iniziale (almeno 12 caratteri)
admin-role = Ruolo
admin-city-code = Codice della città (redattori e approvatori)
admin-add-user-button = Aggiungi utente
admin-audit-log = Registro delle modifiche
admin-audit-log-note = Ogni modifica: chi, che cosa, quando, il valore precedente e il nuovo. Le più recenti per prime.
admin-when = Quando
admin-who = Chi
admin-what = Che cosa
admin-target = Oggetto
admin-old = Prima
admin-new = Dopo

admin-role-editor = redattore della città
admin-role-approver = approvatore della città
admin-role-viewer = lettore della rete/nazionale
admin-role-admin = amministratore

admin-tokens-none = nessuno
admin-token-expired = scaduto il { $day }
admin-token-until = valido fino al { $day }
admin-token-never-expires = non scade mai
admin-revoke = Revoca

admin-change-user = Modificare { $email }
admin-enable = Attiva l'account
admin-disable = Disattiva l'account (chiude le sue sessioni, rifiuta i suoi token)
admin-new-role = Nuovo ruolo (sostituisce quelli attuali)
admin-change-role = Cambia il ruolo
admin-new-password = Nuova password (almeno 12 caratteri; chiude le sessioni dell'utente)
admin-reset-password = Reimposta la password
admin-token-name = Nuovo token API: nome
admin-token-name-placeholder = caricamento notturno
admin-token-days = Scade dopo (giorni, 1–{ $max })
admin-create-token = Crea un token
admin-delete-confirm = Eliminare { $email } con i suoi ruoli, sessioni e token (il registro delle modifiche conserva ciò che ha fatto)
admin-delete = Elimina l'account

admin-token-page-title = Token API
admin-token-created = Token API creato
admin-token-copy-now = { $days ->
    [one] Lo copi ora: viene mostrato solo questa volta (l'osservatorio ne conserva solo lo SHA-256). Scade tra { $days } giorno.
   *[other] Lo copi ora: viene mostrato solo questa volta (l'osservatorio ne conserva solo lo SHA-256). Scade tra { $days } giorni.
}
admin-back = Torna all'amministrazione

admin-error-no-operation = nessuna operazione «{ $op }» (disable, enable, delete, password, role, tokens)
admin-error-role = ruolo: admin, viewer, editor o approver
admin-error-city = città: nessun luogo con il codice «{ $city }»
admin-error-password = password: almeno 12 caratteri
admin-error-days-range = giorni: da 1 a { $max }
admin-error-days-number = giorni: un numero intero di giorni
admin-error-no-user = nessun utente { $id }
admin-error-email = e-mail: atteso un indirizzo e-mail
admin-error-confirm-delete = spunti la casella per confermare l'eliminazione
