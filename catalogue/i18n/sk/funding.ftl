funding-title = Mapa financovania
funding-lead = Kto čo financuje, pre koho a kde: zoznamy operácií zverejnené riadiacimi orgánmi, zaradené do oblastí činnosti a cieľových skupín, s medzerami (potreba bez financovania) a možným dvojitým financovaním každého miesta.
funding-places = Miesta
funding-countries = Aj každá krajina je miestom, podľa svojho kódu:
funding-country-hr = Chorvátsko (HR)
funding-country-at = Rakúsko (AT)
funding-lists = Načítané zoznamy
funding-no-list = Zatiaľ nie je načítaný žiadny zoznam operácií: importujte ho príkazom
funding-list = Zoznam
funding-country = Krajina
funding-operations = Operácie
funding-lists-note = Zoznamy pochádzajú z rokov 2016 – 2017 a sú opísané, aj s ich vydavateľmi a medzerami, v data/funding/README.md. Žiadny zoznam AMIF nebol zverejnený v strojovo čitateľnej forme; mesto zadá vlastné projekty pomocou šablóny data/templates/funding_operations_template.csv.
funding-place-title = Mapa financovania: { $place }
funding-place-lead = { $operations } { $operations ->
        [one] operácia
        [few] operácie
       *[other] operácií
    } zo { $lists } { $lists ->
        [one] zoznamu
       *[other] zoznamov
    }, spolu { $total }; { $outside } mimo oblastí integračnej politiky; { $without } bez zverejnenej sumy.
funding-city-profile = Profil mesta
funding-gaps = Medzery: potreba bez financovania ({ $count })
funding-no-gap = Žiadna medzera: pre každú potrebu podľa pravidiel existuje aspoň jedna operácia.
funding-gap = Medzera: { $field } × { $group }
funding-gap-why = { $evidence } a žiadna operácia tohto miesta v danej oblasti neuvádza túto skupinu.
funding-met = Pokryté: { $field } × { $group }: { $projects } { $projects ->
        [one] operácia
        [few] operácie
       *[other] operácií
    }, { $eur } — { $evidence }
funding-matrix = Oblasti činnosti × cieľové skupiny
funding-matrix-note = Projekty a eurá na bunku; operácia vo viacerých oblastiach alebo pre viacero skupín sa započíta v každej svojej bunke. Sumy sú celkové oprávnené výdavky v eurách (kuny podľa pevného konverzného kurzu, koruny podľa priemerného kurzu za rok 2016).
funding-matrix-field = Oblasť činnosti
funding-duplicates = Možné dvojité financovanie ({ $count })
funding-duplicates-note = Ten istý prijímateľ v tej istej oblasti s prekrývajúcimi sa obdobiami a podobnými názvami: pred vyvodením záverov overte.
funding-beneficiary = Prijímateľ
funding-field = Oblasť
funding-duplicate-operations = Operácie (riadok zoznamu)
funding-names-alike = Podobnosť názvov
funding-told-apart = Rozpoznané podľa
funding-duplicate-line = riadok { $line }: { $name }
funding-basis-identifier = rovnakého identifikátora
funding-basis-name = rovnakého normalizovaného názvu
funding-overlaps = Prekrývajúce sa operácie v tej istej bunke ({ $count })
funding-overlap = { $field } × { $group }: { $operations } operácií { $beneficiaries } prijímateľov, s prekrytím medzi { $from } a { $to }
funding-per-resident = Eurá na obyvateľa
funding-per-resident-line = { $group }: { $eur } na { $residents } ({ $label }, { $period }) = { $each } € na osobu
funding-recipients = Kto dostáva peniaze v regióne { $region }
funding-recipients-lead = Kohesio (Európska komisia), všetky programy politiky súdržnosti: { $beneficiaries } prijímateľov, { $total } v { $projects } projektoch, z toho { $eu } z EÚ. Súčty za prijímateľa, bez názvov a dátumov projektov, preto nie sú pridané do matice.
funding-total-budget = Celkový rozpočet
funding-eu-contribution = Príspevok EÚ
funding-projects = Projekty
funding-not-given = neuvedené
funding-beneficiaries = Prijímatelia
funding-beneficiaries-lead = { $distinct } prijímateľov; { $by_identifier } rozpoznaných podľa identifikátora, { $by_name } zlúčených len podľa názvu (odhad).
funding-note = Poznámka: { $note }
funding-lists-of = Zoznamy: { $lists }
funding-euros = { $amount } €
funding-euros-million = { $amount } mil. €
funding-city-heading = Financovanie
funding-city-lead = Financované operácie, medzery a možné dvojité financovanie:
funding-unplaced = nezaradené
funding-no-group = bez uvedenej cieľovej skupiny

funding-note-not-converted = sumy v { $currency } nie sú prepočítané: doplňte menu do catalogue/funding/funding.toml
funding-note-placed-by-text = { $operations ->
        [one] { $operations } operácia bola zaradená do oblasti podľa slov svojho názvu a zhrnutia, keďže jej zoznam neuvádza kategóriu intervencie: pred citovaním bunky ju skontrolujte
        [few] { $operations } operácie boli zaradené do oblasti podľa slov svojho názvu a zhrnutia, keďže ich zoznam neuvádza kategóriu intervencie: pred citovaním bunky ich skontrolujte
       *[other] { $operations } operácií bolo zaradených do oblasti podľa slov svojho názvu a zhrnutia, keďže ich zoznam neuvádza kategóriu intervencie: pred citovaním bunky ich skontrolujte
    }
funding-note-not-same-territory = eurá na obyvateľa sa nezobrazujú: { $place } nie je to isté územie ako mesto, ktorého obyvateľov databáza počíta
funding-note-no-residents = údaj „{ $label }“ pre { $city } v databáze chýba: eurá na obyvateľa pre „{ $group }“ sa nezobrazujú
funding-note-kohesio-not-loaded = príjemcovia z Kohesio pre { $region } nie sú načítaní
funding-note-kohesio-capped = export z Kohesio obsahuje najviac prvých 200 príjemcov regiónu: { $region } ich môže mať viac
