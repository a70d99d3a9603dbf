# Stranice podataka: učitavanje vlastitih datoteka grada, njihovo podnošenje (izvješće o
# provjeri, odobrenje) i popis uvoza s podrijetlom podataka.

data-title = Podaci
data-lead = Učitajte vlastite podatke svojega grada, provjerite ih i podnesite na odobrenje. Ništa što učitate nije javno dok to ne objavi odobravatelj vašega grada.
data-upload-title = Učitavanje datoteke
data-upload-refused = Datoteka nije preuzeta:
data-upload-refused-nothing-kept = Ništa od nje nije spremljeno. Ispravite datoteku i ponovno je odaberite; ostali izbori ostaju ispod. Vodič kroz uredni (tidy) oblik:
data-city = Grad
data-city-placeholder = Naziv ili kôd grada, npr. Osijek ili HR004C
data-file = Datoteka
data-format = Format
data-format-auto = prepoznati iz datoteke
data-encoding = Kodiranje teksta
data-encoding-utf-8 = Unicode
data-encoding-windows-1250 = srednjoeuropsko: hrvatski, češki, slovački, poljski, mađarski
data-encoding-windows-1252 = zapadnoeuropsko: talijanski, njemački, francuski, španjolski
data-encoding-iso-8859-2 = srednjoeuropsko, ISO (Latin-2)
data-source = Izvor (tko je izradio podatke)
data-source-placeholder = Grad Osijek, registar stanovništva
data-source-col = Izvor
data-licence = Licencija
data-upload-button = Učitaj i provjeri
data-tidy-note = Najjednostavniji je „tidy” raspored: jedan redak po vrijednosti, sa stupcima Year, Value i stupcima raščlambe.
data-other-files-note = Ovdje se učitavaju i, u cijelosti ih objavljuje vaš odobravatelj: datoteka praksi vašega grada (stupci knjižnice praksi, počevši od practice_id) i registar financiranja vašega grada (stupci datoteke data/templates/funding_operations_template.csv, sa stupcima fields_of_action i target_groups). Obje se pri učitavanju provjeravaju redak po redak.
data-log-in-link = Prijavite se
data-log-in-after = da biste učitali podatke svojega grada.
data-submissions = Podnošenja
data-values = Vrijednosti
data-status = Status
data-by = Korisnik
data-updated = Ažurirano
data-imports-title = Uvezeni podaci i podrijetlo
data-imports-note = Svaka objavljena vrijednost potječe iz jednog od ovih uvoza: datoteka, njezin kontrolni zbroj SHA-256, tko ju je objavio, pod kojom licencijom i kada.
data-download = Preuzimanje:
data-imported = Uvezeno
data-new = Novo
data-replaced = Zamijenjeno
data-checksum-short = sha256 { $checksum }…

data-status-draft = nacrt
data-status-submitted = podneseno
data-status-published = objavljeno
data-status-returned = vraćeno

data-breadcrumb-submission = › podnošenje { $id }
data-submission-page-title = Podnošenje { $id }
data-submission-title = Podnošenje { $id }: { $file }
data-submission-city = grad
data-submission-values = { $count ->
    [one] { $count } vrijednost
    [few] { $count } vrijednosti
   *[other] { $count } vrijednosti
}
data-submission-uploaded = učitano: { $who }, { $when }
data-comment = Komentar:
data-report-title = Izvješće o provjeri
data-rows-read = Pročitani retci
data-skipped = Preskočeno
data-notes = Napomene
data-submit-note = Jesu li podaci ispravni? Podnesite ih odobravatelju svojega grada.
data-submit-button = Podnesi na odobrenje
data-publish-button = Odobri i objavi
data-return-label = Vrati s komentarom
data-return-button = Vrati
data-dataset = Skup podataka
data-indicator = Pokazatelj
data-place = Mjesto
data-group = Skupina
data-period = Razdoblje
data-value = Vrijednost
data-unit = Jedinica
data-history = Povijest
data-when = Kada
data-who = Tko
data-from = Iz
data-to = U
data-comment-col = Komentar

data-error-too-large = datoteka je veća od { $mib } MiB: podijelite je (po godini ili pokazatelju) i učitajte dijelove
data-error-unreadable-upload = učitani sadržaj nije moguće pročitati: { $message }
data-error-field-too-long = polje obrasca dulje je od { $kib } KiB
data-error-unknown-place = Mjesto nije pronađeno: { $message }
data-error-unknown-format = nepoznat format „{ $format }”: odaberite jedan od ovih: { $formats }
data-error-unknown-encoding = nepoznato kodiranje „{ $encoding }”: odaberite jedno od ovih: { $encodings }
data-error-invalid-file = Datoteku nije moguće pročitati: { $message }
data-error-not-published = Datoteku nije moguće objaviti: { $message }
data-error-no-submission = nema podnošenja { $id }
data-error-log-in = prijavite se da biste to učinili
data-error-log-in-to-see = prijavite se da biste vidjeli podnošenja
data-error-no-file = odaberite datoteku za učitavanje
data-error-city-first = obrazac mora poslati grad prije datoteke: ponovno učitajte stranicu za učitavanje i pokušajte ponovno
data-error-no-action = nema radnje „{ $action }” (submit, publish, return)

data-tidy-title = Vlastiti podaci u urednom (tidy) obliku
data-tidy-lead = Jedan redak po vrijednosti. Spremite tablicu kao CSV (UTF-8; zarezi, točke sa zarezom ili tabulatori) ili je učitajte kao Excelovu radnu knjigu (.xlsx, prvi list).
data-tidy-template = Preuzmi predložak (CSV)
data-tidy-guide-link = upute za uredni (tidy) oblik
data-tidy-col-column = Stupac
data-tidy-col-required = Obavezan
data-tidy-col-holds = Što sadrži
data-tidy-yes = da
data-tidy-no = ne
data-tidy-year = godinu, 2022, ili njezin dio: 2022-S1 (polugodište), 2022-Q3 (tromjesečje), 2022-07 (mjesec)
data-tidy-value = broj s decimalnom točkom (12.5); prazno ili : kad vrijednosti nema (redak se preskače i broji)
data-tidy-geo = mjesto; bez ovog stupca grad odabran u obrascu za učitavanje. Retci drugog mjesta odbijaju se.
data-tidy-indicator = što se mjeri (residents, pupils, clients_advice_centre)
data-tidy-unit = PER osobe, PC postotak, NR broj, EUR eura
data-tidy-flags = Eurostatove oznake statusa: b prekid serije, e procjena, p privremeno, u niska pouzdanost, c povjerljivo
data-tidy-breakdown = svaki drugi stupac raščlanjuje vrijednost. Kao skupine stanovništva razumiju se: citizenship (NAT državljani, EU27_2020_FOR druge države EU, NEU27_2020_FOR izvan EU, ili oznaka zemlje), country_of_birth, migration_background, sex (F, M), age (Y20-64, Y_GE65). T ili TOTAL znači svi.
data-tidy-breakdown-name = ostali stupci
data-tidy-on-upload = Što se događa pri učitavanju
data-tidy-checked = Najprije se provjerava cijela datoteka: ako je neki redak pogrešan, ništa se ne zadržava, a poruka navodi redak, stupac, pronađenu vrijednost i što se očekivalo.
data-tidy-draft = Postaje nacrt vašega grada: nitko drugi ga ne vidi dok ga vaš odobravatelj ne objavi.
data-tidy-again = Ista datoteka ponovno ništa ne mijenja; ispravljena vrijednost za istu godinu, mjesto i skupinu zamjenjuje staru, koja ostaje u povijesti.
data-tidy-encoding = Datoteka u kodiranju Windows-1250 ili Latin-1 (česta u hrvatskim, češkim i slovačkim uredima) ne pogađa se: odaberite njezino kodiranje u obrascu.
data-error-no-template = nema predloška { $name }: predlošci su tidy-template.csv, service-use-template.csv, funding_operations_template.csv i demand/rates-template.csv
