# The participatory city audit's framework, "A comprehensive approach to migrant integration at local level"
# (catalogue/frameworks/comprehensive-approach.toml), in Czech. English is the framework
# file itself; the keys are `Framework::texts` of the assessment crate (catalogue_key of
# framework, <id>, …). Focal point titles, key questions and principles are quoted there
# from Wolffhardt (2019), ReSOMA Discussion Policy Brief; the questions and options are the
# observatory's own. The citation (`source`) is not translated.
# When the framework file changes, change these keys with it (and its `version`).
catalogue-framework-comprehensive-approach-title = Komplexní přístup k integraci migrantů na místní úrovni
catalogue-framework-comprehensive-approach-authorship = Názvy stěžejních oblastí, klíčové otázky a zásady: citovány ze zdroje. Otázky a možnosti odpovědí: vypracoval Integration Observatory na základě výzev při provádění uvedených ve zdroji.

## Guiding principles
catalogue-framework-comprehensive-approach-principle-balanced-title = Vyvážený a komplexní
catalogue-framework-comprehensive-approach-principle-balanced-description = pokrývající všechny oblasti politiky významné pro socioekonomické a sociokulturní aspekty integračního procesu
catalogue-framework-comprehensive-approach-principle-coordinated-title = Koordinovaný a plánovaný
catalogue-framework-comprehensive-approach-principle-coordinated-description = s meziresortním začleňováním integrace do všech politik na základě celkové strategie a pravidelného procesu přezkumu a dalšího rozvoje politik
catalogue-framework-comprehensive-approach-principle-active-title = Aktivní a cílený
catalogue-framework-comprehensive-approach-principle-active-description = jdoucí nad rámec pouhého zajištění rovných práv na přístup, s podpůrnými opatřeními a poskytováním veřejných služeb, které reagují na specifické potřeby migrantů
catalogue-framework-comprehensive-approach-principle-tailored-title = Přizpůsobený a diferencovaný
catalogue-framework-comprehensive-approach-principle-tailored-description = zohledňující celou rozmanitost příchozích z hlediska jejich příčin, záměrů, složení a podmínek v zemích původu
catalogue-framework-comprehensive-approach-principle-broadly-based-title = Široce založený a podporovaný
catalogue-framework-comprehensive-approach-principle-broadly-based-description = s tvorbou a prováděním politik v partnerství s místními a regionálními orgány a organizacemi občanské společnosti
catalogue-framework-comprehensive-approach-principle-mutual-title = Vzájemný a transformační
catalogue-framework-comprehensive-approach-principle-mutual-description = uznávající integraci jako obousměrný proces s aktivním zapojením a přizpůsobením ze strany přijímající společnosti

## Stakeholder groups
catalogue-framework-comprehensive-approach-group-administration = Městská správa
catalogue-framework-comprehensive-approach-group-public-bodies = Jiné veřejné orgány
catalogue-framework-comprehensive-approach-group-civil-society = Organizace občanské společnosti
catalogue-framework-comprehensive-approach-group-migrants = Zástupci migrantů a uprchlíků
catalogue-framework-comprehensive-approach-group-employers = Zaměstnavatelé
catalogue-framework-comprehensive-approach-group-researchers = Výzkumníci

## Priorities: each focal point rated for importance
catalogue-framework-comprehensive-approach-priorities-question = Jak důležité je, aby město v příštích letech věnovalo této stěžejní oblasti více pozornosti a prostředků?
catalogue-framework-comprehensive-approach-priorities-source = Hodnoticí škála průzkumu mezi zúčastněnými stranami ReSOMA z roku 2019 (oddíl 4, tabulka 1: 1 – zcela nedůležité; 5 – velmi důležité), položená zúčastněným stranám samotného města.
catalogue-framework-comprehensive-approach-priorities-scale-1 = zcela nedůležité
catalogue-framework-comprehensive-approach-priorities-scale-2 = málo důležité
catalogue-framework-comprehensive-approach-priorities-scale-3 = středně důležité
catalogue-framework-comprehensive-approach-priorities-scale-4 = důležité
catalogue-framework-comprehensive-approach-priorities-scale-5 = velmi důležité

## Focal point 1
catalogue-framework-comprehensive-approach-focal-fp1-title = Umožnit komplexní integraci od prvního dne a zlepšit koordinaci mezi orgány ve prospěch nově příchozích
catalogue-framework-comprehensive-approach-focal-fp1-key_question = Jak zajistit, aby se nově příchozí mohli okamžitě integrovat a získat přístup ke klíčovým službám a právům, a předejít tak dlouhému čekání, sociální izolaci a ztrátě motivace?
catalogue-framework-comprehensive-approach-question-fp1_one-stop-text = Může nově příchozí osoba získat poradenství k bydlení, práci, jazykovým kurzům, školní docházce a zdravotní péči na jednom místě (jednotné kontaktní místo nebo uvítací centrum) nebo prostřednictvím jedné koordinující kontaktní osoby?
catalogue-framework-comprehensive-approach-question-fp1_one-stop-evidence = Uveďte místo nebo službu, její úřední hodiny a služby, které pokrývá.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-0 = Ne: každou službu je třeba vyhledat a kontaktovat zvlášť.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-1 = Částečně: kontaktní místo existuje, ale pokrývá jen některé služby nebo jen některé skupiny nově příchozích.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-2 = Ano: jedno místo nebo jedna kontaktní osoba koordinuje všechny klíčové služby pro každou skupinu nově příchozích.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-text = Dostávají nově příchozí brzy po příchodu individuální integrační plán vycházející z posouzení jejich potřeb a stávajících dovedností?
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-evidence = Program, kdo na něj má nárok a kolik plánů bylo vypracováno v loňském roce.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-0 = Individuální plány se nevypracovávají.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-1 = Jen pro některé skupiny (např. osoby s uděleným azylem) nebo bez posouzení dovedností.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-2 = Nabízí se všem nově příchozím včetně migrantů v rámci slučování rodiny a pracovních migrantů, s posouzením dovedností.
catalogue-framework-comprehensive-approach-question-fp1_waiting-text = Jak dlouho nově příchozí osoba obvykle čeká, než zahájí jazykový kurz, než její děti nastoupí do školy a než se jí začnou věnovat služby zaměstnanosti?
catalogue-framework-comprehensive-approach-question-fp1_waiting-evidence = Čekací doby podle údajů služeb nebo případy, o kterých víte.
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-0 = U většiny měsíce, nebo přístup závisí na podmínkách, které nově příchozí nemohou splnit (doklady, poplatky, předchozí registrace).
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-1 = U některých z těchto služeb několik týdnů, u jiných měsíce.
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-2 = U všech tří do několika týdnů.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-text = Mají žadatelé o azyl žijící ve městě během čekání na rozhodnutí přístup k včasné podpoře integrace (jazyk, orientace, posouzení dovedností)?
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-evidence = Nabídky dostupné žadatelům o azyl a případné podmínky.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-0 = Ne: podpora začíná až po udělení ochrany.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-1 = Určitá podpora, nebo jen pro ty, u nichž se udělení ochrany považuje za pravděpodobné.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-2 = Ano, pro všechny žadatele o azyl, od příchodu.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-text = Sdílejí město, státní orgány (migrační úřad, služby zaměstnanosti) a systém přijímání včas informace o příchodech, aby se služby mohly připravit?
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-evidence = Způsob spolupráce (dohoda, pracovní skupina), kdo se jí účastní a jak často se schází.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-0 = Ne: město se o příchodech dozví, až když lidé přijdou do jeho služeb.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-1 = Neformálně nebo případ od případu.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-2 = Stálá dohoda s určenými kontaktními osobami a pravidelnou výměnou.

## Focal point 2
catalogue-framework-comprehensive-approach-focal-fp2-title = Začleňování integrace do všech oblastí politiky a dlouhodobá podpora integrace
catalogue-framework-comprehensive-approach-focal-fp2-key_question = Jak zajistit, aby obecné veřejné služby poskytovaly služby stejné kvality všem členům společnosti tím, že vyvíjejí diferencované úsilí podle specifických, individuálních potřeb vyplývajících z migračního kontextu?
catalogue-framework-comprehensive-approach-question-fp2_strategy-text = Má město integrační strategii schválenou zastupitelstvem, s odpovědnostmi rozdělenými mezi odbory, s rozpočtem a pravidelným přezkumem?
catalogue-framework-comprehensive-approach-question-fp2_strategy-evidence = Název a datum strategie, odbory v ní uvedené, její rozpočtová položka a její poslední přezkum.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-0 = Žádná strategie.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-1 = Strategie existuje, ale bez rozpočtu, bez odpovědností rozdělených mezi odbory nebo bez přezkumu.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-2 = Schválená, zahrnuje všechny odbory, má rozpočet a pravidelně se přezkoumává.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-text = Jsou pracovníci obecných služeb v přímém kontaktu s klienty (školy, sociální služby, zdravotnictví, služby zaměstnanosti) proškoleni v interkulturní kompetenci a ve specifických potřebách migrantů?
catalogue-framework-comprehensive-approach-question-fp2_staff-training-evidence = Vzdělávací programy a počet pracovníků, kteří se jich v loňském roce zúčastnili.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-0 = Žádné takové školení.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-1 = V některých službách nebo jen příležitostně.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-2 = Pravidelné školení ve všech hlavních službách.
catalogue-framework-comprehensive-approach-question-fp2_languages-text = Jsou klíčové informace o veřejných službách dostupné v hlavních jazycích migrantů žijících ve městě a mohou služby využít tlumočníky?
catalogue-framework-comprehensive-approach-question-fp2_languages-evidence = Které jazyky, které služby a jak je tlumočení zajištěno a hrazeno.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-0 = Jen v úředním jazyce; žádné tlumočení.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-1 = Některé informace nebo tlumočení na vyžádání v některých službách.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-2 = Systematicky, v hlavních jazycích, s tlumočením v každé hlavní službě.
catalogue-framework-comprehensive-approach-question-fp2_workforce-text = Ví město, zda jeho vlastní zaměstnanci odrážejí rozmanitost jeho obyvatelstva, a jedná podle toho (oslovování, nábor, cíle)?
catalogue-framework-comprehensive-approach-question-fp2_workforce-evidence = Údaje o zaměstnancích podle původu, pokud se shromažďují, a náborová opatření.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-0 = Nesleduje se, žádná opatření.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-1 = Sleduje se, nebo existují některá opatření, ale ne obojí.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-2 = Sleduje se, s opatřeními a cíli.
catalogue-framework-comprehensive-approach-question-fp2_long-term-text = Existují nabídky pro dlouhodobé usazení a sociální mobilitu: pokročilé jazykové kurzy, doplňkové vzdělávání dospělých, uznávání zahraničních kvalifikací?
catalogue-framework-comprehensive-approach-question-fp2_long-term-evidence = Nabídky, kdo je může využívat, a jejich pořadníky.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-0 = Nic kromě základních jazykových a orientačních kurzů.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-1 = Některé nabídky, nebo nabídky nepřístupné některým skupinám.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-2 = Řada nabídek přístupných všem obyvatelům, kteří je potřebují.

## Focal point 3
catalogue-framework-comprehensive-approach-focal-fp3-title = Zavedení účinných politik nediskriminace a prosazování antidiskriminačních zákonů
catalogue-framework-comprehensive-approach-focal-fp3-key_question = Jak zajistit, aby byly přísné antidiskriminační zákony účinně prosazovány a aby se diskriminační chování stalo společensky nepřijatelným?
catalogue-framework-comprehensive-approach-question-fp3_reporting-text = Mohou obyvatelé nahlásit diskriminaci místnímu kontaktnímu místu (městskému úřadu, pobočce orgánu pro rovné zacházení nebo financované organizaci), které obětem pomáhá s podáním stížnosti?
catalogue-framework-comprehensive-approach-question-fp3_reporting-evidence = Kontaktní místo, jeho pracovníci a počet podnětů, které v loňském roce přijalo.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-0 = Žádné místní kontaktní místo.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-1 = Existuje, ale je málo známé nebo má příliš málo prostředků.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-2 = Známé, snadno dostupné a s prostředky na podporu stížností.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-text = Sleduje město případy diskriminace a stížnosti a zveřejňuje údaje?
catalogue-framework-comprehensive-approach-question-fp3_monitoring-evidence = Zpráva nebo stránka, na které se údaje zveřejňují.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-0 = Nesleduje se.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-1 = Shromažďují se, ale nezveřejňují.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-2 = Shromažďují se a pravidelně zveřejňují.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-text = Vede nebo podporuje město kampaně, které informují migranty o jejich právech a sdělují, že diskriminace je zakázaná a nepřijatelná?
catalogue-framework-comprehensive-approach-question-fp3_campaigns-evidence = Kampaně za poslední dva roky, jejich jazyky a dosah.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-0 = Žádné kampaně.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-1 = Příležitostné kampaně.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-2 = Soustavné kampaně s partnery v hlavních jazycích.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-text = Spolupracuje město s pronajímateli, zaměstnavateli a jejich sdruženími na předcházení diskriminaci v bydlení a na trhu práce (charty diverzity, zvyšování povědomí, testování)?
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-evidence = Dohody, podepsané charty nebo výsledky testování.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-0 = Žádná taková spolupráce.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-1 = Některé iniciativy bez závazných příslibů.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-2 = Systematická spolupráce se závaznými přísliby nebo pravidelným testováním.

## Focal point 4
catalogue-framework-comprehensive-approach-focal-fp4-title = Usnadnění sociálních investic a zajištění přiměřené sociální infrastruktury v regionech s vyšší mírou přistěhovalectví
catalogue-framework-comprehensive-approach-focal-fp4-key_question = Jak zajistit, aby byla sociální infrastruktura poskytována v souladu s poptávkou a počtem obyvatel, zejména v oblastech, jejichž obyvatelstvo roste v důsledku přistěhovalectví?
catalogue-framework-comprehensive-approach-question-fp4_foresight-text = Plánuje město místa ve školách a zařízeních péče o děti, bydlení a zdravotní služby na základě scénářů vývoje obyvatelstva, které zahrnují migraci?
catalogue-framework-comprehensive-approach-question-fp4_foresight-evidence = Plánovací dokument a scénář vývoje obyvatelstva, z něhož vychází.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-0 = Ne: kapacity následují poptávku, až když vznikne.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-1 = U některých služeb, nebo na základě scénářů, které migraci nezahrnují.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-2 = U všech hlavních služeb, na základě scénářů s migrací, pravidelně aktualizovaných.
catalogue-framework-comprehensive-approach-question-fp4_funding-text = Zajistilo město finanční prostředky (vlastní, státní, z fondů EU, jako jsou ESF+, AMIF nebo EFRR) na rozšíření sociální infrastruktury tam, kde počet obyvatel roste v důsledku přistěhovalectví?
catalogue-framework-comprehensive-approach-question-fp4_funding-evidence = Projekty a částky za poslední programové období.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-1 = Některé projekty.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-2 = Plánovaný investiční program.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-text = Koordinují se investice do péče o děti, škol a bydlení na tomtéž území mezi odbory a s jinými úrovněmi veřejné správy?
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-evidence = Orgán nebo postup, který je koordinuje.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-0 = Nekoordinují se.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-1 = Případ od případu.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-2 = Prostřednictvím stálého postupu společného plánování.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-text = Umožňují pravidla přístupu k sociální infrastruktuře (pořadníky na obecní byty, podmínky pobytu, poplatky) nedávno přistěhovalým a dočasným migrantům přístup za rovných podmínek?
catalogue-framework-comprehensive-approach-question-fp4_access-rules-evidence = Pravidla a případné výjimky.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-0 = Vylučují je nebo je znevýhodňují.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-1 = Částečně.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-2 = Rovný přístup.

## Focal point 5
catalogue-framework-comprehensive-approach-focal-fp5-title = Vytvoření znalostní základny a posílení tvorby a hodnocení integrační politiky založené na důkazech
catalogue-framework-comprehensive-approach-focal-fp5-key_question = Jak budovat spolehlivou znalostní základnu, která umožní průběžné sledování integračních procesů, identifikaci nedostatků politik a tvorbu opatření, hodnocení a další rozvoj politik?
catalogue-framework-comprehensive-approach-question-fp5_monitoring-text = Sleduje město výsledky integrace pomocí ukazatelů pro skupiny migrantů (podle státního občanství, země narození, délky pobytu) ve srovnání se státními příslušníky dané země?
catalogue-framework-comprehensive-approach-question-fp5_monitoring-evidence = Monitorovací zpráva nebo přehledový panel a jak často se aktualizuje.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-0 = Žádné sledování.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-1 = Některé ukazatele, nepravidelně nebo bez členění podle skupin.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-2 = Pravidelné sledování založené na ukazatelích s členěním podle skupin.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-text = Jsou pro hlavní výsledky integrace k dispozici údaje na úrovni města (nejen celostátní): zaměstnanost, vzdělávání, bydlení, zdraví, participace?
catalogue-framework-comprehensive-approach-question-fp5_city-figures-evidence = Pro které výsledky existují údaje na úrovni města a z jakého zdroje.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-0 = Pro žádné nebo téměř žádné.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-1 = Pro některé.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-2 = Pro většinu.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-text = Hodnotí se integrační opatření z hlediska jejich výsledků a využívají se zjištění ke změně politik?
catalogue-framework-comprehensive-approach-question-fp5_evaluation-evidence = Hodnocení za poslední tři roky a co se po nich změnilo.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-0 = Žádná hodnocení.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-1 = Některá hodnocení, zřídka využívaná.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-2 = Pravidelná hodnocení, která se promítají do přezkumu politik.
catalogue-framework-comprehensive-approach-question-fp5_surveys-text = Provádí město nebo jeho partner průzkumy mezi migranty žijícími ve městě o jejich přístupu ke službám, překážkách, s nimiž se setkávají, a jejich potřebách?
catalogue-framework-comprehensive-approach-question-fp5_surveys-evidence = Průzkum, rok jeho provedení a vzorek.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-1 = Jednou nebo nepravidelně.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-2 = Pravidelně.
catalogue-framework-comprehensive-approach-question-fp5_communication-text = Zveřejňují se údaje a zjištění včas, aby se podle nich dalo jednat, a prezentují se tak, aby je nebylo snadné zneužít ke stigmatizaci skupin?
catalogue-framework-comprehensive-approach-question-fp5_communication-evidence = Příklady publikací a způsob, jakým údaje prezentují.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-0 = Nezveřejňují se.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-1 = Zveřejňují se pozdě nebo bez kontextu.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-2 = Zveřejňují se včas, s kontextem a srovnávacími skupinami.

## Focal point 6
catalogue-framework-comprehensive-approach-focal-fp6-title = Posilování důvěry a pozitivní identifikace a podněcování budování komunity mezi nově příchozími a přijímající společností
catalogue-framework-comprehensive-approach-focal-fp6-key_question = Jak vybudovat a udržet důvěru mezi nově příchozími a obyvateli jako výchozí bod pro pozitivní společenské klima, pocit sounáležitosti a identifikaci s místem jako domovem lidí různého původu?
catalogue-framework-comprehensive-approach-question-fp6_encounters-text = Podporuje město pravidelné aktivity, které spojují dlouholeté obyvatele a nově příchozí při společných projektech (sousedství, kultura, sport, mládež)?
catalogue-framework-comprehensive-approach-question-fp6_encounters-evidence = Aktivity za poslední rok a jejich financování.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-1 = Příležitostné nebo krátkodobé projekty.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-2 = Pravidelné aktivity s trvalým financováním.
catalogue-framework-comprehensive-approach-question-fp6_communication-text = Představuje veřejná komunikace města rozmanitost jako přínos a ukazuje obyvatelstvo v jeho skutečném složení?
catalogue-framework-comprehensive-approach-question-fp6_communication-evidence = Kampaně, publikace, webové stránky města a sociální média.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-1 = Příležitostně.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-2 = Soustavně.
catalogue-framework-comprehensive-approach-question-fp6_leadership-text = Hlásí se političtí představitelé města veřejně k městu jako domovu lidí jakéhokoli původu a reagují, když vzniká napětí nebo se šíří dezinformace?
catalogue-framework-comprehensive-approach-question-fp6_leadership-evidence = Prohlášení, deklarace nebo charty a reakce na nedávné incidenty.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-1 = Někdy.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-2 = Soustavně.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-text = Má město plán pro proaktivní a transparentní komunikaci s obyvateli, když najednou přijde mnoho lidí, společně s občanskou společností a aktéry v oblasti bezpečnosti?
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-evidence = Plán a jak byl použit nebo nacvičen.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-0 = Žádný plán.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-1 = Řeší se ad hoc, když k tomu dojde.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-2 = Plán s určenými partnery, použitý nebo nacvičený.

## Focal point 7
catalogue-framework-comprehensive-approach-focal-fp7-title = Umožnění participace a zapojení migrantů s různým pobytovým statusem, znalostí jazyka hostitelské země a sociálním kapitálem
catalogue-framework-comprehensive-approach-focal-fp7-key_question = Jak na všech úrovních usnadnit formální i neformální účast migrantů na správě věcí jejich nové země, aby byla zajištěna účast všech členů společnosti a zachována legitimita demokratického systému?
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-text = Existuje nezávislý poradní orgán migrantů žijících ve městě (rada, fórum) s mandátem, prostředky a skutečným vlivem na politiku města?
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-evidence = Jeho statut, způsob výběru členů, jeho rozpočet a stanoviska, která nedávno vydal.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-0 = Žádný takový orgán.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-1 = Existuje, ale bez prostředků nebo vlivu.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-2 = Reprezentativní, s prostředky a systematicky konzultovaný.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-text = Jsou migranti zapojeni do přípravy integračních politik města a do participativních procesů (občanská fóra, plánování městských čtvrtí)?
catalogue-framework-comprehensive-approach-question-fp7_policy-making-evidence = Procesy za poslední dva roky a jak se jich migranti účastnili.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-1 = Příležitostně.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-2 = Systematicky.
catalogue-framework-comprehensive-approach-question-fp7_voting-text = Informuje město migranty s volebním právem (naturalizované občany, cizince s právem volit v komunálních volbách) o volbách a povzbuzuje je k účasti?
catalogue-framework-comprehensive-approach-question-fp7_voting-evidence = Informační materiály k posledním volbám a jazyky, v nichž byly vydány.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-1 = U některých voleb.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-2 = U každých voleb, ve více jazycích.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-text = Informuje a podporuje město obyvatele, kteří by mohli získat státní občanství (informace, poradenství, slavnostní předávání)?
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-evidence = Nabídky a počet lidí, kteří je využili.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-1 = Na vyžádání.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-2 = Aktivní oslovování.
catalogue-framework-comprehensive-approach-question-fp7_representation-text = Jsou lidé s migračním původem zastoupeni v zastupitelstvu města, jeho výborech a ve vedení města přibližně v souladu s jejich podílem na obyvatelstvu?
catalogue-framework-comprehensive-approach-question-fp7_representation-evidence = Složení zastupitelstva a výborů, je-li známo.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-0 = Výrazně pod jejich podílem a nediskutuje se o tom.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-1 = Pod jejich podílem; diskutuje se o opatřeních.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-2 = Blízko jejich podílu, nebo jsou zavedena opatření k jeho dosažení.

## Focal point 8
catalogue-framework-comprehensive-approach-focal-fp8-title = Podpora dobrovolnictví a zajištění dlouhodobé spolupráce mezi orgány veřejné moci a občanskou společností
catalogue-framework-comprehensive-approach-focal-fp8-key_question = Jak podpořit a udržet vysokou míru zapojení občanů a dobrovolnictví při podpoře integrace, jakož i dobrovolnictví migrantů jako katalyzátor jejich občanské, sociální a ekonomické integrace?
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-text = Podporuje město dobrovolnické iniciativy v oblasti integrace školením, koordinací a malými granty?
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-evidence = Podpůrná struktura (dobrovolnické centrum, grantový program) a její rozpočet.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-1 = Určitá podpora, případ od případu.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-2 = Stálá struktura se školením, koordinací a granty.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-text = Financují se partnerství města s organizacemi občanské společnosti v oblasti integrace víceletě, a ne od projektu k projektu?
catalogue-framework-comprehensive-approach-question-fp8_multi-year-evidence = Dohody s partnerskými organizacemi a jejich trvání.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-0 = Jen od projektu k projektu.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-1 = Některé víceleté dohody.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-2 = Víceleté dohody s klíčovými partnery.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-text = Jsou migranti povzbuzováni a je jim umožněno dobrovolnicky působit (jako mentoři, tlumočníci, ve spolcích), aniž by se dobrovolnictví stalo podmínkou čehokoli?
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-evidence = Programy a počet dobrovolníků z řad migrantů, kteří se jich účastní.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-1 = Některé příležitosti.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-2 = Aktivně, s oslovováním a podporou.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-text = Jsou příspěvky dobrovolníků propojeny s veřejnými integračními programy tak, aby veřejné služby doplňovaly, a nenahrazovaly je?
catalogue-framework-comprehensive-approach-question-fp8_complementarity-evidence = Dohodnuté role, způsoby předávání klientů.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-0 = Žádné propojení.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-1 = Neformálně.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-2 = Dohodnuté role a předávání klientů.

## Focal point 9
catalogue-framework-comprehensive-approach-focal-fp9-title = Využívání příležitostí nadnárodních vazeb a podpora integrace jako „trojsměrného procesu“ zahrnujícího země původu
catalogue-framework-comprehensive-approach-focal-fp9-key_question = Jak dosáhnout toho, aby sociální, ekonomické, kulturní a politické vazby migrantů se zemí původu přispívaly k integraci a blahobytu v zemi určení?
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-text = Spolupracuje město s diasporou a organizacemi migrantů jako s partnery (konzultace, společné projekty)?
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-evidence = Organizace, se kterými město spolupracuje, a společné projekty.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-1 = Příležitostně.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-2 = Systematicky.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-text = Vyučují se nebo podporují jazyky zemí původu, ve škole nebo mimo ni, a oceňují se jako dovednosti?
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-evidence = Kurzy, školy a nabízené jazyky.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-1 = Některé nabídky.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-2 = Ano, v hlavních jazycích obyvatel města.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-text = Pomáhá podpora podnikání ze strany města podnikatelům z řad migrantů využívat jejich vazby se zeměmi původu (obchod, investice, pracovní místa)?
catalogue-framework-comprehensive-approach-question-fp9_enterprise-evidence = Programy služeb na podporu podnikání.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-1 = Jen obecná podpora podnikání.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-2 = Cílená podpora.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-text = Spolupracuje město s městy nebo regiony původu (partnerství, projekty společného rozvoje, informace před odjezdem)?
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-evidence = Partnerství a projekty.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-1 = Příležitostné projekty.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-2 = Stálá partnerství.

## Focal point 10
catalogue-framework-comprehensive-approach-focal-fp10-title = Podpora místně ukotveného posilování komunit a uvolňování místního potenciálu pro rozvoj městských čtvrtí
catalogue-framework-comprehensive-approach-focal-fp10-key_question = Jak podporovat kapacity občanského komunitního organizování a pomáhat městským čtvrtím dosáhnout vyšší míry sociálního zapojení, překonat sociální izolaci, snížit napětí a zlepšit přístup ke zdrojům, blahobyt a ekonomické vyhlídky?
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-text = Mají městské čtvrti s mnoha obyvateli z řad migrantů participativní formy nebo participativní rozpočty, v nichž obyvatelé rozhodují o místních projektech?
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-evidence = Formy participace, jejich rozpočty a kdo se zúčastnil.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-1 = Pilotní projekt nebo v několika čtvrtích.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-2 = Zavedené všude, kde jsou potřeba.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-text = Je v těchto čtvrtích dost míst pro setkávání: komunitních center a center pro mládež, knihoven, škol otevřených rodičům, kvalitního veřejného prostoru?
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-evidence = Zařízení a jejich otevírací doba.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-0 = Málo nebo žádná.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-1 = Některá, s nedostatečnými prostředky.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-2 = Dostatek a dobře využívaná.
catalogue-framework-comprehensive-approach-question-fp10_community-work-text = Jsou v těchto čtvrtích dostupné profesionální, interkulturně kompetentní služby komunitní práce, mediace a řešení konfliktů?
catalogue-framework-comprehensive-approach-question-fp10_community-work-evidence = Služby, jejich pracovníci a financování.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-1 = Některé nebo dočasné.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-2 = Ano, s trvalým financováním.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-text = Sleduje město sociální vývoj na úrovni městských čtvrtí, aby mohlo včas jednat společně se zúčastněnými stranami?
catalogue-framework-comprehensive-approach-question-fp10_small-areas-evidence = Údaje za malé územní celky, které město používá, a jak často.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-1 = Některé údaje, nepravidelně.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-2 = Pravidelné sledování na úrovni malých územních celků.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-text = Jsou aktivity v městských čtvrtích propojeny s obnovou měst, bydlením a podporou místního podnikání a koordinovány mezi odbory?
catalogue-framework-comprehensive-approach-question-fp10_regeneration-evidence = Programy, které je spojují.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-0 = Ne.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-1 = Částečně.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-2 = Koordinovány v jednom programu.
