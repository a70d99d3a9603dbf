# Stránky dat: nahrávání vlastních souborů města, jejich podání (zpráva o kontrole,
# schválení) a seznam importů s původem dat.

data-title = Data
data-lead = Nahrajte vlastní údaje svého města, zkontrolujte je a podejte ke schválení. Nic z toho, co nahrajete, není veřejné, dokud to schvalovatel vašeho města nezveřejní.
data-upload-title = Nahrát soubor
data-upload-refused = Soubor nebyl přijat:
data-upload-refused-nothing-kept = Nic z něj nebylo uloženo. Opravte soubor a vyberte jej znovu; ostatní volby zůstávají níže. Průvodce formátem tidy:
data-city = Město
data-city-placeholder = Název nebo kód města, např. Osijek nebo HR004C
data-file = Soubor
data-format = Formát
data-format-auto = rozpoznat ze souboru
data-encoding = Kódování textu
data-encoding-utf-8 = Unicode
data-encoding-windows-1250 = středoevropské: chorvatština, čeština, slovenština, polština, maďarština
data-encoding-windows-1252 = západoevropské: italština, němčina, francouzština, španělština
data-encoding-iso-8859-2 = středoevropské, ISO (Latin-2)
data-source = Zdroj (kdo údaje vytvořil)
data-source-placeholder = Město Osijek, evidence obyvatel
data-source-col = Zdroj
data-licence = Licence
data-upload-button = Nahrát a zkontrolovat
data-tidy-note = Nejjednodušší je uspořádání „tidy“: jeden řádek na hodnotu se sloupci Year, Value a sloupci členění.
data-other-files-note = Nahrávají se sem také, a váš schvalovatel je zveřejní celé: soubor postupů vašeho města (sloupce knihovny postupů, počínaje practice_id) a registr financování vašeho města (sloupce souboru data/templates/funding_operations_template.csv, se sloupci fields_of_action a target_groups). Oba se při nahrání kontrolují řádek po řádku.
data-log-in-link = Přihlaste se
data-log-in-after = a nahrajte údaje svého města.
data-submissions = Podání
data-values = Hodnoty
data-status = Stav
data-by = Uživatel
data-updated = Aktualizováno
data-imports-title = Importy a původ dat
data-imports-note = Každá zveřejněná hodnota pochází z jednoho z těchto importů: soubor, jeho kontrolní součet SHA-256, kdo ho zveřejnil, pod jakou licencí a kdy.
data-download = Stáhnout:
data-imported = Importováno
data-new = Nové
data-replaced = Nahrazené
data-checksum-short = sha256 { $checksum }…

data-status-draft = koncept
data-status-submitted = podáno
data-status-published = zveřejněno
data-status-returned = vráceno

data-breadcrumb-submission = › podání { $id }
data-submission-page-title = Podání { $id }
data-submission-title = Podání { $id }: { $file }
data-submission-city = město
data-submission-values = { $count ->
    [one] { $count } hodnota
    [few] { $count } hodnoty
    [many] { $count } hodnoty
   *[other] { $count } hodnot
}
data-submission-uploaded = nahrál uživatel { $who }, { $when }
data-comment = Komentář:
data-report-title = Zpráva o kontrole
data-rows-read = Přečtené řádky
data-skipped = Přeskočené
data-notes = Poznámky
data-submit-note = Jsou údaje v pořádku? Podejte je schvalovateli svého města.
data-submit-button = Podat ke schválení
data-publish-button = Schválit a zveřejnit
data-return-label = Vrátit s komentářem
data-return-button = Vrátit
data-dataset = Datová sada
data-indicator = Ukazatel
data-place = Místo
data-group = Skupina
data-period = Období
data-value = Hodnota
data-unit = Jednotka
data-history = Historie
data-when = Kdy
data-who = Kdo
data-from = Z
data-to = Na
data-comment-col = Komentář

data-error-too-large = soubor je větší než { $mib } MiB: rozdělte ho (podle roku nebo ukazatele) a nahrajte jednotlivé části
data-error-unreadable-upload = nahraný obsah nelze přečíst: { $message }
data-error-field-too-long = pole formuláře je delší než { $kib } KiB
data-error-unknown-place = Místo nebylo nalezeno: { $message }
data-error-unknown-format = neznámý formát „{ $format }“: vyberte jeden z těchto: { $formats }
data-error-unknown-encoding = neznámé kódování „{ $encoding }“: vyberte jedno z těchto: { $encodings }
data-error-invalid-file = Soubor nelze přečíst: { $message }
data-error-not-published = Soubor nelze zveřejnit: { $message }
data-error-no-submission = podání { $id } neexistuje
data-error-log-in = k této akci se přihlaste
data-error-log-in-to-see = přihlaste se, chcete-li vidět podání
data-error-no-file = vyberte soubor k nahrání
data-error-city-first = formulář musí poslat město před souborem: znovu načtěte stránku nahrávání a zkuste to znovu
data-error-no-action = akce „{ $action }“ neexistuje (submit, publish, return)

data-tidy-title = Vlastní údaje v uspořádaném (tidy) formátu
data-tidy-lead = Jeden řádek na hodnotu. Uložte tabulku jako CSV (UTF-8; čárky, středníky nebo tabulátory) nebo ji nahrajte jako sešit Excelu (.xlsx, první list).
data-tidy-template = Stáhnout šablonu (CSV)
data-tidy-guide-link = návod k uspořádanému (tidy) formátu
data-tidy-col-column = Sloupec
data-tidy-col-required = Povinný
data-tidy-col-holds = Co obsahuje
data-tidy-yes = ano
data-tidy-no = ne
data-tidy-year = rok, 2022, nebo jeho část: 2022-S1 (pololetí), 2022-Q3 (čtvrtletí), 2022-07 (měsíc)
data-tidy-value = číslo s desetinnou tečkou (12.5); prázdné nebo : pro chybějící hodnotu (řádek se přeskočí a započítá)
data-tidy-geo = místo; bez tohoto sloupce město zvolené ve formuláři pro nahrání. Řádky jiného místa se odmítnou.
data-tidy-indicator = co se měří (residents, pupils, clients_advice_centre)
data-tidy-unit = PER osoby, PC procenta, NR počet, EUR eura
data-tidy-flags = stavové příznaky Eurostatu: b zlom v řadě, e odhad, p předběžné, u nízká spolehlivost, c důvěrné
data-tidy-breakdown = každý další sloupec hodnotu člení. Jako skupiny obyvatel se chápou: citizenship (NAT státní příslušníci, EU27_2020_FOR jiné země EU, NEU27_2020_FOR mimo EU, nebo kód země), country_of_birth, migration_background, sex (F, M), age (Y20-64, Y_GE65). T nebo TOTAL znamená všichni.
data-tidy-breakdown-name = další sloupce
data-tidy-on-upload = Co se stane při nahrání
data-tidy-checked = Nejprve se zkontroluje celý soubor: je-li některý řádek chybný, nic se neuloží a zpráva uvede řádek, sloupec, nalezenou hodnotu a co se očekávalo.
data-tidy-draft = Stane se konceptem vašeho města: nikdo jiný jej nevidí, dokud jej váš schvalovatel nezveřejní.
data-tidy-again = Tentýž soubor znovu nic nezmění; opravená hodnota pro stejný rok, místo a skupinu nahradí starou, která zůstane v historii.
data-tidy-encoding = Soubor v kódování Windows-1250 nebo Latin-1 (běžné v chorvatských, českých a slovenských úřadech) se neodhaduje: zvolte jeho kódování ve formuláři.
data-error-no-template = žádná šablona { $name }: šablony jsou tidy-template.csv, service-use-template.csv, funding_operations_template.csv a demand/rates-template.csv
