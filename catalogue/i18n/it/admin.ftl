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

admin-places = Luoghi fuori dall'Urban Audit
admin-places-lead = Un comune che l'Urban Audit di Eurostat non copre ottiene la sua pagina, il suo posto nella ricerca e i suoi caricamenti una volta aggiunto qui con il suo codice LAU (l'elenco GISCO delle unità amministrative locali). Ai suoi redattori viene poi assegnato il suo codice.
admin-places-none = Nessun comune ancora aggiunto.
admin-place-code = Codice LAU
admin-place-code-hint = Il codice del paese, un trattino basso e il codice nazionale del comune, come nell'elenco LAU di GISCO (in Italia le sei cifre ISTAT).
admin-place-lau-list = Elenchi LAU di Eurostat
admin-place-name = Nome
admin-place-region = Regione NUTS 3 (facoltativa)
admin-place-region-hint = Cinque caratteri che iniziano con il codice del paese; l'elenco propone le regioni delle città dell'Urban Audit del paese. Vuoto: il paese.
admin-add-place = Aggiungi luogo
admin-error-place = Il luogo non è stato aggiunto: { $message }
