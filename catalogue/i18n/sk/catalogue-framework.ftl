# The participatory city audit's framework, "A comprehensive approach to migrant integration at local level"
# (catalogue/frameworks/comprehensive-approach.toml), in Slovak. English is the framework
# file itself; the keys are `Framework::texts` of the assessment crate (catalogue_key of
# framework, <id>, …). Focal point titles, key questions and principles are quoted there
# from Wolffhardt (2019), ReSOMA Discussion Policy Brief; the questions and options are the
# observatory's own. The citation (`source`) is not translated.
# When the framework file changes, change these keys with it (and its `version`).
catalogue-framework-comprehensive-approach-title = Komplexný prístup k integrácii migrantov na miestnej úrovni
catalogue-framework-comprehensive-approach-authorship = Názvy ťažiskových oblastí, kľúčové otázky a zásady: citované zo zdroja. Otázky a možnosti odpovedí: vypracoval Integration Observatory na základe výziev pri vykonávaní uvedených v zdroji.

## Guiding principles
catalogue-framework-comprehensive-approach-principle-balanced-title = Vyvážený a komplexný
catalogue-framework-comprehensive-approach-principle-balanced-description = pokrývajúci všetky oblasti politiky relevantné pre sociálno-ekonomické a sociálno-kultúrne aspekty integračného procesu
catalogue-framework-comprehensive-approach-principle-coordinated-title = Koordinovaný a plánovaný
catalogue-framework-comprehensive-approach-principle-coordinated-description = s medzisektorovým začleňovaním integrácie do všetkých politík na základe celkovej stratégie a pravidelného procesu preskúmania a ďalšieho rozvoja politík
catalogue-framework-comprehensive-approach-principle-active-title = Aktívny a cielený
catalogue-framework-comprehensive-approach-principle-active-description = presahujúci obyčajné zabezpečenie rovnakých práv na prístup, s podpornými opatreniami a poskytovaním verejných služieb, ktoré reagujú na osobitné potreby migrantov
catalogue-framework-comprehensive-approach-principle-tailored-title = Prispôsobený a diferencovaný
catalogue-framework-comprehensive-approach-principle-tailored-description = zohľadňujúci celú rozmanitosť prílevu z hľadiska jeho príčin, zámerov, zloženia a podmienok v krajinách pôvodu
catalogue-framework-comprehensive-approach-principle-broadly-based-title = Široko založený a podporovaný
catalogue-framework-comprehensive-approach-principle-broadly-based-description = s tvorbou a vykonávaním politík v partnerstve s miestnymi a regionálnymi orgánmi a organizáciami občianskej spoločnosti
catalogue-framework-comprehensive-approach-principle-mutual-title = Vzájomný a transformačný
catalogue-framework-comprehensive-approach-principle-mutual-description = uznávajúci integráciu ako obojsmerný proces s aktívnym zapojením a prispôsobením sa zo strany prijímajúcej spoločnosti

## Stakeholder groups
catalogue-framework-comprehensive-approach-group-administration = Mestská správa
catalogue-framework-comprehensive-approach-group-public-bodies = Iné verejné orgány
catalogue-framework-comprehensive-approach-group-civil-society = Organizácie občianskej spoločnosti
catalogue-framework-comprehensive-approach-group-migrants = Zástupcovia migrantov a utečencov
catalogue-framework-comprehensive-approach-group-employers = Zamestnávatelia
catalogue-framework-comprehensive-approach-group-researchers = Výskumníci

## Priorities: each focal point rated for importance
catalogue-framework-comprehensive-approach-priorities-question = Aké dôležité je, aby mesto v nasledujúcich rokoch venovalo tejto ťažiskovej oblasti viac pozornosti a zdrojov?
catalogue-framework-comprehensive-approach-priorities-source = Hodnotiaca stupnica prieskumu zainteresovaných strán ReSOMA z roku 2019 (oddiel 4, tabuľka 1: 1 – vôbec nie je dôležité; 5 – veľmi dôležité), položená zainteresovaným stranám samotného mesta.
catalogue-framework-comprehensive-approach-priorities-scale-1 = vôbec nie je dôležité
catalogue-framework-comprehensive-approach-priorities-scale-2 = málo dôležité
catalogue-framework-comprehensive-approach-priorities-scale-3 = stredne dôležité
catalogue-framework-comprehensive-approach-priorities-scale-4 = dôležité
catalogue-framework-comprehensive-approach-priorities-scale-5 = veľmi dôležité

## Focal point 1
catalogue-framework-comprehensive-approach-focal-fp1-title = Umožniť komplexnú integráciu od prvého dňa a zlepšiť koordináciu medzi orgánmi v prospech novoprichádzajúcich
catalogue-framework-comprehensive-approach-focal-fp1-key_question = Ako zabezpečiť, aby sa novoprichádzajúci mohli okamžite integrovať a získať prístup ku kľúčovým službám a právam, a predísť tak dlhému čakaniu, sociálnej izolácii a strate motivácie?
catalogue-framework-comprehensive-approach-question-fp1_one-stop-text = Môže novoprichádzajúca osoba získať poradenstvo o bývaní, práci, jazykových kurzoch, školskej dochádzke a zdravotnej starostlivosti na jednom mieste (jednotné kontaktné miesto alebo uvítacie centrum) alebo prostredníctvom jednej koordinujúcej kontaktnej osoby?
catalogue-framework-comprehensive-approach-question-fp1_one-stop-evidence = Uveďte miesto alebo službu, jej úradné hodiny a služby, ktoré pokrýva.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-0 = Nie: každú službu treba vyhľadať a kontaktovať samostatne.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-1 = Čiastočne: kontaktné miesto existuje, ale pokrýva len niektoré služby alebo len niektoré skupiny novoprichádzajúcich.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-2 = Áno: jedno miesto alebo jedna kontaktná osoba koordinuje všetky kľúčové služby pre každú skupinu novoprichádzajúcich.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-text = Dostávajú novoprichádzajúci krátko po príchode individuálny integračný plán vychádzajúci z posúdenia ich potrieb a existujúcich zručností?
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-evidence = Program, kto má naň nárok a koľko plánov bolo vypracovaných v minulom roku.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-0 = Individuálne plány sa nevypracúvajú.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-1 = Len pre niektoré skupiny (napr. osoby s udeleným azylom) alebo bez posúdenia zručností.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-2 = Ponúkajú sa všetkým novoprichádzajúcim vrátane migrantov v rámci zlúčenia rodiny a pracovných migrantov, s posúdením zručností.
catalogue-framework-comprehensive-approach-question-fp1_waiting-text = Ako dlho novoprichádzajúca osoba zvyčajne čaká, kým začne jazykový kurz, kým jej deti nastúpia do školy a kým sa jej začnú venovať služby zamestnanosti?
catalogue-framework-comprehensive-approach-question-fp1_waiting-evidence = Čakacie lehoty podľa údajov služieb alebo prípady, o ktorých viete.
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-0 = U väčšiny mesiace, alebo prístup závisí od podmienok, ktoré novoprichádzajúci nemôžu splniť (doklady, poplatky, predchádzajúca registrácia).
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-1 = Pri niektorých z týchto služieb niekoľko týždňov, pri iných mesiace.
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-2 = Pri všetkých troch do niekoľkých týždňov.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-text = Majú žiadatelia o azyl žijúci v meste počas čakania na rozhodnutie prístup k včasnej podpore integrácie (jazyk, orientácia, posúdenie zručností)?
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-evidence = Ponuky, ktoré sú žiadateľom o azyl dostupné, a prípadné podmienky.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-0 = Nie: podpora sa začína až po udelení azylu alebo ochrany.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-1 = Určitá podpora, alebo len pre tých, u ktorých sa udelenie ochrany považuje za pravdepodobné.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-2 = Áno, pre všetkých žiadateľov o azyl, od príchodu.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-text = Vymieňajú si mesto, vnútroštátne orgány (migračný úrad, služby zamestnanosti) a systém prijímania včas informácie o príchodoch, aby sa služby mohli pripraviť?
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-evidence = Spôsob spolupráce (dohoda, pracovná skupina), kto sa na nej podieľa a ako často sa stretáva.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-0 = Nie: mesto sa o príchodoch dozvie, až keď ľudia prídu do jeho služieb.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-1 = Neformálne alebo od prípadu k prípadu.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-2 = Stála dohoda s určenými kontaktnými osobami a pravidelnou výmenou.

## Focal point 2
catalogue-framework-comprehensive-approach-focal-fp2-title = Začleňovanie integrácie do všetkých oblastí politiky a dlhodobá podpora integrácie
catalogue-framework-comprehensive-approach-focal-fp2-key_question = Ako zabezpečiť, aby všeobecné verejné služby poskytovali služby rovnakej kvality všetkým členom spoločnosti tým, že vyvíjajú diferencované úsilie podľa osobitných, individuálnych potrieb vyplývajúcich z migračného kontextu?
catalogue-framework-comprehensive-approach-question-fp2_strategy-text = Má mesto integračnú stratégiu schválenú mestským zastupiteľstvom, so zodpovednosťami rozdelenými medzi útvary, s rozpočtom a pravidelným preskúmaním?
catalogue-framework-comprehensive-approach-question-fp2_strategy-evidence = Názov a dátum stratégie, útvary v nej uvedené, jej rozpočtová položka a jej posledné preskúmanie.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-0 = Žiadna stratégia.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-1 = Stratégia existuje, ale bez rozpočtu, bez zodpovedností rozdelených medzi útvary alebo bez preskúmania.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-2 = Schválená, zahŕňa všetky útvary, má rozpočet a pravidelne sa preskúmava.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-text = Sú zamestnanci všeobecných služieb v priamom kontakte s klientmi (školy, sociálne služby, zdravotníctvo, služby zamestnanosti) vyškolení v medzikultúrnej kompetencii a v osobitných potrebách migrantov?
catalogue-framework-comprehensive-approach-question-fp2_staff-training-evidence = Programy odbornej prípravy a počet zamestnancov, ktorí sa na nich v minulom roku zúčastnili.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-0 = Žiadna takáto odborná príprava.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-1 = V niektorých službách alebo len príležitostne.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-2 = Pravidelná odborná príprava vo všetkých hlavných službách.
catalogue-framework-comprehensive-approach-question-fp2_languages-text = Sú kľúčové informácie o verejných službách dostupné v hlavných jazykoch migrantov žijúcich v meste a môžu služby využiť tlmočníkov?
catalogue-framework-comprehensive-approach-question-fp2_languages-evidence = Ktoré jazyky, ktoré služby a ako je tlmočenie zabezpečené a hradené.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-0 = Len v štátnom jazyku; žiadne tlmočenie.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-1 = Niektoré informácie alebo tlmočenie na požiadanie v niektorých službách.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-2 = Systematicky, v hlavných jazykoch, s tlmočením v každej hlavnej službe.
catalogue-framework-comprehensive-approach-question-fp2_workforce-text = Vie mesto, či jeho vlastní zamestnanci odrážajú rozmanitosť jeho obyvateľstva, a koná v tejto veci (oslovovanie, nábor, ciele)?
catalogue-framework-comprehensive-approach-question-fp2_workforce-evidence = Údaje o zamestnancoch podľa pôvodu, ak sa zbierajú, a náborové opatrenia.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-0 = Nesleduje sa, žiadne opatrenia.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-1 = Sleduje sa alebo existujú niektoré opatrenia, ale nie oboje.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-2 = Sleduje sa, s opatreniami a cieľmi.
catalogue-framework-comprehensive-approach-question-fp2_long-term-text = Existujú ponuky pre dlhodobé usadenie a sociálnu mobilitu: pokročilé jazykové kurzy, doplnkové vzdelávanie dospelých, uznávanie zahraničných kvalifikácií?
catalogue-framework-comprehensive-approach-question-fp2_long-term-evidence = Ponuky, kto ich môže využívať, a ich poradovníky.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-0 = Nič okrem základných jazykových a orientačných kurzov.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-1 = Niektoré ponuky, alebo ponuky neprístupné niektorým skupinám.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-2 = Rad ponúk prístupných všetkým obyvateľom, ktorí ich potrebujú.

## Focal point 3
catalogue-framework-comprehensive-approach-focal-fp3-title = Zavedenie účinných politík nediskriminácie a presadzovanie antidiskriminačných zákonov
catalogue-framework-comprehensive-approach-focal-fp3-key_question = Ako zabezpečiť, aby sa prísne antidiskriminačné zákony účinne presadzovali a aby sa diskriminačné správanie stalo spoločensky neprijateľným?
catalogue-framework-comprehensive-approach-question-fp3_reporting-text = Môžu obyvatelia nahlásiť diskrimináciu miestnemu kontaktnému miestu (mestskému úradu, pobočke orgánu pre rovnaké zaobchádzanie alebo financovanej organizácii), ktoré obetiam pomáha pri podaní sťažnosti?
catalogue-framework-comprehensive-approach-question-fp3_reporting-evidence = Kontaktné miesto, jeho zamestnanci a počet podnetov, ktoré prijalo v minulom roku.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-0 = Žiadne miestne kontaktné miesto.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-1 = Existuje, ale je málo známe alebo má príliš málo zdrojov.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-2 = Známe, ľahko dostupné a so zdrojmi na podporu sťažností.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-text = Sleduje mesto prípady diskriminácie a sťažnosti a zverejňuje údaje?
catalogue-framework-comprehensive-approach-question-fp3_monitoring-evidence = Správa alebo stránka, na ktorej sa údaje zverejňujú.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-0 = Nesleduje sa.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-1 = Zbierajú sa, ale nezverejňujú.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-2 = Zbierajú sa a pravidelne zverejňujú.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-text = Vedie alebo podporuje mesto kampane, ktoré informujú migrantov o ich právach a hovoria, že diskriminácia je zakázaná a neprijateľná?
catalogue-framework-comprehensive-approach-question-fp3_campaigns-evidence = Kampane za posledné dva roky, ich jazyky a dosah.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-0 = Žiadne kampane.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-1 = Príležitostné kampane.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-2 = Sústavné kampane s partnermi v hlavných jazykoch.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-text = Spolupracuje mesto s prenajímateľmi, zamestnávateľmi a ich združeniami na predchádzaní diskriminácii v bývaní a na trhu práce (charty diverzity, zvyšovanie povedomia, testovanie)?
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-evidence = Dohody, podpísané charty alebo výsledky testovania.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-0 = Žiadna takáto spolupráca.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-1 = Niektoré iniciatívy bez záväzných prísľubov.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-2 = Systematická spolupráca so záväznými prísľubmi alebo pravidelným testovaním.

## Focal point 4
catalogue-framework-comprehensive-approach-focal-fp4-title = Uľahčenie sociálnych investícií a zabezpečenie primeranej sociálnej infraštruktúry v regiónoch s vyššou mierou prisťahovalectva
catalogue-framework-comprehensive-approach-focal-fp4-key_question = Ako zabezpečiť, aby sa sociálna infraštruktúra poskytovala v súlade s dopytom a počtom obyvateľov, najmä v oblastiach, ktorých obyvateľstvo rastie v dôsledku prisťahovalectva?
catalogue-framework-comprehensive-approach-question-fp4_foresight-text = Plánuje mesto miesta v školách a zariadeniach starostlivosti o deti, bývanie a zdravotnícke služby na základe scenárov vývoja obyvateľstva, ktoré zahŕňajú migráciu?
catalogue-framework-comprehensive-approach-question-fp4_foresight-evidence = Plánovací dokument a scenár vývoja obyvateľstva, z ktorého vychádza.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-0 = Nie: kapacity nasledujú dopyt, až keď vznikne.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-1 = Pre niektoré služby, alebo na základe scenárov, ktoré migráciu nezahŕňajú.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-2 = Pre všetky hlavné služby, na základe scenárov s migráciou, pravidelne aktualizovaných.
catalogue-framework-comprehensive-approach-question-fp4_funding-text = Zmobilizovalo mesto finančné prostriedky (vlastné, národné, z fondov EÚ, ako sú ESF+, AMIF alebo EFRR) na rozšírenie sociálnej infraštruktúry tam, kde počet obyvateľov rastie v dôsledku prisťahovalectva?
catalogue-framework-comprehensive-approach-question-fp4_funding-evidence = Projekty a sumy za posledné programové obdobie.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-1 = Niektoré projekty.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-2 = Plánovaný investičný program.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-text = Koordinujú sa investície do starostlivosti o deti, škôl a bývania na tom istom území medzi útvarmi a s inými úrovňami verejnej správy?
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-evidence = Orgán alebo postup, ktorý ich koordinuje.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-0 = Nekoordinujú sa.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-1 = Od prípadu k prípadu.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-2 = Prostredníctvom stáleho postupu spoločného plánovania.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-text = Umožňujú pravidlá prístupu k sociálnej infraštruktúre (poradovníky na nájomné byty, podmienky pobytu, poplatky) nedávno prisťahovaným a dočasným migrantom prístup za rovnakých podmienok?
catalogue-framework-comprehensive-approach-question-fp4_access-rules-evidence = Pravidlá a prípadné výnimky.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-0 = Vylučujú ich alebo ich znevýhodňujú.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-1 = Čiastočne.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-2 = Rovnaký prístup.

## Focal point 5
catalogue-framework-comprehensive-approach-focal-fp5-title = Vytvorenie vedomostnej základne a posilnenie tvorby a hodnotenia integračnej politiky založenej na dôkazoch
catalogue-framework-comprehensive-approach-focal-fp5-key_question = Ako budovať spoľahlivú vedomostnú základňu, ktorá umožní priebežné monitorovanie integračných procesov, identifikáciu nedostatkov politík a tvorbu opatrení, hodnotenie a ďalší rozvoj politík?
catalogue-framework-comprehensive-approach-question-fp5_monitoring-text = Monitoruje mesto výsledky integrácie pomocou ukazovateľov pre skupiny migrantov (podľa štátnej príslušnosti, krajiny narodenia, dĺžky pobytu) v porovnaní so štátnymi príslušníkmi vlastnej krajiny?
catalogue-framework-comprehensive-approach-question-fp5_monitoring-evidence = Monitorovacia správa alebo prehľadový panel a ako často sa aktualizuje.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-0 = Žiadne monitorovanie.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-1 = Niektoré ukazovatele, nepravidelne alebo bez členenia podľa skupín.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-2 = Pravidelné monitorovanie založené na ukazovateľoch s členením podľa skupín.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-text = Sú pre hlavné výsledky integrácie dostupné údaje na úrovni mesta (nielen celoštátne): zamestnanosť, vzdelávanie, bývanie, zdravie, participácia?
catalogue-framework-comprehensive-approach-question-fp5_city-figures-evidence = Pre ktoré výsledky existujú údaje na úrovni mesta a z akého zdroja.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-0 = Pre žiadne alebo takmer žiadne.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-1 = Pre niektoré.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-2 = Pre väčšinu.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-text = Hodnotia sa integračné opatrenia z hľadiska ich výsledkov a využívajú sa zistenia na zmenu politík?
catalogue-framework-comprehensive-approach-question-fp5_evaluation-evidence = Hodnotenia za posledné tri roky a čo sa po nich zmenilo.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-0 = Žiadne hodnotenia.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-1 = Niektoré hodnotenia, zriedka využívané.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-2 = Pravidelné hodnotenia, ktoré sa premietajú do preskúmania politík.
catalogue-framework-comprehensive-approach-question-fp5_surveys-text = Uskutočňuje mesto alebo jeho partner prieskumy medzi migrantmi žijúcimi v meste o ich prístupe k službám, prekážkach, s ktorými sa stretávajú, a ich potrebách?
catalogue-framework-comprehensive-approach-question-fp5_surveys-evidence = Prieskum, rok jeho uskutočnenia a vzorka.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-1 = Raz alebo nepravidelne.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-2 = Pravidelne.
catalogue-framework-comprehensive-approach-question-fp5_communication-text = Zverejňujú sa údaje a zistenia včas, aby sa podľa nich dalo konať, a podávajú sa tak, aby sa nedali ľahko zneužiť na stigmatizáciu skupín?
catalogue-framework-comprehensive-approach-question-fp5_communication-evidence = Príklady publikácií a spôsob, akým podávajú údaje.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-0 = Nezverejňujú sa.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-1 = Zverejňujú sa neskoro alebo bez kontextu.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-2 = Zverejňujú sa včas, s kontextom a porovnávacími skupinami.

## Focal point 6
catalogue-framework-comprehensive-approach-focal-fp6-title = Posilňovanie dôvery a pozitívnej identifikácie a podnecovanie budovania komunity medzi novoprichádzajúcimi a prijímajúcou spoločnosťou
catalogue-framework-comprehensive-approach-focal-fp6-key_question = Ako vybudovať a udržať dôveru medzi novoprichádzajúcimi a obyvateľmi ako východisko pre pozitívnu spoločenskú klímu, pocit spolupatričnosti a identifikáciu s miestom ako domovom ľudí rôzneho pôvodu?
catalogue-framework-comprehensive-approach-question-fp6_encounters-text = Podporuje mesto pravidelné aktivity, ktoré spájajú dlhoročných obyvateľov a novoprichádzajúcich pri spoločných projektoch (susedstvo, kultúra, šport, mládež)?
catalogue-framework-comprehensive-approach-question-fp6_encounters-evidence = Aktivity za posledný rok a ich financovanie.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-1 = Príležitostné alebo krátkodobé projekty.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-2 = Pravidelné aktivity s trvalým financovaním.
catalogue-framework-comprehensive-approach-question-fp6_communication-text = Prezentuje verejná komunikácia mesta rozmanitosť ako prínos a zobrazuje obyvateľstvo v jeho skutočnom zložení?
catalogue-framework-comprehensive-approach-question-fp6_communication-evidence = Kampane, publikácie, webové sídlo mesta a sociálne médiá.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-1 = Príležitostne.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-2 = Dôsledne.
catalogue-framework-comprehensive-approach-question-fp6_leadership-text = Hlásia sa politickí predstavitelia mesta verejne k mestu ako domovu ľudí akéhokoľvek pôvodu a reagujú, keď vzniká napätie alebo sa šíria dezinformácie?
catalogue-framework-comprehensive-approach-question-fp6_leadership-evidence = Vyhlásenia, deklarácie alebo charty a reakcie na nedávne incidenty.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-1 = Niekedy.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-2 = Dôsledne.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-text = Má mesto plán na proaktívnu a transparentnú komunikáciu s obyvateľmi, keď naraz príde veľa ľudí, spolu s občianskou spoločnosťou a aktérmi v oblasti bezpečnosti?
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-evidence = Plán a ako bol použitý alebo precvičený.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-0 = Žiadny plán.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-1 = Rieši sa ad hoc, keď k tomu dôjde.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-2 = Plán s určenými partnermi, použitý alebo precvičený.

## Focal point 7
catalogue-framework-comprehensive-approach-focal-fp7-title = Umožnenie participácie a zapojenie migrantov s rôznym pobytovým statusom, znalosťou jazyka hostiteľskej krajiny a sociálnym kapitálom
catalogue-framework-comprehensive-approach-focal-fp7-key_question = Ako na všetkých úrovniach uľahčiť formálnu a neformálnu účasť migrantov na správe vecí ich novej krajiny, aby sa zabezpečila účasť všetkých členov spoločnosti a zachovala legitimita demokratického systému?
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-text = Existuje nezávislý poradný orgán migrantov žijúcich v meste (rada, fórum) s mandátom, zdrojmi a skutočným vplyvom na politiku mesta?
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-evidence = Jeho štatút, spôsob výberu členov, jeho rozpočet a stanoviská, ktoré nedávno vydal.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-0 = Žiadny takýto orgán.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-1 = Existuje, ale bez zdrojov alebo vplyvu.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-2 = Reprezentatívny, so zdrojmi a systematicky konzultovaný.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-text = Sú migranti zapojení do prípravy integračných politík mesta a do participatívnych procesov (občianske fóra, plánovanie mestských častí)?
catalogue-framework-comprehensive-approach-question-fp7_policy-making-evidence = Procesy za posledné dva roky a ako sa na nich migranti zúčastnili.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-1 = Príležitostne.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-2 = Systematicky.
catalogue-framework-comprehensive-approach-question-fp7_voting-text = Informuje mesto migrantov s volebným právom (naturalizovaných občanov, cudzincov s právom voliť vo voľbách do orgánov samosprávy) o voľbách a povzbudzuje ich, aby volili?
catalogue-framework-comprehensive-approach-question-fp7_voting-evidence = Informačné materiály k posledným voľbám a jazyky, v ktorých boli vydané.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-1 = Pri niektorých voľbách.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-2 = Pri každých voľbách, vo viacerých jazykoch.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-text = Informuje a podporuje mesto obyvateľov, ktorí by mohli získať štátne občianstvo (informácie, poradenstvo, slávnostné ceremónie)?
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-evidence = Ponuky a počet ľudí, ktorí ich využili.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-1 = Na požiadanie.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-2 = Aktívne oslovovanie.
catalogue-framework-comprehensive-approach-question-fp7_representation-text = Sú ľudia s migrantským pôvodom zastúpení v mestskom zastupiteľstve, jeho komisiách a vo vedení mesta približne v súlade s ich podielom na obyvateľstve?
catalogue-framework-comprehensive-approach-question-fp7_representation-evidence = Zloženie zastupiteľstva a komisií, ak je známe.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-0 = Výrazne pod ich podielom a nediskutuje sa o tom.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-1 = Pod ich podielom; diskutuje sa o opatreniach.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-2 = Blízko ich podielu, alebo sú zavedené opatrenia na jeho dosiahnutie.

## Focal point 8
catalogue-framework-comprehensive-approach-focal-fp8-title = Podpora dobrovoľníctva a zabezpečenie dlhodobej spolupráce medzi orgánmi verejnej moci a občianskou spoločnosťou
catalogue-framework-comprehensive-approach-focal-fp8-key_question = Ako podporiť a udržať vysokú mieru zapojenia občanov a dobrovoľníctva pri podpore integrácie, ako aj dobrovoľníctvo migrantov ako katalyzátor ich občianskej, sociálnej a ekonomickej integrácie?
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-text = Podporuje mesto dobrovoľnícke iniciatívy v oblasti integrácie odbornou prípravou, koordináciou a malými grantmi?
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-evidence = Podporná štruktúra (dobrovoľnícke centrum, grantová schéma) a jej rozpočet.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-1 = Určitá podpora, od prípadu k prípadu.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-2 = Stála štruktúra s odbornou prípravou, koordináciou a grantmi.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-text = Financujú sa partnerstvá mesta s organizáciami občianskej spoločnosti v oblasti integrácie viacročne, a nie od projektu k projektu?
catalogue-framework-comprehensive-approach-question-fp8_multi-year-evidence = Dohody s partnerskými organizáciami a ich trvanie.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-0 = Len od projektu k projektu.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-1 = Niektoré viacročné dohody.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-2 = Viacročné dohody s kľúčovými partnermi.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-text = Sú migranti povzbudzovaní a je im umožnené dobrovoľnícky pracovať (ako mentori, tlmočníci, v združeniach) bez toho, aby sa dobrovoľníctvo stalo podmienkou čohokoľvek?
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-evidence = Programy a počet dobrovoľníkov z radov migrantov, ktorí sa na nich zúčastňujú.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-1 = Niektoré príležitosti.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-2 = Aktívne, s oslovovaním a podporou.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-text = Sú príspevky dobrovoľníkov prepojené s verejnými integračnými programami tak, aby verejné služby dopĺňali a nenahrádzali ich?
catalogue-framework-comprehensive-approach-question-fp8_complementarity-evidence = Dohodnuté úlohy, spôsoby odovzdávania klientov.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-0 = Žiadne prepojenie.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-1 = Neformálne.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-2 = Dohodnuté úlohy a odovzdávanie klientov.

## Focal point 9
catalogue-framework-comprehensive-approach-focal-fp9-title = Využívanie príležitostí nadnárodných väzieb a podpora integrácie ako „trojsmerného procesu“ zahŕňajúceho krajiny pôvodu
catalogue-framework-comprehensive-approach-focal-fp9-key_question = Ako dosiahnuť, aby sociálne, ekonomické, kultúrne a politické väzby migrantov s krajinou pôvodu prispievali k integrácii a blahobytu v krajine určenia?
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-text = Spolupracuje mesto s diaspórou a organizáciami migrantov ako s partnermi (konzultácie, spoločné projekty)?
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-evidence = Organizácie, s ktorými mesto spolupracuje, a spoločné projekty.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-1 = Príležitostne.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-2 = Systematicky.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-text = Vyučujú sa alebo podporujú jazyky krajín pôvodu, v škole alebo mimo nej, a oceňujú sa ako zručnosti?
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-evidence = Kurzy, školy a ponúkané jazyky.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-1 = Niektoré ponuky.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-2 = Áno, v hlavných jazykoch obyvateľov mesta.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-text = Pomáha podpora podnikania zo strany mesta podnikateľom z radov migrantov využívať ich väzby s krajinami pôvodu (obchod, investície, pracovné miesta)?
catalogue-framework-comprehensive-approach-question-fp9_enterprise-evidence = Programy služieb na podporu podnikania.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-1 = Len všeobecná podpora podnikania.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-2 = Cielená podpora.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-text = Spolupracuje mesto s mestami alebo regiónmi pôvodu (partnerstvá, projekty spoločného rozvoja, informácie pred odchodom)?
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-evidence = Partnerstvá a projekty.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-1 = Príležitostné projekty.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-2 = Stále partnerstvá.

## Focal point 10
catalogue-framework-comprehensive-approach-focal-fp10-title = Podpora miestne ukotveného posilňovania komunít a uvoľňovanie miestneho potenciálu pre rozvoj mestských štvrtí
catalogue-framework-comprehensive-approach-focal-fp10-key_question = Ako podporovať kapacity občianskeho komunitného organizovania a pomáhať mestským štvrtiam dosiahnuť vyššiu mieru sociálneho zapojenia, prekonať sociálnu izoláciu, znížiť napätie a zlepšiť prístup k zdrojom, blahobyt a ekonomické vyhliadky?
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-text = Majú mestské štvrte s mnohými obyvateľmi z radov migrantov participatívne formy alebo participatívne rozpočty, v ktorých obyvatelia rozhodujú o miestnych projektoch?
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-evidence = Formy participácie, ich rozpočty a kto sa zúčastnil.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-1 = Pilotný projekt alebo v niekoľkých štvrtiach.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-2 = Zavedené všade, kde sú potrebné.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-text = Je v týchto štvrtiach dosť miest na stretávanie: komunitných centier a centier pre mládež, knižníc, škôl otvorených pre rodičov, kvalitného verejného priestoru?
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-evidence = Zariadenia a ich otváracie hodiny.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-0 = Málo alebo žiadne.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-1 = Niektoré, s nedostatočnými zdrojmi.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-2 = Dostatok a dobre využívané.
catalogue-framework-comprehensive-approach-question-fp10_community-work-text = Sú v týchto štvrtiach dostupné profesionálne, interkultúrne kompetentné služby komunitnej práce, mediácie a riešenia konfliktov?
catalogue-framework-comprehensive-approach-question-fp10_community-work-evidence = Služby, ich zamestnanci a financovanie.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-1 = Niektoré alebo dočasné.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-2 = Áno, s trvalým financovaním.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-text = Sleduje mesto sociálny vývoj na úrovni mestských štvrtí, aby mohlo včas konať spolu so zainteresovanými stranami?
catalogue-framework-comprehensive-approach-question-fp10_small-areas-evidence = Údaje za malé územné jednotky, ktoré mesto používa, a ako často.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-1 = Niektoré údaje, nepravidelne.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-2 = Pravidelné monitorovanie na úrovni malých územných jednotiek.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-text = Sú aktivity v mestských štvrtiach prepojené s obnovou miest, bývaním a podporou miestneho podnikania a koordinované medzi útvarmi?
catalogue-framework-comprehensive-approach-question-fp10_regeneration-evidence = Programy, ktoré ich spájajú.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-0 = Nie.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-1 = Čiastočne.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-2 = Koordinované v jednom programe.
