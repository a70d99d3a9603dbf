# Die Datenseiten: eigene Dateien einer Stadt hochladen, ihre Einreichung (Prüfbericht,
# Freigabe) und die Liste der Importe mit der Herkunft der Daten.

data-title = Daten
data-lead = Laden Sie die eigenen Zahlen Ihrer Stadt hoch, prüfen Sie sie und reichen Sie sie zur Freigabe ein. Nichts, was Sie hochladen, ist öffentlich, bevor die für die Freigabe zuständige Person Ihrer Stadt es veröffentlicht.
data-upload-title = Datei hochladen
data-city = Stadt
data-city-placeholder = Name oder Code der Stadt, z. B. Osijek oder HR004C
data-file = Datei
data-format = Format
data-format-auto = aus der Datei erkennen
data-encoding = Zeichenkodierung des Textes
data-encoding-utf-8 = Unicode
data-encoding-windows-1250 = Mitteleuropäisch: Kroatisch, Tschechisch, Slowakisch, Polnisch, Ungarisch
data-encoding-windows-1252 = Westeuropäisch: Italienisch, Deutsch, Französisch, Spanisch
data-encoding-iso-8859-2 = Mitteleuropäisch, ISO (Latin-2)
data-source = Quelle (wer die Zahlen erstellt hat)
data-source-placeholder = Stadt Osijek, Melderegister
data-source-col = Quelle
data-licence = Lizenz
data-upload-button = Hochladen und prüfen
data-tidy-note = Am einfachsten ist das „tidy“-Format: eine Zeile je Wert mit den Spalten Year, Value und den Spalten der Aufgliederung (siehe docs/tidy-csv.md im Repository).
data-other-files-note = Ebenfalls hier hochgeladen und von der für die Freigabe zuständigen Person als Ganzes veröffentlicht: die Praxisdatei Ihrer Stadt (die Spalten der Praxisbibliothek, beginnend mit practice_id) und das Förderregister Ihrer Stadt (die Spalten von data/templates/funding_operations_template.csv, mit fields_of_action und target_groups). Beide werden beim Hochladen Zeile für Zeile geprüft.
data-log-in-link = Anmelden
data-log-in-after = und die Zahlen Ihrer Stadt hochladen.
data-submissions = Einreichungen
data-values = Werte
data-status = Status
data-by = Von
data-updated = Geändert
data-imports-title = Importe und Herkunft der Daten
data-imports-note = Jeder veröffentlichte Wert stammt aus einem dieser Importe: die Datei, ihre SHA-256-Prüfsumme, wer sie veröffentlicht hat, unter welcher Lizenz und wann.
data-download = Herunterladen:
data-imported = Importiert
data-new = Neu
data-replaced = Ersetzt
data-checksum-short = sha256 { $checksum }…

data-status-draft = Entwurf
data-status-submitted = eingereicht
data-status-published = veröffentlicht
data-status-returned = zurückgegeben

data-breadcrumb-submission = › Einreichung { $id }
data-submission-page-title = Einreichung { $id }
data-submission-title = Einreichung { $id }: { $file }
data-submission-city = Stadt
data-submission-values = { $count ->
    [one] { $count } Wert
   *[other] { $count } Werte
}
data-submission-uploaded = hochgeladen von { $who } am { $when }
data-comment = Kommentar:
data-report-title = Prüfbericht
data-rows-read = Gelesene Zeilen
data-skipped = Übersprungen
data-notes = Hinweise
data-submit-note = Stimmen die Zahlen? Reichen Sie sie bei der für die Freigabe zuständigen Person Ihrer Stadt ein.
data-submit-button = Zur Freigabe einreichen
data-publish-button = Freigeben und veröffentlichen
data-return-label = Mit einem Kommentar zurückgeben
data-return-button = Zurückgeben
data-dataset = Datensatz
data-indicator = Indikator
data-place = Ort
data-group = Gruppe
data-period = Zeitraum
data-value = Wert
data-unit = Einheit
data-history = Verlauf
data-when = Wann
data-who = Wer
data-from = Von
data-to = Nach
data-comment-col = Kommentar

data-error-too-large = Die Datei ist größer als { $mib } MiB: Teilen Sie sie auf (nach Jahr oder Indikator) und laden Sie die Teile hoch.
data-error-unreadable-upload = Der Upload konnte nicht gelesen werden: { $message }
data-error-field-too-long = Ein Formularfeld ist länger als { $kib } KiB.
data-error-unknown-place = Der Ort wurde nicht gefunden: { $message }
data-error-unknown-format = unbekanntes Format „{ $format }“: Wählen Sie eines von { $formats }
data-error-unknown-encoding = unbekannte Zeichenkodierung „{ $encoding }“: Wählen Sie eine von { $encodings }
data-error-invalid-file = Die Datei konnte nicht gelesen werden: { $message }
data-error-not-published = Die Datei konnte nicht veröffentlicht werden: { $message }
data-error-no-submission = keine Einreichung { $id }
data-error-log-in = Melden Sie sich an, um dies zu tun.
data-error-log-in-to-see = Melden Sie sich an, um Einreichungen zu sehen.
data-error-no-file = Wählen Sie eine Datei zum Hochladen.
data-error-city-first = Das Formular muss die Stadt vor der Datei senden: Laden Sie die Upload-Seite neu und versuchen Sie es noch einmal.
data-error-no-action = keine Aktion „{ $action }“ (submit, publish, return)
