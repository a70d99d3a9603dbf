audits-title = Auditi
audits-heading = Zajednička procjena politika
audits-lead = Gradska uprava, druga javna tijela, civilno društvo, predstavnici migranata i izbjeglica, poslodavci i istraživači ocjenjuju ista pitanja o deset žarišnih područja sveobuhvatnog pristupa integraciji. Rezultati pokazuju gdje se njihova stajališta razilaze i gdje su uska grla; gradski program integracije pretvara ih u ciljeve, mjere i ciljane vrijednosti.
audits-invited-before = Pozvani ste da odgovorite?
audits-invited-link = Upišite svoj kod
audits-invited-after = ili slijedite poveznicu koju ste primili.
audits-own-rounds = Krugovi Vašega grada
audits-published = Objavljeni rezultati
audits-none-published = Nijedan grad još nije objavio rezultate audita.
audits-col-round = Krug
audits-col-city = Grad
audits-col-questionnaire = Upitnik
audits-col-dates = Razdoblje
audits-col-status = Status
audits-row-questionnaire = { $kind ->
        [audit] audit
       *[priorities] prioriteti
    }, { $mode ->
        [anonymous] anonimno
       *[named] imenom
    }
audits-framework-summary = Okvir: { $title } ({ $reference })
audits-framework-option = { $title } ({ $reference })
audits-focal-questions = { $title } — { $count ->
        [one] { $count } pitanje
        [few] { $count } pitanja
       *[other] { $count } pitanja
    }
audits-status-published = rezultati objavljeni
audits-status-submission = { $status ->
        [draft] rezultati u nacrtu
        [submitted] rezultati podneseni
        [published] rezultati objavljeni
       *[returned] rezultati vraćeni
    }
audits-status-open = otvoren
audits-status-closed = zatvoren
audits-submission-status = { $status ->
        [draft] nacrt
        [submitted] podneseno
        [published] objavljeno
       *[returned] vraćeno
    }
audits-open-heading = Otvorite krug
audits-city-placeholder = Kod grada, npr. HR004C
audits-field-title = Naslov (nije obvezno)
audits-title-placeholder = npr. Osijek 2026.: audit grada
audits-field-framework = Okvir
audits-kind-audit = Audit: sva pitanja svih žarišnih područja
audits-kind-priorities = Prioriteti dionika: važnost svakog žarišnog područja ocijenjena od 1 do 5
audits-respondents = Ispitanici
audits-mode-anonymous = Anonimno: nijedan odgovor ne može se povezati s pozivom
audits-mode-named = Imenom: stručni panel; svaki odgovor zadržava ime ispitanika
audits-field-opens = Otvara se
audits-field-closes = Zatvara se
audits-field-min-group = Najmanji broj ispitanika da bi se prikazali rezultati skupine (3 ili više)
audits-open-button = Otvorite krug
audits-error-kind = odaberite upitnik: audit ili prioriteti
audits-error-mode = odaberite anonimne ili imenovane ispitanike
audits-error-min-group = najmanja prikazana skupina cijeli je broj ispitanika, 3 ili više
audits-error-log-in = prijavite se računom grada da biste vidjeli njegove krugove audita
audits-error-no-round = nema kruga audita { $id }
audits-error-unpublished = krug audita { $id } nema objavljenih rezultata
audits-error-count = broj poziva: cijeli broj
audits-round-kind = { $kind ->
        [audit] upitnik audita
       *[priorities] prioriteti dionika
    }
audits-round-mode = { $mode ->
        [anonymous] anonimno
       *[named] imenovani panel
    }
audits-round-dates = odgovori od { $opens } do { $closes }
audits-round-min-group = skupine se prikazuju od { $count ->
        [one] { $count } ispitanika
        [few] { $count } ispitanika
       *[other] { $count } ispitanika
    }
audits-round-framework = okvir { $reference }
audits-anonymous-note = Anonimno: nakon što je odgovor podnesen, ništa ga u bazi podataka ne povezuje s pozivom iz kojeg je došao — ova stranica može pokazati koliko je poziva svake skupine iskorišteno, nikada koji. Rezultati se izračunavaju nakon zatvaranja kruga.
audits-invitations = Pozivi
audits-invitations-none = Još nijedan nije izdan.
audits-col-group = Skupina
audits-col-issued = Izdano
audits-col-answered = Odgovoreno
audits-named-answered = Tko je odgovorio (imenovani panel)
audits-named-row = { $label } — { $group }: { $answered ->
        [yes] odgovoreno
       *[no] još nije
    }
audits-issue = Izdajte pozive
audits-field-group = Skupina dionika
audits-field-count = Koliko
audits-field-names = Imena ispitanika, jedno po retku
audits-format = Kao
audits-format-list = popis za ispis i dijeljenje
audits-format-csv = CSV datoteka za skupno slanje pošte
audits-codes-once = Kodovi se prikazuju samo ovaj put i čuvaju se samo kao sažeci (hash): ispišite ih ili spremite sada. Opservatorij ne šalje e-poštu.
audits-close = Zatvorite krug
audits-close-note = Nakon zatvaranja nema više odgovora; nacrti koji nisu podneseni brišu se.
audits-results = Rezultati
audits-see-results = Pogledajte rezultate
audits-raw-responses = neobrađeni odgovori (CSV, samo za grad)
audits-submit-note = Pošaljite rezultate — samo ocjene, bez komentara — odobravatelju Vašega grada, koji ih objavljuje.
audits-submit-button = Podnesite rezultate na odobrenje
audits-submission-before = Rezultati:
audits-submission-link = podnošenje { $id }
audits-submission-after = ({ $status }).
audits-back-to-round = Natrag na krug
audits-print-note = ispišite ovu stranicu (izbornici stranice su izostavljeni), izrežite po crtama i podijelite svakome po jedan. Kodovi se više neće prikazati.
audits-invitations-heading = { $count ->
        [one] { $count } poziv
        [few] { $count } poziva
       *[other] { $count } poziva
    }: { $group }
audits-invite-as = Pozvani ste da sudjelujete kao:
audits-invite-open = Otvorite
audits-invite-go-before = ili idite na
audits-invite-go-after = i upišite kod
audits-invite-dates = Otvoreno od { $opens } do { $closes }. Kod vrijedi jednom; ne dijelite ga ni s kim.
audits-invite-anonymous = Nakon što podnesete odgovore, oni se više ne mogu povezati s ovim kodom.
audits-results-title = Rezultati: { $title }
audits-the-round = krug
audits-results-framework = okvir { $reference }: { $title }
audits-not-published = Nije objavljeno: ove rezultate, s komentarima ispitanika, vide samo urednici i odobravatelji Vašega grada. Javnost ih vidi kada ih odobravatelj objavi (bez komentara).
audits-framework-source = Izvor okvira: { $source } { $authorship }
audits-download = Preuzimanje:
audits-download-results = rezultati (CSV)
audits-download-raw = neobrađeni odgovori (CSV, samo za grad)
audits-who-answered = Tko je odgovorio
audits-respondents-count = { $count ->
        [one] { $count } ispitanik.
        [few] { $count } ispitanika.
       *[other] { $count } ispitanika.
    }
audits-col-shown = Prikazano
audits-fewer-than = manje od { $min }
audits-shown-yes = da
audits-withheld-counted = ne (ispod praga): uračunato u ukupni rezultat s drugim malim skupinama
audits-withheld-left-out = ne (ispod praga): izostavljeno iz svih brojki
audits-note-counted = Skupine s manje od { $min } ispitanika nisu prikazane: { $groups }. Zajedno imaju najmanje { $min }, pa se uračunavaju u ukupne rezultate.
audits-note-left-out = Skupine s manje od { $min } ispitanika nisu prikazane: { $groups }. Zajedno imaju manje od { $min }, pa su izostavljene i iz ukupnih rezultata: da su ondje uračunate, njihovi bi se odgovori mogli izračunati iz prikazanih skupina.
audits-note-public = Skupine s manje od { $min } ispitanika nisu prikazane; njihovi se odgovori uračunavaju u ukupne rezultate samo ondje gdje ih to ne može otkriti.
audits-by-focal = Ocjene po žarišnim područjima
audits-by-focal-caption = Ocjena po žarišnom području, ukupno i po skupini dionika
audits-by-principle = Ocjene po vodećim načelima
audits-by-principle-caption = Ocjena po vodećem načelu (iz pitanja na koja se odnosi)
audits-col-overall = Ukupno
audits-col-gap = Razlika u percepciji
audits-col-rank-range = Rang (raspon)
audits-cell-n = n { $n }
audits-cell-sd = , sd { $sd }
audits-points = { $count ->
        [one] { $points } bod
        [few] { $points } boda
       *[other] { $points } bodova
    }
audits-scores-note = Ocjene od 0 do 100 (prosjek odabranih odgovora; „ne znam” nije ocjena: ? ih broji). n: ispitanici skupine s ocjenom ovdje; sd: raspršenost njihovih ocjena. ⚑: razlika u percepciji od 25 bodova ili više između skupine s najvišom i skupine s najnižom ocjenom.
audits-gaps = Razlike u percepciji
audits-gaps-too-few = Mogu se prikazati manje od dvije skupine: nema razlike o kojoj bi se izvijestilo.
audits-gaps-none = Nema žarišnog područja ni načela u kojem se ocjene skupina razlikuju za 25 bodova ili više.
audits-gap-row = { $high } { $high_score } prema { $low } { $low_score }
audits-bottlenecks = Uska grla i prilike
audits-lowest = Pitanja s najnižim ocjenama
audits-highest = Pitanja s najvišim ocjenama
audits-comments-heading = Dokazi i komentari, po žarišnim područjima
audits-no-comments = Nema komentara.
audits-questions = Pitanja
audits-in-observatory = U Opservatoriju:
audits-col-question = Pitanje
audits-col-dont-know = Ne znam
audits-robustness = Koliko je rangiranje pouzdano?
audits-robustness-method = Rasponi rangova: (a) ponder svakog pitanja bilo gdje između { $low } % i { $high } % svoje vrijednosti, svi istodobno — točne granice, jer ocjena žarišnog područja ovisi samo o ponderima njegovih pitanja; (b) ukupni rezultat ponovno izračunan uz izostavljanje po jedne skupine dionika (neprikazane skupine zajedno). Rang 1 je najviša ocjena; jednake ocjene dijele rang.
audits-comparison = Usporedba s prethodnim krugom i s usporedivim gradovima
audits-comparison-none = Nijedan raniji krug ovoga grada ni objavljeni krug nekog usporedivog grada još ne koristi istu verziju okvira.
audits-comparison-note = Usporedivi su samo krugovi iste verzije okvira: druga pitanja daju druge ocjene. Usporedivi gradovi su gradovi Opservatorija najsličniji ovome; samo njihovi objavljeni krugovi.
audits-col-focal = Žarišno područje
audits-col-this-round = Ovaj krug
audits-col-previous = Prethodni ({ $closes })
audits-col-change = Promjena
audits-col-peers-median = Medijan usporedivih gradova
audits-priorities = Prioriteti
audits-col-rank = Rang
audits-col-mean-groups = Prosjek (skupine jednako)
audits-col-mean-all = Prosjek (svi ispitanici)
audits-col-n = n
audits-priorities-note = Ocjene od 1 (uopće nije važno) do 5 (vrlo važno). „Prosjek (svi ispitanici)” ponderirani je prosjek ankete ReSOMA; „skupine jednako” svakoj skupini dionika daje jednaku težinu.
audits-capability-observatory = Pokazatelji integracije za grad (ovaj Opservatorij)
audits-capability-data = Vlastiti podaci grada
audits-capability-service-demand = Scenariji stanovništva i potražnja za uslugama
audits-capability-neighbourhoods = Podaci o gradskim četvrtima i indeksi segregacije
audits-capability-practices = Prakse drugih gradova
audits-capability-peers = Usporedba sa sličnim gradovima
audits-capability-outlook = Pogled unaprijed: prognoze i napredak
