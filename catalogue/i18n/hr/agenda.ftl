# Gradska agenda za integraciju (crates/web/src/routes/agenda.rs).

agenda-name = Gradska agenda za integraciju
agenda-of-city = Gradska agenda za integraciju – { $city }
agenda-none-published = Još nema objavljene agende.
agenda-versions = Inačice
agenda-versions-none = Još nema nijedne.
agenda-version-title = Inačica { $version }: { $title }
agenda-start = Započnite agendu
agenda-start-new-version = Započnite novu inačicu (presliku posljednje)
agenda-field-title = Naslov
agenda-field-summary = Sažetak
agenda-field-round = Proizlazi iz kruga audita
agenda-field-round-none = nijedan
agenda-start-drafting = Započnite izradu nacrta
agenda-breadcrumb-version = inačica { $version }
agenda-series-latest = { $series } — posljednja vrijednost { $value } ({ $period })

agenda-status-draft = nacrt
agenda-status-submitted = podneseno
agenda-status-published = objavljeno
agenda-status-returned = vraćeno

agenda-version = Inačica { $version }
agenda-updated = ažurirano { $date }
agenda-follows-from = proizlazi iz
agenda-audit-round = kruga audita { $round }
agenda-budget = Proračun mjera: { $amounts }
agenda-download = Preuzimanje:
agenda-print = za tiskanu inačicu ispišite ovu stranicu
agenda-no-goals = Još nema ciljeva.
agenda-goal-label = Cilj:
agenda-actions = Mjere
agenda-col-action = Mjera
agenda-col-responsible = Nositelj, partneri
agenda-col-when = Razdoblje
agenda-col-budget = Proračun
agenda-col-funding = Financiranje
agenda-col-status = Status
agenda-with-partners = s partnerima: { $partners }
agenda-targets = Ciljne vrijednosti
agenda-col-series = Niz podataka
agenda-col-baseline = Polazna vrijednost
agenda-col-target = Ciljna vrijednost
agenda-col-progress = Napredak
agenda-progress-note = Napredak: Eurostatova procjena napretka prema ciljevima održivog razvoja (SDG) za vrijednosti od polazne godine u odnosu na rast koji ciljna vrijednost zahtijeva te udio puta koji je prešla posljednja vrijednost.

agenda-action-status-planned = planirano
agenda-action-status-ongoing = u tijeku
agenda-action-status-completed = završeno
agenda-action-status-cancelled = otkazano

agenda-fund-esf-plus = ESF+ (Europski socijalni fond plus)
agenda-fund-amif = AMIF (Fond za azil, migracije i integraciju)
agenda-fund-national = Nacionalna sredstva
agenda-fund-municipal = Vlastiti proračun grada
agenda-fund-other = Ostalo
agenda-fund-none = Financiranje nije potrebno ili još nije poznato

agenda-not-assessable-yet = još nije moguće procijeniti
agenda-verdict-significant-progress = znatan napredak prema cilju
agenda-verdict-moderate-progress = umjeren napredak prema cilju
agenda-verdict-insufficient-progress = nedovoljan napredak prema cilju
agenda-verdict-movement-away = udaljavanje od cilja
agenda-verdict-not-assessable = nije moguće procijeniti
agenda-latest = posljednja vrijednost { $value } ({ $year })
agenda-share-of-way = { $share } % puta od polazne do ciljne vrijednosti

agenda-remove-goal = uklonite ovaj cilj
agenda-remove-action = uklonite ovu mjeru
agenda-remove-target = uklonite ovu ciljnu vrijednost
agenda-add-action-summary = Dodajte mjeru ovom cilju
agenda-field-description = Opis
agenda-field-department = Nadležni upravni odjel
agenda-field-partners = Partneri
agenda-field-starts = Početak (2026, 2026-09 ili 2026-09-01)
agenda-field-ends = Završetak
agenda-field-budget = Proračun
agenda-field-currency = Valuta
agenda-field-fund = Fond
agenda-field-funding-source = Izvor financiranja (program, poziv, proračunska stavka)
agenda-field-status = Status
agenda-add-action = Dodajte mjeru
agenda-add-target-summary = Dodajte ciljnu vrijednost ovom cilju
agenda-field-series = Niz podataka (grada ili, za ishode koji se mjere na nacionalnoj razini, njegove zemlje)
agenda-field-baseline-value = Polazna vrijednost
agenda-field-baseline-year = Polazna godina
agenda-field-target-value = Ciljna vrijednost
agenda-field-target-year = Ciljna godina
agenda-add-target = Dodajte ciljnu vrijednost
agenda-add-goal-title = Dodajte cilj
agenda-field-focal-point = Ključno područje
agenda-field-goal = Cilj
agenda-add-goal = Dodajte cilj
agenda-send-title = Pošaljite na odobrenje
agenda-send-note = Nakon slanja ova je inačica nepromjenjiva; osoba koja u gradu odobrava objavljuje je (ili je vraća s komentarom). Kasnija promjena nova je inačica.
agenda-submit = Podnesite agendu na odobrenje

agenda-error-no-published = nema objavljene agende { $id }
agenda-error-no-agenda = nema agende { $id }
agenda-error-log-in = prijavite se kako biste izradili agendu
agenda-error-choose-round = odaberite krug audita
agenda-error-no-framework = nema okvira „{ $framework }”
agenda-error-choose-series = odaberite jedan od ponuđenih nizova podataka
agenda-error-not-an-item = „{ $kind }” nije cilj, mjera ni ciljna vrijednost
agenda-error-goal-number = cilj se navodi brojem
agenda-error-budget-number = proračun mora biti broj
agenda-error-baseline-value-number = polazna vrijednost mora biti broj
agenda-error-baseline-year-number = polazna godina mora biti broj
agenda-error-target-value-number = ciljna vrijednost mora biti broj
agenda-error-target-year-number = ciljna godina mora biti broj
agenda-error-item-number = stavka se navodi brojem

agenda-section-title = Zajednička procjena politika
agenda-section-latest-audit = Posljednji objavljeni audit:
agenda-section-answers-to = (odgovori do { $date }).
agenda-section-no-audit = Još nema objavljenog kruga audita.
agenda-section-about-audits = O auditima
agenda-section-none = Još nema objavljene gradske agende za integraciju.
agenda-section-version = (inačica { $version })
agenda-section-actions =
    { $count ->
        [one] ({ $count } mjera)
        [few] ({ $count } mjere)
       *[other] ({ $count } mjera)
    }
