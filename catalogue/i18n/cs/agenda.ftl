# Městská integrační agenda (crates/web/src/routes/agenda.rs).

agenda-name = Městská integrační agenda
agenda-of-city = Městská integrační agenda – { $city }
agenda-none-published = Zatím není zveřejněna žádná agenda.
agenda-versions = Verze
agenda-versions-none = Zatím žádné.
agenda-version-title = Verze { $version }: { $title }
agenda-start = Založit agendu
agenda-start-new-version = Založit novou verzi (kopii poslední verze)
agenda-field-title = Název
agenda-field-summary = Shrnutí
agenda-field-round = Navazuje na kolo auditu
agenda-field-round-none = žádné
agenda-start-drafting = Zahájit přípravu návrhu
agenda-breadcrumb-version = verze { $version }
agenda-series-latest = { $series } — naposledy { $value } ({ $period })

agenda-status-draft = návrh
agenda-status-submitted = předloženo
agenda-status-published = zveřejněno
agenda-status-returned = vráceno

agenda-version = Verze { $version }
agenda-updated = aktualizováno { $date }
agenda-follows-from = navazuje na
agenda-audit-round = kolo auditu { $round }
agenda-budget = Rozpočet opatření: { $amounts }
agenda-download = Stáhnout:
agenda-print = pro papírovou podobu si tuto stránku vytiskněte
agenda-no-goals = Zatím žádné cíle.
agenda-goal-label = Cíl:
agenda-actions = Opatření
agenda-col-action = Opatření
agenda-col-responsible = Odpovědnost, partneři
agenda-col-when = Kdy
agenda-col-budget = Rozpočet
agenda-col-funding = Financování
agenda-col-status = Stav
agenda-with-partners = s partnery: { $partners }
agenda-targets = Cílové hodnoty
agenda-col-series = Časová řada
agenda-col-baseline = Výchozí hodnota
agenda-col-target = Cílová hodnota
agenda-col-progress = Pokrok
agenda-progress-note = Pokrok: hodnocení Eurostatu podle metodiky cílů udržitelného rozvoje (SDG) pro hodnoty od výchozího roku ve srovnání s růstem, který cílová hodnota vyžaduje, a podíl cesty, který urazila poslední hodnota.

agenda-action-status-planned = plánováno
agenda-action-status-ongoing = probíhá
agenda-action-status-completed = dokončeno
agenda-action-status-cancelled = zrušeno

agenda-fund-esf-plus = ESF+ (Evropský sociální fond plus)
agenda-fund-amif = AMIF (Azylový, migrační a integrační fond)
agenda-fund-national = Národní zdroje
agenda-fund-municipal = Vlastní rozpočet města
agenda-fund-other = Jiné
agenda-fund-none = Financování není potřeba nebo zatím není známo

agenda-not-assessable-yet = zatím nelze hodnotit
agenda-verdict-significant-progress = výrazný pokrok směrem k cíli
agenda-verdict-moderate-progress = mírný pokrok směrem k cíli
agenda-verdict-insufficient-progress = nedostatečný pokrok směrem k cíli
agenda-verdict-movement-away = vzdalování se od cíle
agenda-verdict-not-assessable = nelze hodnotit
agenda-latest = naposledy { $value } ({ $year })
agenda-share-of-way = { $share } % cesty od výchozí hodnoty k cílové hodnotě

agenda-remove-goal = odstranit tento cíl
agenda-remove-action = odstranit toto opatření
agenda-remove-target = odstranit tuto cílovou hodnotu
agenda-add-action-summary = Přidat k tomuto cíli opatření
agenda-field-description = Popis
agenda-field-department = Odpovědný odbor
agenda-field-partners = Partneři
agenda-field-starts = Začátek (2026, 2026-09 nebo 2026-09-01)
agenda-field-ends = Konec
agenda-field-budget = Rozpočet
agenda-field-currency = Měna
agenda-field-fund = Fond
agenda-field-funding-source = Zdroj financování (program, výzva, rozpočtová položka)
agenda-field-status = Stav
agenda-add-action = Přidat opatření
agenda-add-target-summary = Přidat k tomuto cíli cílovou hodnotu
agenda-field-series = Časová řada (města, nebo jeho země u výsledků měřených na národní úrovni)
agenda-field-baseline-value = Výchozí hodnota
agenda-field-baseline-year = Výchozí rok
agenda-field-target-value = Cílová hodnota
agenda-field-target-year = Cílový rok
agenda-add-target = Přidat cílovou hodnotu
agenda-add-goal-title = Přidat cíl
agenda-field-focal-point = Stěžejní oblast
agenda-field-goal = Cíl
agenda-add-goal = Přidat cíl
agenda-send-title = Odeslat ke schválení
agenda-send-note = Po odeslání je tato verze neměnná; schvalovatel města ji zveřejní (nebo ji vrátí s komentářem). Pozdější změna je nová verze.
agenda-submit = Předložit agendu ke schválení

agenda-error-no-published = zveřejněná agenda { $id } neexistuje
agenda-error-no-agenda = agenda { $id } neexistuje
agenda-error-log-in = pro přípravu agendy se přihlaste
agenda-error-choose-round = vyberte kolo auditu
agenda-error-no-framework = hodnoticí rámec „{ $framework }“ neexistuje
agenda-error-choose-series = vyberte jednu z nabízených časových řad
agenda-error-not-an-item = „{ $kind }“ není cíl, opatření ani cílová hodnota
agenda-error-goal-number = cíl se zadává číslem
agenda-error-budget-number = rozpočet musí být číslo
agenda-error-baseline-value-number = výchozí hodnota musí být číslo
agenda-error-baseline-year-number = výchozí rok musí být číslo
agenda-error-target-value-number = cílová hodnota musí být číslo
agenda-error-target-year-number = cílový rok musí být číslo
agenda-error-item-number = položka se zadává číslem

agenda-section-title = Společné hodnocení politik
agenda-section-latest-audit = Poslední zveřejněný audit:
agenda-section-answers-to = (odpovědi do { $date }).
agenda-section-no-audit = Zatím není zveřejněno žádné kolo auditu.
agenda-section-about-audits = O auditech
agenda-section-none = Zatím není zveřejněna žádná městská integrační agenda.
agenda-section-version = (verze { $version })
agenda-section-actions =
    { $count ->
        [one] ({ $count } opatření)
        [few] ({ $count } opatření)
        [many] ({ $count } opatření)
       *[other] ({ $count } opatření)
    }
