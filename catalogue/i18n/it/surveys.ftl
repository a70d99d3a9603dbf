# Le indagini proprie di una città: le pagine del personale (questionari, rilevazione, inviti, ponderazione,
# risultati) e le pagine di chi risponde (una sezione del questionario per pagina). I testi del
# questionario provengono dall'XLSForm della città, nelle lingue che contiene.

nav-surveys = Indagini
surveys-title = Indagini
surveys-heading = Le indagini proprie della città
surveys-lead = Una città interroga migranti e residenti sulla loro vita, con un questionario che fornisce come XLSForm (lo standard di ODK e KoboToolbox). Le risposte sono ponderate sulla popolazione della città e ogni risultato è una stima con il suo intervallo; le celle con troppo pochi rispondenti non vengono pubblicate.
surveys-invited-before = È stato invitato a rispondere a un'indagine?
surveys-invited-link = Inserisca il Suo codice
surveys-own = Le indagini della Sua città
surveys-col-survey = Indagine
surveys-col-city = Città
surveys-col-access = Accesso
surveys-col-dates = Periodo
surveys-col-status = Stato
surveys-col-questionnaire = Questionario
surveys-col-version = Versione
surveys-status-open = aperta
surveys-status-closed = chiusa
surveys-questionnaires = Questionari
surveys-no-questionnaires = La Sua città non ha ancora alcun questionario.
surveys-download = scaricare
surveys-import-heading = Caricare un questionario
surveys-import-note = Una cartella di lavoro XLSForm (.xlsx) con i fogli survey, choices e settings. Un modulo modificato diventa una nuova versione; una versione già in uso non cambia mai. Può partire dal modello dell'Osservatorio:
surveys-template-link = l'indagine cittadina sui migranti (inglese, tedesco, croato)
surveys-field-file = Cartella di lavoro XLSForm
surveys-import-button = Verificare e salvare il questionario
surveys-form-problems = { $count ->
        [one] Il questionario ha { $count } problema:
       *[other] Il questionario ha { $count } problemi:
    }
surveys-col-sheet = Foglio
surveys-col-row = Riga
surveys-col-column = Colonna
surveys-col-problem = Problema
surveys-form-nothing-kept = Non è stato salvato nulla. Corregga la cartella di lavoro e la carichi di nuovo.
surveys-open-heading = Avviare un'indagine
surveys-field-title = Titolo dell'indagine
surveys-respondents = Rispondenti
surveys-mode-anonymous = Anonima: nessuna risposta può essere collegata al codice con cui è stata data
surveys-mode-named = Nominativa: la città sa chi ha risposto
surveys-mode-anonymous-short = anonima
surveys-mode-named-short = nominativa
surveys-access-invitation = Su invito: un codice per ogni rispondente, consegnato su carta o per posta
surveys-access-open = Link aperto: chiunque abbia il link può rispondere, ciascuno con un proprio codice per riprendere
surveys-access-invitation-short = su invito
surveys-access-open-short = link aperto
surveys-field-opens = Apertura il
surveys-field-closes = Chiusura il
surveys-open-button = Avviare l'indagine
surveys-questionnaire-line = Questionario: { $title } — domande: { $questions }, pagine: { $pages }, lingue: { $languages }.
surveys-anonymous-note = Anonima: le risposte salvate non conservano alcuna traccia del codice con cui sono state date, e i risultati sono mostrati solo alla chiusura dell'indagine.
surveys-responses = Risposte
surveys-counts = Codici emessi: { $issued }; con risposta: { $used }.
surveys-codes-heading = { $count ->
        [one] { $count } nuovo codice
       *[other] { $count } nuovi codici
    }
surveys-codes-once = Li stampi o li invii ora: l'Osservatorio conserva solo un'impronta (hash) di ogni codice e non può mostrarli di nuovo.
surveys-open-link = Il link aperto dell'indagine:
surveys-issue = Emettere codici
surveys-field-count = Quanti codici
surveys-close = Chiudere l'indagine
surveys-close-note = Dopo la chiusura non si accettano più risposte; i risultati possono allora essere ponderati e consultati.
surveys-weighting = Ponderazione
surveys-weighted = Risposte ponderate: { $weighted } (non collocabili: { $unplaced }); effetto del disegno { $deff }, numerosità campionaria effettiva { $neff }; pesi da { $min } a { $max }.
surveys-not-weighted = Non ancora ponderate: ogni rispondente conta allo stesso modo.
surveys-field-margins = File dei totali marginali (TOML)
surveys-margins-hint = La popolazione della città secondo le classi delle domande su cui le risposte vengono calibrate (raking), ad es. [[margin]] question = "sex", totals = {"{"} F = 51200, M = 48800 {"}"}; lo stesso file usato per «observatory survey weight».
surveys-weight-button = Ponderare le risposte
surveys-store-margins-hint = Oppure ponderi su ciò che l'osservatorio ha per la città: la popolazione nata nel paese e all'estero (Eurostat urb_cpop1 e urb_cpopcb, l'ultimo anno), secondo le risposte a «birth_group». Eurostat non ha la popolazione delle città per sesso ed età: per quei margini serve un file.
surveys-store-margins-button = Ponderare sulla popolazione nata qui e all'estero
surveys-raked-to = Riponderato su: { $source }
surveys-results = Risultati
surveys-see-results = Vedere i risultati
surveys-raw-responses = risposte grezze (CSV)
surveys-codebook = il loro libro dei codici (JSON)
surveys-results-after-close = I risultati di un'indagine anonima sono mostrati dopo la sua chiusura.
surveys-results-heading = Risultati: { $title }
surveys-results-lead = Risposte: { $responses }.
surveys-results-weighted = Ponderati sulla popolazione della città (raking).
surveys-results-unweighted = Non ponderati: ogni rispondente conta allo stesso modo.
surveys-results-note = Quote in percentuale con il loro intervallo al 95%; n è il numero di rispondenti che hanno risposto. Un dato basato su meno di { $min } rispondenti non viene pubblicato, e nemmeno un dato da cui lo si potrebbe ricavare; «u» indica un dato poco affidabile.
surveys-by = Disaggregare per
surveys-by-none = (nessuna disaggregazione)
surveys-by-button = Mostrare
surveys-download-csv = Scaricare le stime (CSV)
surveys-col-domain = Rispondenti
surveys-col-answer = Risposta
surveys-col-estimate = Stima
surveys-col-interval = Intervallo al 95%
surveys-domain-all = tutti
surveys-domain-not-answered = non hanno risposto
surveys-stat-mean = punteggio medio
surveys-stat-top-two = i due punti più alti (quota)
surveys-flag-low = bassa affidabilità
surveys-withheld-small = non pubblicato: troppo pochi rispondenti
surveys-withheld-complementary = non pubblicato: permetterebbe di ricavare una cella piccola
surveys-withheld-unreliable = non pubblicato: troppo pochi rispondenti per una stima affidabile
surveys-texts-withheld = { $count ->
        [one] { $count } risposta, non pubblicata: meno del minimo per essere elencata.
       *[other] { $count } risposte, non pubblicate: meno del minimo per essere elencate.
    }
surveys-error-log-in = Acceda con l'account della Sua città per vederne le indagini.
surveys-error-no-survey = Non esiste l'indagine { $id }.
surveys-error-no-questionnaire = Non esiste il questionario { $id }.
surveys-error-no-file = Scelga un file da inviare.
surveys-error-questionnaire = Scelga il questionario per l'indagine.
surveys-error-count = Indichi un numero di codici da 1 a { $max }.
surveys-error-margins-utf8 = Il file dei totali marginali non è testo in UTF-8: lo salvi come testo semplice (UTF-8) e lo invii di nuovo.
surveys-error-margins = Il file dei totali marginali non può essere letto: { $message }

survey-respond-title = Indagine
survey-respond-cannot-open = Non è possibile aprire l'indagine
survey-respond-type-code = Inserisca il Suo codice
survey-respond-entry-title = Rispondere a un'indagine
survey-respond-entry-lead = Inserisca il codice riportato nella Sua lettera. Trattini e lettere maiuscole non contano.
survey-respond-code = Il Suo codice
survey-respond-open = Aprire l'indagine
survey-respond-error-unknown-code = Questo codice non apre alcuna indagine: lo confronti con la lettera (trattini e lettere maiuscole non contano).
survey-respond-error-used = Questo codice è già stato usato: le risposte sono state inviate e non è possibile rispondere di nuovo.
survey-respond-error-closed = L'indagine è chiusa: non si accettano più risposte.
survey-respond-error-invitation-only = A questa indagine si risponde solo su invito: usi il codice riportato nella Sua lettera.
survey-respond-error-lost-code = La pagina è arrivata senza il suo codice: apra di nuovo l'indagine dal Suo link.
survey-respond-error-too-many = Negli ultimi minuti sono state avviate troppe indagini dal Suo indirizzo. La preghiamo di riprovare più tardi.
survey-respond-languages = Lingua del questionario
survey-respond-page = Pagina { $page }
survey-respond-review = Verificare e inviare
survey-respond-progress = Pagina { $page } di { $pages }
survey-respond-progress-review = Ha risposto a tutte le pagine ({ $pages }): verifichi e invii
survey-respond-problems = { $count ->
        [one] { $count } risposta richiede la Sua attenzione:
       *[other] { $count } risposte richiedono la Sua attenzione:
    }
survey-respond-saved = Le Sue risposte sono state salvate. Può tornare con lo stesso link.
survey-respond-more = Le Sue risposte hanno aperto altre domande in questa pagina.
survey-respond-started = Il Suo codice è { $code }. Lo annoti: con esso potrà tornare e riprendere da dove si è fermato.
survey-respond-required = (obbligatorio)
survey-respond-next = Salvare e continuare
survey-respond-save = Salvare
survey-respond-previous = Indietro
survey-respond-submit = Inviare le mie risposte
survey-respond-answered = { $count ->
        [one] Ha dato { $count } risposta.
       *[other] Ha dato { $count } risposte.
    }
survey-respond-anonymous = Questa indagine è anonima: le Sue risposte sono salvate senza alcun collegamento al Suo codice e i risultati sono pubblicati solo per gruppi di almeno cinque persone.
survey-respond-named = La città sa chi ha ricevuto il Suo codice.
survey-respond-final = Una volta inviate, le risposte non possono più essere modificate. L'indagine chiude il { $closes }.
survey-respond-pages = Pagine del questionario
survey-respond-thanks = Grazie
survey-respond-submitted = Le Sue risposte a «{ $title }» sono state ricevute.
survey-respond-open-lead = Chiunque può rispondere fino al { $closes }. Riceverà un codice con cui potrà tornare e proseguire.
survey-respond-start = Iniziare l'indagine
survey-problem-required = È richiesta una risposta.
survey-problem-whole-number = «{ $value }» non è un numero intero.
survey-problem-number = «{ $value }» non è un numero.
survey-problem-date = «{ $value }» non è una data.
survey-problem-choice = «{ $value }» non è una delle opzioni previste.
survey-problem-one-answer = È possibile dare una sola risposta.
survey-problem-constraint = La risposta non è accettata: la verifichi.
survey-problem-not-a-question = Questa non è una domanda di questa pagina.

# Publication of a survey's results and a city's surveys over time (on its opinion page).
surveys-publication = Pubblicazione
surveys-published = I risultati sono pubblicati.
surveys-published-link = Vedere i risultati pubblicati
surveys-submitted = I risultati sono presso l'approvatore:
surveys-submission-link = invio { $id }
surveys-publish-after-close = I risultati possono essere inviati per la pubblicazione una volta chiusa l'indagine.
surveys-submit-note = I risultati come sono ora (con i pesi; celle piccole trattenute) vanno congelati all'approvatore della città; le risposte in parole sono contate, mai pubblicate.
surveys-submit-button = Inviare i risultati per la pubblicazione
surveys-not-submitted = I risultati non sono stati inviati per la pubblicazione.
surveys-error-unpublished = L'indagine { $id } non ha risultati pubblicati.
surveys-published-lead = I risultati di un'indagine di { $city }, svolta dal { $opens } al { $closes }, con { $responses } risposte, come la città li ha pubblicati.
surveys-texts-not-published = { $count } risposte in parole: contate, non pubblicate (una frase può rivelarne l'autore).
surveys-own-heading = Le indagini proprie di { $city }
surveys-own-intro = Che cosa { $city } ha chiesto nelle proprie indagini, come ne ha pubblicato i risultati. Tra due turni dello stesso questionario si confronta ogni dato dell'intero campione pubblicato in entrambi.
surveys-own-responses = { $responses } risposte
surveys-own-nothing-to-compare = { $before } e { $after } non hanno dati pubblicati in entrambi da confrontare.
surveys-own-caption = Da { $before } a { $after }: ogni dato con il suo intervallo al 95%, la variazione e la probabilità che sia reale
surveys-col-question = Domanda
surveys-own-col-change = Variazione (punti)
surveys-own-col-probability = Probabilità che la variazione sia reale
surveys-own-col-verdict = Giudizio
surveys-own-method = I due turni sono campioni indipendenti: l'errore standard della variazione è √(SE₁² + SE₂²). La probabilità che la variazione sia reale è Φ(|z|), la probabilità con una distribuzione a priori piatta che la variazione vera abbia il segno osservato; si parla di aumento o calo quando p < 5%.
surveys-own-rose = aumentata (p = { $p })
surveys-own-fell = diminuita (p = { $p })
surveys-own-no-change = nessuna variazione chiara (p = { $p })

# The questionnaire editor (/surveys/questionnaires/<id>/edit).
editor-title = Modifica: { $title }
editor-lead = Versione { $version }. Scelga le domande da porre, le riformuli con i loro suggerimenti in ogni lingua, indichi quali risposte sono obbligatorie e dia un titolo alle pagine; il questionario è salvato come versione successiva (una versione già somministrata non cambia mai).
editor-xlsform-note = Nuove domande, liste di scelte e salti si scrivono nel XLSForm:
editor-xlsform-link = scaricare questa versione come XLSForm
editor-questionnaire-title = Titolo del questionario
editor-page = Pagina { $number }
editor-page-title = Titolo della pagina
editor-save = Salvare come versione successiva
editor-keep = Porre questa domanda
editor-required = La risposta è obbligatoria
editor-asked-when = Posta quando: { $condition }
editor-wording = Testo ({ $language })
editor-hints = Suggerimenti
editor-hint = Suggerimento ({ $language })
editor-edit-link = modificare
editor-start-heading = Partire dal modello
editor-start-note = Il questionario dell'osservatorio per chi si è trasferito in città (inglese, tedesco, croato): lo salvi per la sua città, poi nell'editor scelga e riformuli le domande.
editor-start-button = Partire dal modello
