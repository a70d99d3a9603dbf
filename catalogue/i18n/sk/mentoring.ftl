# Mentoring medzi mestami (crates/web/src/routes/mentoring.rs).

mentoring-title = Mentoring
mentoring-pair-title = Mentoring { $id }
mentoring-network-title = Mentoring medzi mestami
mentoring-network-lead = Mestá, ktoré začali prijímať migrantov len nedávno, sa učia od miest s dlhšou skúsenosťou, vždy v jednej ťažiskovej oblasti komplexného prístupu. Redaktor mesta podá žiadosť z profilu mesta; oslovené mesto ju prijme alebo odmietne.
mentoring-pairs-by-focal-point = Dvojice podľa ťažiskovej oblasti
mentoring-no-pair-yet = Zatiaľ žiadna mentorská dvojica. Redaktor mesta žiada o mentoring v časti Mentoring na profile mesta.
mentoring-col-focal-point = Ťažisková oblasť
mentoring-col-pairs = Dvojice
mentoring-requests-not-accepted = Neprijaté žiadosti
mentoring-requests-private = Tieto žiadosti vidia len používatelia oboch miest (a administrátori).
mentoring-pairs-ended = Ukončené dvojice

mentoring-status-requested = požiadané
mentoring-status-accepted = prijaté
mentoring-status-declined = odmietnuté
mentoring-status-withdrawn = stiahnuté
mentoring-status-ended = ukončené

mentoring-col-role = Rola
mentoring-col-with = S mestom
mentoring-col-mentor = Mentor
mentoring-col-mentee = Mentorované mesto
mentoring-col-status = Stav
mentoring-col-since = Od
mentoring-role-mentee = mentorované mesto
mentoring-role-mentor = mentor
mentoring-area-label = oblasť: { $area }
mentoring-details = podrobnosti

mentoring-pair-mentors = { $mentor } je mentorom pre mesto { $mentee }
mentoring-pair-asks = { $mentee } žiada o mentoring mesto { $mentor }
mentoring-pair-focal-point = ťažisková oblasť { $number }:
mentoring-pair-area = oblasť { $area }
mentoring-pair-mentor = Mentor
mentoring-pair-mentee = mentorované mesto
mentoring-asked-on = požiadané { $date }
mentoring-answered-on = zodpovedané { $date }
mentoring-ended-on = ukončené { $date }
mentoring-correspondence = Korešpondencia
mentoring-correspondence-private = Túto korešpondenciu vidia len používatelia oboch miest (a administrátori).
mentoring-request-by = Žiadosť od { $user }
mentoring-answer-by = Odpoveď od { $user }
mentoring-ended-by = Ukončil(a) { $user }
mentoring-no-note = bez poznámky
mentoring-practices-title = Praxe oboch miest k tejto téme
mentoring-practices-all = Táto ťažisková oblasť nezodpovedá žiadnej tematickej oblasti knižnice praxí, preto sú uvedené všetky praxe oboch miest.
mentoring-practices-in-areas = Praxe miest { $mentor } a { $mentee } v týchto oblastiach knižnice praxí: { $areas }.
mentoring-practices-none = Knižnica praxí tu zatiaľ nemá žiadnu prax ani jedného z miest.

mentoring-step-accept = Prijať
mentoring-step-accept-note = Poznámka pre žiadajúce mesto (nepovinné)
mentoring-step-decline = Odmietnuť
mentoring-step-decline-note = Prečo, alebo koho požiadať namiesto nás (nepovinné)
mentoring-step-withdraw = Stiahnuť žiadosť
mentoring-step-end = Ukončiť dvojicu
mentoring-step-end-note = Čo z toho vzišlo (nepovinné)

mentoring-section-intro = Dvojice tohto mesta so skúsenými alebo novo prijímajúcimi mestami, každá v jednej ťažiskovej oblasti komplexného prístupu.
mentoring-section-all-pairs = Všetky dvojice siete
mentoring-section-no-pair = Mesto { $city } zatiaľ nemá žiadnu mentorskú dvojicu.
mentoring-section-log-in = Prihláste sa
mentoring-section-log-in-after = ako redaktor mesta { $city }, ak chcete požiadať iné mesto o mentoring.
mentoring-requests-to = Žiadosti adresované mestu { $city }
mentoring-incoming-asks = žiada o mentoring v ťažiskovej oblasti { $number }: { $title }
mentoring-suggested = Navrhovaní mentori
mentoring-suggested-no-profile = Žiadne návrhy: mesto nemá kontextový profil, s ktorým by sa dalo porovnávať.
mentoring-suggested-none-qualifies = žiadne mesto nespĺňa podmienky mentora pre mesto { $city }
mentoring-suggested-none = Žiadny návrh: { $why }. O mentoring možno aj tak požiadať ktorékoľvek mesto.
mentoring-suggested-rule = Mestá dnes podobné mestu { $city }, s dlhšou skúsenosťou s prisťahovalectvom a lepšími výsledkami (pravidlo príkazu

mentoring-ask-title = Požiadať iné mesto o mentoring pre mesto { $city }
mentoring-ask-city = Mesto, ktoré chcete požiadať (názov alebo kód)
mentoring-ask-other-city = alebo iné mesto (názov alebo kód)
mentoring-ask-city-placeholder = napr. Zagreb alebo HR001C
mentoring-ask-area = Tematická oblasť (nepovinné)
mentoring-ask-area-any = oblasti danej ťažiskovej oblasti
mentoring-ask-message = Čo by sa mesto { $city } chcelo naučiť?
mentoring-ask-submit = Požiadať o mentoring

mentoring-error-log-in = ak chcete požiadať o mentoring alebo odpovedať na žiadosť, prihláste sa ako redaktor svojho mesta
mentoring-error-choose-mentor = vyberte navrhovaného mentora alebo uveďte iné mesto
mentoring-error-no-step = krok „{ $step }“ neexistuje (accept, decline, withdraw, end)
mentoring-error-not-public = verejná mentorská dvojica { $id } neexistuje: ak chcete vidieť žiadosti svojho mesta, prihláste sa
mentoring-error-unknown-city = „{ $code }“ nie je mesto v databáze: zadajte kód mesta Urban Audit, napríklad HR004C (zoznam vypíše `observatory list geographies --level city`)
mentoring-error-not-a-city = { $name } ({ $code }) je { $level }, nie mesto: mentoring prebieha medzi mestami Urban Audit (kódy končiace na C)
mentoring-error-self = { $name } nemôže byť mentorom samo sebe: vyberte iné mesto
mentoring-error-unknown-topic = „{ $given }“ nie je ťažisková oblasť: vyberte jednu z týchto: { $known }
mentoring-error-unknown-area = „{ $given }“ nie je tematická oblasť knižnice praxí: vyberte jednu z týchto: { $known }
mentoring-error-duplicate = { $mentee } už požiadalo mesto { $mentor } o mentoring v oblasti { $topic } (žiadosť { $id }, stav „{ $status }“): pre každú dvojicu a oblasť môže byť otvorená len jedna žiadosť
mentoring-error-cannot-accept = žiadosť o mentoring { $id } je v stave „{ $status }“: nemožno ju prijať
mentoring-error-cannot-decline = žiadosť o mentoring { $id } je v stave „{ $status }“: nemožno ju odmietnuť
mentoring-error-cannot-withdraw = žiadosť o mentoring { $id } je v stave „{ $status }“: nemožno ju stiahnuť
mentoring-error-cannot-end = žiadosť o mentoring { $id } je v stave „{ $status }“: nemožno ju ukončiť
mentoring-error-not-found = žiadosť o mentoring { $id } neexistuje

# Why a city is suggested as a mentor; the parts in brackets are comparisons "mentor vs mentee".
mentoring-reason = podobné dnes ({ $similar }); osoby narodené v zahraničí { $share_then } už v roku { $year_then } oproti { $share_first } v roku { $year_first } ({ $points } percentuálneho bodu viac skúseností); výsledky (mentor oproti mentorovanému mestu): { $outcomes }
mentoring-reason-better = { $outcome } (lepšie)
