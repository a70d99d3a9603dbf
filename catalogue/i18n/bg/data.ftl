# Страниците с данни: качване на собствени файлове на града, тяхното подаване (доклад от
# проверката, одобрение) и списъкът на импортите с произхода на данните.

data-title = Данни
data-lead = Качете собствените данни на Вашия град, проверете ги и ги подайте за одобрение. Нищо от качения от Вас файл не е публично, докато одобряващият за Вашия град не го публикува.
data-upload-title = Качване на файл
data-city = Град
data-city-placeholder = Име или код на града, напр. Osijek или HR004C
data-file = Файл
data-format = Формат
data-format-auto = разпознаване от файла
data-encoding = Кодиране на текста
data-encoding-utf-8 = Unicode
data-encoding-windows-1250 = централноевропейско: хърватски, чешки, словашки, полски, унгарски
data-encoding-windows-1252 = западноевропейско: италиански, немски, френски, испански
data-encoding-iso-8859-2 = централноевропейско, ISO (Latin-2)
data-source = Източник (кой е изготвил данните)
data-source-placeholder = Град Осиек, регистър на населението
data-source-col = Източник
data-licence = Лиценз
data-upload-button = Качване и проверка
data-tidy-note = Най-лесен е форматът „tidy“: по един ред за всяка стойност, с колоните Year, Value и колоните на разбивката (вж. docs/tidy-csv.md в хранилището).
data-other-files-note = Тук се качват също — и одобряващият ги публикува изцяло — файлът с практики на Вашия град (колоните на библиотеката с практики, започвайки с practice_id) и регистърът на финансирането на Вашия град (колоните на data/templates/funding_operations_template.csv, с fields_of_action и target_groups). И двата се проверяват ред по ред при качването.
data-log-in-link = Вход
data-log-in-after = за качване на данните на Вашия град.
data-submissions = Подавания
data-values = Стойности
data-status = Статус
data-by = Потребител
data-updated = Обновено
data-imports-title = Импортирани данни и произход
data-imports-note = Всяка публикувана стойност идва от един от тези импорти: файлът, неговата контролна сума SHA-256, кой го е публикувал, под какъв лиценз и кога.
data-download = Изтегляне:
data-imported = Импортирано
data-new = Нови
data-replaced = Заменени
data-checksum-short = sha256 { $checksum }…

data-status-draft = чернова
data-status-submitted = подадено
data-status-published = публикувано
data-status-returned = върнато

data-breadcrumb-submission = › подаване { $id }
data-submission-page-title = Подаване { $id }
data-submission-title = Подаване { $id }: { $file }
data-submission-city = град
data-submission-values = { $count ->
    [one] { $count } стойност
   *[other] { $count } стойности
}
data-submission-uploaded = качено от { $who } на { $when }
data-comment = Коментар:
data-report-title = Доклад от проверката
data-rows-read = Прочетени редове
data-skipped = Пропуснати
data-notes = Бележки
data-submit-note = Данните изглеждат правилни? Подайте ги на одобряващия за Вашия град.
data-submit-button = Подаване за одобрение
data-publish-button = Одобряване и публикуване
data-return-label = Връщане с коментар
data-return-button = Връщане
data-dataset = Набор от данни
data-indicator = Показател
data-place = Място
data-group = Група
data-period = Период
data-value = Стойност
data-unit = Единица
data-history = История
data-when = Кога
data-who = Кой
data-from = От
data-to = Към
data-comment-col = Коментар

data-error-too-large = файлът е по-голям от { $mib } MiB: разделете го (по година или показател) и качете частите
data-error-unreadable-upload = каченото съдържание не може да бъде прочетено: { $message }
data-error-field-too-long = поле от формуляра е по-дълго от { $kib } KiB
data-error-unknown-place = Мястото не е намерено: { $message }
data-error-unknown-format = непознат формат „{ $format }“: изберете един от { $formats }
data-error-unknown-encoding = непознато кодиране „{ $encoding }“: изберете едно от { $encodings }
data-error-invalid-file = Файлът не може да бъде прочетен: { $message }
data-error-not-published = Файлът не може да бъде публикуван: { $message }
data-error-no-submission = няма подаване { $id }
data-error-log-in = влезте, за да направите това
data-error-log-in-to-see = влезте, за да видите подаванията
data-error-no-file = изберете файл за качване
data-error-city-first = формулярът трябва да изпрати града преди файла: презаредете страницата за качване и опитайте отново
data-error-no-action = няма действие „{ $action }“ (submit, publish, return)
