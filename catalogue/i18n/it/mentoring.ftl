# Mentoring tra città (crates/web/src/routes/mentoring.rs).

mentoring-title = Mentoring
mentoring-pair-title = Mentoring { $id }
mentoring-network-title = Mentoring tra città
mentoring-network-lead = Le città che hanno cominciato solo di recente ad accogliere migranti imparano da città con un'esperienza più lunga, un punto focale di un approccio globale alla volta. Il redattore di una città presenta la richiesta dal profilo della città; la città interpellata la accetta o la rifiuta.
mentoring-pairs-by-focal-point = Coppie per punto focale
mentoring-no-pair-yet = Ancora nessuna coppia di mentoring. Il redattore di una città chiede un mentoring nella sezione Mentoring del profilo della città.
mentoring-col-focal-point = Punto focale
mentoring-col-pairs = Coppie
mentoring-requests-not-accepted = Richieste non accettate
mentoring-requests-private = Solo gli utenti delle due città (e gli amministratori) le vedono.
mentoring-pairs-ended = Coppie concluse

mentoring-status-requested = richiesta
mentoring-status-accepted = accettata
mentoring-status-declined = rifiutata
mentoring-status-withdrawn = ritirata
mentoring-status-ended = conclusa

mentoring-col-role = Ruolo
mentoring-col-with = Con
mentoring-col-mentor = Città mentore
mentoring-col-mentee = Città mentee
mentoring-col-status = Stato
mentoring-col-since = Dal
mentoring-role-mentee = mentee
mentoring-role-mentor = mentore
mentoring-area-label = area: { $area }
mentoring-details = dettagli

mentoring-pair-mentors = { $mentor } fa da mentore a { $mentee }
mentoring-pair-asks = { $mentee } chiede un mentoring a { $mentor }
mentoring-pair-focal-point = punto focale { $number }:
mentoring-pair-area = area { $area }
mentoring-pair-mentor = Città mentore
mentoring-pair-mentee = città mentee
mentoring-asked-on = richiesta il { $date }
mentoring-answered-on = risposta il { $date }
mentoring-ended-on = conclusa il { $date }
mentoring-correspondence = Corrispondenza
mentoring-correspondence-private = Solo gli utenti delle due città (e gli amministratori) la vedono.
mentoring-request-by = Richiesta di { $user }
mentoring-answer-by = Risposta di { $user }
mentoring-ended-by = Conclusa da { $user }
mentoring-no-note = nessuna nota
mentoring-practices-title = Pratiche delle due città su questo tema
mentoring-practices-all = Questo punto focale non corrisponde ad alcuna area tematica della biblioteca delle pratiche, quindi sono elencate tutte le pratiche delle due città.
mentoring-practices-in-areas = Pratiche di { $mentor } e { $mentee } in queste aree della biblioteca delle pratiche: { $areas }.
mentoring-practices-none = La biblioteca delle pratiche non contiene ancora qui alcuna pratica delle due città.

mentoring-step-accept = Accetta
mentoring-step-accept-note = Una nota per la città richiedente (facoltativa)
mentoring-step-decline = Rifiuta
mentoring-step-decline-note = Perché, o a chi chiedere invece (facoltativo)
mentoring-step-withdraw = Ritira la richiesta
mentoring-step-end = Concludi la coppia
mentoring-step-end-note = Che cosa ne è risultato (facoltativo)

mentoring-section-intro = Coppie di questa città con città esperte o di nuova accoglienza, ciascuna su un punto focale di un approccio globale.
mentoring-section-all-pairs = Tutte le coppie della rete
mentoring-section-no-pair = Ancora nessuna coppia di mentoring per { $city }.
mentoring-section-log-in = Acceda
mentoring-section-log-in-after = come redattore di { $city } per chiedere un mentoring a una città.
mentoring-requests-to = Richieste a { $city }
mentoring-incoming-asks = chiede un mentoring sul punto focale { $number }: { $title }
mentoring-suggested = Mentori suggeriti
mentoring-suggested-no-profile = Nessun suggerimento: la città non ha un profilo di contesto da confrontare.
mentoring-suggested-none-qualifies = nessuna città ha i requisiti per fare da mentore a { $city }
mentoring-suggested-none = Nessun suggerimento: { $why }. È comunque possibile rivolgersi a qualsiasi città.
mentoring-suggested-rule = Simili oggi a { $city }, con un'esperienza di immigrazione più lunga e risultati migliori (la regola di

mentoring-ask-title = Chieda a una città di fare da mentore a { $city }
mentoring-ask-city = Città a cui chiedere (nome o codice)
mentoring-ask-other-city = oppure un'altra città (nome o codice)
mentoring-ask-city-placeholder = ad es. Zagreb o HR001C
mentoring-ask-area = Area tematica (facoltativa)
mentoring-ask-area-any = le aree del punto focale
mentoring-ask-message = Che cosa vorrebbe imparare { $city }?
mentoring-ask-submit = Chiedi un mentoring

mentoring-error-log-in = acceda come redattore della Sua città per chiedere un mentoring o rispondere a una richiesta
mentoring-error-choose-mentor = scelga un mentore suggerito o indichi un'altra città
mentoring-error-no-step = nessun passaggio «{ $step }» (accept, decline, withdraw, end)
mentoring-error-not-public = nessuna coppia di mentoring pubblica { $id }: acceda per vedere le richieste della Sua città
mentoring-error-unknown-city = «{ $code }» non è una città presente nella banca dati: indichi un codice di città Urban Audit come HR004C (`observatory list geographies --level city` li elenca)
mentoring-error-not-a-city = { $name } ({ $code }) è un'unità di livello «{ $level }», non una città: il mentoring si svolge tra città Urban Audit (codici che terminano in C)
mentoring-error-self = { $name } non può fare da mentore a se stessa: scelga un'altra città
mentoring-error-unknown-topic = «{ $given }» non è un punto focale: ne scelga uno tra { $known }
mentoring-error-unknown-area = «{ $given }» non è un'area tematica della biblioteca delle pratiche: ne scelga una tra { $known }
mentoring-error-duplicate = { $mentee } ha già chiesto un mentoring a { $mentor } su { $topic } (richiesta { $id }, stato «{ $status }»): è ammessa una sola richiesta aperta per coppia e punto focale
mentoring-error-cannot-accept = la richiesta di mentoring { $id } è nello stato «{ $status }»: non può essere accettata
mentoring-error-cannot-decline = la richiesta di mentoring { $id } è nello stato «{ $status }»: non può essere rifiutata
mentoring-error-cannot-withdraw = la richiesta di mentoring { $id } è nello stato «{ $status }»: non può essere ritirata
mentoring-error-cannot-end = la richiesta di mentoring { $id } è nello stato «{ $status }»: non può essere conclusa
mentoring-error-not-found = nessuna richiesta di mentoring { $id }

# Why a city is suggested as a mentor; the parts in brackets are comparisons "mentor vs mentee".
mentoring-reason = simili oggi ({ $similar }); nati all'estero { $share_then } già nel { $year_then } contro { $share_first } nel { $year_first } ({ $points } punti percentuali di esperienza in più); risultati (mentore contro città affiancata): { $outcomes }
mentoring-reason-better = { $outcome } (meglio)
