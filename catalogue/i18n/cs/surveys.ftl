# Vlastní průzkumy města: stránky pro pracovníky (dotazníky, sběr dat, pozvánky, vážení,
# výsledky) a stránky pro respondenty (jeden oddíl dotazníku na stránku). Vlastní texty
# dotazníku pocházejí z formuláře XLSForm města, v jazycích, které obsahuje.

nav-surveys = Průzkumy
surveys-title = Průzkumy
surveys-heading = Vlastní průzkumy města
surveys-lead = Město se ptá migrantů a obyvatel na jejich život pomocí dotazníku, který dodá ve formátu XLSForm (standard nástrojů ODK a KoboToolbox). Odpovědi se váží podle obyvatelstva města a každý výsledek je odhad s intervalem; buňky s příliš malým počtem respondentů se nezveřejňují.
surveys-invited-before = Byli jste pozváni k účasti v průzkumu?
surveys-invited-link = Zadejte svůj kód
surveys-own = Průzkumy Vašeho města
surveys-col-survey = Průzkum
surveys-col-city = Město
surveys-col-access = Přístup
surveys-col-dates = Období
surveys-col-status = Stav
surveys-col-questionnaire = Dotazník
surveys-col-version = Verze
surveys-status-open = otevřený
surveys-status-closed = uzavřený
surveys-questionnaires = Dotazníky
surveys-no-questionnaires = Vaše město zatím nemá žádný dotazník.
surveys-download = stáhnout
surveys-import-heading = Nahrát dotazník
surveys-import-note = Sešit XLSForm (.xlsx) s listy survey, choices a settings. Změněný formulář se stane novou verzí; verze, která se již používá, se nikdy nemění. Začněte od šablony Observatoře:
surveys-template-link = městský průzkum mezi migranty (angličtina, němčina, chorvatština)
surveys-field-file = Sešit XLSForm
surveys-import-button = Zkontrolovat a uložit dotazník
surveys-form-problems = { $count ->
        [one] Dotazník má { $count } problém:
        [few] Dotazník má { $count } problémy:
        [many] Dotazník má { $count } problému:
       *[other] Dotazník má { $count } problémů:
    }
surveys-col-sheet = List
surveys-col-row = Řádek
surveys-col-column = Sloupec
surveys-col-problem = Problém
surveys-form-nothing-kept = Nic nebylo uloženo. Opravte sešit a nahrajte jej znovu.
surveys-open-heading = Spustit průzkum
surveys-field-title = Název průzkumu
surveys-respondents = Respondenti
surveys-mode-anonymous = Anonymně: žádnou odpověď nelze spojit s kódem, se kterým byla podána
surveys-mode-named = Jmenovitě: město ví, kdo odpověděl
surveys-mode-anonymous-short = anonymně
surveys-mode-named-short = jmenovitě
surveys-access-invitation = Na pozvánku: jeden kód pro každého respondenta, předaný na papíře nebo poštou
surveys-access-open = Otevřený odkaz: odpovědět může kdokoli, kdo má odkaz, každý s vlastním kódem pro pokračování
surveys-access-invitation-short = na pozvánku
surveys-access-open-short = otevřený odkaz
surveys-field-opens = Otevírá se
surveys-field-closes = Uzavírá se
surveys-open-button = Spustit průzkum
surveys-questionnaire-line = Dotazník: { $title } — otázky: { $questions }, strany: { $pages }, jazyky: { $languages }.
surveys-anonymous-note = Anonymně: uložené odpovědi nenesou žádnou stopu kódu, se kterým byly podány, a výsledky se zobrazí teprve po uzavření průzkumu.
surveys-responses = Odpovědi
surveys-counts = Vydané kódy: { $issued }; zodpovězeno: { $used }.
surveys-codes-heading = { $count ->
        [one] { $count } nový kód
        [few] { $count } nové kódy
        [many] { $count } nového kódu
       *[other] { $count } nových kódů
    }
surveys-codes-once = Vytiskněte je nebo je odešlete nyní: Observatoř uchovává z každého kódu pouze otisk (hash) a nemůže je znovu zobrazit.
surveys-open-link = Otevřený odkaz průzkumu:
surveys-issue = Vydat kódy
surveys-field-count = Kolik kódů
surveys-close = Uzavřít průzkum
surveys-close-note = Po uzavření se již odpovědi nepřijímají; výsledky pak lze vážit a číst.
surveys-weighting = Vážení
surveys-weighted = Vážené odpovědi: { $weighted } (nelze zařadit: { $unplaced }); designový efekt { $deff }, efektivní velikost vzorku { $neff }; váhy od { $min } do { $max }.
surveys-not-weighted = Zatím neváženo: každý respondent se počítá stejně.
surveys-field-margins = Soubor s marginálními součty (TOML)
surveys-margins-hint = Obyvatelstvo města podle kategorií otázek, na jejichž rozložení se odpovědi kalibrují (raking), např. [[margin]] question = "sex", totals = {"{"} F = 51200, M = 48800 {"}"}; stejný soubor jako pro „observatory survey weight“.
surveys-weight-button = Vážit odpovědi
surveys-store-margins-hint = Nebo vážte podle toho, co observatoř o městě má: obyvatelstvo narozené v zemi a v zahraničí (Eurostat urb_cpop1 a urb_cpopcb, poslední rok), podle odpovědí na „birth_group“. Eurostat nemá pro města obyvatelstvo podle pohlaví a věku: tyto marginály potřebují soubor.
surveys-store-margins-button = Vážit podle obyvatel narozených zde a v zahraničí
surveys-raked-to = Převáženo na: { $source }
surveys-results = Výsledky
surveys-see-results = Zobrazit výsledky
surveys-raw-responses = nezpracované odpovědi (CSV)
surveys-codebook = jejich kódová kniha (JSON)
surveys-results-after-close = Výsledky anonymního průzkumu se zobrazí po jeho uzavření.
surveys-results-heading = Výsledky: { $title }
surveys-results-lead = Počet odpovědí: { $responses }.
surveys-results-weighted = Váženo podle obyvatelstva města (raking).
surveys-results-unweighted = Neváženo: každý respondent se počítá stejně.
surveys-results-note = Podíly v procentech s 95% intervalem; n je počet respondentů, kteří odpověděli. Údaj založený na méně než { $min } respondentech se nezveřejňuje, stejně jako údaj, z něhož by jej bylo možné dopočítat; „u“ označuje údaj s nízkou spolehlivostí.
surveys-by = Členit podle
surveys-by-none = (bez členění)
surveys-by-button = Zobrazit
surveys-download-csv = Stáhnout odhady (CSV)
surveys-col-domain = Respondenti
surveys-col-answer = Odpověď
surveys-col-estimate = Odhad
surveys-col-interval = 95% interval
surveys-domain-all = všichni
surveys-domain-not-answered = neodpověděli
surveys-stat-mean = průměrné hodnocení
surveys-stat-top-two = dva nejvyšší stupně (podíl)
surveys-flag-low = nízká spolehlivost
surveys-withheld-small = nezveřejněno: příliš málo respondentů
surveys-withheld-complementary = nezveřejněno: prozradilo by malou buňku
surveys-withheld-unreliable = nezveřejněno: příliš málo respondentů pro spolehlivý odhad
surveys-texts-withheld = { $count ->
        [one] { $count } odpověď — nezveřejněno: méně než minimální počet pro výpis.
        [few] { $count } odpovědi — nezveřejněno: méně než minimální počet pro výpis.
        [many] { $count } odpovědi — nezveřejněno: méně než minimální počet pro výpis.
       *[other] { $count } odpovědí — nezveřejněno: méně než minimální počet pro výpis.
    }
surveys-error-log-in = Přihlaste se účtem svého města, abyste viděli jeho průzkumy.
surveys-error-no-survey = Průzkum { $id } neexistuje.
surveys-error-no-questionnaire = Dotazník { $id } neexistuje.
surveys-error-no-file = Vyberte soubor k odeslání.
surveys-error-questionnaire = Vyberte dotazník pro průzkum.
surveys-error-count = Zadejte počet kódů od 1 do { $max }.
surveys-error-margins-utf8 = Soubor s marginálními součty není text v kódování UTF-8: uložte jej jako prostý text (UTF-8) a odešlete jej znovu.
surveys-error-margins = Soubor s marginálními součty nelze přečíst: { $message }

survey-respond-title = Průzkum
survey-respond-cannot-open = Průzkum nelze otevřít
survey-respond-type-code = Zadejte svůj kód
survey-respond-entry-title = Odpovědět na průzkum
survey-respond-entry-lead = Zadejte kód ze svého dopisu. Na pomlčkách a velkých písmenech nezáleží.
survey-respond-code = Váš kód
survey-respond-open = Otevřít průzkum
survey-respond-error-unknown-code = Tento kód neotevírá žádný průzkum: porovnejte jej s dopisem (na pomlčkách a velkých písmenech nezáleží).
survey-respond-error-used = Tento kód již byl použit: odpovědi byly odeslány a nelze s ním odpovědět znovu.
survey-respond-error-closed = Průzkum je uzavřen: odpovědi se již nepřijímají.
survey-respond-error-invitation-only = Na tento průzkum se odpovídá pouze na pozvánku: použijte kód ze svého dopisu.
survey-respond-error-lost-code = Stránka přišla bez svého kódu: otevřete průzkum znovu ze svého odkazu.
survey-respond-error-too-many = Z Vaší adresy bylo v posledních minutách zahájeno příliš mnoho průzkumů. Zkuste to prosím později.
survey-respond-languages = Jazyk dotazníku
survey-respond-page = Strana { $page }
survey-respond-review = Zkontrolovat a odeslat
survey-respond-progress = Strana { $page } z { $pages }
survey-respond-progress-review = Všechny strany ({ $pages }) jsou zodpovězeny: zkontrolujte a odešlete
survey-respond-problems = { $count ->
        [one] { $count } odpověď vyžaduje Vaši pozornost:
        [few] { $count } odpovědi vyžadují Vaši pozornost:
        [many] { $count } odpovědi vyžaduje Vaši pozornost:
       *[other] { $count } odpovědí vyžaduje Vaši pozornost:
    }
survey-respond-saved = Vaše odpovědi jsou uloženy. Můžete se vrátit se stejným odkazem.
survey-respond-more = Vaše odpovědi otevřely na této stránce další otázky.
survey-respond-started = Váš kód je { $code }. Poznamenejte si jej: s ním se můžete vrátit a pokračovat tam, kde jste skončili.
survey-respond-required = (povinné)
survey-respond-next = Uložit a pokračovat
survey-respond-save = Uložit
survey-respond-previous = Zpět
survey-respond-submit = Odeslat mé odpovědi
survey-respond-answered = { $count ->
        [one] Zadali jste { $count } odpověď.
        [few] Zadali jste { $count } odpovědi.
        [many] Zadali jste { $count } odpovědi.
       *[other] Zadali jste { $count } odpovědí.
    }
survey-respond-anonymous = Tento průzkum je anonymní: Vaše odpovědi se ukládají bez jakéhokoli spojení s Vaším kódem a výsledky se zveřejňují pouze za skupiny nejméně pěti osob.
survey-respond-named = Město ví, kdo obdržel Váš kód.
survey-respond-final = Po odeslání již odpovědi nelze změnit. Průzkum se uzavírá { $closes }.
survey-respond-pages = Strany dotazníku
survey-respond-thanks = Děkujeme
survey-respond-submitted = Vaše odpovědi na průzkum „{ $title }“ byly přijaty.
survey-respond-open-lead = Odpovědět může kdokoli do { $closes }. Obdržíte kód, se kterým se můžete vrátit a pokračovat.
survey-respond-start = Zahájit průzkum
survey-problem-required = Odpověď je povinná.
survey-problem-whole-number = „{ $value }“ není celé číslo.
survey-problem-number = „{ $value }“ není číslo.
survey-problem-date = „{ $value }“ není datum.
survey-problem-choice = „{ $value }“ není žádná z nabízených možností.
survey-problem-one-answer = Lze zadat pouze jednu odpověď.
survey-problem-constraint = Odpověď nebyla přijata: zkontrolujte ji.
survey-problem-not-a-question = Toto není otázka z této stránky.

# Publication of a survey's results and a city's surveys over time (on its opinion page).
surveys-publication = Zveřejnění
surveys-published = Výsledky jsou zveřejněny.
surveys-published-link = Zobrazit zveřejněné výsledky
surveys-submitted = Výsledky má schvalovatel:
surveys-submission-link = podání { $id }
surveys-publish-after-close = Výsledky lze odeslat ke zveřejnění, jakmile je šetření uzavřeno.
surveys-submit-note = Výsledky, jak jsou nyní (s vahami; malé buňky zadrženy), jdou zmrazené schvalovateli města; slovní odpovědi se počítají, nikdy nezveřejňují.
surveys-submit-button = Odeslat výsledky ke zveřejnění
surveys-not-submitted = Výsledky nebyly odeslány ke zveřejnění.
surveys-error-unpublished = Šetření { $id } nemá zveřejněné výsledky.
surveys-published-lead = Výsledky šetření města { $city }, prováděného od { $opens } do { $closes }, s { $responses } odpověďmi, jak je město zveřejnilo.
surveys-texts-not-published = { $count } slovních odpovědí: spočteno, nezveřejněno (věta může prozradit pisatele).
surveys-own-heading = Vlastní šetření města { $city }
surveys-own-intro = Na co se město { $city } ptalo ve vlastních šetřeních, jak zveřejnilo výsledky. Mezi dvěma koly téhož dotazníku se porovnává každý údaj celého vzorku zveřejněný v obou.
surveys-own-responses = { $responses } odpovědí
surveys-own-nothing-to-compare = { $before } a { $after } nemají údaj zveřejněný v obou ke srovnání.
surveys-own-caption = Od { $before } do { $after }: každý údaj s 95% intervalem, změna a pravděpodobnost, že je skutečná
surveys-col-question = Otázka
surveys-own-col-change = Změna (body)
surveys-own-col-probability = Pravděpodobnost, že je změna skutečná
surveys-own-col-verdict = Hodnocení
surveys-own-method = Obě kola jsou nezávislé vzorky: směrodatná chyba změny je √(SE₁² + SE₂²). Pravděpodobnost, že je změna skutečná, je Φ(|z|), pravděpodobnost při rovnoměrném apriorním rozdělení, že skutečná změna má pozorované znaménko; růst nebo pokles se uvádí při p < 5 %.
surveys-own-rose = vzrostl (p = { $p })
surveys-own-fell = klesl (p = { $p })
surveys-own-no-change = bez zřejmé změny (p = { $p })

# The questionnaire editor (/surveys/questionnaires/<id>/edit).
editor-title = Úpravy: { $title }
editor-lead = Verze { $version }. Vyberte otázky, přeformulujte je a jejich nápovědy v každém jazyce, určete, které odpovědi jsou povinné, a pojmenujte stránky; dotazník se uloží jako další verze (provedená verze se nikdy nemění).
editor-xlsform-note = Nové otázky, seznamy možností a větvení se píší v XLSForm:
editor-xlsform-link = stáhnout tuto verzi jako XLSForm
editor-questionnaire-title = Název dotazníku
editor-page = Stránka { $number }
editor-page-title = Název stránky
editor-save = Uložit jako další verzi
editor-keep = Položit tuto otázku
editor-required = Odpověď je povinná
editor-asked-when = Kladena, když: { $condition }
editor-wording = Znění ({ $language })
editor-hints = Nápovědy
editor-hint = Nápověda ({ $language })
editor-edit-link = upravit
editor-start-heading = Začít od šablony
editor-start-note = Dotazník observatoře pro lidi, kteří se do města přistěhovali (angličtina, němčina, chorvatština): uložte si ho pro své město a pak v editoru vyberte a přeformulujte jeho otázky.
editor-start-button = Začít od šablony
