# Mentoring mezi městy (crates/web/src/routes/mentoring.rs).

mentoring-title = Mentoring
mentoring-pair-title = Mentoring { $id }
mentoring-network-title = Mentoring mezi městy
mentoring-network-lead = Města, která začala přijímat migranty teprve nedávno, se učí od měst s delší zkušeností, vždy v jedné stěžejní oblasti komplexního přístupu. Redaktor města podá žádost z profilu města; oslovené město ji přijme, nebo odmítne.
mentoring-pairs-by-focal-point = Dvojice podle stěžejní oblasti
mentoring-no-pair-yet = Zatím žádná mentorská dvojice. Redaktor města žádá o mentoring v oddílu Mentoring na profilu města.
mentoring-col-focal-point = Stěžejní oblast
mentoring-col-pairs = Dvojice
mentoring-requests-not-accepted = Nepřijaté žádosti
mentoring-requests-private = Tyto žádosti vidí jen uživatelé obou měst (a administrátoři).
mentoring-pairs-ended = Ukončené dvojice

mentoring-status-requested = požádáno
mentoring-status-accepted = přijato
mentoring-status-declined = odmítnuto
mentoring-status-withdrawn = staženo
mentoring-status-ended = ukončeno

mentoring-col-role = Role
mentoring-col-with = S městem
mentoring-col-mentor = Mentor
mentoring-col-mentee = Mentorované město
mentoring-col-status = Stav
mentoring-col-since = Od
mentoring-role-mentee = mentorované město
mentoring-role-mentor = mentor
mentoring-area-label = oblast: { $area }
mentoring-details = podrobnosti

mentoring-pair-mentors = { $mentor } je mentorem pro město { $mentee }
mentoring-pair-asks = { $mentee } žádá o mentoring město { $mentor }
mentoring-pair-focal-point = stěžejní oblast { $number }:
mentoring-pair-area = oblast { $area }
mentoring-pair-mentor = Mentor
mentoring-pair-mentee = mentorované město
mentoring-asked-on = požádáno { $date }
mentoring-answered-on = zodpovězeno { $date }
mentoring-ended-on = ukončeno { $date }
mentoring-correspondence = Korespondence
mentoring-correspondence-private = Tuto korespondenci vidí jen uživatelé obou měst (a administrátoři).
mentoring-request-by = Žádost od { $user }
mentoring-answer-by = Odpověď od { $user }
mentoring-ended-by = Ukončil(a) { $user }
mentoring-no-note = bez poznámky
mentoring-practices-title = Praxe obou měst k tomuto tématu
mentoring-practices-all = Tato stěžejní oblast neodpovídá žádné tematické oblasti knihovny praxí, proto jsou uvedeny všechny praxe obou měst.
mentoring-practices-in-areas = Praxe měst { $mentor } a { $mentee } v těchto oblastech knihovny praxí: { $areas }.
mentoring-practices-none = Knihovna praxí zde zatím nemá žádnou praxi ani jednoho z měst.

mentoring-step-accept = Přijmout
mentoring-step-accept-note = Poznámka pro žádající město (nepovinné)
mentoring-step-decline = Odmítnout
mentoring-step-decline-note = Proč, nebo koho požádat místo nás (nepovinné)
mentoring-step-withdraw = Stáhnout žádost
mentoring-step-end = Ukončit dvojici
mentoring-step-end-note = Co z toho vzešlo (nepovinné)

mentoring-section-intro = Dvojice tohoto města se zkušenými nebo nově přijímajícími městy, každá v jedné stěžejní oblasti komplexního přístupu.
mentoring-section-all-pairs = Všechny dvojice sítě
mentoring-section-no-pair = Město { $city } zatím nemá žádnou mentorskou dvojici.
mentoring-section-log-in = Přihlaste se
mentoring-section-log-in-after = jako redaktor města { $city }, chcete-li požádat jiné město o mentoring.
mentoring-requests-to = Žádosti adresované městu { $city }
mentoring-incoming-asks = žádá o mentoring ve stěžejní oblasti { $number }: { $title }
mentoring-suggested = Navrhovaní mentoři
mentoring-suggested-no-profile = Žádné návrhy: město nemá kontextový profil, s nímž by bylo možné srovnávat.
mentoring-suggested-none-qualifies = žádné město nesplňuje podmínky mentora pro město { $city }
mentoring-suggested-none = Žádný návrh: { $why }. O mentoring lze přesto požádat kterékoli město.
mentoring-suggested-rule = Města dnes podobná městu { $city }, s delší zkušeností s přistěhovalectvím a lepšími výsledky (pravidlo příkazu

mentoring-ask-title = Požádat jiné město o mentoring pro město { $city }
mentoring-ask-city = Město, které chcete požádat (název nebo kód)
mentoring-ask-other-city = nebo jiné město (název nebo kód)
mentoring-ask-city-placeholder = např. Zagreb nebo HR001C
mentoring-ask-area = Tematická oblast (nepovinné)
mentoring-ask-area-any = oblasti dané stěžejní oblasti
mentoring-ask-message = Co by se město { $city } chtělo naučit?
mentoring-ask-submit = Požádat o mentoring

mentoring-error-log-in = chcete-li požádat o mentoring nebo odpovědět na žádost, přihlaste se jako redaktor svého města
mentoring-error-choose-mentor = vyberte navrhovaného mentora nebo uveďte jiné město
mentoring-error-no-step = krok „{ $step }“ neexistuje (accept, decline, withdraw, end)
mentoring-error-not-public = veřejná mentorská dvojice { $id } neexistuje: chcete-li vidět žádosti svého města, přihlaste se
mentoring-error-unknown-city = „{ $code }“ není město v databázi: zadejte kód města Urban Audit, například HR004C (seznam vypíše `observatory list geographies --level city`)
mentoring-error-not-a-city = { $name } ({ $code }) je { $level }, nikoli město: mentoring probíhá mezi městy Urban Audit (kódy končící na C)
mentoring-error-self = { $name } nemůže být mentorem samo sobě: vyberte jiné město
mentoring-error-unknown-topic = „{ $given }“ není stěžejní oblast: vyberte jednu z těchto: { $known }
mentoring-error-unknown-area = „{ $given }“ není tematická oblast knihovny praxí: vyberte jednu z těchto: { $known }
mentoring-error-duplicate = { $mentee } už požádalo město { $mentor } o mentoring v oblasti { $topic } (žádost { $id }, stav „{ $status }“): pro každou dvojici a oblast může být otevřena jen jedna žádost
mentoring-error-cannot-accept = žádost o mentoring { $id } je ve stavu „{ $status }“: nelze ji přijmout
mentoring-error-cannot-decline = žádost o mentoring { $id } je ve stavu „{ $status }“: nelze ji odmítnout
mentoring-error-cannot-withdraw = žádost o mentoring { $id } je ve stavu „{ $status }“: nelze ji stáhnout
mentoring-error-cannot-end = žádost o mentoring { $id } je ve stavu „{ $status }“: nelze ji ukončit
mentoring-error-not-found = žádost o mentoring { $id } neexistuje

# Why a city is suggested as a mentor; the parts in brackets are comparisons "mentor vs mentee".
mentoring-reason = podobná dnes ({ $similar }); osoby narozené v zahraničí { $share_then } již v roce { $year_then } oproti { $share_first } v roce { $year_first } ({ $points } procentního bodu více zkušeností); výsledky (mentor oproti mentorovanému městu): { $outcomes }
mentoring-reason-better = { $outcome } (lépe)
