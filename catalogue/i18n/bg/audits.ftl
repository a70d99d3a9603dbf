audits-title = Одити
audits-heading = Съвместна оценка на политиките
audits-lead = Общинската администрация, други публични органи, гражданското общество, представители на мигрантите и бежанците, работодатели и изследователи оценяват едни и същи въпроси по десетте приоритетни области на цялостен подход към интеграцията. Резултатите показват къде възгледите им се разминават и къде са пречките; градската програма за интеграция ги превръща в цели, действия и целеви стойности.
audits-invited-before = Поканени ли сте да отговорите?
audits-invited-link = Въведете своя код
audits-invited-after = или последвайте получената връзка.
audits-own-rounds = Кръговете на Вашия град
audits-published = Публикувани резултати
audits-none-published = Все още нито един град не е публикувал резултатите от одит.
audits-col-round = Кръг
audits-col-city = Град
audits-col-questionnaire = Въпросник
audits-col-dates = Период
audits-col-status = Състояние
audits-row-questionnaire = { $kind ->
        [audit] одит
       *[priorities] приоритети
    }, { $mode ->
        [anonymous] анонимно
       *[named] поименно
    }
audits-framework-summary = Рамката: { $title } ({ $reference })
audits-framework-option = { $title } ({ $reference })
audits-focal-questions = { $title } — { $count ->
        [one] { $count } въпрос
       *[other] { $count } въпроса
    }
audits-status-published = резултатите са публикувани
audits-status-submission = { $status ->
        [draft] резултати в чернова
        [submitted] резултатите са подадени
        [published] резултатите са публикувани
       *[returned] резултатите са върнати
    }
audits-status-open = отворен
audits-status-closed = затворен
audits-submission-status = { $status ->
        [draft] чернова
        [submitted] подадено
        [published] публикувано
       *[returned] върнато
    }
audits-open-heading = Откриване на кръг
audits-city-placeholder = Код на града, напр. HR004C
audits-field-title = Заглавие (по избор)
audits-title-placeholder = напр. Осиек 2026: одит на града
audits-field-framework = Рамка
audits-kind-audit = Одитът: всички въпроси от всички приоритетни области
audits-kind-priorities = Приоритети на заинтересованите страни: всяка приоритетна област се оценява по важност от 1 до 5
audits-respondents = Участници
audits-mode-anonymous = Анонимно: нито един отговор не може да бъде свързан с поканата си
audits-mode-named = Поименно: експертен панел; всеки отговор запазва името на участника
audits-field-opens = Отваря се на
audits-field-closes = Затваря се на
audits-field-min-group = Най-малък брой участници, при който се показват резултатите на група (3 или повече)
audits-open-button = Откриване на кръга
audits-error-kind = изберете въпросника: одит или приоритети
audits-error-mode = изберете анонимни или поименни участници
audits-error-min-group = най-малката показвана група е цяло число участници, 3 или повече
audits-error-log-in = влезте с профил на града, за да видите неговите кръгове на одит
audits-error-no-round = няма кръг на одит { $id }
audits-error-unpublished = кръг на одит { $id } няма публикувани резултати
audits-error-count = брой покани: цяло число
audits-round-kind = { $kind ->
        [audit] въпросникът на одита
       *[priorities] приоритети на заинтересованите страни
    }
audits-round-mode = { $mode ->
        [anonymous] анонимно
       *[named] поименен панел
    }
audits-round-dates = отговори от { $opens } до { $closes }
audits-round-min-group = групите се показват от { $count ->
        [one] { $count } участник
       *[other] { $count } участници
    }
audits-round-framework = рамка { $reference }
audits-anonymous-note = Анонимно: след като отговорът бъде подаден, нищо в базата данни не го свързва с поканата, от която е дошъл — тази страница може да покаже колко покани от всяка група са използвани, но никога кои. Резултатите се изчисляват след затварянето на кръга.
audits-invitations = Покани
audits-invitations-none = Все още няма издадени.
audits-col-group = Група
audits-col-issued = Издадени
audits-col-answered = С отговор
audits-named-answered = Кой е отговорил (поименен панел)
audits-named-row = { $label } — { $group }: { $answered ->
        [yes] отговорил
       *[no] все още не
    }
audits-issue = Издаване на покани
audits-field-group = Група заинтересовани страни
audits-field-count = Колко
audits-field-names = Имената на участниците, по едно на ред
audits-format = Като
audits-format-list = списък за отпечатване и раздаване
audits-format-csv = CSV файл за циркулярно писмо
audits-codes-once = Кодовете се показват само този път и се съхраняват само като хеш стойности: отпечатайте ги или ги запазете сега. Обсерваторията не изпраща електронна поща.
audits-close = Затваряне на кръга
audits-close-note = След затварянето не се приемат повече отговори; неподадените чернови се изтриват.
audits-results = Резултати
audits-see-results = Вижте резултатите
audits-raw-responses = необработените отговори (CSV, само за града)
audits-submit-note = Изпратете резултатите — само оценките, без коментарите — на одобряващия във Вашия град, който ги публикува.
audits-submit-button = Подаване на резултатите за одобрение
audits-submission-before = Резултати:
audits-submission-link = подаване { $id }
audits-submission-after = ({ $status }).
audits-back-to-round = Обратно към кръга
audits-print-note = отпечатайте тази страница (менютата на сайта са пропуснати), изрежете по линиите и раздайте по една на всеки. Кодовете няма да бъдат показани отново.
audits-invitations-heading = { $count ->
        [one] { $count } покана
       *[other] { $count } покани
    }: { $group }
audits-invite-as = Поканени сте да участвате като:
audits-invite-open = Отворете
audits-invite-go-before = или отидете на
audits-invite-go-after = и въведете кода
audits-invite-dates = Отворено от { $opens } до { $closes }. Кодът важи еднократно; не го споделяйте.
audits-invite-anonymous = След като подадете отговорите си, те не могат да бъдат свързани с този код.
audits-results-title = Резултати: { $title }
audits-the-round = кръгът
audits-results-framework = рамка { $reference }: { $title }
audits-not-published = Непубликувано: само редакторите и одобряващите на Вашия град виждат тези резултати, заедно с коментарите на участниците. Обществеността ги вижда, след като одобряващият ги публикува (без коментарите).
audits-framework-source = Източник на рамката: { $source } { $authorship }
audits-download = Изтегляне:
audits-download-results = резултати (CSV)
audits-download-raw = необработени отговори (CSV, само за града)
audits-who-answered = Кой е отговорил
audits-respondents-count = { $count ->
        [one] { $count } участник.
       *[other] { $count } участници.
    }
audits-col-shown = Показана
audits-fewer-than = по-малко от { $min }
audits-shown-yes = да
audits-withheld-counted = не (под прага): отчетена в общия резултат заедно с другите малки групи
audits-withheld-left-out = не (под прага): изключена от всички данни
audits-note-counted = Групите с по-малко от { $min } участници не се показват: { $groups }. Заедно те имат поне { $min }, затова се отчитат в общите резултати.
audits-note-left-out = Групите с по-малко от { $min } участници не се показват: { $groups }. Заедно те имат по-малко от { $min }, затова са изключени и от общите резултати: ако бяха отчетени там, отговорите им биха могли да бъдат изчислени обратно от показаните групи.
audits-note-public = Групите с по-малко от { $min } участници не се показват; отговорите им се отчитат в общите резултати само там, където това не може да ги разкрие.
audits-by-focal = Оценки по приоритетни области
audits-by-focal-caption = Оценка по приоритетна област, общо и по група заинтересовани страни
audits-by-principle = Оценки по ръководни принципи
audits-by-principle-caption = Оценка по ръководен принцип (от въпросите, за които се отнася)
audits-col-overall = Общо
audits-col-gap = Разлика във възприятията
audits-col-rank-range = Място (диапазон)
audits-cell-n = n { $n }
audits-cell-sd = , со { $sd }
audits-points = { $count ->
        [one] { $points } точка
       *[other] { $points } точки
    }
audits-scores-note = Оценки от 0 до 100 (средната стойност на избраните отговори; „не знам“ не е оценка: ? ги брои). n: участниците от групата с оценка тук; со: стандартното отклонение на техните оценки. ⚑: разлика във възприятията от 25 точки или повече между групата с най-висока и групата с най-ниска оценка.
audits-gaps = Разлики във възприятията
audits-gaps-too-few = Могат да се покажат по-малко от две групи: няма разлика, която да бъде отчетена.
audits-gaps-none = Няма приоритетна област или принцип, при които оценките на групите да се различават с 25 точки или повече.
audits-gap-row = { $high } { $high_score } срещу { $low } { $low_score }
audits-bottlenecks = Пречки и възможности
audits-lowest = Въпроси с най-ниски оценки
audits-highest = Въпроси с най-високи оценки
audits-comments-heading = Доказателства и коментари по приоритетни области
audits-no-comments = Няма коментари.
audits-questions = Въпроси
audits-in-observatory = В Обсерваторията:
audits-col-question = Въпрос
audits-col-dont-know = Не знам
audits-robustness = Колко устойчиво е класирането?
audits-robustness-method = Диапазони на местата: (а) теглото на всеки въпрос навсякъде между { $low }% и { $high }% от стойността му, всички едновременно — точни граници, тъй като оценката на приоритетна област зависи само от теглата на собствените ѝ въпроси; (б) общият резултат, преизчислен с изключване на по една група заинтересовани страни (непоказаните групи — заедно). Място 1 е най-високата оценка; равните оценки споделят едно място.
audits-comparison = Сравнение с предишния кръг и със сходни градове
audits-comparison-none = Все още нито един по-ранен кръг на този град и нито един публикуван кръг на сходен град не използва същата версия на рамката.
audits-comparison-note = Сравними са само кръгове с една и съща версия на рамката: други въпроси дават други оценки. Сходните градове са най-сходните с този градове в Обсерваторията; само техните публикувани кръгове.
audits-col-focal = Приоритетна област
audits-col-this-round = Този кръг
audits-col-previous = Предишен ({ $closes })
audits-col-change = Промяна
audits-col-peers-median = Медиана на сходните градове
audits-priorities = Приоритети
audits-col-rank = Място
audits-col-mean-groups = Средно (групите с равна тежест)
audits-col-mean-all = Средно (всички участници)
audits-col-n = n
audits-priorities-note = Оценки от 1 (изобщо не е важно) до 5 (много важно). „Средно (всички участници)“ е претеглената средна стойност от проучването ReSOMA; „групите с равна тежест“ дава еднаква тежест на всяка група заинтересовани страни.
audits-capability-observatory = Показатели за интеграция на града (тази Обсерватория)
audits-capability-data = Собствените данни на града
audits-capability-service-demand = Сценарии за населението и търсене на услуги
audits-capability-neighbourhoods = Данни за кварталите и индекси на сегрегация
audits-capability-practices = Практики на други градове
audits-capability-peers = Сравнение със сходни градове
audits-capability-outlook = Перспективи: прогнози и напредък
