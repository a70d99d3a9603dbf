# Die kommunale Integrationsagenda (crates/web/src/routes/agenda.rs).

agenda-name = Kommunale Integrationsagenda
agenda-of-city = Kommunale Integrationsagenda von { $city }
agenda-none-published = Noch keine veröffentlichte Agenda.
agenda-versions = Fassungen
agenda-versions-none = Noch keine.
agenda-version-title = Fassung { $version }: { $title }
agenda-start = Agenda beginnen
agenda-start-new-version = Neue Fassung beginnen (eine Kopie der letzten)
agenda-field-title = Titel
agenda-field-summary = Zusammenfassung
agenda-field-round = Folgt aus der Auditrunde
agenda-field-round-none = keine
agenda-start-drafting = Entwurf beginnen
agenda-breadcrumb-version = Fassung { $version }
agenda-series-latest = { $series } — zuletzt { $value } ({ $period })

agenda-status-draft = Entwurf
agenda-status-submitted = eingereicht
agenda-status-published = veröffentlicht
agenda-status-returned = zurückgegeben

agenda-version = Fassung { $version }
agenda-updated = aktualisiert am { $date }
agenda-follows-from = folgt aus
agenda-audit-round = Auditrunde { $round }
agenda-budget = Budget der Maßnahmen: { $amounts }
agenda-download = Herunterladen:
agenda-print = drucken Sie diese Seite aus, wenn Sie eine Papierfassung benötigen
agenda-no-goals = Noch keine Ziele.
agenda-goal-label = Ziel:
agenda-actions = Maßnahmen
agenda-col-action = Maßnahme
agenda-col-responsible = Zuständig, Partner
agenda-col-when = Zeitraum
agenda-col-budget = Budget
agenda-col-funding = Finanzierung
agenda-col-status = Stand
agenda-with-partners = mit { $partners }
agenda-targets = Zielwerte
agenda-col-series = Zeitreihe
agenda-col-baseline = Ausgangswert
agenda-col-target = Zielwert
agenda-col-progress = Fortschritt
agenda-progress-note = Fortschritt: die SDG-Bewertung von Eurostat für die Werte seit dem Ausgangsjahr, gemessen am Wachstum, das der Zielwert erfordert, und der Anteil des Weges, den der letzte Wert zurückgelegt hat.

agenda-action-status-planned = geplant
agenda-action-status-ongoing = laufend
agenda-action-status-completed = abgeschlossen
agenda-action-status-cancelled = abgebrochen

agenda-fund-esf-plus = ESF+ (Europäischer Sozialfonds Plus)
agenda-fund-amif = AMIF (Asyl-, Migrations- und Integrationsfonds)
agenda-fund-national = Nationale Mittel
agenda-fund-municipal = Eigener Haushalt der Stadt
agenda-fund-other = Sonstige
agenda-fund-none = Keine Finanzierung nötig oder noch nicht bekannt

agenda-not-assessable-yet = noch nicht bewertbar
agenda-verdict-significant-progress = deutliche Fortschritte in Richtung des Ziels
agenda-verdict-moderate-progress = mäßige Fortschritte in Richtung des Ziels
agenda-verdict-insufficient-progress = unzureichende Fortschritte in Richtung des Ziels
agenda-verdict-movement-away = Entfernung vom Ziel
agenda-verdict-not-assessable = nicht bewertbar
agenda-latest = zuletzt { $value } ({ $year })
agenda-share-of-way = { $share } % des Weges vom Ausgangswert zum Zielwert

agenda-remove-goal = dieses Ziel entfernen
agenda-remove-action = diese Maßnahme entfernen
agenda-remove-target = diesen Zielwert entfernen
agenda-add-action-summary = Diesem Ziel eine Maßnahme hinzufügen
agenda-field-description = Beschreibung
agenda-field-department = Zuständige Dienststelle
agenda-field-partners = Partner
agenda-field-starts = Beginn (2026, 2026-09 oder 2026-09-01)
agenda-field-ends = Ende
agenda-field-budget = Budget
agenda-field-currency = Währung
agenda-field-fund = Fonds
agenda-field-funding-source = Finanzierungsquelle (Programm, Aufruf, Haushaltslinie)
agenda-field-status = Stand
agenda-add-action = Maßnahme hinzufügen
agenda-add-target-summary = Diesem Ziel einen Zielwert hinzufügen
agenda-field-series = Zeitreihe (die der Stadt oder, für national gemessene Ergebnisse, die ihres Landes)
agenda-field-baseline-value = Ausgangswert
agenda-field-baseline-year = Ausgangsjahr
agenda-field-target-value = Zielwert
agenda-field-target-year = Zieljahr
agenda-add-target = Zielwert hinzufügen
agenda-add-goal-title = Ein Ziel hinzufügen
agenda-field-focal-point = Schwerpunkt
agenda-field-goal = Ziel
agenda-add-goal = Ziel hinzufügen
agenda-send-title = Zur Freigabe senden
agenda-send-note = Nach dem Senden ist diese Fassung unveränderlich; die für die Freigabe zuständige Person der Stadt veröffentlicht sie (oder gibt sie mit einem Kommentar zurück). Eine spätere Änderung ist eine neue Fassung.
agenda-submit = Agenda zur Freigabe einreichen

agenda-error-no-published = keine veröffentlichte Agenda { $id }
agenda-error-no-agenda = keine Agenda { $id }
agenda-error-log-in = Melden Sie sich an, um die Agenda zu entwerfen
agenda-error-choose-round = Wählen Sie eine Auditrunde
agenda-error-no-framework = kein Bewertungsrahmen „{ $framework }“
agenda-error-choose-series = Wählen Sie eine der angebotenen Zeitreihen
agenda-error-not-an-item = „{ $kind }“ ist weder ein Ziel noch eine Maßnahme noch ein Zielwert
agenda-error-goal-number = Das Ziel ist als Zahl anzugeben
agenda-error-budget-number = Das Budget ist als Zahl anzugeben
agenda-error-baseline-value-number = Der Ausgangswert ist als Zahl anzugeben
agenda-error-baseline-year-number = Das Ausgangsjahr ist als Zahl anzugeben
agenda-error-target-value-number = Der Zielwert ist als Zahl anzugeben
agenda-error-target-year-number = Das Zieljahr ist als Zahl anzugeben
agenda-error-item-number = Der Eintrag ist als Zahl anzugeben

agenda-section-title = Politik gemeinsam bewerten
agenda-section-latest-audit = Letztes veröffentlichtes Audit:
agenda-section-answers-to = (Antworten bis { $date }).
agenda-section-no-audit = Noch keine veröffentlichte Auditrunde.
agenda-section-about-audits = Über die Audits
agenda-section-none = Noch keine veröffentlichte kommunale Integrationsagenda.
agenda-section-version = (Fassung { $version })
agenda-section-actions =
    { $count ->
        [one] ({ $count } Maßnahme)
       *[other] ({ $count } Maßnahmen)
    }
