# Vlastite ankete grada: stranice za djelatnike (upitnici, provedba, pozivi, ponderiranje,
# rezultati) i stranice za ispitanike (jedan odjeljak upitnika po stranici). Tekstovi samoga
# upitnika dolaze iz gradskoga obrasca XLSForm, na jezicima koje on sadrži.

nav-surveys = Ankete
surveys-title = Ankete
surveys-heading = Vlastite ankete grada
surveys-lead = Grad pita migrante i stanovnike o njihovu životu upitnikom koji donosi u formatu XLSForm (standard alata ODK i KoboToolbox). Odgovori se ponderiraju prema stanovništvu grada, a svaki je rezultat procjena s pripadajućim intervalom; ćelije s premalo ispitanika nisu prikazane.
surveys-invited-before = Pozvani ste da odgovorite na anketu?
surveys-invited-link = Upišite svoj kod
surveys-own = Ankete Vašega grada
surveys-col-survey = Anketa
surveys-col-city = Grad
surveys-col-access = Pristup
surveys-col-dates = Razdoblje
surveys-col-status = Status
surveys-col-questionnaire = Upitnik
surveys-col-version = Verzija
surveys-status-open = otvorena
surveys-status-closed = zatvorena
surveys-questionnaires = Upitnici
surveys-no-questionnaires = Vaš grad još nema nijedan upitnik.
surveys-download = preuzmite
surveys-import-heading = Dodajte upitnik
surveys-import-note = Radna knjiga XLSForm (.xlsx) s listovima survey, choices i settings. Izmijenjeni obrazac postaje nova verzija; verzija koja se već koristi nikada se ne mijenja. Počnite od predloška Opservatorija:
surveys-template-link = gradska anketa među migrantima (engleski, njemački, hrvatski)
surveys-field-file = Radna knjiga XLSForm
surveys-import-button = Provjerite i spremite upitnik
surveys-form-problems = { $count ->
        [one] Upitnik ima { $count } problem:
        [few] Upitnik ima { $count } problema:
       *[other] Upitnik ima { $count } problema:
    }
surveys-col-sheet = List
surveys-col-row = Redak
surveys-col-column = Stupac
surveys-col-problem = Problem
surveys-form-nothing-kept = Ništa nije spremljeno. Ispravite radnu knjigu i ponovno je dodajte.
surveys-open-heading = Pokrenite anketu
surveys-field-title = Naslov ankete
surveys-respondents = Ispitanici
surveys-mode-anonymous = Anonimno: nijedan odgovor ne može se povezati s kodom uz koji je dan
surveys-mode-named = Imenom: grad zna tko je odgovorio
surveys-mode-anonymous-short = anonimno
surveys-mode-named-short = imenom
surveys-access-invitation = Na poziv: jedan kod po ispitaniku, uručen na papiru ili poslan poštom
surveys-access-open = Otvorena poveznica: odgovoriti može svatko tko ima poveznicu, svatko s vlastitim kodom za nastavak
surveys-access-invitation-short = na poziv
surveys-access-open-short = otvorena poveznica
surveys-field-opens = Otvara se
surveys-field-closes = Zatvara se
surveys-open-button = Pokrenite anketu
surveys-questionnaire-line = Upitnik: { $title } — pitanja: { $questions }, stranica: { $pages }, jezici: { $languages }.
surveys-anonymous-note = Anonimno: spremljeni odgovori ne nose nikakav trag koda uz koji su dani, a rezultati se prikazuju tek kada se anketa zatvori.
surveys-responses = Odgovori
surveys-counts = Izdano kodova: { $issued }; odgovoreno: { $used }.
surveys-codes-heading = { $count ->
        [one] { $count } novi kod
        [few] { $count } nova koda
       *[other] { $count } novih kodova
    }
surveys-codes-once = Ispišite ih ili pošaljite sada: Opservatorij čuva samo otisak (hash) svakoga koda i ne može ih ponovno prikazati.
surveys-open-link = Otvorena poveznica ankete:
surveys-issue = Izdajte kodove
surveys-field-count = Koliko kodova
surveys-close = Zatvorite anketu
surveys-close-note = Nakon zatvaranja više se ne primaju odgovori; rezultati se tada mogu ponderirati i čitati.
surveys-weighting = Ponderiranje
surveys-weighted = Ponderirani odgovori: { $weighted } (nije ih se moglo razvrstati: { $unplaced }); učinak dizajna { $deff }, efektivna veličina uzorka { $neff }; ponderi od { $min } do { $max }.
surveys-not-weighted = Još nije ponderirano: svaki se ispitanik računa jednako.
surveys-field-margins = Datoteka marginalnih zbrojeva (TOML)
surveys-margins-hint = Stanovništvo grada po kategorijama pitanja prema kojima se odgovori usklađuju (raking), npr. [[margin]] question = "sex", totals = {"{"} F = 51200, M = 48800 {"}"}; ista datoteka kao za „observatory survey weight”.
surveys-weight-button = Ponderirajte odgovore
surveys-store-margins-hint = Ili ponderirajte prema onome što opservatorij ima za grad: stanovništvo rođeno u zemlji i u inozemstvu (Eurostat urb_cpop1 i urb_cpopcb, posljednja godina), prema odgovorima na „birth_group“. Eurostat nema stanovništvo gradova po spolu i dobi: za te su margine potrebne datoteke.
surveys-store-margins-button = Ponderiraj prema stanovništvu rođenom ovdje i u inozemstvu
surveys-raked-to = Prilagođeno prema: { $source }
surveys-results = Rezultati
surveys-see-results = Pogledajte rezultate
surveys-raw-responses = neobrađeni odgovori (CSV)
surveys-codebook = njihova knjiga šifri (JSON)
surveys-results-after-close = Rezultati anonimne ankete prikazuju se nakon njezina zatvaranja.
surveys-results-heading = Rezultati: { $title }
surveys-results-lead = Broj odgovora: { $responses }.
surveys-results-weighted = Ponderirano prema stanovništvu grada (raking).
surveys-results-unweighted = Neponderirano: svaki se ispitanik računa jednako.
surveys-results-note = Udjeli u postotcima s intervalom od 95 %; n je broj ispitanika koji su odgovorili. Brojka dobivena od manje od { $min } ispitanika nije prikazana, kao ni brojka iz koje bi se ona mogla izračunati; „u” označava brojku niske pouzdanosti.
surveys-by = Raščlanite po
surveys-by-none = (bez raščlambe)
surveys-by-button = Prikažite
surveys-download-csv = Preuzmite procjene (CSV)
surveys-col-domain = Ispitanici
surveys-col-answer = Odgovor
surveys-col-estimate = Procjena
surveys-col-interval = Interval od 95 %
surveys-domain-all = svi
surveys-domain-not-answered = nisu odgovorili
surveys-stat-mean = prosječna ocjena
surveys-stat-top-two = dvije najviše ocjene (udio)
surveys-flag-low = niska pouzdanost
surveys-withheld-small = nije prikazano: premalo ispitanika
surveys-withheld-complementary = nije prikazano: otkrilo bi malu ćeliju
surveys-withheld-unreliable = nije prikazano: premalo ispitanika za pouzdanu procjenu
surveys-texts-withheld = { $count ->
        [one] { $count } odgovor, nije prikazan: manje od najmanjeg broja potrebnog za popis.
        [few] { $count } odgovora, nisu prikazana: manje od najmanjeg broja potrebnog za popis.
       *[other] { $count } odgovora, nisu prikazana: manje od najmanjeg broja potrebnog za popis.
    }
surveys-error-log-in = Prijavite se računom svojega grada da biste vidjeli njegove ankete.
surveys-error-no-survey = Ne postoji anketa { $id }.
surveys-error-no-questionnaire = Ne postoji upitnik { $id }.
surveys-error-no-file = Odaberite datoteku koju želite poslati.
surveys-error-questionnaire = Odaberite upitnik za anketu.
surveys-error-count = Upišite broj kodova od 1 do { $max }.
surveys-error-margins-utf8 = Datoteka marginalnih zbrojeva nije tekst u UTF-8: spremite je kao običan tekst (UTF-8) i ponovno je pošaljite.
surveys-error-margins = Datoteka marginalnih zbrojeva ne može se pročitati: { $message }

survey-respond-title = Anketa
survey-respond-cannot-open = Anketa se ne može otvoriti
survey-respond-type-code = Upišite svoj kod
survey-respond-entry-title = Odgovorite na anketu
survey-respond-entry-lead = Upišite kod iz svojega pisma. Crtice i velika slova nisu važni.
survey-respond-code = Vaš kod
survey-respond-open = Otvorite anketu
survey-respond-error-unknown-code = Ovim se kodom ne otvara nijedna anketa: usporedite ga s pismom (crtice i velika slova nisu važni).
survey-respond-error-used = Ovaj je kod već iskorišten: odgovori su poslani i s njim se ne može ponovno odgovoriti.
survey-respond-error-closed = Anketa je zatvorena: odgovori se više ne primaju.
survey-respond-error-invitation-only = Na ovu se anketu odgovara samo na poziv: upotrijebite kod iz svojega pisma.
survey-respond-error-lost-code = Stranica je stigla bez svojega koda: ponovno otvorite anketu putem svoje poveznice.
survey-respond-error-too-many = S Vaše je adrese u posljednjih nekoliko minuta započeto previše anketa. Pokušajte ponovno kasnije.
survey-respond-languages = Jezik upitnika
survey-respond-page = Stranica { $page }
survey-respond-review = Provjerite i pošaljite
survey-respond-progress = Stranica { $page } od { $pages }
survey-respond-progress-review = Odgovorili ste na sve stranice ({ $pages }): provjerite i pošaljite
survey-respond-problems = { $count ->
        [one] { $count } odgovor zahtijeva Vašu pozornost:
        [few] { $count } odgovora zahtijevaju Vašu pozornost:
       *[other] { $count } odgovora zahtijeva Vašu pozornost:
    }
survey-respond-saved = Vaši su odgovori spremljeni. Možete se vratiti istom poveznicom.
survey-respond-more = Vaši su odgovori otvorili dodatna pitanja na ovoj stranici.
survey-respond-started = Vaš je kod { $code }. Zapišite ga: s njim se možete vratiti i nastaviti ondje gdje ste stali.
survey-respond-required = (obvezno)
survey-respond-next = Spremite i nastavite
survey-respond-save = Spremite
survey-respond-previous = Natrag
survey-respond-submit = Pošaljite moje odgovore
survey-respond-answered = { $count ->
        [one] Dali ste { $count } odgovor.
        [few] Dali ste { $count } odgovora.
       *[other] Dali ste { $count } odgovora.
    }
survey-respond-anonymous = Ova je anketa anonimna: Vaši se odgovori spremaju bez ikakve veze s Vašim kodom, a rezultati se objavljuju samo za skupine od najmanje pet osoba.
survey-respond-named = Grad zna tko je primio Vaš kod.
survey-respond-final = Nakon slanja odgovori se više ne mogu mijenjati. Anketa se zatvara { $closes }.
survey-respond-pages = Stranice upitnika
survey-respond-thanks = Hvala Vam
survey-respond-submitted = Vaši su odgovori na anketu „{ $title }” primljeni.
survey-respond-open-lead = Odgovoriti može svatko do { $closes }. Dobit ćete kod s kojim se možete vratiti i nastaviti.
survey-respond-start = Započnite anketu
survey-problem-required = Odgovor je obvezan.
survey-problem-whole-number = „{ $value }” nije cijeli broj.
survey-problem-number = „{ $value }” nije broj.
survey-problem-date = „{ $value }” nije datum.
survey-problem-choice = „{ $value }” nije jedan od ponuđenih odgovora.
survey-problem-one-answer = Može se dati samo jedan odgovor.
survey-problem-constraint = Odgovor nije prihvaćen: provjerite ga.
survey-problem-not-a-question = Ovo nije pitanje s ove stranice.

# Publication of a survey's results and a city's surveys over time (on its opinion page).
surveys-publication = Objava
surveys-published = Rezultati su objavljeni.
surveys-published-link = Pogledajte objavljene rezultate
surveys-submitted = Rezultati su kod odobravatelja:
surveys-submission-link = podnesak { $id }
surveys-publish-after-close = Rezultati se mogu poslati na objavu kad se istraživanje zatvori.
surveys-submit-note = Rezultati kakvi su sada (s ponderima; male ćelije zadržane) idu zamrznuti odobravatelju grada; odgovori riječima se broje, nikad ne objavljuju.
surveys-submit-button = Pošalji rezultate na objavu
surveys-not-submitted = Rezultati nisu poslani na objavu.
surveys-error-unpublished = Istraživanje { $id } nema objavljenih rezultata.
surveys-published-lead = Rezultati istraživanja grada { $city }, provedenog od { $opens } do { $closes }, s { $responses } odgovora, kako ih je grad objavio.
surveys-texts-not-published = { $count } odgovora riječima: prebrojeno, ne objavljeno (rečenica može otkriti autora).
surveys-own-heading = Vlastita istraživanja grada { $city }
surveys-own-intro = Što je grad { $city } pitao u vlastitim istraživanjima, kako je objavio rezultate. Između dvaju krugova istog upitnika uspoređuje se svaki podatak cijelog uzorka objavljen u oba.
surveys-own-responses = { $responses } odgovora
surveys-own-nothing-to-compare = { $before } i { $after } nemaju podatak objavljen u oba za usporedbu.
surveys-own-caption = Od { $before } do { $after }: svaki podatak s intervalom od 95 %, promjena i vjerojatnost da je stvarna
surveys-col-question = Pitanje
surveys-own-col-change = Promjena (bodovi)
surveys-own-col-probability = Vjerojatnost da je promjena stvarna
surveys-own-col-verdict = Ocjena
surveys-own-method = Dva su kruga neovisni uzorci: standardna pogreška promjene je √(SE₁² + SE₂²). Vjerojatnost da je promjena stvarna je Φ(|z|), vjerojatnost uz ravnu apriornu razdiobu da prava promjena ima opaženi predznak; rast ili pad navodi se kad je p < 5 %.
surveys-own-rose = porast (p = { $p })
surveys-own-fell = pad (p = { $p })
surveys-own-no-change = nema jasne promjene (p = { $p })

# The questionnaire editor (/surveys/questionnaires/<id>/edit).
editor-title = Uređivanje: { $title }
editor-lead = Verzija { $version }. Odaberite pitanja, preoblikujte ih i njihove upute na svakom jeziku, odredite koji su odgovori obvezni i naslovite stranice; upitnik se sprema kao sljedeća verzija (provedena verzija nikad se ne mijenja).
editor-xlsform-note = Nova pitanja, popisi izbora i preskakanje pišu se u XLSForm-u:
editor-xlsform-link = preuzmite ovu verziju kao XLSForm
editor-questionnaire-title = Naslov upitnika
editor-page = Stranica { $number }
editor-page-title = Naslov stranice
editor-save = Spremi kao sljedeću verziju
editor-keep = Postavi ovo pitanje
editor-required = Odgovor je obvezan
editor-asked-when = Postavlja se kada: { $condition }
editor-wording = Tekst ({ $language })
editor-hints = Upute
editor-hint = Uputa ({ $language })
editor-edit-link = uredi
editor-start-heading = Počnite od predloška
editor-start-note = Upitnik opservatorija za ljude koji su doselili u grad (engleski, njemački, hrvatski): spremite ga za svoj grad, zatim u uređivaču odaberite i preoblikujte pitanja.
editor-start-button = Počnite od predloška
