audits-title = Audity
audits-heading = Spoločné hodnotenie politík
audits-lead = Mestská samospráva, ďalšie verejné orgány, občianska spoločnosť, zástupcovia migrantov a utečencov, zamestnávatelia a výskumníci hodnotia tie isté otázky k desiatim ťažiskovým oblastiam komplexného prístupu k integrácii. Výsledky ukazujú, kde sa ich pohľady rozchádzajú a kde sú prekážky; mestská agenda integrácie z nich vytvára ciele, opatrenia a cieľové hodnoty.
audits-invited-before = Boli ste pozvaní odpovedať?
audits-invited-link = Zadajte svoj kód
audits-invited-after = alebo použite odkaz, ktorý ste dostali.
audits-own-rounds = Kolá Vášho mesta
audits-published = Zverejnené výsledky
audits-none-published = Žiadne mesto zatiaľ nezverejnilo výsledky auditu.
audits-col-round = Kolo
audits-col-city = Mesto
audits-col-questionnaire = Dotazník
audits-col-dates = Obdobie
audits-col-status = Stav
audits-row-questionnaire = { $kind ->
        [audit] audit
       *[priorities] priority
    }, { $mode ->
        [anonymous] anonymne
       *[named] menovite
    }
audits-framework-summary = Rámec: { $title } ({ $reference })
audits-framework-option = { $title } ({ $reference })
audits-focal-questions = { $title } — { $count ->
        [one] { $count } otázka
        [few] { $count } otázky
        [many] { $count } otázky
       *[other] { $count } otázok
    }
audits-status-published = výsledky zverejnené
audits-status-submission = { $status ->
        [draft] výsledky v koncepte
        [submitted] výsledky predložené
        [published] výsledky zverejnené
       *[returned] výsledky vrátené
    }
audits-status-open = otvorené
audits-status-closed = uzavreté
audits-submission-status = { $status ->
        [draft] koncept
        [submitted] predložené
        [published] zverejnené
       *[returned] vrátené
    }
audits-open-heading = Otvoriť kolo
audits-city-placeholder = Kód mesta, napr. HR004C
audits-field-title = Názov (nepovinné)
audits-title-placeholder = napr. Osijek 2026: audit mesta
audits-field-framework = Rámec
audits-kind-audit = Audit: všetky otázky všetkých ťažiskových oblastí
audits-kind-priorities = Priority zainteresovaných strán: dôležitosť každej ťažiskovej oblasti hodnotená od 1 do 5
audits-respondents = Respondenti
audits-mode-anonymous = Anonymne: žiadnu odpoveď nemožno spojiť s jej pozvánkou
audits-mode-named = Menovite: panel odborníkov; každá odpoveď si ponecháva meno respondenta
audits-field-opens = Otvára sa
audits-field-closes = Uzatvára sa
audits-field-min-group = Najmenší počet respondentov, pri ktorom sa zobrazia výsledky skupiny (3 alebo viac)
audits-open-button = Otvoriť kolo
audits-error-kind = vyberte dotazník: audit alebo priority
audits-error-mode = vyberte anonymných alebo menovitých respondentov
audits-error-min-group = najmenšia zobrazená skupina je celý počet respondentov, 3 alebo viac
audits-error-log-in = prihláste sa účtom mesta, aby ste videli jeho kolá auditu
audits-error-no-round = kolo auditu { $id } neexistuje
audits-error-unpublished = kolo auditu { $id } nemá zverejnené výsledky
audits-error-count = počet pozvánok: celé číslo
audits-round-kind = { $kind ->
        [audit] dotazník auditu
       *[priorities] priority zainteresovaných strán
    }
audits-round-mode = { $mode ->
        [anonymous] anonymne
       *[named] menovitý panel
    }
audits-round-dates = odpovede od { $opens } do { $closes }
audits-round-min-group = skupiny sa zobrazujú od { $count ->
        [one] { $count } respondenta
        [few] { $count } respondentov
        [many] { $count } respondenta
       *[other] { $count } respondentov
    }
audits-round-framework = rámec { $reference }
audits-anonymous-note = Anonymne: po odoslaní odpovede ju nič v databáze nespája s pozvánkou, z ktorej pochádza — táto stránka môže ukázať, koľko pozvánok každej skupiny bolo použitých, nikdy nie ktoré. Výsledky sa vypočítajú po uzavretí kola.
audits-invitations = Pozvánky
audits-invitations-none = Zatiaľ žiadne nevydané.
audits-col-group = Skupina
audits-col-issued = Vydané
audits-col-answered = Zodpovedané
audits-named-answered = Kto odpovedal (menovitý panel)
audits-named-row = { $label } — { $group }: { $answered ->
        [yes] odpovedal(a)
       *[no] zatiaľ nie
    }
audits-issue = Vydať pozvánky
audits-field-group = Skupina zainteresovaných strán
audits-field-count = Koľko
audits-field-names = Mená respondentov, jedno na riadok
audits-format = Ako
audits-format-list = zoznam na vytlačenie a rozdanie
audits-format-csv = súbor CSV na hromadnú korešpondenciu
audits-codes-once = Kódy sa zobrazia iba tentoraz a uchovávajú sa iba ako hash: vytlačte si ich alebo ich uložte teraz. Observatórium neposiela e-maily.
audits-close = Uzavrieť kolo
audits-close-note = Po uzavretí už nie je možné odpovedať; neodoslané koncepty sa vymažú.
audits-results = Výsledky
audits-see-results = Pozrieť výsledky
audits-raw-responses = nespracované odpovede (CSV, iba pre mesto)
audits-submit-note = Pošlite výsledky — iba hodnotenia, bez komentárov — schvaľovateľovi Vášho mesta, ktorý ich zverejní.
audits-submit-button = Predložiť výsledky na schválenie
audits-submission-before = Výsledky:
audits-submission-link = predloženie { $id }
audits-submission-after = ({ $status }).
audits-back-to-round = Späť na kolo
audits-print-note = vytlačte túto stránku (ponuky stránky sú vynechané), rozstrihajte pozdĺž čiar a každému dajte jednu. Kódy sa znova nezobrazia.
audits-invitations-heading = { $count ->
        [one] { $count } pozvánka
        [few] { $count } pozvánky
        [many] { $count } pozvánky
       *[other] { $count } pozvánok
    }: { $group }
audits-invite-as = Ste pozvaní zúčastniť sa ako:
audits-invite-open = Otvorte
audits-invite-go-before = alebo prejdite na
audits-invite-go-after = a zadajte kód
audits-invite-dates = Otvorené od { $opens } do { $closes }. Kód platí raz; nikomu ho neposkytujte.
audits-invite-anonymous = Po odoslaní už Vaše odpovede nemožno s týmto kódom spojiť.
audits-results-title = Výsledky: { $title }
audits-the-round = kolo
audits-results-framework = rámec { $reference }: { $title }
audits-not-published = Nezverejnené: tieto výsledky s komentármi respondentov vidia iba redaktori a schvaľovatelia Vášho mesta. Verejnosť ich uvidí, keď ich schvaľovateľ zverejní (bez komentárov).
audits-framework-source = Zdroj rámca: { $source } { $authorship }
audits-download = Stiahnuť:
audits-download-results = výsledky (CSV)
audits-download-raw = nespracované odpovede (CSV, iba pre mesto)
audits-who-answered = Kto odpovedal
audits-respondents-count = { $count ->
        [one] { $count } respondent.
        [few] { $count } respondenti.
        [many] { $count } respondenta.
       *[other] { $count } respondentov.
    }
audits-col-shown = Zobrazené
audits-fewer-than = menej ako { $min }
audits-shown-yes = áno
audits-withheld-counted = nie (pod prahom): započítané do celkového výsledku spolu s ostatnými malými skupinami
audits-withheld-left-out = nie (pod prahom): vynechané zo všetkých údajov
audits-note-counted = Skupiny s menej ako { $min } respondentmi sa nezobrazujú: { $groups }. Spolu ich majú aspoň { $min }, preto sa započítavajú do celkových výsledkov.
audits-note-left-out = Skupiny s menej ako { $min } respondentmi sa nezobrazujú: { $groups }. Spolu ich majú menej ako { $min }, preto sú vynechané aj z celkových výsledkov: ak by sa tam započítali, ich odpovede by sa dali spätne vypočítať zo zobrazených skupín.
audits-note-public = Skupiny s menej ako { $min } respondentmi sa nezobrazujú; ich odpovede sa do celkových výsledkov započítavajú iba tam, kde ich to nemôže prezradiť.
audits-by-focal = Hodnotenia podľa ťažiskových oblastí
audits-by-focal-caption = Hodnotenie podľa ťažiskovej oblasti, celkovo a podľa skupiny zainteresovaných strán
audits-by-principle = Hodnotenia podľa hlavných zásad
audits-by-principle-caption = Hodnotenie podľa hlavnej zásady (z otázok, ku ktorým sa vzťahuje)
audits-col-overall = Celkovo
audits-col-gap = Rozdiel vo vnímaní
audits-col-rank-range = Poradie (rozpätie)
audits-cell-n = n { $n }
audits-cell-sd = , sd { $sd }
audits-points = { $count ->
        [one] { $points } bod
        [few] { $points } body
        [many] { $points } bodu
       *[other] { $points } bodov
    }
audits-scores-note = Hodnotenia od 0 do 100 (priemer zvolených možností; „neviem“ nie je hodnotenie: ? ich počíta). n: respondenti skupiny s hodnotením tu; sd: rozptyl ich vlastných hodnotení. ⚑: rozdiel vo vnímaní 25 bodov alebo viac medzi skupinou s najvyšším a skupinou s najnižším hodnotením.
audits-gaps = Rozdiely vo vnímaní
audits-gaps-too-few = Zobraziť možno menej ako dve skupiny: neexistuje rozdiel, o ktorom by sa dalo informovať.
audits-gaps-none = Žiadna ťažisková oblasť ani zásada, v ktorej sa hodnotenia skupín líšia o 25 bodov alebo viac.
audits-gap-row = { $high } { $high_score } oproti { $low } { $low_score }
audits-bottlenecks = Prekážky a príležitosti
audits-lowest = Otázky s najnižším hodnotením
audits-highest = Otázky s najvyšším hodnotením
audits-comments-heading = Dôkazy a komentáre podľa ťažiskových oblastí
audits-no-comments = Žiadne komentáre.
audits-questions = Otázky
audits-in-observatory = V Observatóriu:
audits-col-question = Otázka
audits-col-dont-know = Neviem
audits-robustness = Aké spoľahlivé je poradie?
audits-robustness-method = Rozpätia poradia: (a) váha každej otázky kdekoľvek medzi { $low } % a { $high } % jej hodnoty, všetky naraz — presné hranice, keďže hodnotenie ťažiskovej oblasti závisí iba od váh jej vlastných otázok; (b) celkový výsledok prepočítaný s vynechaním vždy jednej skupiny zainteresovaných strán (nezobrazené skupiny spolu). Poradie 1 je najvyššie hodnotenie; rovnaké hodnotenia zdieľajú poradie.
audits-comparison = V porovnaní s predchádzajúcim kolom a s porovnateľnými mestami
audits-comparison-none = Žiadne skoršie kolo tohto mesta ani zverejnené kolo porovnateľného mesta zatiaľ nepoužíva tú istú verziu rámca.
audits-comparison-note = Porovnateľné sú iba kolá tej istej verzie rámca: iné otázky dávajú iné hodnotenia. Porovnateľné mestá sú mestá Observatória najpodobnejšie tomuto; iba ich zverejnené kolá.
audits-col-focal = Ťažisková oblasť
audits-col-this-round = Toto kolo
audits-col-previous = Predchádzajúce ({ $closes })
audits-col-change = Zmena
audits-col-peers-median = Medián porovnateľných miest
audits-priorities = Priority
audits-col-rank = Poradie
audits-col-mean-groups = Priemer (skupiny rovnako)
audits-col-mean-all = Priemer (všetci respondenti)
audits-col-n = n
audits-priorities-note = Hodnotenia od 1 (vôbec nie je dôležité) do 5 (veľmi dôležité). „Priemer (všetci respondenti)“ je vážený priemer prieskumu ReSOMA; „skupiny rovnako“ dáva každej skupine zainteresovaných strán rovnakú váhu.
audits-capability-observatory = Ukazovatele integrácie mesta (toto Observatórium)
audits-capability-data = Vlastné údaje mesta
audits-capability-service-demand = Scenáre obyvateľstva a dopyt po službách
audits-capability-neighbourhoods = Údaje o mestských štvrtiach a indexy segregácie
audits-capability-practices = Postupy iných miest
audits-capability-peers = Porovnanie s podobnými mestami
audits-capability-outlook = Výhľad: prognózy a pokrok
