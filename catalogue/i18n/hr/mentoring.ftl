# Mentorstvo među gradovima (crates/web/src/routes/mentoring.rs).

mentoring-title = Mentorstvo
mentoring-pair-title = Mentorstvo { $id }
mentoring-network-title = Mentorstvo među gradovima
mentoring-network-lead = Gradovi koji su tek nedavno počeli primati migrante uče od gradova s duljim iskustvom, svaki put u jednom ključnom području sveobuhvatnog pristupa. Urednik grada podnosi zahtjev s profila grada; grad kojem je zahtjev upućen prihvaća ga ili odbija.
mentoring-pairs-by-focal-point = Parovi po ključnom području
mentoring-no-pair-yet = Još nema mentorskog para. Urednik grada traži mentorstvo u odjeljku Mentorstvo na profilu grada.
mentoring-col-focal-point = Ključno područje
mentoring-col-pairs = Parovi
mentoring-requests-not-accepted = Neprihvaćeni zahtjevi
mentoring-requests-private = Ove zahtjeve vide samo korisnici obaju gradova (i administratori).
mentoring-pairs-ended = Završeni parovi

mentoring-status-requested = zatraženo
mentoring-status-accepted = prihvaćeno
mentoring-status-declined = odbijeno
mentoring-status-withdrawn = povučeno
mentoring-status-ended = završeno

mentoring-col-role = Uloga
mentoring-col-with = S gradom
mentoring-col-mentor = Mentor
mentoring-col-mentee = Mentorirani grad
mentoring-col-status = Status
mentoring-col-since = Od
mentoring-role-mentee = mentorirani grad
mentoring-role-mentor = mentor
mentoring-area-label = područje: { $area }
mentoring-details = pojedinosti

mentoring-pair-mentors = { $mentor } mentor je gradu { $mentee }
mentoring-pair-asks = { $mentee } traži mentorstvo od grada { $mentor }
mentoring-pair-focal-point = ključno područje { $number }:
mentoring-pair-area = područje { $area }
mentoring-pair-mentor = Mentor
mentoring-pair-mentee = mentorirani grad
mentoring-asked-on = zatraženo { $date }
mentoring-answered-on = odgovoreno { $date }
mentoring-ended-on = završeno { $date }
mentoring-correspondence = Prepiska
mentoring-correspondence-private = Ovu prepisku vide samo korisnici obaju gradova (i administratori).
mentoring-request-by = Zahtjev: { $user }
mentoring-answer-by = Odgovor: { $user }
mentoring-ended-by = Završio/la: { $user }
mentoring-no-note = bez napomene
mentoring-practices-title = Prakse obaju gradova na ovu temu
mentoring-practices-all = Ovo ključno područje ne odgovara nijednom tematskom području knjižnice praksi, pa su navedene sve prakse obaju gradova.
mentoring-practices-in-areas = Prakse gradova { $mentor } i { $mentee } u ovim područjima knjižnice praksi: { $areas }.
mentoring-practices-none = Knjižnica praksi ovdje još nema nijednu praksu ni jednog od dvaju gradova.

mentoring-step-accept = Prihvatite
mentoring-step-accept-note = Napomena gradu koji traži mentorstvo (neobavezno)
mentoring-step-decline = Odbijte
mentoring-step-decline-note = Zašto, ili koga umjesto toga pitati (neobavezno)
mentoring-step-withdraw = Povucite zahtjev
mentoring-step-end = Završite par
mentoring-step-end-note = Što je iz toga proizašlo (neobavezno)

mentoring-section-intro = Parovi ovoga grada s iskusnim gradovima ili gradovima koji tek počinju primati migrante, svaki u jednom ključnom području sveobuhvatnog pristupa.
mentoring-section-all-pairs = Svi parovi mreže
mentoring-section-no-pair = Grad { $city } još nema mentorski par.
mentoring-section-log-in = Prijavite se
mentoring-section-log-in-after = kao urednik grada { $city } kako biste od nekog grada zatražili mentorstvo.
mentoring-requests-to = Zahtjevi upućeni gradu { $city }
mentoring-incoming-asks = traži mentorstvo u ključnom području { $number }: { $title }
mentoring-suggested = Predloženi mentori
mentoring-suggested-no-profile = Nema prijedloga: grad nema kontekstni profil za usporedbu.
mentoring-suggested-none-qualifies = nijedan grad ne ispunjava uvjete za mentora grada { $city }
mentoring-suggested-none = Nema prijedloga: { $why }. Ipak se može obratiti bilo kojem gradu.
mentoring-suggested-rule = Gradovi danas slični gradu { $city }, s duljim iskustvom useljavanja i boljim ishodima (pravilo naredbe

mentoring-ask-title = Zatražite od nekog grada mentorstvo za grad { $city }
mentoring-ask-city = Grad kojem se obraćate (naziv ili šifra)
mentoring-ask-other-city = ili neki drugi grad (naziv ili šifra)
mentoring-ask-city-placeholder = npr. Zagreb ili HR001C
mentoring-ask-area = Tematsko područje (neobavezno)
mentoring-ask-area-any = područja ovoga ključnog područja
mentoring-ask-message = Što bi grad { $city } želio naučiti?
mentoring-ask-submit = Zatražite mentorstvo

mentoring-error-log-in = prijavite se kao urednik svoga grada kako biste zatražili mentorstvo ili odgovorili na zahtjev
mentoring-error-choose-mentor = odaberite predloženog mentora ili navedite neki drugi grad
mentoring-error-no-step = nema koraka „{ $step }” (accept, decline, withdraw, end)
mentoring-error-not-public = nema javnog mentorskog para { $id }: prijavite se kako biste vidjeli zahtjeve svoga grada
mentoring-error-unknown-city = „{ $code }” nije grad u bazi podataka: navedite šifru grada iz Urban Audita, npr. HR004C (popis daje `observatory list geographies --level city`)
mentoring-error-not-a-city = { $name } ({ $code }) je { $level }, a ne grad: mentorstvo se odvija među gradovima iz Urban Audita (šifre koje završavaju na C)
mentoring-error-self = { $name } ne može biti mentor samome sebi: odaberite drugi grad
mentoring-error-unknown-topic = „{ $given }” nije ključno područje: odaberite jedno od sljedećih: { $known }
mentoring-error-unknown-area = „{ $given }” nije tematsko područje knjižnice praksi: odaberite jedno od sljedećih: { $known }
mentoring-error-duplicate = { $mentee } već je zatražio mentorstvo od grada { $mentor } za { $topic } (zahtjev { $id }, status „{ $status }”): po paru i području moguć je samo jedan otvoreni zahtjev
mentoring-error-cannot-accept = zahtjev za mentorstvo { $id } u statusu je „{ $status }”: ne može se prihvatiti
mentoring-error-cannot-decline = zahtjev za mentorstvo { $id } u statusu je „{ $status }”: ne može se odbiti
mentoring-error-cannot-withdraw = zahtjev za mentorstvo { $id } u statusu je „{ $status }”: ne može se povući
mentoring-error-cannot-end = zahtjev za mentorstvo { $id } u statusu je „{ $status }”: ne može se završiti
mentoring-error-not-found = nema zahtjeva za mentorstvo { $id }

# Why a city is suggested as a mentor; the parts in brackets are comparisons "mentor vs mentee".
mentoring-reason = slični danas ({ $similar }); rođeni u inozemstvu { $share_then } već { $year_then }. naspram { $share_first } { $year_first }. ({ $points } postotnih bodova više iskustva); ishodi (mentor naspram mentoriranog grada): { $outcomes }
mentoring-reason-better = { $outcome } (bolje)
