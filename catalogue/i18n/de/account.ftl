# Anmelden und die Rollen eines Kontos.

account-log-in-title = Anmelden
account-logged-in-as = Sie sind angemeldet als { $email }.
account-log-in-lead = Für Redaktion und Freigabe der Städte, Lesezugriff von Netzwerk und nationaler Ebene sowie die Administration. Alle anderen sehen die veröffentlichten Zahlen ohne Konto.
account-email = E-Mail
account-password = Passwort
account-log-in-button = Anmelden
account-created-by-admin-before = Konten legt die Administration an (
account-created-by-admin-after = ).
account-error-credentials = E-Mail oder Passwort ist falsch.
account-error-locked = Zu viele fehlgeschlagene Anmeldungen: Warten Sie 15 Minuten und versuchen Sie es noch einmal.
account-error-csrf = Dieses Anmeldeformular ist abgelaufen oder stammt nicht von dieser Website: Laden Sie die Seite neu und versuchen Sie es noch einmal.
account-error-form = Das Anmeldeformular konnte nicht gelesen werden: { $message }

account-role-admin = Administration
account-role-viewer = Lesezugriff
account-role-editor = Redaktion
account-role-approver = Freigabe
