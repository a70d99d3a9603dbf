audits-title = Audity
audits-heading = Společné hodnocení politik
audits-lead = Městský úřad, další veřejné orgány, občanská společnost, zástupci migrantů a uprchlíků, zaměstnavatelé a výzkumníci hodnotí tytéž otázky k deseti stěžejním oblastem komplexního přístupu k integraci. Výsledky ukazují, kde se jejich pohledy rozcházejí a kde jsou úzká místa; městská agenda integrace z nich vytváří cíle, opatření a cílové hodnoty.
audits-invited-before = Byli jste pozváni k odpovědi?
audits-invited-link = Zadejte svůj kód
audits-invited-after = nebo použijte odkaz, který jste obdrželi.
audits-own-rounds = Kola Vašeho města
audits-published = Zveřejněné výsledky
audits-none-published = Žádné město zatím nezveřejnilo výsledky auditu.
audits-col-round = Kolo
audits-col-city = Město
audits-col-questionnaire = Dotazník
audits-col-dates = Období
audits-col-status = Stav
audits-row-questionnaire = { $kind ->
        [audit] audit
       *[priorities] priority
    }, { $mode ->
        [anonymous] anonymně
       *[named] jmenovitě
    }
audits-framework-summary = Rámec: { $title } ({ $reference })
audits-framework-option = { $title } ({ $reference })
audits-focal-questions = { $title } — { $count ->
        [one] { $count } otázka
        [few] { $count } otázky
        [many] { $count } otázky
       *[other] { $count } otázek
    }
audits-status-published = výsledky zveřejněny
audits-status-submission = { $status ->
        [draft] výsledky v konceptu
        [submitted] výsledky podány
        [published] výsledky zveřejněny
       *[returned] výsledky vráceny
    }
audits-status-open = otevřené
audits-status-closed = uzavřené
audits-submission-status = { $status ->
        [draft] koncept
        [submitted] podáno
        [published] zveřejněno
       *[returned] vráceno
    }
audits-open-heading = Otevřít kolo
audits-city-placeholder = Kód města, např. HR004C
audits-field-title = Název (nepovinné)
audits-title-placeholder = např. Osijek 2026: audit města
audits-field-framework = Rámec
audits-kind-audit = Audit: všechny otázky všech stěžejních oblastí
audits-kind-priorities = Priority zúčastněných stran: důležitost každé stěžejní oblasti hodnocená od 1 do 5
audits-respondents = Respondenti
audits-mode-anonymous = Anonymně: žádnou odpověď nelze spojit s její pozvánkou
audits-mode-named = Jmenovitě: panel odborníků; každá odpověď si ponechává jméno respondenta
audits-field-opens = Otevírá se
audits-field-closes = Uzavírá se
audits-field-min-group = Nejmenší počet respondentů, při kterém se zobrazí výsledky skupiny (3 nebo více)
audits-open-button = Otevřít kolo
audits-error-kind = vyberte dotazník: audit nebo priority
audits-error-mode = vyberte anonymní nebo jmenovité respondenty
audits-error-min-group = nejmenší zobrazená skupina je celý počet respondentů, 3 nebo více
audits-error-log-in = přihlaste se účtem města, abyste viděli jeho kola auditu
audits-error-no-round = kolo auditu { $id } neexistuje
audits-error-unpublished = kolo auditu { $id } nemá zveřejněné výsledky
audits-error-count = počet pozvánek: celé číslo
audits-round-kind = { $kind ->
        [audit] dotazník auditu
       *[priorities] priority zúčastněných stran
    }
audits-round-mode = { $mode ->
        [anonymous] anonymně
       *[named] jmenovitý panel
    }
audits-round-dates = odpovědi od { $opens } do { $closes }
audits-round-min-group = skupiny se zobrazují od { $count ->
        [one] { $count } respondenta
        [few] { $count } respondentů
        [many] { $count } respondenta
       *[other] { $count } respondentů
    }
audits-round-framework = rámec { $reference }
audits-anonymous-note = Anonymně: po odeslání odpovědi ji nic v databázi nespojuje s pozvánkou, ze které pochází — tato stránka může ukázat, kolik pozvánek každé skupiny bylo použito, nikdy ne které. Výsledky se vypočítají po uzavření kola.
audits-invitations = Pozvánky
audits-invitations-none = Zatím žádné nevydány.
audits-col-group = Skupina
audits-col-issued = Vydáno
audits-col-answered = Zodpovězeno
audits-named-answered = Kdo odpověděl (jmenovitý panel)
audits-named-row = { $label } — { $group }: { $answered ->
        [yes] odpověděl(a)
       *[no] zatím ne
    }
audits-issue = Vydat pozvánky
audits-field-group = Skupina zúčastněných stran
audits-field-count = Kolik
audits-field-names = Jména respondentů, jedno na řádek
audits-format = Jako
audits-format-list = seznam k vytištění a rozdání
audits-format-csv = soubor CSV pro hromadnou korespondenci
audits-codes-once = Kódy se zobrazí pouze tentokrát a uchovávají se pouze jako hash: vytiskněte si je nebo je uložte nyní. Observatoř neposílá e-maily.
audits-close = Uzavřít kolo
audits-close-note = Po uzavření již nelze odpovídat; neodeslané koncepty se smažou.
audits-results = Výsledky
audits-see-results = Zobrazit výsledky
audits-raw-responses = nezpracované odpovědi (CSV, pouze pro město)
audits-submit-note = Pošlete výsledky — pouze hodnocení, bez komentářů — schvalovateli Vašeho města, který je zveřejní.
audits-submit-button = Podat výsledky ke schválení
audits-submission-before = Výsledky:
audits-submission-link = podání { $id }
audits-submission-after = ({ $status }).
audits-back-to-round = Zpět na kolo
audits-print-note = vytiskněte tuto stránku (nabídky webu jsou vynechány), rozstříhejte podél čar a každému dejte jednu. Kódy se znovu nezobrazí.
audits-invitations-heading = { $count ->
        [one] { $count } pozvánka
        [few] { $count } pozvánky
        [many] { $count } pozvánky
       *[other] { $count } pozvánek
    }: { $group }
audits-invite-as = Jste zváni k účasti jako:
audits-invite-open = Otevřete
audits-invite-go-before = nebo přejděte na
audits-invite-go-after = a zadejte kód
audits-invite-dates = Otevřeno od { $opens } do { $closes }. Kód platí jednou; nikomu jej nesdělujte.
audits-invite-anonymous = Po odeslání již Vaše odpovědi nelze s tímto kódem spojit.
audits-results-title = Výsledky: { $title }
audits-the-round = kolo
audits-results-framework = rámec { $reference }: { $title }
audits-not-published = Nezveřejněno: tyto výsledky s komentáři respondentů vidí pouze redaktoři a schvalovatelé Vašeho města. Veřejnost je uvidí, jakmile je schvalovatel zveřejní (bez komentářů).
audits-framework-source = Zdroj rámce: { $source } { $authorship }
audits-download = Stáhnout:
audits-download-results = výsledky (CSV)
audits-download-raw = nezpracované odpovědi (CSV, pouze pro město)
audits-who-answered = Kdo odpověděl
audits-respondents-count = { $count ->
        [one] { $count } respondent.
        [few] { $count } respondenti.
        [many] { $count } respondenta.
       *[other] { $count } respondentů.
    }
audits-col-shown = Zobrazeno
audits-fewer-than = méně než { $min }
audits-shown-yes = ano
audits-withheld-counted = ne (pod prahem): započteno do celkového výsledku spolu s ostatními malými skupinami
audits-withheld-left-out = ne (pod prahem): vynecháno ze všech údajů
audits-note-counted = Skupiny s méně než { $min } respondenty se nezobrazují: { $groups }. Dohromady jich mají alespoň { $min }, proto se započítávají do celkových výsledků.
audits-note-left-out = Skupiny s méně než { $min } respondenty se nezobrazují: { $groups }. Dohromady jich mají méně než { $min }, proto jsou vynechány i z celkových výsledků: kdyby se tam započítaly, jejich odpovědi by šlo zpětně vypočítat ze zobrazených skupin.
audits-note-public = Skupiny s méně než { $min } respondenty se nezobrazují; jejich odpovědi se do celkových výsledků započítávají jen tam, kde je to nemůže prozradit.
audits-by-focal = Hodnocení podle stěžejních oblastí
audits-by-focal-caption = Hodnocení podle stěžejní oblasti, celkově a podle skupiny zúčastněných stran
audits-by-principle = Hodnocení podle hlavních zásad
audits-by-principle-caption = Hodnocení podle hlavní zásady (z otázek, ke kterým se vztahuje)
audits-col-overall = Celkově
audits-col-gap = Rozdíl ve vnímání
audits-col-rank-range = Pořadí (rozpětí)
audits-cell-n = n { $n }
audits-cell-sd = , sd { $sd }
audits-points = { $count ->
        [one] { $points } bod
        [few] { $points } body
        [many] { $points } bodu
       *[other] { $points } bodů
    }
audits-scores-note = Hodnocení od 0 do 100 (průměr zvolených možností; „nevím“ není hodnocení: ? je počítá). n: respondenti skupiny s hodnocením zde; sd: rozptyl jejich vlastních hodnocení. ⚑: rozdíl ve vnímání 25 bodů nebo více mezi skupinou s nejvyšším a skupinou s nejnižším hodnocením.
audits-gaps = Rozdíly ve vnímání
audits-gaps-too-few = Zobrazit lze méně než dvě skupiny: není rozdíl, o kterém by šlo informovat.
audits-gaps-none = Žádná stěžejní oblast ani zásada, v níž se hodnocení skupin liší o 25 bodů nebo více.
audits-gap-row = { $high } { $high_score } oproti { $low } { $low_score }
audits-bottlenecks = Úzká místa a příležitosti
audits-lowest = Otázky s nejnižším hodnocením
audits-highest = Otázky s nejvyšším hodnocením
audits-comments-heading = Doklady a komentáře podle stěžejních oblastí
audits-no-comments = Žádné komentáře.
audits-questions = Otázky
audits-in-observatory = V Observatoři:
audits-col-question = Otázka
audits-col-dont-know = Nevím
audits-robustness = Jak spolehlivé je pořadí?
audits-robustness-method = Rozpětí pořadí: (a) váha každé otázky kdekoli mezi { $low } % a { $high } % její hodnoty, všechny najednou — přesné meze, neboť hodnocení stěžejní oblasti závisí jen na vahách jejích vlastních otázek; (b) celkový výsledek přepočítaný s vynecháním vždy jedné skupiny zúčastněných stran (nezobrazené skupiny dohromady). Pořadí 1 je nejvyšší hodnocení; stejná hodnocení sdílejí pořadí.
audits-comparison = Ve srovnání s předchozím kolem a se srovnatelnými městy
audits-comparison-none = Žádné dřívější kolo tohoto města ani zveřejněné kolo srovnatelného města zatím nepoužívá stejnou verzi rámce.
audits-comparison-note = Srovnatelná jsou pouze kola stejné verze rámce: jiné otázky dávají jiná hodnocení. Srovnatelná města jsou města Observatoře nejpodobnější tomuto; pouze jejich zveřejněná kola.
audits-col-focal = Stěžejní oblast
audits-col-this-round = Toto kolo
audits-col-previous = Předchozí ({ $closes })
audits-col-change = Změna
audits-col-peers-median = Medián srovnatelných měst
audits-priorities = Priority
audits-col-rank = Pořadí
audits-col-mean-groups = Průměr (skupiny stejně)
audits-col-mean-all = Průměr (všichni respondenti)
audits-col-n = n
audits-priorities-note = Hodnocení od 1 (vůbec není důležité) do 5 (velmi důležité). „Průměr (všichni respondenti)“ je vážený průměr šetření ReSOMA; „skupiny stejně“ dává každé skupině zúčastněných stran stejnou váhu.
audits-capability-observatory = Ukazatele integrace města (tato Observatoř)
audits-capability-data = Vlastní údaje města
audits-capability-service-demand = Scénáře obyvatelstva a poptávka po službách
audits-capability-neighbourhoods = Údaje o městských čtvrtích a indexy segregace
audits-capability-practices = Postupy jiných měst
audits-capability-peers = Srovnání s podobnými městy
audits-capability-outlook = Výhled: prognózy a pokrok
