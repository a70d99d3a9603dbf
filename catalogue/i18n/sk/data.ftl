# Stránky údajov: nahrávanie vlastných súborov mesta, ich predloženie (správa o kontrole,
# schválenie) a zoznam importov s pôvodom údajov.

data-title = Údaje
data-lead = Nahrajte vlastné údaje svojho mesta, skontrolujte ich a predložte na schválenie. Nič z toho, čo nahráte, nie je verejné, kým to schvaľovateľ vášho mesta nezverejní.
data-upload-title = Nahrať súbor
data-upload-refused = Súbor nebol prijatý:
data-upload-refused-nothing-kept = Nič z neho nebolo uložené. Opravte súbor a vyberte ho znova; ostatné voľby zostávajú nižšie. Sprievodca formátom tidy:
data-city = Mesto
data-city-placeholder = Názov alebo kód mesta, napr. Osijek alebo HR004C
data-file = Súbor
data-format = Formát
data-format-auto = rozpoznať zo súboru
data-encoding = Kódovanie textu
data-encoding-utf-8 = Unicode
data-encoding-windows-1250 = stredoeurópske: chorvátčina, čeština, slovenčina, poľština, maďarčina
data-encoding-windows-1252 = západoeurópske: taliančina, nemčina, francúzština, španielčina
data-encoding-iso-8859-2 = stredoeurópske, ISO (Latin-2)
data-source = Zdroj (kto údaje vytvoril)
data-source-placeholder = Mesto Osijek, register obyvateľov
data-source-col = Zdroj
data-licence = Licencia
data-upload-button = Nahrať a skontrolovať
data-tidy-note = Najjednoduchšie je usporiadanie „tidy“: jeden riadok na hodnotu so stĺpcami Year, Value a stĺpcami členenia.
data-other-files-note = Nahrávajú sa sem aj, a váš schvaľovateľ ich zverejní celé: súbor postupov vášho mesta (stĺpce knižnice postupov, začínajúc practice_id) a register financovania vášho mesta (stĺpce súboru data/templates/funding_operations_template.csv, so stĺpcami fields_of_action a target_groups). Oba sa pri nahrávaní kontrolujú riadok po riadku.
data-log-in-link = Prihláste sa
data-log-in-after = a nahrajte údaje svojho mesta.
data-submissions = Predloženia
data-values = Hodnoty
data-status = Stav
data-by = Používateľ
data-updated = Aktualizované
data-imports-title = Importy a pôvod údajov
data-imports-note = Každá zverejnená hodnota pochádza z jedného z týchto importov: súbor, jeho kontrolný súčet SHA-256, kto ho zverejnil, pod akou licenciou a kedy.
data-download = Stiahnuť:
data-imported = Importované
data-new = Nové
data-replaced = Nahradené
data-checksum-short = sha256 { $checksum }…

data-status-draft = koncept
data-status-submitted = predložené
data-status-published = zverejnené
data-status-returned = vrátené

data-breadcrumb-submission = › predloženie { $id }
data-submission-page-title = Predloženie { $id }
data-submission-title = Predloženie { $id }: { $file }
data-submission-city = mesto
data-submission-values = { $count ->
    [one] { $count } hodnota
    [few] { $count } hodnoty
    [many] { $count } hodnoty
   *[other] { $count } hodnôt
}
data-submission-uploaded = nahral používateľ { $who }, { $when }
data-comment = Komentár:
data-report-title = Správa o kontrole
data-rows-read = Prečítané riadky
data-skipped = Preskočené
data-notes = Poznámky
data-submit-note = Sú údaje v poriadku? Predložte ich schvaľovateľovi svojho mesta.
data-submit-button = Predložiť na schválenie
data-publish-button = Schváliť a zverejniť
data-return-label = Vrátiť s komentárom
data-return-button = Vrátiť
data-dataset = Súbor údajov
data-indicator = Ukazovateľ
data-place = Miesto
data-group = Skupina
data-period = Obdobie
data-value = Hodnota
data-unit = Jednotka
data-history = História
data-when = Kedy
data-who = Kto
data-from = Z
data-to = Na
data-comment-col = Komentár

data-error-too-large = súbor je väčší ako { $mib } MiB: rozdeľte ho (podľa roka alebo ukazovateľa) a nahrajte jednotlivé časti
data-error-unreadable-upload = nahrávku nebolo možné prečítať: { $message }
data-error-field-too-long = pole formulára je dlhšie ako { $kib } KiB
data-error-unknown-place = Miesto sa nenašlo: { $message }
data-error-unknown-format = neznámy formát „{ $format }“: vyberte jeden z týchto: { $formats }
data-error-unknown-encoding = neznáme kódovanie „{ $encoding }“: vyberte jedno z týchto: { $encodings }
data-error-invalid-file = Súbor nebolo možné prečítať: { $message }
data-error-not-published = Súbor nebolo možné zverejniť: { $message }
data-error-no-submission = predloženie { $id } neexistuje
data-error-log-in = na túto akciu sa prihláste
data-error-log-in-to-see = prihláste sa, ak chcete vidieť predloženia
data-error-no-file = vyberte súbor na nahratie
data-error-city-first = formulár musí poslať mesto pred súborom: znova načítajte stránku nahrávania a skúste to znova
data-error-no-action = akcia „{ $action }“ neexistuje (submit, publish, return)

data-tidy-title = Vlastné údaje v usporiadanom (tidy) formáte
data-tidy-lead = Jeden riadok na hodnotu. Uložte tabuľku ako CSV (UTF-8; čiarky, bodkočiarky alebo tabulátory) alebo ju nahrajte ako zošit Excelu (.xlsx, prvý hárok).
data-tidy-template = Stiahnuť šablónu (CSV)
data-tidy-guide-link = návod k usporiadanému (tidy) formátu
data-tidy-col-column = Stĺpec
data-tidy-col-required = Povinný
data-tidy-col-holds = Čo obsahuje
data-tidy-yes = áno
data-tidy-no = nie
data-tidy-year = rok, 2022, alebo jeho časť: 2022-S1 (polrok), 2022-Q3 (štvrťrok), 2022-07 (mesiac)
data-tidy-value = číslo s desatinnou bodkou (12.5); prázdne alebo : pre chýbajúcu hodnotu (riadok sa preskočí a započíta)
data-tidy-geo = miesto; bez tohto stĺpca mesto zvolené vo formulári na nahranie. Riadky iného miesta sa odmietnu.
data-tidy-indicator = čo sa meria (residents, pupils, clients_advice_centre)
data-tidy-unit = PER osoby, PC percentá, NR počet, EUR eurá
data-tidy-flags = stavové príznaky Eurostatu: b zlom v rade, e odhad, p predbežné, u nízka spoľahlivosť, c dôverné
data-tidy-breakdown = každý ďalší stĺpec hodnotu člení. Ako skupiny obyvateľov sa chápu: citizenship (NAT štátni príslušníci, EU27_2020_FOR iné krajiny EÚ, NEU27_2020_FOR mimo EÚ, alebo kód krajiny), country_of_birth, migration_background, sex (F, M), age (Y20-64, Y_GE65). T alebo TOTAL znamená všetci.
data-tidy-breakdown-name = ďalšie stĺpce
data-tidy-on-upload = Čo sa stane pri nahraní
data-tidy-checked = Najprv sa skontroluje celý súbor: ak je niektorý riadok chybný, nič sa neuloží a správa uvedie riadok, stĺpec, nájdenú hodnotu a čo sa očakávalo.
data-tidy-draft = Stane sa konceptom vášho mesta: nikto iný ho nevidí, kým ho váš schvaľovateľ nezverejní.
data-tidy-again = Ten istý súbor znova nič nezmení; opravená hodnota pre rovnaký rok, miesto a skupinu nahradí starú, ktorá zostane v histórii.
data-tidy-encoding = Súbor v kódovaní Windows-1250 alebo Latin-1 (bežné v chorvátskych, českých a slovenských úradoch) sa neodhaduje: zvoľte jeho kódovanie vo formulári.
data-error-no-template = žiadna šablóna { $name }: šablóny sú tidy-template.csv, service-use-template.csv, funding_operations_template.csv a demand/rates-template.csv
