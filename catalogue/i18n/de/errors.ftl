# Die eigenen Fehler der Website: die Überschrift einer Fehlerseite (der HTTP-Status) und
# die Meldungen, die jede Seite und jeder API-Aufruf geben kann.

errors-status-bad-request = Ungültige Anfrage
errors-status-unauthorized = Anmeldung erforderlich
errors-status-forbidden = Nicht erlaubt
errors-status-not-found = Nicht gefunden
errors-status-conflict = Konflikt
errors-status-payload-too-large = Zu groß
errors-status-unprocessable = Nicht verarbeitbar
errors-status-too-many-requests = Zu viele Anfragen
errors-status-internal = Interner Serverfehler

errors-no-page = keine Seite unter { $path }
errors-forbidden = Ihr Konto hat keine Rolle, die dies für diese Stadt erlaubt.
errors-internal = Auf dem Server ist ein Fehler aufgetreten; das Protokoll sagt, welcher.
errors-log-in = Melden Sie sich an (oder senden Sie ein API-Token), um dies zu tun.
errors-csrf = Dieses Formular ist abgelaufen oder stammt nicht von dieser Website: Laden Sie die Seite neu und versuchen Sie es noch einmal.
errors-bearer-expected = Authorization: `Bearer obs_…` erwartet (ein API-Token von `observatory create-token`)
errors-unknown-token = unbekanntes oder widerrufenes API-Token
errors-too-many-logins = Zu viele fehlgeschlagene Anmeldungen: Warten Sie 15 Minuten und versuchen Sie es noch einmal.
errors-wrong-credentials = E-Mail oder Passwort ist falsch.
