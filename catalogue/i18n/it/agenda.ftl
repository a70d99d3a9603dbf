# L'agenda cittadina per l'integrazione (crates/web/src/routes/agenda.rs).

agenda-name = Agenda cittadina per l'integrazione
agenda-of-city = Agenda cittadina per l'integrazione di { $city }
agenda-none-published = Nessuna agenda ancora pubblicata.
agenda-versions = Versioni
agenda-versions-none = Nessuna finora.
agenda-version-title = Versione { $version }: { $title }
agenda-start = Avvia l'agenda
agenda-start-new-version = Avvia una nuova versione (una copia dell'ultima)
agenda-field-title = Titolo
agenda-field-summary = Sintesi
agenda-field-round = Deriva dal ciclo di audit
agenda-field-round-none = nessuno
agenda-start-drafting = Avvia la redazione
agenda-breadcrumb-version = versione { $version }
agenda-series-latest = { $series } — ultimo valore { $value } ({ $period })

agenda-status-draft = bozza
agenda-status-submitted = presentata
agenda-status-published = pubblicata
agenda-status-returned = restituita

agenda-version = Versione { $version }
agenda-updated = aggiornata il { $date }
agenda-follows-from = deriva dal
agenda-audit-round = ciclo di audit { $round }
agenda-budget = Budget delle azioni: { $amounts }
agenda-download = Scarica:
agenda-print = per una copia cartacea stampi questa pagina
agenda-no-goals = Nessun obiettivo finora.
agenda-goal-label = Obiettivo:
agenda-actions = Azioni
agenda-col-action = Azione
agenda-col-responsible = Responsabile, partner
agenda-col-when = Quando
agenda-col-budget = Budget
agenda-col-funding = Finanziamento
agenda-col-status = Stato
agenda-with-partners = con { $partners }
agenda-targets = Traguardi
agenda-col-series = Serie
agenda-col-baseline = Valore di partenza
agenda-col-target = Valore obiettivo
agenda-col-progress = Progressi
agenda-progress-note = Progressi: la valutazione SDG di Eurostat dei valori dall'anno di partenza rispetto alla crescita necessaria per raggiungere il valore obiettivo, e la quota del percorso compiuta dall'ultimo valore.

agenda-action-status-planned = prevista
agenda-action-status-ongoing = in corso
agenda-action-status-completed = completata
agenda-action-status-cancelled = annullata

agenda-fund-esf-plus = FSE+ (Fondo sociale europeo Plus)
agenda-fund-amif = AMIF (Fondo Asilo, migrazione e integrazione)
agenda-fund-national = Fondi nazionali
agenda-fund-municipal = Bilancio proprio del comune
agenda-fund-other = Altro
agenda-fund-none = Nessun finanziamento necessario o non ancora noto

agenda-not-assessable-yet = non ancora valutabile
agenda-verdict-significant-progress = progressi significativi verso l'obiettivo
agenda-verdict-moderate-progress = progressi moderati verso l'obiettivo
agenda-verdict-insufficient-progress = progressi insufficienti verso l'obiettivo
agenda-verdict-movement-away = allontanamento dall'obiettivo
agenda-verdict-not-assessable = non valutabile
agenda-latest = ultimo valore { $value } ({ $year })
agenda-share-of-way = { $share }% del percorso dal valore di partenza al valore obiettivo

agenda-remove-goal = rimuovi questo obiettivo
agenda-remove-action = rimuovi questa azione
agenda-remove-target = rimuovi questo traguardo
agenda-add-action-summary = Aggiungi un'azione a questo obiettivo
agenda-field-description = Descrizione
agenda-field-department = Settore responsabile
agenda-field-partners = Partner
agenda-field-starts = Inizio (2026, 2026-09 o 2026-09-01)
agenda-field-ends = Fine
agenda-field-budget = Budget
agenda-field-currency = Valuta
agenda-field-fund = Fondo
agenda-field-funding-source = Fonte di finanziamento (programma, bando, capitolo di bilancio)
agenda-field-status = Stato
agenda-add-action = Aggiungi l'azione
agenda-add-target-summary = Aggiungi un traguardo a questo obiettivo
agenda-field-series = Serie (del comune o, per i risultati misurati a livello nazionale, del suo paese)
agenda-field-baseline-value = Valore di partenza
agenda-field-baseline-year = Anno di partenza
agenda-field-target-value = Valore obiettivo
agenda-field-target-year = Anno obiettivo
agenda-add-target = Aggiungi il traguardo
agenda-add-goal-title = Aggiungi un obiettivo
agenda-field-focal-point = Punto focale
agenda-field-goal = Obiettivo
agenda-add-goal = Aggiungi l'obiettivo
agenda-send-title = Invia per l'approvazione
agenda-send-note = Una volta inviata, questa versione non può più essere modificata; la persona del comune incaricata dell'approvazione la pubblica (o la restituisce con un commento). Una modifica successiva è una nuova versione.
agenda-submit = Presenta l'agenda per l'approvazione

agenda-error-no-published = nessuna agenda pubblicata { $id }
agenda-error-no-agenda = nessuna agenda { $id }
agenda-error-log-in = acceda per redigere l'agenda
agenda-error-choose-round = scelga un ciclo di audit
agenda-error-no-framework = nessun quadro di riferimento «{ $framework }»
agenda-error-choose-series = scelga una delle serie proposte
agenda-error-not-an-item = «{ $kind }» non è un obiettivo, un'azione o un traguardo
agenda-error-goal-number = l'obiettivo va indicato con un numero
agenda-error-budget-number = il budget deve essere un numero
agenda-error-baseline-value-number = il valore di partenza deve essere un numero
agenda-error-baseline-year-number = l'anno di partenza deve essere un numero
agenda-error-target-value-number = il valore obiettivo deve essere un numero
agenda-error-target-year-number = l'anno obiettivo deve essere un numero
agenda-error-item-number = l'elemento va indicato con un numero

agenda-section-title = Valutare insieme le politiche
agenda-section-latest-audit = Ultimo audit pubblicato:
agenda-section-answers-to = (risposte entro il { $date }).
agenda-section-no-audit = Nessun ciclo di audit ancora pubblicato.
agenda-section-about-audits = Informazioni sugli audit
agenda-section-none = Nessuna agenda cittadina per l'integrazione ancora pubblicata.
agenda-section-version = (versione { $version })
agenda-section-actions =
    { $count ->
        [one] ({ $count } azione)
       *[other] ({ $count } azioni)
    }
