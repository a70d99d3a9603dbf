# The participatory city audit's framework, "A comprehensive approach to migrant integration at local level"
# (catalogue/frameworks/comprehensive-approach.toml), in Bulgarian. English is the framework
# file itself; the keys are `Framework::texts` of the assessment crate (catalogue_key of
# framework, <id>, …). Focal point titles, key questions and principles are quoted there
# from Wolffhardt (2019), ReSOMA Discussion Policy Brief; the questions and options are the
# observatory's own. The citation (`source`) is not translated.
# When the framework file changes, change these keys with it (and its `version`).
catalogue-framework-comprehensive-approach-title = Цялостен подход към интеграцията на мигрантите на местно равнище
catalogue-framework-comprehensive-approach-authorship = Наименования на приоритетните области, ключови въпроси и принципи: цитирани от източника. Въпроси и отговори за избор: изготвени от Integration Observatory въз основа на посочените в източника предизвикателства при прилагането.

## Guiding principles
catalogue-framework-comprehensive-approach-principle-balanced-title = Балансиран и всеобхватен
catalogue-framework-comprehensive-approach-principle-balanced-description = обхващащ всички области на политиката, които имат значение за социално-икономическите и социално-културните аспекти на процеса на интеграция
catalogue-framework-comprehensive-approach-principle-coordinated-title = Координиран и планиран
catalogue-framework-comprehensive-approach-principle-coordinated-description = с междусекторно включване на интеграцията във всички политики въз основа на цялостна стратегия и редовен процес на преглед и по-нататъшно развитие на политиките
catalogue-framework-comprehensive-approach-principle-active-title = Активен и целенасочен
catalogue-framework-comprehensive-approach-principle-active-description = който надхвърля простото осигуряване на равни права на достъп, с мерки за подкрепа и предоставяне на публични услуги, отговарящи на специфичните нужди на мигрантите
catalogue-framework-comprehensive-approach-principle-tailored-title = Съобразен и диференциран
catalogue-framework-comprehensive-approach-principle-tailored-description = отчитащ цялото многообразие на притока по отношение на неговите причини, намерения, състав и условията в държавите на произход
catalogue-framework-comprehensive-approach-principle-broadly-based-title = С широка основа и подкрепа
catalogue-framework-comprehensive-approach-principle-broadly-based-description = с разработване и прилагане на политиките в партньорство с местните и регионалните органи и организациите на гражданското общество
catalogue-framework-comprehensive-approach-principle-mutual-title = Взаимен и преобразяващ
catalogue-framework-comprehensive-approach-principle-mutual-description = признаващ интеграцията като двупосочен процес, с активно участие и адаптиране от страна на приемащото общество

## Stakeholder groups
catalogue-framework-comprehensive-approach-group-administration = Общинска администрация
catalogue-framework-comprehensive-approach-group-public-bodies = Други публични органи
catalogue-framework-comprehensive-approach-group-civil-society = Организации на гражданското общество
catalogue-framework-comprehensive-approach-group-migrants = Представители на мигранти и бежанци
catalogue-framework-comprehensive-approach-group-employers = Работодатели
catalogue-framework-comprehensive-approach-group-researchers = Изследователи

## Priorities: each focal point rated for importance
catalogue-framework-comprehensive-approach-priorities-question = Колко важно е през следващите години общината да отдели повече внимание и ресурси на тази приоритетна област?
catalogue-framework-comprehensive-approach-priorities-source = Скалата за оценка от проучването на ReSOMA сред заинтересованите страни от 2019 г. (раздел 4, таблица 1: 1 – изобщо не е важно; 5 – много важно), зададена на заинтересованите страни в самата община.
catalogue-framework-comprehensive-approach-priorities-scale-1 = изобщо не е важно
catalogue-framework-comprehensive-approach-priorities-scale-2 = слабо важно
catalogue-framework-comprehensive-approach-priorities-scale-3 = умерено важно
catalogue-framework-comprehensive-approach-priorities-scale-4 = важно
catalogue-framework-comprehensive-approach-priorities-scale-5 = много важно

## Focal point 1
catalogue-framework-comprehensive-approach-focal-fp1-title = Осигуряване на цялостна интеграция от първия ден и подобряване на координацията между органите по отношение на новопристигналите
catalogue-framework-comprehensive-approach-focal-fp1-key_question = Как да се гарантира, че новопристигналите могат да се интегрират и да получат достъп до ключови услуги и права веднага, като се предотвратят дългите периоди на чакане, социалната изолация и демотивацията?
catalogue-framework-comprehensive-approach-question-fp1_one-stop-text = Може ли новопристигнало лице да получи консултация за жилище, работа, езикови курсове, училищно образование и здравеопазване на едно място (обслужване на едно гише или център за посрещане) или чрез едно координиращо лице за контакт?
catalogue-framework-comprehensive-approach-question-fp1_one-stop-evidence = Посочете мястото или службата, работното време и услугите, които обхваща.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-0 = Не: всяка служба трябва да бъде открита и потърсена поотделно.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-1 = Отчасти: има звено за контакт, но то обхваща само някои услуги или само някои групи новопристигнали.
catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-2 = Да: едно място или едно лице за контакт координира всички ключови услуги за всяка група новопристигнали.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-text = Получават ли новопристигналите скоро след пристигането си индивидуален план за интеграция, изготвен въз основа на оценка на техните нужди и наличните им умения?
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-evidence = Програмата, кой има право на нея и колко плана са изготвени през миналата година.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-0 = Не се изготвят индивидуални планове.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-1 = Само за някои групи (напр. признати бежанци) или без оценка на уменията.
catalogue-framework-comprehensive-approach-question-fp1_individual-plans-option-2 = Предлагат се на всички новопристигнали, включително на мигрантите по събиране на семейството и на трудовите мигранти, с оценка на уменията.
catalogue-framework-comprehensive-approach-question-fp1_waiting-text = Колко време обикновено чака новопристигнало лице, докато започне езиков курс, докато децата му тръгнат на училище и докато бъде обслужено от службите по заетостта?
catalogue-framework-comprehensive-approach-question-fp1_waiting-evidence = Сроковете на чакане според службите или случаи, които са Ви известни.
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-0 = Месеци за повечето от тях или достъпът зависи от условия, които новопристигналите не могат да изпълнят (документи, такси, предварителна регистрация).
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-1 = Няколко седмици за някои от тези услуги, месеци за други.
catalogue-framework-comprehensive-approach-question-fp1_waiting-option-2 = В рамките на няколко седмици и за трите.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-text = Имат ли кандидатите за международна закрила, които живеят в града, достъп до ранна подкрепа за интеграция (език, ориентиране, оценка на уменията), докато очакват решение?
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-evidence = Предложенията, достъпни за кандидатите за международна закрила, и евентуалните условия.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-0 = Не: подкрепата започва едва след предоставянето на закрила.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-1 = Известна подкрепа или само за тези, за които се смята, че е вероятно да получат закрила.
catalogue-framework-comprehensive-approach-question-fp1_asylum-seekers-option-2 = Да, за всички кандидати за международна закрила, от пристигането им.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-text = Обменят ли общината, националните органи (миграционната служба, службите по заетостта) и системата за прием своевременно информация за пристиганията, за да могат службите да се подготвят?
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-evidence = Механизмът (споразумение, работна група), кой участва в него и колко често се събира.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-0 = Не: общината научава за пристиганията, когато хората дойдат в нейните служби.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-1 = Неофициално или в отделни случаи.
catalogue-framework-comprehensive-approach-question-fp1_arrival-information-option-2 = Постоянен механизъм с определени лица за контакт и редовен обмен.

## Focal point 2
catalogue-framework-comprehensive-approach-focal-fp2-title = Включване на интеграцията във всички области на политиката и дългосрочна подкрепа за интеграцията
catalogue-framework-comprehensive-approach-focal-fp2-key_question = Как да се гарантира, че общите публични служби предоставят услуги с еднакво качество за всички членове на обществото, като полагат диференцирани усилия в съответствие със специфичните индивидуални нужди, произтичащи от миграционния контекст?
catalogue-framework-comprehensive-approach-question-fp2_strategy-text = Има ли общината стратегия за интеграция, приета от общинския съвет, с отговорности, разпределени между отделните звена, бюджет и редовен преглед?
catalogue-framework-comprehensive-approach-question-fp2_strategy-evidence = Наименованието и датата на стратегията, посочените в нея звена, бюджетното ѝ перо и последният ѝ преглед.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-0 = Няма стратегия.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-1 = Има стратегия, но без бюджет, без отговорности, разпределени между звената, или без преглед.
catalogue-framework-comprehensive-approach-question-fp2_strategy-option-2 = Приета, обхваща всички звена, с бюджет и редовно преглеждана.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-text = Обучени ли са служителите на общите служби, които работят пряко с гражданите (училища, социални услуги, здравеопазване, заетост), в междукултурна компетентност и в специфичните нужди на мигрантите?
catalogue-framework-comprehensive-approach-question-fp2_staff-training-evidence = Програмите за обучение и колко служители са участвали в тях през миналата година.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-0 = Няма такова обучение.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-1 = В някои служби или само от време на време.
catalogue-framework-comprehensive-approach-question-fp2_staff-training-option-2 = Редовно обучение във всички основни служби.
catalogue-framework-comprehensive-approach-question-fp2_languages-text = Достъпна ли е ключовата информация за публичните услуги на основните езици на живеещите в града мигранти и могат ли службите да ползват устни преводачи?
catalogue-framework-comprehensive-approach-question-fp2_languages-evidence = Кои езици, кои служби и как е организиран и заплащан устният превод.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-0 = Само на официалния език; няма устен превод.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-1 = Част от информацията или устен превод при поискване в някои служби.
catalogue-framework-comprehensive-approach-question-fp2_languages-option-2 = Системно, на основните езици, с устен превод във всяка основна служба.
catalogue-framework-comprehensive-approach-question-fp2_workforce-text = Знае ли общината дали собственият ѝ персонал отразява многообразието на населението и предприема ли действия в тази връзка (информиране, подбор на персонал, цели)?
catalogue-framework-comprehensive-approach-question-fp2_workforce-evidence = Данни за персонала по произход, ако се събират, и мерки при подбора на персонал.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-0 = Не се следи, няма мерки.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-1 = Следи се или има някои мерки, но не и двете.
catalogue-framework-comprehensive-approach-question-fp2_workforce-option-2 = Следи се, с мерки и цели.
catalogue-framework-comprehensive-approach-question-fp2_long-term-text = Има ли възможности за дългосрочно установяване и социална мобилност: езикови курсове за напреднали, компенсаторно образование за възрастни, признаване на чуждестранни квалификации?
catalogue-framework-comprehensive-approach-question-fp2_long-term-evidence = Възможностите, кой може да ги ползва, и листите на чакащите.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-0 = Нищо извън основните езикови и ориентационни курсове.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-1 = Някои възможности или възможности, недостъпни за някои групи.
catalogue-framework-comprehensive-approach-question-fp2_long-term-option-2 = Набор от възможности, достъпни за всички жители, които се нуждаят от тях.

## Focal point 3
catalogue-framework-comprehensive-approach-focal-fp3-title = Въвеждане на ефективни политики за недопускане на дискриминация и прилагане на антидискриминационното законодателство
catalogue-framework-comprehensive-approach-focal-fp3-key_question = Как да се гарантира, че строгите антидискриминационни закони се прилагат ефективно и че дискриминационното поведение става социално неприемливо?
catalogue-framework-comprehensive-approach-question-fp3_reporting-text = Могат ли жителите да сигнализират за дискриминация на местно звено за контакт (общинска служба, регионален офис на органа по равенството или финансирана организация), което подпомага пострадалите при подаването на жалба?
catalogue-framework-comprehensive-approach-question-fp3_reporting-evidence = Звеното за контакт, неговият персонал и колко сигнала е получило през миналата година.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-0 = Няма местно звено за контакт.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-1 = Има, но е слабо известно или разполага с твърде малко ресурси.
catalogue-framework-comprehensive-approach-question-fp3_reporting-option-2 = Известно, лесно достъпно и с ресурси за подкрепа при жалби.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-text = Следи ли общината случаите на дискриминация и жалбите и публикува ли данните?
catalogue-framework-comprehensive-approach-question-fp3_monitoring-evidence = Докладът или страницата, на която се публикуват данните.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-0 = Не се следят.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-1 = Събират се, но не се публикуват.
catalogue-framework-comprehensive-approach-question-fp3_monitoring-option-2 = Събират се и се публикуват редовно.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-text = Провежда ли или подкрепя ли общината кампании, които информират мигрантите за техните права и заявяват, че дискриминацията е забранена и неприемлива?
catalogue-framework-comprehensive-approach-question-fp3_campaigns-evidence = Кампаниите през последните две години, техните езици и обхват.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-0 = Няма кампании.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-1 = Епизодични кампании.
catalogue-framework-comprehensive-approach-question-fp3_campaigns-option-2 = Постоянни кампании, с партньори, на основните езици.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-text = Работи ли общината с наемодатели, работодатели и техните сдружения за предотвратяване на дискриминацията в жилищната сфера и на пазара на труда (харти за многообразие, повишаване на осведомеността, тестване)?
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-evidence = Споразумения, подписани харти или резултати от тестване.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-0 = Няма такава работа.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-1 = Някои инициативи, без обвързващи ангажименти.
catalogue-framework-comprehensive-approach-question-fp3_housing-and-jobs-option-2 = Системна работа, с обвързващи ангажименти или редовно тестване.

## Focal point 4
catalogue-framework-comprehensive-approach-focal-fp4-title = Улесняване на социалните инвестиции и осигуряване на подходяща социална инфраструктура в региони с по-високи равнища на имиграция
catalogue-framework-comprehensive-approach-focal-fp4-key_question = Как да се гарантира, че социалната инфраструктура се осигурява в съответствие с търсенето и броя на населението, по-специално в райони, в които населението нараства в резултат на имиграцията?
catalogue-framework-comprehensive-approach-question-fp4_foresight-text = Планира ли общината местата в училищата и в детските заведения, жилищата и здравните услуги въз основа на сценарии за населението, които включват миграцията?
catalogue-framework-comprehensive-approach-question-fp4_foresight-evidence = Планиращият документ и сценарият за населението, на който се основава.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-0 = Не: капацитетът следва търсенето, след като то възникне.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-1 = За някои услуги или въз основа на сценарии, които не включват миграцията.
catalogue-framework-comprehensive-approach-question-fp4_foresight-option-2 = За всички основни услуги, въз основа на сценарии с миграция, редовно актуализирани.
catalogue-framework-comprehensive-approach-question-fp4_funding-text = Осигурила ли е общината финансиране (собствено, национално, от фондове на ЕС като ЕСФ+, ФУМИ или ЕФРР) за разширяване на социалната инфраструктура там, където населението нараства поради имиграцията?
catalogue-framework-comprehensive-approach-question-fp4_funding-evidence = Проекти и суми от последния програмен период.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-1 = Някои проекти.
catalogue-framework-comprehensive-approach-question-fp4_funding-option-2 = Планирана инвестиционна програма.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-text = Координират ли се инвестициите в детски заведения, училища и жилища на една и съща територия между звената на общината и с другите нива на управление?
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-evidence = Органът или процедурата, която ги координира.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-0 = Не се координират.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-1 = В отделни случаи.
catalogue-framework-comprehensive-approach-question-fp4_joint-planning-option-2 = Чрез постоянна процедура за съвместно планиране.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-text = Осигуряват ли правилата за достъп до социалната инфраструктура (листи на чакащи за общински жилища, изисквания за пребиваване, такси) достъп при равни условия за наскоро пристигналите и временно пребиваващите мигранти?
catalogue-framework-comprehensive-approach-question-fp4_access-rules-evidence = Правилата и евентуалните изключения.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-0 = Изключват ги или ги поставят в неравностойно положение.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-1 = Отчасти.
catalogue-framework-comprehensive-approach-question-fp4_access-rules-option-2 = Равен достъп.

## Focal point 5
catalogue-framework-comprehensive-approach-focal-fp5-title = Създаване на база от знания и укрепване на основаното на доказателства разработване и оценяване на политиката за интеграция
catalogue-framework-comprehensive-approach-focal-fp5-key_question = Как да се изгради надеждна база от знания, която позволява непрекъснат мониторинг на процесите на интеграция, установяване на пропуските в политиките и разработване на мерки, оценяване и по-нататъшно развитие на политиките?
catalogue-framework-comprehensive-approach-question-fp5_monitoring-text = Следи ли общината резултатите от интеграцията с показатели за групите мигранти (по гражданство, държава на раждане, продължителност на пребиваването) в сравнение с гражданите на страната?
catalogue-framework-comprehensive-approach-question-fp5_monitoring-evidence = Докладът за мониторинг или таблото с показатели и колко често се актуализира.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-0 = Няма мониторинг.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-1 = Някои показатели, нередовно или без разбивка по групи.
catalogue-framework-comprehensive-approach-question-fp5_monitoring-option-2 = Редовен мониторинг въз основа на показатели с разбивка по групи.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-text = Налице ли са данни на общинско равнище (а не само на национално) за основните резултати от интеграцията: заетост, образование, жилищно настаняване, здраве, участие?
catalogue-framework-comprehensive-approach-question-fp5_city-figures-evidence = За кои резултати има данни на общинско равнище и от какъв източник.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-0 = За нито един или почти за нито един.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-1 = За някои.
catalogue-framework-comprehensive-approach-question-fp5_city-figures-option-2 = За повечето.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-text = Оценяват ли се мерките за интеграция по техните резултати и използват ли се констатациите за промяна на политиките?
catalogue-framework-comprehensive-approach-question-fp5_evaluation-evidence = Оценките през последните три години и какво се е променило след тях.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-0 = Няма оценки.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-1 = Някои оценки, рядко използвани.
catalogue-framework-comprehensive-approach-question-fp5_evaluation-option-2 = Редовни оценки, които се отчитат при прегледа на политиките.
catalogue-framework-comprehensive-approach-question-fp5_surveys-text = Провежда ли общината или неин партньор проучвания сред живеещите в града мигранти относно достъпа им до услуги, пречките, които срещат, и техните нужди?
catalogue-framework-comprehensive-approach-question-fp5_surveys-evidence = Проучването, годината на провеждане и извадката.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-1 = Веднъж или нередовно.
catalogue-framework-comprehensive-approach-question-fp5_surveys-option-2 = Редовно.
catalogue-framework-comprehensive-approach-question-fp5_communication-text = Публикуват ли се данните и констатациите навреме, за да може да се действа въз основа на тях, и представят ли се така, че да не е лесно с тях да се злоупотреби за стигматизиране на групи?
catalogue-framework-comprehensive-approach-question-fp5_communication-evidence = Примери за публикации и как представят данните.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-0 = Не се публикуват.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-1 = Публикуват се със закъснение или без контекст.
catalogue-framework-comprehensive-approach-question-fp5_communication-option-2 = Публикуват се навреме, с контекст и групи за сравнение.

## Focal point 6
catalogue-framework-comprehensive-approach-focal-fp6-title = Насърчаване на доверието и положителната идентификация и поставяне на началото на изграждането на общност между новопристигналите и приемащото общество
catalogue-framework-comprehensive-approach-focal-fp6-key_question = Как да се изгради и поддържа доверие между новопристигналите и местните жители като отправна точка за положителен социален климат, чувство за принадлежност и идентификация с мястото като дом на хора с различен произход?
catalogue-framework-comprehensive-approach-question-fp6_encounters-text = Подкрепя ли общината редовни дейности, които събират дългогодишни жители и новопристигнали около общи проекти (квартал, култура, спорт, младежи)?
catalogue-framework-comprehensive-approach-question-fp6_encounters-evidence = Дейностите през последната година и тяхното финансиране.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-1 = Епизодични или краткосрочни проекти.
catalogue-framework-comprehensive-approach-question-fp6_encounters-option-2 = Редовни дейности с трайно финансиране.
catalogue-framework-comprehensive-approach-question-fp6_communication-text = Представя ли публичната комуникация на общината многообразието като ресурс и показва ли населението такова, каквото е по състав?
catalogue-framework-comprehensive-approach-question-fp6_communication-evidence = Кампании, публикации, уебсайтът на общината и социалните медии.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-1 = От време на време.
catalogue-framework-comprehensive-approach-question-fp6_communication-option-2 = Последователно.
catalogue-framework-comprehensive-approach-question-fp6_leadership-text = Заявяват ли публично политическите ръководители на общината ангажимента си към града като дом на хора с всякакъв произход и реагират ли, когато възникнат напрежение или дезинформация?
catalogue-framework-comprehensive-approach-question-fp6_leadership-evidence = Изявления, декларации или харти и реакции на скорошни инциденти.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-1 = Понякога.
catalogue-framework-comprehensive-approach-question-fp6_leadership-option-2 = Последователно.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-text = Има ли общината план за проактивна и прозрачна комуникация с жителите, когато едновременно пристигнат много хора, съвместно с гражданското общество и отговорните за сигурността институции?
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-evidence = Планът и как е бил приложен или изпитан в учение.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-0 = Няма план.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-1 = Решава се ad hoc, когато се случи.
catalogue-framework-comprehensive-approach-question-fp6_large-arrivals-option-2 = План с определени партньори, приложен или изпитан в учение.

## Focal point 7
catalogue-framework-comprehensive-approach-focal-fp7-title = Осигуряване на участие и включване на мигранти с различен статут на пребиваване, владеене на езика на приемащата държава и социален капитал
catalogue-framework-comprehensive-approach-focal-fp7-key_question = Как да се улесни на всички равнища официалното и неофициалното участие на мигрантите в управлението на делата на новата им държава, за да се гарантира участието на всички членове на обществото и да се запази легитимността на демократичната система?
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-text = Има ли независим консултативен орган на живеещите в града мигранти (съвет, форум) с мандат, ресурси и реално влияние върху политиката на общината?
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-evidence = Неговият устав, начинът на избор на членовете, бюджетът му и становищата, които е дал наскоро.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-0 = Няма такъв орган.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-1 = Има, но без ресурси или влияние.
catalogue-framework-comprehensive-approach-question-fp7_consultative-body-option-2 = Представителен, с ресурси и систематично консултиран.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-text = Участват ли мигрантите в изготвянето на политиките на общината за интеграция и в процесите на участие (граждански форуми, планиране на кварталите)?
catalogue-framework-comprehensive-approach-question-fp7_policy-making-evidence = Процесите през последните две години и как са участвали мигрантите.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-1 = От време на време.
catalogue-framework-comprehensive-approach-question-fp7_policy-making-option-2 = Систематично.
catalogue-framework-comprehensive-approach-question-fp7_voting-text = Информира ли общината мигрантите с право на глас (натурализирани граждани, чужденци с право да гласуват на местни избори) за изборите и насърчава ли ги да гласуват?
catalogue-framework-comprehensive-approach-question-fp7_voting-evidence = Информационните материали за последните избори и езиците, на които са издадени.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-1 = При някои избори.
catalogue-framework-comprehensive-approach-question-fp7_voting-option-2 = При всички избори, на няколко езика.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-text = Информира ли и подкрепя ли общината жителите, които биха могли да придобият гражданство чрез натурализация (информация, консултации, церемонии)?
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-evidence = Предложенията и колко души са се възползвали от тях.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-1 = При поискване.
catalogue-framework-comprehensive-approach-question-fp7_naturalisation-option-2 = Активно информиране и достигане до тях.
catalogue-framework-comprehensive-approach-question-fp7_representation-text = Представени ли са хората с мигрантски произход в общинския съвет, неговите комисии и ръководството на общината приблизително в съответствие с дела им в населението?
catalogue-framework-comprehensive-approach-question-fp7_representation-evidence = Съставът на съвета и на комисиите, ако е известен.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-0 = Значително под дела им и въпросът не се обсъжда.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-1 = Под дела им; обсъждат се мерки.
catalogue-framework-comprehensive-approach-question-fp7_representation-option-2 = Близо до дела им или има мерки за постигането му.

## Focal point 8
catalogue-framework-comprehensive-approach-focal-fp8-title = Насърчаване на доброволчеството и осигуряване на дългосрочно сътрудничество между органите на властта и гражданското общество
catalogue-framework-comprehensive-approach-focal-fp8-key_question = Как да се насърчат и поддържат високи равнища на гражданска ангажираност и доброволчество в подкрепа на интеграцията, както и доброволчеството на мигрантите като катализатор за тяхната гражданска, социална и икономическа интеграция?
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-text = Подкрепя ли общината доброволческите инициативи в областта на интеграцията с обучение, координация и малки грантове?
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-evidence = Структурата за подкрепа (доброволчески център, грантова схема) и нейният бюджет.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-1 = Известна подкрепа, в отделни случаи.
catalogue-framework-comprehensive-approach-question-fp8_volunteer-support-option-2 = Постоянна структура с обучение, координация и грантове.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-text = Финансират ли се партньорствата на общината с организации на гражданското общество в областта на интеграцията за няколко години, а не от проект на проект?
catalogue-framework-comprehensive-approach-question-fp8_multi-year-evidence = Споразуменията с партньорските организации и тяхната продължителност.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-0 = Само от проект на проект.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-1 = Някои многогодишни споразумения.
catalogue-framework-comprehensive-approach-question-fp8_multi-year-option-2 = Многогодишни споразумения с основните партньори.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-text = Насърчават ли се мигрантите и имат ли възможност да бъдат доброволци (като наставници, преводачи, в сдружения), без доброволчеството да се превръща в условие за каквото и да било?
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-evidence = Програмите и колко доброволци мигранти участват в тях.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-1 = Някои възможности.
catalogue-framework-comprehensive-approach-question-fp8_migrant-volunteers-option-2 = Активно, с информиране и подкрепа.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-text = Свързан ли е приносът на доброволците с публичните програми за интеграция, така че да допълва публичните услуги, а не да ги замества?
catalogue-framework-comprehensive-approach-question-fp8_complementarity-evidence = Договорени роли, механизми за насочване.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-0 = Няма връзка.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-1 = Неофициално.
catalogue-framework-comprehensive-approach-question-fp8_complementarity-option-2 = Договорени роли и насочване.

## Focal point 9
catalogue-framework-comprehensive-approach-focal-fp9-title = Използване на възможностите на транснационалните връзки и насърчаване на интеграцията като „тристранен процес“, включващ държавите на произход
catalogue-framework-comprehensive-approach-focal-fp9-key_question = Как да се улесни приносът на социалните, икономическите, културните и политическите връзки на мигрантите с държавата им на произход за интеграцията и благосъстоянието в държавата на местоназначение?
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-text = Работи ли общината с диаспорни и мигрантски организации като с партньори (консултации, съвместни проекти)?
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-evidence = Организациите, с които общината работи, и съвместните проекти.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-1 = От време на време.
catalogue-framework-comprehensive-approach-question-fp9_diaspora-partners-option-2 = Систематично.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-text = Преподават ли се или подкрепят ли се езиците на произход, в училище или извън него, и ценят ли се като умения?
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-evidence = Курсове, училища и предлаганите езици.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-1 = Някои възможности.
catalogue-framework-comprehensive-approach-question-fp9_languages-of-origin-option-2 = Да, на основните езици на жителите на града.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-text = Помага ли подкрепата за бизнеса от страна на общината на предприемачите мигранти да използват връзките си с държавите на произход (търговия, инвестиции, работни места)?
catalogue-framework-comprehensive-approach-question-fp9_enterprise-evidence = Програмите на службите за подкрепа на бизнеса.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-1 = Само обща подкрепа за бизнеса.
catalogue-framework-comprehensive-approach-question-fp9_enterprise-option-2 = Целенасочена подкрепа.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-text = Сътрудничи ли общината с градове или региони на произход (партньорства, проекти за съвместно развитие, информация преди заминаване)?
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-evidence = Партньорства и проекти.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-1 = Епизодични проекти.
catalogue-framework-comprehensive-approach-question-fp9_cities-of-origin-option-2 = Постоянни партньорства.

## Focal point 10
catalogue-framework-comprehensive-approach-focal-fp10-title = Подкрепа за овластяването на общностите по места и освобождаване на местния потенциал за развитие на кварталите
catalogue-framework-comprehensive-approach-focal-fp10-key_question = Как да се насърчи капацитетът за гражданско самоорганизиране на общностите и да се подкрепят кварталите за постигане на по-високи равнища на социална ангажираност, преодоляване на социалната изолация, намаляване на напрежението и подобряване на достъпа до ресурси, благосъстоянието и икономическите перспективи?
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-text = Има ли кварталите с много жители мигранти форми на участие или бюджети за участие, в които жителите решават за местни проекти?
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-evidence = Формите, техните бюджети и кой е участвал.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-1 = Пилотен проект или в няколко квартала.
catalogue-framework-comprehensive-approach-question-fp10_participatory-budgets-option-2 = Въведени навсякъде, където са необходими.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-text = Има ли в тези квартали достатъчно места за срещи: общностни и младежки центрове, библиотеки, училища, отворени за родителите, качествено публично пространство?
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-evidence = Съоръженията и тяхното работно време.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-0 = Малко или никакви.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-1 = Някои, с твърде малко ресурси.
catalogue-framework-comprehensive-approach-question-fp10_meeting-places-option-2 = Достатъчно и добре използвани.
catalogue-framework-comprehensive-approach-question-fp10_community-work-text = Има ли в тези квартали професионални, междукултурно компетентни услуги за работа в общността, медиация и управление на конфликти?
catalogue-framework-comprehensive-approach-question-fp10_community-work-evidence = Услугите, техният персонал и финансиране.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-1 = Някои или временни.
catalogue-framework-comprehensive-approach-question-fp10_community-work-option-2 = Да, с трайно финансиране.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-text = Следи ли общината социалните процеси на равнището на кварталите, за да може да действа своевременно съвместно със заинтересованите страни?
catalogue-framework-comprehensive-approach-question-fp10_small-areas-evidence = Данните за малки територии, които общината използва, и колко често.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-1 = Някои данни, нередовно.
catalogue-framework-comprehensive-approach-question-fp10_small-areas-option-2 = Редовен мониторинг на равнището на малки територии.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-text = Свързани ли са усилията в кварталите с градското обновяване, жилищната политика и подкрепата за местния бизнес и координирани ли са между звената на общината?
catalogue-framework-comprehensive-approach-question-fp10_regeneration-evidence = Програмите, които ги съчетават.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-0 = Не.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-1 = Отчасти.
catalogue-framework-comprehensive-approach-question-fp10_regeneration-option-2 = Координирани в една програма.
