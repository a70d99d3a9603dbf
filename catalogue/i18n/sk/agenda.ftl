# Mestská integračná agenda (crates/web/src/routes/agenda.rs).

agenda-name = Mestská integračná agenda
agenda-of-city = Mestská integračná agenda – { $city }
agenda-none-published = Zatiaľ nie je zverejnená žiadna agenda.
agenda-versions = Verzie
agenda-versions-none = Zatiaľ žiadne.
agenda-version-title = Verzia { $version }: { $title }
agenda-start = Založiť agendu
agenda-start-new-version = Založiť novú verziu (kópiu poslednej verzie)
agenda-field-title = Názov
agenda-field-summary = Zhrnutie
agenda-field-round = Nadväzuje na kolo auditu
agenda-field-round-none = žiadne
agenda-start-drafting = Začať prípravu návrhu
agenda-breadcrumb-version = verzia { $version }
agenda-series-latest = { $series } — naposledy { $value } ({ $period })

agenda-status-draft = návrh
agenda-status-submitted = predložené
agenda-status-published = zverejnené
agenda-status-returned = vrátené

agenda-version = Verzia { $version }
agenda-updated = aktualizované { $date }
agenda-follows-from = nadväzuje na
agenda-audit-round = kolo auditu { $round }
agenda-budget = Rozpočet opatrení: { $amounts }
agenda-download = Stiahnuť:
agenda-print = ak potrebujete papierovú podobu, vytlačte si túto stránku
agenda-no-goals = Zatiaľ žiadne ciele.
agenda-goal-label = Cieľ:
agenda-actions = Opatrenia
agenda-col-action = Opatrenie
agenda-col-responsible = Zodpovednosť, partneri
agenda-col-when = Kedy
agenda-col-budget = Rozpočet
agenda-col-funding = Financovanie
agenda-col-status = Stav
agenda-with-partners = s partnermi: { $partners }
agenda-targets = Cieľové hodnoty
agenda-col-series = Časový rad
agenda-col-baseline = Východisková hodnota
agenda-col-target = Cieľová hodnota
agenda-col-progress = Pokrok
agenda-progress-note = Pokrok: hodnotenie Eurostatu podľa metodiky cieľov udržateľného rozvoja (SDG) pre hodnoty od východiskového roka v porovnaní s rastom, ktorý si cieľová hodnota vyžaduje, a podiel cesty, ktorý prešla posledná hodnota.

agenda-action-status-planned = plánované
agenda-action-status-ongoing = prebieha
agenda-action-status-completed = ukončené
agenda-action-status-cancelled = zrušené

agenda-fund-esf-plus = ESF+ (Európsky sociálny fond plus)
agenda-fund-amif = AMIF (Fond pre azyl, migráciu a integráciu)
agenda-fund-national = Národné zdroje
agenda-fund-municipal = Vlastný rozpočet mesta
agenda-fund-other = Iné
agenda-fund-none = Financovanie nie je potrebné alebo zatiaľ nie je známe

agenda-not-assessable-yet = zatiaľ nemožno hodnotiť
agenda-verdict-significant-progress = výrazný pokrok smerom k cieľu
agenda-verdict-moderate-progress = mierny pokrok smerom k cieľu
agenda-verdict-insufficient-progress = nedostatočný pokrok smerom k cieľu
agenda-verdict-movement-away = vzďaľovanie sa od cieľa
agenda-verdict-not-assessable = nemožno hodnotiť
agenda-latest = naposledy { $value } ({ $year })
agenda-share-of-way = { $share } % cesty od východiskovej k cieľovej hodnote

agenda-remove-goal = odstrániť tento cieľ
agenda-remove-action = odstrániť toto opatrenie
agenda-remove-target = odstrániť túto cieľovú hodnotu
agenda-add-action-summary = Pridať k tomuto cieľu opatrenie
agenda-field-description = Opis
agenda-field-department = Zodpovedný odbor
agenda-field-partners = Partneri
agenda-field-starts = Začiatok (2026, 2026-09 alebo 2026-09-01)
agenda-field-ends = Koniec
agenda-field-budget = Rozpočet
agenda-field-currency = Mena
agenda-field-fund = Fond
agenda-field-funding-source = Zdroj financovania (program, výzva, rozpočtová položka)
agenda-field-status = Stav
agenda-add-action = Pridať opatrenie
agenda-add-target-summary = Pridať k tomuto cieľu cieľovú hodnotu
agenda-field-series = Časový rad (mesta, alebo jeho krajiny pri výsledkoch meraných na národnej úrovni)
agenda-field-baseline-value = Východisková hodnota
agenda-field-baseline-year = Východiskový rok
agenda-field-target-value = Cieľová hodnota
agenda-field-target-year = Cieľový rok
agenda-add-target = Pridať cieľovú hodnotu
agenda-add-goal-title = Pridať cieľ
agenda-field-focal-point = Ťažisková oblasť
agenda-field-goal = Cieľ
agenda-add-goal = Pridať cieľ
agenda-send-title = Odoslať na schválenie
agenda-send-note = Po odoslaní je táto verzia nemenná; schvaľovateľ mesta ju zverejní (alebo ju vráti s komentárom). Neskoršia zmena je nová verzia.
agenda-submit = Predložiť agendu na schválenie

agenda-error-no-published = zverejnená agenda { $id } neexistuje
agenda-error-no-agenda = agenda { $id } neexistuje
agenda-error-log-in = na prípravu agendy sa prihláste
agenda-error-choose-round = vyberte kolo auditu
agenda-error-no-framework = hodnotiaci rámec „{ $framework }“ neexistuje
agenda-error-choose-series = vyberte jeden z ponúkaných časových radov
agenda-error-not-an-item = „{ $kind }“ nie je cieľ, opatrenie ani cieľová hodnota
agenda-error-goal-number = cieľ sa zadáva číslom
agenda-error-budget-number = rozpočet musí byť číslo
agenda-error-baseline-value-number = východisková hodnota musí byť číslo
agenda-error-baseline-year-number = východiskový rok musí byť číslo
agenda-error-target-value-number = cieľová hodnota musí byť číslo
agenda-error-target-year-number = cieľový rok musí byť číslo
agenda-error-item-number = položka sa zadáva číslom

agenda-section-title = Spoločné hodnotenie politík
agenda-section-latest-audit = Posledný zverejnený audit:
agenda-section-answers-to = (odpovede do { $date }).
agenda-section-no-audit = Zatiaľ nie je zverejnené žiadne kolo auditu.
agenda-section-about-audits = O auditoch
agenda-section-none = Zatiaľ nie je zverejnená žiadna mestská integračná agenda.
agenda-section-version = (verzia { $version })
agenda-section-actions =
    { $count ->
        [one] ({ $count } opatrenie)
        [few] ({ $count } opatrenia)
        [many] ({ $count } opatrenia)
       *[other] ({ $count } opatrení)
    }
