# Die Verwaltungsseite (nur Administration): Konten, ihre Rollen und API-Tokens und das
# Änderungsprotokoll.

admin-title = Verwaltung
admin-users = Benutzerkonten
admin-email = E-Mail
admin-name = Name
admin-roles = Rollen
admin-account = Konto
admin-api-tokens = API-Tokens
admin-since = Seit
admin-disabled = deaktiviert
admin-active = aktiv
admin-add-user = Benutzerkonto anlegen
admin-initial-password = Anfangspasswort (mindestens 12 Zeichen)
admin-role = Rolle
admin-city-code = Code der Stadt (Redaktion und Freigabe)
admin-add-user-button = Konto anlegen
admin-audit-log = Änderungsprotokoll
admin-audit-log-note = Jede Änderung: wer, was, wann, der alte und der neue Wert. Neueste zuerst.
admin-when = Wann
admin-who = Wer
admin-what = Was
admin-target = Betroffen
admin-old = Alt
admin-new = Neu

admin-role-editor = Redaktion der Stadt
admin-role-approver = Freigabe der Stadt
admin-role-viewer = Lesezugriff Netzwerk/national
admin-role-admin = Administration

admin-tokens-none = keine
admin-token-expired = abgelaufen am { $day }
admin-token-until = gültig bis { $day }
admin-token-never-expires = läuft nie ab
admin-revoke = Widerrufen

admin-change-user = { $email } ändern
admin-enable = Konto aktivieren
admin-disable = Konto deaktivieren (beendet seine Sitzungen, weist seine Tokens ab)
admin-new-role = Neue Rolle (ersetzt die bisherigen)
admin-change-role = Rolle ändern
admin-new-password = Neues Passwort (mindestens 12 Zeichen; beendet die Sitzungen des Kontos)
admin-reset-password = Passwort zurücksetzen
admin-token-name = Neues API-Token: Name
admin-token-name-placeholder = nächtlicher Upload
admin-token-days = Läuft ab nach (Tage, 1–{ $max })
admin-create-token = Token erstellen
admin-delete-confirm = { $email } mit Rollen, Sitzungen und Tokens löschen (das Änderungsprotokoll bewahrt, was das Konto getan hat)
admin-delete = Konto löschen

admin-token-page-title = API-Token
admin-token-created = API-Token erstellt
admin-token-copy-now = { $days ->
    [one] Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt (das Observatorium speichert nur seinen SHA-256-Wert). Es läuft in { $days } Tag ab.
   *[other] Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt (das Observatorium speichert nur seinen SHA-256-Wert). Es läuft in { $days } Tagen ab.
}
admin-back = Zurück zur Verwaltung

admin-error-no-operation = keine Operation „{ $op }“ (disable, enable, delete, password, role, tokens)
admin-error-role = Rolle: admin, viewer, editor oder approver
admin-error-city = Stadt: kein Ort mit dem Code „{ $city }“
admin-error-password = Passwort: mindestens 12 Zeichen
admin-error-days-range = Tage: von 1 bis { $max }
admin-error-days-number = Tage: eine ganze Zahl von Tagen
admin-error-no-user = kein Benutzerkonto { $id }
admin-error-email = E-Mail: eine E-Mail-Adresse erwartet
admin-error-confirm-delete = Setzen Sie das Häkchen, um das Löschen zu bestätigen.

admin-places = Orte außerhalb des Urban Audit
admin-places-lead = Eine Gemeinde, die Eurostats Urban Audit nicht erfasst, erhält ihre Seite, ihren Platz in der Suche und ihre Uploads, sobald sie hier mit ihrer LAU-Kennung (GISCOs Liste der lokalen Verwaltungseinheiten) angelegt ist. Ihren Bearbeitenden wird dann ihr Code zugewiesen.
admin-places-none = Noch keine Gemeinde angelegt.
admin-place-code = LAU-Kennung
admin-place-code-hint = Der Ländercode, ein Unterstrich und der nationale Gemeindeschlüssel, wie in GISCOs LAU-Liste (in Deutschland der achtstellige Gemeindeschlüssel).
admin-place-lau-list = LAU-Listen von Eurostat
admin-place-name = Name
admin-place-region = NUTS-3-Region (optional)
admin-place-region-hint = Fünf Zeichen, beginnend mit dem Ländercode; die Liste bietet die Regionen der Urban-Audit-Städte des Landes an. Leer: das Land.
admin-add-place = Ort anlegen
admin-error-place = Der Ort wurde nicht angelegt: { $message }
