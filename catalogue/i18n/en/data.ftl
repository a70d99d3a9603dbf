# The data pages: uploading a city's own file, its submission (validation report,
# approval workflow) and the list of imports with their provenance.

data-title = Data
data-lead = Upload your city's own figures, check them, and submit them for approval. Nothing you upload is public until an approver of your city publishes it.
data-upload-title = Upload a file
data-upload-refused = The file was not taken:
data-upload-refused-nothing-kept = Nothing of it was kept. Correct the file and choose it again; the other choices are kept below. The guide to the tidy layout:
data-city = City
data-city-placeholder = City name or code, e.g. Osijek or HR004C
data-file = File
data-format = Format
# The first choice of the format list: the program recognises the format itself.
data-format-auto = detect from the file
# The character encoding of the uploaded text file.
data-encoding = Encoding of the text
data-encoding-utf-8 = Unicode
data-encoding-windows-1250 = Central European: Croatian, Czech, Slovak, Polish, Hungarian
data-encoding-windows-1252 = Western European: Italian, German, French, Spanish
data-encoding-iso-8859-2 = Central European, ISO (Latin-2)
data-source = Source (who produced the figures)
data-source-placeholder = City of Osijek, population register
# Column header and label: the source of the figures.
data-source-col = Source
data-licence = Licence
data-upload-button = Upload and check
data-tidy-note = The tidy layout is the easiest: one row per value with Year, Value and breakdown columns.
# practice_id, fields_of_action, target_groups and the file path are column names and a path: keep them as they are.
data-other-files-note = Also taken here, and published whole by your approver: your city's practice file (the columns of the practice library, starting with practice_id) and your city's funding register (the columns of data/templates/funding_operations_template.csv, with fields_of_action and target_groups). Both are checked row by row on upload.
# A link, followed by data-log-in-after: "Log in to upload your city's figures."
data-log-in-link = Log in
data-log-in-after = to upload your city's figures.
data-submissions = Submissions
data-values = Values
data-status = Status
# Column header: who uploaded the submission.
data-by = By
# Column header: when the submission last changed.
data-updated = Updated
data-imports-title = Imports and provenance
data-imports-note = Every published value comes from one of these imports: the file, its SHA-256 checksum, who published it, under which licence, and when.
# Followed by the links CSV and JSON.
data-download = Download:
# Column headers of the imports: when the file was imported, how many values were new, how many replaced older ones.
data-imported = Imported
data-new = New
data-replaced = Replaced
# The first 12 hex digits of the file's SHA-256 checksum.
data-checksum-short = sha256 { $checksum }…

# The statuses of a submission (badges and history).
data-status-draft = draft
data-status-submitted = submitted
data-status-published = published
# Sent back to the editor by the approver, with a comment.
data-status-returned = returned

# A submission's page. The breadcrumb follows a link "Data".
data-breadcrumb-submission = › submission { $id }
data-submission-page-title = Submission { $id }
data-submission-title = Submission { $id }: { $file }
# Followed by the city's code as a link.
data-submission-city = city
data-submission-values = { $count ->
    [one] { $count } value
   *[other] { $count } values
}
data-submission-uploaded = uploaded by { $who } on { $when }
# Followed by the approver's comment.
data-comment = Comment:
data-report-title = Validation report
data-rows-read = Rows read
# Rows of the file that gave no value.
data-skipped = Skipped
data-notes = Notes
data-submit-note = The figures look right? Submit them to your city's approver.
data-submit-button = Submit for approval
data-publish-button = Approve and publish
data-return-label = Send back with a comment
data-return-button = Send back
data-dataset = Dataset
data-indicator = Indicator
data-place = Place
# The population group of a value (e.g. third-country nationals).
data-group = Group
data-period = Period
data-value = Value
data-unit = Unit
data-history = History
data-when = When
data-who = Who
# Columns of the history: the status before and after a step.
data-from = From
data-to = To
data-comment-col = Comment

# Errors of uploads and of the workflow.
data-error-too-large = the file is larger than { $mib } MiB: split it (by year or indicator) and upload the parts
# $message is the web server's own text, in English.
data-error-unreadable-upload = the upload could not be read: { $message }
data-error-field-too-long = a form field is longer than { $kib } KiB
# $message names the place searched for and suggests others; it stays in English for now.
data-error-unknown-place = The place was not found: { $message }
# $formats and $encodings: the names to choose from, as the form sends them.
data-error-unknown-format = unknown format '{ $format }': choose one of { $formats }
data-error-unknown-encoding = unknown encoding '{ $encoding }': choose one of { $encodings }
# $message names the file, line and column and what is wrong there; it stays in English for now.
data-error-invalid-file = The file could not be read: { $message }
data-error-not-published = The file could not be published: { $message }
data-error-no-submission = no submission { $id }
data-error-log-in = log in to do this
data-error-log-in-to-see = log in to see submissions
data-error-no-file = choose a file to upload
data-error-city-first = the form must send the city before the file: reload the upload page and try again
# submit, publish and return are the steps' names in the address: keep them.
data-error-no-action = no action '{ $action }' (submit, publish, return)

# The tidy layout's guide (/data/tidy): the columns of a city's own file, and what an upload does.
data-tidy-title = Your own figures in the tidy layout
data-tidy-lead = One row per value. Save the sheet as CSV (UTF-8; commas, semicolons or tabs) or upload it as an Excel workbook (.xlsx, first sheet).
data-tidy-template = Download the tidy template (CSV)
data-tidy-guide-link = the guide to the tidy layout
data-tidy-col-column = Column
data-tidy-col-required = Required
data-tidy-col-holds = What it holds
data-tidy-yes = yes
data-tidy-no = no
data-tidy-year = the year, 2022, or a part of it: 2022-S1 (half-year), 2022-Q3 (quarter), 2022-07 (month)
data-tidy-value = a number with a decimal point (12.5); empty or : for no value (the row is skipped and counted)
data-tidy-geo = the place; without this column, the city chosen on the upload form. Rows of another place are refused.
data-tidy-indicator = what is measured (residents, pupils, clients_advice_centre)
data-tidy-unit = PER persons, PC percent, NR number, EUR euros
data-tidy-flags = Eurostat's status letters: b break in series, e estimated, p provisional, u low reliability, c confidential
data-tidy-breakdown = any other column breaks the figure down. Understood as population groups: citizenship (NAT nationals, EU27_2020_FOR other EU, NEU27_2020_FOR non-EU, or a country code), country_of_birth, migration_background, sex (F, M), age (Y20-64, Y_GE65). T or TOTAL means everybody.
data-tidy-breakdown-name = other columns
data-tidy-on-upload = What happens on upload
data-tidy-checked = The whole file is checked first: if a row is wrong, nothing is kept, and the message names the line, the column, the value found and what was expected.
data-tidy-draft = It becomes a draft of your city: nobody else sees it until your approver publishes it.
data-tidy-again = The same file again changes nothing; a corrected value for the same year, place and group replaces the old one, which stays in the history.
data-tidy-encoding = A file in Windows-1250 or Latin-1 (common in Croatian, Czech and Slovak offices) is not guessed: choose its encoding on the form.
data-error-no-template = no template called { $name }: the templates are tidy-template.csv, service-use-template.csv, funding_operations_template.csv and demand/rates-template.csv
