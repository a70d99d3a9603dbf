audits-title = Audit
audits-heading = Valutare insieme le politiche
audits-lead = L'amministrazione comunale, altri enti pubblici, la società civile, i rappresentanti di migranti e rifugiati, i datori di lavoro e i ricercatori valutano le stesse domande sui dieci ambiti prioritari di un approccio globale all'integrazione. I risultati mostrano dove le loro opinioni divergono e dove si trovano le strozzature; l'agenda per l'integrazione della città li traduce in obiettivi, azioni e traguardi.
audits-invited-before = È stato invitato a rispondere?
audits-invited-link = Inserisca il Suo codice
audits-invited-after = oppure segua il link che ha ricevuto.
audits-own-rounds = Le tornate della Sua città
audits-published = Risultati pubblicati
audits-none-published = Nessuna città ha ancora pubblicato i risultati di un audit.
audits-col-round = Tornata
audits-col-city = Città
audits-col-questionnaire = Questionario
audits-col-dates = Periodo
audits-col-status = Stato
audits-row-questionnaire = { $kind ->
        [audit] audit
       *[priorities] priorità
    }, { $mode ->
        [anonymous] anonimo
       *[named] nominativo
    }
audits-framework-summary = Il quadro di riferimento: { $title } ({ $reference })
audits-framework-option = { $title } ({ $reference })
audits-focal-questions = { $title } — { $count ->
        [one] { $count } domanda
       *[other] { $count } domande
    }
audits-status-published = risultati pubblicati
audits-status-submission = { $status ->
        [draft] risultati in bozza
        [submitted] risultati inviati
        [published] risultati pubblicati
       *[returned] risultati restituiti
    }
audits-status-open = aperta
audits-status-closed = chiusa
audits-submission-status = { $status ->
        [draft] bozza
        [submitted] inviato
        [published] pubblicato
       *[returned] restituito
    }
audits-open-heading = Aprire una tornata
audits-city-placeholder = Codice della città, ad es. HR004C
audits-field-title = Titolo (facoltativo)
audits-title-placeholder = ad es. Osijek 2026: audit della città
audits-field-framework = Quadro di riferimento
audits-kind-audit = L'audit: tutte le domande di tutti gli ambiti prioritari
audits-kind-priorities = Priorità dei portatori di interessi: importanza di ogni ambito prioritario valutata da 1 a 5
audits-respondents = Partecipanti
audits-mode-anonymous = Anonimo: nessuna risposta può essere collegata al suo invito
audits-mode-named = Nominativo: un panel di esperti; ogni risposta conserva il nome di chi l'ha data
audits-field-opens = Apertura il
audits-field-closes = Chiusura il
audits-field-min-group = Numero minimo di partecipanti perché i risultati di un gruppo siano mostrati (3 o più)
audits-open-button = Aprire la tornata
audits-error-kind = scelga il questionario: audit o priorità
audits-error-mode = scelga partecipanti anonimi o nominativi
audits-error-min-group = il gruppo più piccolo mostrato è un numero intero di partecipanti, 3 o più
audits-error-log-in = acceda con un account della città per vederne le tornate di audit
audits-error-no-round = nessuna tornata di audit { $id }
audits-error-unpublished = la tornata di audit { $id } non ha risultati pubblicati
audits-error-count = quanti inviti: un numero intero
audits-round-kind = { $kind ->
        [audit] il questionario dell'audit
       *[priorities] priorità dei portatori di interessi
    }
audits-round-mode = { $mode ->
        [anonymous] anonimo
       *[named] panel nominativo
    }
audits-round-dates = risposte dal { $opens } al { $closes }
audits-round-min-group = gruppi mostrati da { $count ->
        [one] { $count } partecipante
       *[other] { $count } partecipanti
    }
audits-round-framework = quadro di riferimento { $reference }
audits-anonymous-note = Anonimo: una volta inviata una risposta, nulla nella banca dati la collega all'invito da cui proviene — questa pagina può indicare quanti inviti di ciascun gruppo sono stati usati, mai quali. I risultati sono calcolati alla chiusura della tornata.
audits-invitations = Inviti
audits-invitations-none = Nessuno ancora emesso.
audits-col-group = Gruppo
audits-col-issued = Emessi
audits-col-answered = Con risposta
audits-named-answered = Chi ha risposto (panel nominativo)
audits-named-row = { $label } — { $group }: { $answered ->
        [yes] ha risposto
       *[no] non ancora
    }
audits-issue = Emettere inviti
audits-field-group = Gruppo di portatori di interessi
audits-field-count = Quanti
audits-field-names = I nomi dei partecipanti, uno per riga
audits-format = Come
audits-format-list = elenco da stampare e distribuire
audits-format-csv = file CSV per una stampa unione
audits-codes-once = I codici sono mostrati solo questa volta e conservati solo come hash: li stampi o li salvi ora. L'Osservatorio non invia e-mail.
audits-close = Chiudere la tornata
audits-close-note = Dopo la chiusura non si accettano più risposte; le bozze non inviate vengono cancellate.
audits-results = Risultati
audits-see-results = Vedere i risultati
audits-raw-responses = le risposte grezze (CSV, riservate alla città)
audits-submit-note = Invii i risultati — solo i punteggi, senza commenti — alla persona della Sua città che li approva e li pubblica.
audits-submit-button = Inviare i risultati per l'approvazione
audits-submission-before = Risultati:
audits-submission-link = invio { $id }
audits-submission-after = ({ $status }).
audits-back-to-round = Torna alla tornata
audits-print-note = stampi questa pagina (i menu del sito sono esclusi), ritagli lungo le linee e ne consegni uno a ciascuno. I codici non saranno mostrati di nuovo.
audits-invitations-heading = { $count ->
        [one] { $count } invito
       *[other] { $count } inviti
    }: { $group }
audits-invite-as = È invitato/a a partecipare come:
audits-invite-open = Apra
audits-invite-go-before = oppure vada su
audits-invite-go-after = e inserisca il codice
audits-invite-dates = Aperto dal { $opens } al { $closes }. Il codice vale una sola volta; non lo comunichi ad altri.
audits-invite-anonymous = Una volta inviate, le Sue risposte non potranno essere collegate a questo codice.
audits-results-title = Risultati: { $title }
audits-the-round = la tornata
audits-results-framework = quadro di riferimento { $reference }: { $title }
audits-not-published = Non pubblicati: solo i redattori e gli approvatori della Sua città vedono questi risultati, con i commenti dei partecipanti. Il pubblico li vedrà quando l'approvatore li avrà pubblicati (senza i commenti).
audits-framework-source = Fonte del quadro di riferimento: { $source } { $authorship }
audits-download = Scarica:
audits-download-results = risultati (CSV)
audits-download-raw = risposte grezze (CSV, riservate alla città)
audits-who-answered = Chi ha risposto
audits-respondents-count = { $count ->
        [one] { $count } partecipante.
       *[other] { $count } partecipanti.
    }
audits-col-shown = Mostrato
audits-fewer-than = meno di { $min }
audits-shown-yes = sì
audits-withheld-counted = no (sotto la soglia): conteggiato nel totale con gli altri gruppi piccoli
audits-withheld-left-out = no (sotto la soglia): escluso da ogni dato
audits-note-counted = I gruppi con meno di { $min } partecipanti non sono mostrati: { $groups }. Insieme ne hanno almeno { $min }, quindi contano nei dati complessivi.
audits-note-left-out = I gruppi con meno di { $min } partecipanti non sono mostrati: { $groups }. Insieme ne hanno meno di { $min }, quindi sono esclusi anche dai dati complessivi: se vi fossero conteggiati, le loro risposte si potrebbero ricavare dai gruppi mostrati.
audits-note-public = I gruppi con meno di { $min } partecipanti non sono mostrati; le loro risposte contano nei dati complessivi solo dove ciò non può renderle riconoscibili.
audits-by-focal = Punteggi per ambito prioritario
audits-by-focal-caption = Punteggio per ambito prioritario, complessivo e per gruppo di portatori di interessi
audits-by-principle = Punteggi per principio guida
audits-by-principle-caption = Punteggio per principio guida (dalle domande a cui si riferisce)
audits-col-overall = Complessivo
audits-col-gap = Divario di percezione
audits-col-rank-range = Posizione (intervallo)
audits-cell-n = n { $n }
audits-cell-sd = , ds { $sd }
audits-points = { $count ->
        [one] { $points } punto
       *[other] { $points } punti
    }
audits-scores-note = Punteggi da 0 a 100 (la media delle opzioni scelte; «non so» non è un punteggio: ? le conta). n: partecipanti del gruppo con un punteggio qui; ds: la dispersione dei loro punteggi. ⚑: un divario di percezione di 25 punti o più tra il gruppo più alto e quello più basso.
audits-gaps = Divari di percezione
audits-gaps-too-few = Si possono mostrare meno di due gruppi: non c'è alcun divario da riportare.
audits-gaps-none = Nessun ambito prioritario o principio in cui i punteggi dei gruppi differiscono di 25 punti o più.
audits-gap-row = { $high } { $high_score } contro { $low } { $low_score }
audits-bottlenecks = Strozzature e opportunità
audits-lowest = Domande con i punteggi più bassi
audits-highest = Domande con i punteggi più alti
audits-comments-heading = Elementi a supporto e commenti, per ambito prioritario
audits-no-comments = Nessun commento.
audits-questions = Domande
audits-in-observatory = Nell'Osservatorio:
audits-col-question = Domanda
audits-col-dont-know = Non so
audits-robustness = Quanto è solida la graduatoria?
audits-robustness-method = Intervalli di posizione: (a) il peso di ogni domanda in qualsiasi punto tra il { $low }% e il { $high }% del suo valore, tutti insieme — limiti esatti, poiché il punteggio di un ambito prioritario dipende solo dai pesi delle sue domande; (b) il dato complessivo ricalcolato escludendo un gruppo di portatori di interessi alla volta (i gruppi non mostrati, insieme). La posizione 1 è il punteggio più alto; punteggi uguali condividono la posizione.
audits-comparison = Confronto con la tornata precedente e con città simili
audits-comparison-none = Nessuna tornata precedente di questa città e nessuna tornata pubblicata di una città simile usa ancora la stessa versione del quadro di riferimento.
audits-comparison-note = Sono confrontabili solo tornate della stessa versione del quadro di riferimento: domande diverse danno punteggi diversi. Le città simili sono le città dell'Osservatorio più simili a questa; solo le loro tornate pubblicate.
audits-col-focal = Ambito prioritario
audits-col-this-round = Questa tornata
audits-col-previous = Precedente ({ $closes })
audits-col-change = Variazione
audits-col-peers-median = Mediana delle città simili
audits-priorities = Priorità
audits-col-rank = Posizione
audits-col-mean-groups = Media (gruppi alla pari)
audits-col-mean-all = Media (tutti i partecipanti)
audits-col-n = n
audits-priorities-note = Valutazioni da 1 (per nulla importante) a 5 (molto importante). «Media (tutti i partecipanti)» è la media ponderata dell'indagine ReSOMA; «gruppi alla pari» attribuisce lo stesso peso a ogni gruppo di portatori di interessi.
audits-capability-observatory = Indicatori di integrazione della città (questo Osservatorio)
audits-capability-data = I dati propri della città
audits-capability-service-demand = Scenari demografici e domanda di servizi
audits-capability-neighbourhoods = Dati dei quartieri e indici di segregazione
audits-capability-practices = Pratiche di altre città
audits-capability-peers = Confronto con città simili
audits-capability-outlook = Prospettive: previsioni e progressi
