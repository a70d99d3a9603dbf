# Vlastné prieskumy mesta: stránky pre pracovníkov (dotazníky, zber údajov, pozvánky, váženie,
# výsledky) a stránky pre respondentov (jeden oddiel dotazníka na stránku). Vlastné texty
# dotazníka pochádzajú z formulára XLSForm mesta, v jazykoch, ktoré obsahuje.

nav-surveys = Prieskumy
surveys-title = Prieskumy
surveys-heading = Vlastné prieskumy mesta
surveys-lead = Mesto sa pýta migrantov a obyvateľov na ich život pomocou dotazníka, ktorý dodá vo formáte XLSForm (štandard nástrojov ODK a KoboToolbox). Odpovede sa vážia podľa obyvateľstva mesta a každý výsledok je odhad s intervalom; bunky s príliš malým počtom respondentov sa nezverejňujú.
surveys-invited-before = Boli ste pozvaní zúčastniť sa prieskumu?
surveys-invited-link = Zadajte svoj kód
surveys-own = Prieskumy Vášho mesta
surveys-col-survey = Prieskum
surveys-col-city = Mesto
surveys-col-access = Prístup
surveys-col-dates = Obdobie
surveys-col-status = Stav
surveys-col-questionnaire = Dotazník
surveys-col-version = Verzia
surveys-status-open = otvorený
surveys-status-closed = uzavretý
surveys-questionnaires = Dotazníky
surveys-no-questionnaires = Vaše mesto zatiaľ nemá žiadny dotazník.
surveys-download = stiahnuť
surveys-import-heading = Nahrať dotazník
surveys-import-note = Zošit XLSForm (.xlsx) s hárkami survey, choices a settings. Zmenený formulár sa stane novou verziou; verzia, ktorá sa už používa, sa nikdy nemení. Začnite od šablóny Observatória:
surveys-template-link = mestský prieskum medzi migrantmi (angličtina, nemčina, chorvátčina)
surveys-field-file = Zošit XLSForm
surveys-import-button = Skontrolovať a uložiť dotazník
surveys-form-problems = { $count ->
        [one] Dotazník má { $count } problém:
        [few] Dotazník má { $count } problémy:
        [many] Dotazník má { $count } problému:
       *[other] Dotazník má { $count } problémov:
    }
surveys-col-sheet = Hárok
surveys-col-row = Riadok
surveys-col-column = Stĺpec
surveys-col-problem = Problém
surveys-form-nothing-kept = Nič sa neuložilo. Opravte zošit a nahrajte ho znova.
surveys-open-heading = Spustiť prieskum
surveys-field-title = Názov prieskumu
surveys-respondents = Respondenti
surveys-mode-anonymous = Anonymne: žiadnu odpoveď nemožno spojiť s kódom, s ktorým bola podaná
surveys-mode-named = Menovite: mesto vie, kto odpovedal
surveys-mode-anonymous-short = anonymne
surveys-mode-named-short = menovite
surveys-access-invitation = Na pozvánku: jeden kód pre každého respondenta, odovzdaný na papieri alebo poštou
surveys-access-open = Otvorený odkaz: odpovedať môže ktokoľvek, kto má odkaz, každý s vlastným kódom na pokračovanie
surveys-access-invitation-short = na pozvánku
surveys-access-open-short = otvorený odkaz
surveys-field-opens = Otvára sa
surveys-field-closes = Uzatvára sa
surveys-open-button = Spustiť prieskum
surveys-questionnaire-line = Dotazník: { $title } — otázky: { $questions }, strany: { $pages }, jazyky: { $languages }.
surveys-anonymous-note = Anonymne: uložené odpovede nenesú žiadnu stopu kódu, s ktorým boli podané, a výsledky sa zobrazia až po uzavretí prieskumu.
surveys-responses = Odpovede
surveys-counts = Vydané kódy: { $issued }; zodpovedané: { $used }.
surveys-codes-heading = { $count ->
        [one] { $count } nový kód
        [few] { $count } nové kódy
        [many] { $count } nového kódu
       *[other] { $count } nových kódov
    }
surveys-codes-once = Vytlačte ich alebo ich odošlite teraz: Observatórium uchováva z každého kódu iba odtlačok (hash) a nemôže ich znova zobraziť.
surveys-open-link = Otvorený odkaz prieskumu:
surveys-issue = Vydať kódy
surveys-field-count = Koľko kódov
surveys-close = Uzavrieť prieskum
surveys-close-note = Po uzavretí sa už odpovede neprijímajú; výsledky potom možno vážiť a čítať.
surveys-weighting = Váženie
surveys-weighted = Vážené odpovede: { $weighted } (nemožno zaradiť: { $unplaced }); dizajnový efekt { $deff }, efektívna veľkosť vzorky { $neff }; váhy od { $min } do { $max }.
surveys-not-weighted = Zatiaľ nevážené: každý respondent sa počíta rovnako.
surveys-field-margins = Súbor s marginálnymi súčtami (TOML)
surveys-margins-hint = Obyvateľstvo mesta podľa kategórií otázok, na ktorých rozloženie sa odpovede kalibrujú (raking), napr. [[margin]] question = "sex", totals = {"{"} F = 51200, M = 48800 {"}"}; ten istý súbor ako pre „observatory survey weight“.
surveys-weight-button = Vážiť odpovede
surveys-store-margins-hint = Alebo vážte podľa toho, čo observatórium o meste má: obyvateľstvo narodené v krajine a v zahraničí (Eurostat urb_cpop1 a urb_cpopcb, posledný rok), podľa odpovedí na „birth_group“. Eurostat nemá pre mestá obyvateľstvo podľa pohlavia a veku: tieto marginály potrebujú súbor.
surveys-store-margins-button = Vážiť podľa obyvateľov narodených tu a v zahraničí
surveys-raked-to = Prevážené na: { $source }
surveys-results = Výsledky
surveys-see-results = Pozrieť výsledky
surveys-raw-responses = nespracované odpovede (CSV)
surveys-codebook = ich kódová kniha (JSON)
surveys-results-after-close = Výsledky anonymného prieskumu sa zobrazia po jeho uzavretí.
surveys-results-heading = Výsledky: { $title }
surveys-results-lead = Počet odpovedí: { $responses }.
surveys-results-weighted = Vážené podľa obyvateľstva mesta (raking).
surveys-results-unweighted = Nevážené: každý respondent sa počíta rovnako.
surveys-results-note = Podiely v percentách s 95 % intervalom; n je počet respondentov, ktorí odpovedali. Údaj založený na menej ako { $min } respondentoch sa nezverejňuje, rovnako ako údaj, z ktorého by ho bolo možné dopočítať; „u“ označuje údaj s nízkou spoľahlivosťou.
surveys-by = Členiť podľa
surveys-by-none = (bez členenia)
surveys-by-button = Zobraziť
surveys-download-csv = Stiahnuť odhady (CSV)
surveys-col-domain = Respondenti
surveys-col-answer = Odpoveď
surveys-col-estimate = Odhad
surveys-col-interval = 95 % interval
surveys-domain-all = všetci
surveys-domain-not-answered = neodpovedali
surveys-stat-mean = priemerné hodnotenie
surveys-stat-top-two = dva najvyššie stupne (podiel)
surveys-flag-low = nízka spoľahlivosť
surveys-withheld-small = nezverejnené: príliš málo respondentov
surveys-withheld-complementary = nezverejnené: prezradilo by malú bunku
surveys-withheld-unreliable = nezverejnené: príliš málo respondentov na spoľahlivý odhad
surveys-texts-withheld = { $count ->
        [one] { $count } odpoveď — nezverejnené: menej ako minimálny počet na výpis.
        [few] { $count } odpovede — nezverejnené: menej ako minimálny počet na výpis.
        [many] { $count } odpovede — nezverejnené: menej ako minimálny počet na výpis.
       *[other] { $count } odpovedí — nezverejnené: menej ako minimálny počet na výpis.
    }
surveys-error-log-in = Prihláste sa účtom svojho mesta, aby ste videli jeho prieskumy.
surveys-error-no-survey = Prieskum { $id } neexistuje.
surveys-error-no-questionnaire = Dotazník { $id } neexistuje.
surveys-error-no-file = Vyberte súbor na odoslanie.
surveys-error-questionnaire = Vyberte dotazník pre prieskum.
surveys-error-count = Zadajte počet kódov od 1 do { $max }.
surveys-error-margins-utf8 = Súbor s marginálnymi súčtami nie je text v kódovaní UTF-8: uložte ho ako obyčajný text (UTF-8) a odošlite ho znova.
surveys-error-margins = Súbor s marginálnymi súčtami nemožno prečítať: { $message }

survey-respond-title = Prieskum
survey-respond-cannot-open = Prieskum nemožno otvoriť
survey-respond-type-code = Zadajte svoj kód
survey-respond-entry-title = Odpovedať na prieskum
survey-respond-entry-lead = Zadajte kód zo svojho listu. Na pomlčkách a veľkých písmenách nezáleží.
survey-respond-code = Váš kód
survey-respond-open = Otvoriť prieskum
survey-respond-error-unknown-code = Tento kód neotvára žiadny prieskum: porovnajte ho s listom (na pomlčkách a veľkých písmenách nezáleží).
survey-respond-error-used = Tento kód už bol použitý: odpovede boli odoslané a nemožno s ním odpovedať znova.
survey-respond-error-closed = Prieskum je uzavretý: odpovede sa už neprijímajú.
survey-respond-error-invitation-only = Na tento prieskum sa odpovedá iba na pozvánku: použite kód zo svojho listu.
survey-respond-error-lost-code = Stránka prišla bez svojho kódu: otvorte prieskum znova zo svojho odkazu.
survey-respond-error-too-many = Z Vašej adresy sa v posledných minútach začalo príliš veľa prieskumov. Skúste to, prosím, neskôr.
survey-respond-languages = Jazyk dotazníka
survey-respond-page = Strana { $page }
survey-respond-review = Skontrolovať a odoslať
survey-respond-progress = Strana { $page } z { $pages }
survey-respond-progress-review = Všetky strany ({ $pages }) sú zodpovedané: skontrolujte a odošlite
survey-respond-problems = { $count ->
        [one] { $count } odpoveď si vyžaduje Vašu pozornosť:
        [few] { $count } odpovede si vyžadujú Vašu pozornosť:
        [many] { $count } odpovede si vyžaduje Vašu pozornosť:
       *[other] { $count } odpovedí si vyžaduje Vašu pozornosť:
    }
survey-respond-saved = Vaše odpovede sú uložené. Môžete sa vrátiť s tým istým odkazom.
survey-respond-more = Vaše odpovede otvorili na tejto stránke ďalšie otázky.
survey-respond-started = Váš kód je { $code }. Poznačte si ho: s ním sa môžete vrátiť a pokračovať tam, kde ste skončili.
survey-respond-required = (povinné)
survey-respond-next = Uložiť a pokračovať
survey-respond-save = Uložiť
survey-respond-previous = Späť
survey-respond-submit = Odoslať moje odpovede
survey-respond-answered = { $count ->
        [one] Zadali ste { $count } odpoveď.
        [few] Zadali ste { $count } odpovede.
        [many] Zadali ste { $count } odpovede.
       *[other] Zadali ste { $count } odpovedí.
    }
survey-respond-anonymous = Tento prieskum je anonymný: Vaše odpovede sa ukladajú bez akéhokoľvek spojenia s Vaším kódom a výsledky sa zverejňujú iba za skupiny najmenej piatich osôb.
survey-respond-named = Mesto vie, kto dostal Váš kód.
survey-respond-final = Po odoslaní už odpovede nemožno zmeniť. Prieskum sa uzatvára { $closes }.
survey-respond-pages = Strany dotazníka
survey-respond-thanks = Ďakujeme
survey-respond-submitted = Vaše odpovede na prieskum „{ $title }“ boli prijaté.
survey-respond-open-lead = Odpovedať môže ktokoľvek do { $closes }. Dostanete kód, s ktorým sa môžete vrátiť a pokračovať.
survey-respond-start = Začať prieskum
survey-problem-required = Odpoveď je povinná.
survey-problem-whole-number = „{ $value }“ nie je celé číslo.
survey-problem-number = „{ $value }“ nie je číslo.
survey-problem-date = „{ $value }“ nie je dátum.
survey-problem-choice = „{ $value }“ nie je žiadna z ponúkaných možností.
survey-problem-one-answer = Možno zadať iba jednu odpoveď.
survey-problem-constraint = Odpoveď nebola prijatá: skontrolujte ju.
survey-problem-not-a-question = Toto nie je otázka z tejto stránky.

# Publication of a survey's results and a city's surveys over time (on its opinion page).
surveys-publication = Zverejnenie
surveys-published = Výsledky sú zverejnené.
surveys-published-link = Zobraziť zverejnené výsledky
surveys-submitted = Výsledky má schvaľovateľ:
surveys-submission-link = podanie { $id }
surveys-publish-after-close = Výsledky možno odoslať na zverejnenie, keď je prieskum uzavretý.
surveys-submit-note = Výsledky, ako sú teraz (s váhami; malé bunky zadržané), idú zmrazené schvaľovateľovi mesta; slovné odpovede sa počítajú, nikdy nezverejňujú.
surveys-submit-button = Odoslať výsledky na zverejnenie
surveys-not-submitted = Výsledky neboli odoslané na zverejnenie.
surveys-error-unpublished = Prieskum { $id } nemá zverejnené výsledky.
surveys-published-lead = Výsledky prieskumu mesta { $city }, vykonaného od { $opens } do { $closes }, s { $responses } odpoveďami, ako ich mesto zverejnilo.
surveys-texts-not-published = { $count } slovných odpovedí: spočítané, nezverejnené (veta môže prezradiť pisateľa).
surveys-own-heading = Vlastné prieskumy mesta { $city }
surveys-own-intro = Na čo sa mesto { $city } pýtalo vo vlastných prieskumoch, ako zverejnilo výsledky. Medzi dvoma kolami toho istého dotazníka sa porovnáva každý údaj celej vzorky zverejnený v oboch.
surveys-own-responses = { $responses } odpovedí
surveys-own-nothing-to-compare = { $before } a { $after } nemajú údaj zverejnený v oboch na porovnanie.
surveys-own-caption = Od { $before } do { $after }: každý údaj s 95 % intervalom, zmena a pravdepodobnosť, že je skutočná
surveys-col-question = Otázka
surveys-own-col-change = Zmena (body)
surveys-own-col-probability = Pravdepodobnosť, že je zmena skutočná
surveys-own-col-verdict = Hodnotenie
surveys-own-method = Obe kolá sú nezávislé vzorky: smerodajná chyba zmeny je √(SE₁² + SE₂²). Pravdepodobnosť, že je zmena skutočná, je Φ(|z|), pravdepodobnosť pri rovnomernom apriórnom rozdelení, že skutočná zmena má pozorované znamienko; rast alebo pokles sa uvádza pri p < 5 %.
surveys-own-rose = vzrástol (p = { $p })
surveys-own-fell = klesol (p = { $p })
surveys-own-no-change = bez zjavnej zmeny (p = { $p })

# The questionnaire editor (/surveys/questionnaires/<id>/edit).
editor-title = Úpravy: { $title }
editor-lead = Verzia { $version }. Vyberte otázky, preformulujte ich a ich nápovedy v každom jazyku, určte, ktoré odpovede sú povinné, a pomenujte stránky; dotazník sa uloží ako ďalšia verzia (vykonaná verzia sa nikdy nemení).
editor-xlsform-note = Nové otázky, zoznamy možností a vetvenie sa píšu v XLSForm:
editor-xlsform-link = stiahnuť túto verziu ako XLSForm
editor-questionnaire-title = Názov dotazníka
editor-page = Stránka { $number }
editor-page-title = Názov stránky
editor-save = Uložiť ako ďalšiu verziu
editor-keep = Položiť túto otázku
editor-required = Odpoveď je povinná
editor-asked-when = Kladená, keď: { $condition }
editor-wording = Znenie ({ $language })
editor-hints = Nápovedy
editor-hint = Nápoveda ({ $language })
editor-edit-link = upraviť
editor-start-heading = Začať od šablóny
editor-start-note = Dotazník observatória pre ľudí, ktorí sa do mesta prisťahovali (angličtina, nemčina, chorvátčina): uložte si ho pre svoje mesto a potom v editore vyberte a preformulujte jeho otázky.
editor-start-button = Začať od šablóny
