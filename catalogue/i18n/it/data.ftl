# Le pagine dei dati: caricare i file della città, il loro invio (rapporto di convalida,
# approvazione) e l'elenco delle importazioni con la loro provenienza.

data-title = Dati
data-lead = Carichi i dati della Sua città, li verifichi e li invii per l'approvazione. Nulla di ciò che carica è pubblico finché un approvatore della Sua città non lo pubblica.
data-upload-title = Caricare un file
data-city = Città
data-city-placeholder = Nome o codice della città, ad es. Osijek o HR004C
data-file = File
data-format = Formato
data-format-auto = riconoscere dal file
data-encoding = Codifica del testo
data-encoding-utf-8 = Unicode
data-encoding-windows-1250 = Europa centrale: croato, ceco, slovacco, polacco, ungherese
data-encoding-windows-1252 = Europa occidentale: italiano, tedesco, francese, spagnolo
data-encoding-iso-8859-2 = Europa centrale, ISO (Latin-2)
data-source = Fonte (chi ha prodotto i dati)
data-source-placeholder = Città di Osijek, anagrafe della popolazione
data-source-col = Fonte
data-licence = Licenza
data-upload-button = Carica e verifica
data-tidy-note = Il formato «tidy» è il più semplice: una riga per valore, con le colonne Year, Value e quelle della disaggregazione (vedere docs/tidy-csv.md nel repository).
data-other-files-note = Si caricano qui anche, e il Suo approvatore li pubblica per intero: il file delle pratiche della Sua città (le colonne della biblioteca delle pratiche, a partire da practice_id) e il registro dei finanziamenti della Sua città (le colonne di data/templates/funding_operations_template.csv, con fields_of_action e target_groups). Entrambi sono verificati riga per riga al caricamento.
data-log-in-link = Acceda
data-log-in-after = per caricare i dati della Sua città.
data-submissions = Invii
data-values = Valori
data-status = Stato
data-by = Da
data-updated = Aggiornato
data-imports-title = Importazioni e provenienza
data-imports-note = Ogni valore pubblicato proviene da una di queste importazioni: il file, il suo checksum SHA-256, chi lo ha pubblicato, con quale licenza e quando.
data-download = Scaricare:
data-imported = Importato
data-new = Nuovi
data-replaced = Sostituiti
data-checksum-short = sha256 { $checksum }…

data-status-draft = bozza
data-status-submitted = inviato
data-status-published = pubblicato
data-status-returned = restituito

data-breadcrumb-submission = › invio { $id }
data-submission-page-title = Invio { $id }
data-submission-title = Invio { $id }: { $file }
data-submission-city = città
data-submission-values = { $count ->
    [one] { $count } valore
   *[other] { $count } valori
}
data-submission-uploaded = caricato da { $who } il { $when }
data-comment = Commento:
data-report-title = Rapporto di convalida
data-rows-read = Righe lette
data-skipped = Saltate
data-notes = Note
data-submit-note = I dati sono corretti? Li invii all'approvatore della Sua città.
data-submit-button = Invia per l'approvazione
data-publish-button = Approva e pubblica
data-return-label = Restituire con un commento
data-return-button = Restituisci
data-dataset = Insieme di dati
data-indicator = Indicatore
data-place = Luogo
data-group = Gruppo
data-period = Periodo
data-value = Valore
data-unit = Unità
data-history = Cronologia
data-when = Quando
data-who = Chi
data-from = Da
data-to = A
data-comment-col = Commento

data-error-too-large = il file supera { $mib } MiB: lo divida (per anno o per indicatore) e carichi le parti
data-error-unreadable-upload = non è stato possibile leggere il caricamento: { $message }
data-error-field-too-long = un campo del modulo supera { $kib } KiB
data-error-unknown-place = Luogo non trovato: { $message }
data-error-unknown-format = formato sconosciuto «{ $format }»: scelga uno tra { $formats }
data-error-unknown-encoding = codifica sconosciuta «{ $encoding }»: scelga una tra { $encodings }
data-error-invalid-file = Non è stato possibile leggere il file: { $message }
data-error-not-published = Non è stato possibile pubblicare il file: { $message }
data-error-no-submission = nessun invio { $id }
data-error-log-in = acceda per eseguire questa operazione
data-error-log-in-to-see = acceda per vedere gli invii
data-error-no-file = scelga un file da caricare
data-error-city-first = il modulo deve inviare la città prima del file: ricarichi la pagina di caricamento e riprovi
data-error-no-action = nessuna azione «{ $action }» (submit, publish, return)
