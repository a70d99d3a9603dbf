# Mentoring zwischen Städten (crates/web/src/routes/mentoring.rs).

mentoring-title = Mentoring
mentoring-pair-title = Mentoring { $id }
mentoring-network-title = Mentoring zwischen Städten
mentoring-network-lead = Städte, die erst seit Kurzem Migrantinnen und Migranten aufnehmen, lernen von Städten mit längerer Erfahrung, jeweils zu einem Schwerpunkt eines umfassenden Ansatzes. Die Redaktion einer Stadt stellt die Anfrage im Profil der Stadt; die angefragte Stadt nimmt sie an oder lehnt sie ab.
mentoring-pairs-by-focal-point = Paare nach Schwerpunkt
mentoring-no-pair-yet = Noch kein Mentoring-Paar. Die Redaktion einer Stadt fragt im Abschnitt Mentoring des Stadtprofils nach einem Mentoring.
mentoring-col-focal-point = Schwerpunkt
mentoring-col-pairs = Paare
mentoring-requests-not-accepted = Nicht angenommene Anfragen
mentoring-requests-private = Nur die Nutzerinnen und Nutzer der beiden Städte (und die Administration) sehen diese.
mentoring-pairs-ended = Beendete Paare

mentoring-status-requested = angefragt
mentoring-status-accepted = angenommen
mentoring-status-declined = abgelehnt
mentoring-status-withdrawn = zurückgezogen
mentoring-status-ended = beendet

mentoring-col-role = Rolle
mentoring-col-with = Mit
mentoring-col-mentor = Mentorstadt
mentoring-col-mentee = Mentee-Stadt
mentoring-col-status = Stand
mentoring-col-since = Seit
mentoring-role-mentee = Mentee
mentoring-role-mentor = Mentor
mentoring-area-label = Bereich: { $area }
mentoring-details = Details

mentoring-pair-mentors = { $mentor } ist Mentorstadt für { $mentee }
mentoring-pair-asks = { $mentee } bittet { $mentor } um ein Mentoring
mentoring-pair-focal-point = Schwerpunkt { $number }:
mentoring-pair-area = Bereich { $area }
mentoring-pair-mentor = Mentorstadt
mentoring-pair-mentee = Mentee-Stadt
mentoring-asked-on = angefragt am { $date }
mentoring-answered-on = beantwortet am { $date }
mentoring-ended-on = beendet am { $date }
mentoring-correspondence = Korrespondenz
mentoring-correspondence-private = Nur die Nutzerinnen und Nutzer der beiden Städte (und die Administration) sehen dies.
mentoring-request-by = Anfrage von { $user }
mentoring-answer-by = Antwort von { $user }
mentoring-ended-by = Beendet von { $user }
mentoring-no-note = keine Notiz
mentoring-practices-title = Praxisbeispiele der beiden Städte zu diesem Thema
mentoring-practices-all = Dieser Schwerpunkt entspricht keinem Themenbereich der Praxisbibliothek; daher sind alle Praxisbeispiele der beiden Städte aufgeführt.
mentoring-practices-in-areas = Praxisbeispiele von { $mentor } und { $mentee } in diesen Bereichen der Praxisbibliothek: { $areas }.
mentoring-practices-none = Die Praxisbibliothek enthält hier noch kein Praxisbeispiel einer der beiden Städte.

mentoring-step-accept = Annehmen
mentoring-step-accept-note = Eine Notiz an die anfragende Stadt (optional)
mentoring-step-decline = Ablehnen
mentoring-step-decline-note = Warum, oder wen man stattdessen fragen kann (optional)
mentoring-step-withdraw = Anfrage zurückziehen
mentoring-step-end = Paar beenden
mentoring-step-end-note = Was daraus geworden ist (optional)

mentoring-section-intro = Paare dieser Stadt mit erfahrenen oder neu aufnehmenden Städten, jeweils zu einem Schwerpunkt eines umfassenden Ansatzes.
mentoring-section-all-pairs = Alle Paare des Netzwerks
mentoring-section-no-pair = Noch kein Mentoring-Paar für { $city }.
mentoring-section-log-in = Melden Sie sich
mentoring-section-log-in-after = als Redakteurin oder Redakteur von { $city } an, um eine Stadt um ein Mentoring zu bitten.
mentoring-requests-to = Anfragen an { $city }
mentoring-incoming-asks = bittet um ein Mentoring zum Schwerpunkt { $number }: { $title }
mentoring-suggested = Vorgeschlagene Mentorstädte
mentoring-suggested-no-profile = Keine Vorschläge: Für die Stadt gibt es kein Kontextprofil zum Vergleich.
mentoring-suggested-none-qualifies = keine Stadt kommt als Mentorstadt für { $city } infrage
mentoring-suggested-none = Kein Vorschlag: { $why }. Jede Stadt kann dennoch angefragt werden.
mentoring-suggested-rule = Heute { $city } ähnlich, mit längerer Erfahrung mit Zuwanderung und besseren Ergebnissen (die Regel von

mentoring-ask-title = Eine Stadt um ein Mentoring für { $city } bitten
mentoring-ask-city = Anzufragende Stadt (Name oder Code)
mentoring-ask-other-city = oder eine andere Stadt (Name oder Code)
mentoring-ask-city-placeholder = z. B. Zagreb oder HR001C
mentoring-ask-area = Themenbereich (optional)
mentoring-ask-area-any = die Bereiche des Schwerpunkts
mentoring-ask-message = Was möchte { $city } lernen?
mentoring-ask-submit = Um ein Mentoring bitten

mentoring-error-log-in = Melden Sie sich als Redakteurin oder Redakteur Ihrer Stadt an, um ein Mentoring anzufragen oder eine Anfrage zu beantworten
mentoring-error-choose-mentor = Wählen Sie eine vorgeschlagene Mentorstadt oder nennen Sie eine andere Stadt
mentoring-error-no-step = kein Schritt „{ $step }“ (accept, decline, withdraw, end)
mentoring-error-not-public = kein öffentliches Mentoring-Paar { $id }: Melden Sie sich an, um die Anfragen Ihrer Stadt zu sehen
mentoring-error-unknown-city = „{ $code }“ ist keine Stadt im Datenbestand: Geben Sie einen Urban-Audit-Stadtcode wie HR004C an (`observatory list geographies --level city` listet sie auf)
mentoring-error-not-a-city = { $name } ({ $code }) ist eine Gebietseinheit der Ebene „{ $level }“, keine Stadt: Mentoring findet zwischen Urban-Audit-Städten statt (Codes, die auf C enden)
mentoring-error-self = { $name } kann nicht sich selbst als Mentorstadt begleiten: Wählen Sie eine andere Stadt
mentoring-error-unknown-topic = „{ $given }“ ist kein Schwerpunkt: Wählen Sie einen von { $known }
mentoring-error-unknown-area = „{ $given }“ ist kein Themenbereich der Praxisbibliothek: Wählen Sie einen von { $known }
mentoring-error-duplicate = { $mentee } hat { $mentor } bereits um ein Mentoring zu { $topic } gebeten (Anfrage { $id }, Stand „{ $status }“): je Paar und Schwerpunkt ist nur eine offene Anfrage möglich
mentoring-error-cannot-accept = Die Mentoring-Anfrage { $id } hat den Stand „{ $status }“: Sie kann nicht angenommen werden
mentoring-error-cannot-decline = Die Mentoring-Anfrage { $id } hat den Stand „{ $status }“: Sie kann nicht abgelehnt werden
mentoring-error-cannot-withdraw = Die Mentoring-Anfrage { $id } hat den Stand „{ $status }“: Sie kann nicht zurückgezogen werden
mentoring-error-cannot-end = Die Mentoring-Anfrage { $id } hat den Stand „{ $status }“: Sie kann nicht beendet werden
mentoring-error-not-found = keine Mentoring-Anfrage { $id }

# Why a city is suggested as a mentor; the parts in brackets are comparisons "mentor vs mentee".
mentoring-reason = heute ähnlich ({ $similar }); im Ausland Geborene schon { $year_then } { $share_then } gegenüber { $share_first } { $year_first } ({ $points } Prozentpunkte mehr Erfahrung); Ergebnisse (Mentor gegenüber Mentee): { $outcomes }
mentoring-reason-better = { $outcome } (besser)
