# Собствените проучвания на града: страниците за служителите (въпросници, провеждане, покани, претегляне,
# резултати) и страниците за респондентите (по един раздел от въпросника на страница). Текстовете на
# самия въпросник идват от файла XLSForm на града, на езиците, които той съдържа.

nav-surveys = Проучвания
surveys-title = Проучвания
surveys-heading = Собствените проучвания на града
surveys-lead = Градът пита мигранти и жители за живота им чрез въпросник, който предоставя като XLSForm (стандартът на ODK и KoboToolbox). Отговорите се претеглят спрямо населението на града и всеки резултат е оценка със своя интервал; клетките с твърде малко респонденти не се публикуват.
surveys-invited-before = Поканени ли сте да участвате в проучване?
surveys-invited-link = Въведете своя код
surveys-own = Проучванията на Вашия град
surveys-col-survey = Проучване
surveys-col-city = Град
surveys-col-access = Достъп
surveys-col-dates = Период
surveys-col-status = Състояние
surveys-col-questionnaire = Въпросник
surveys-col-version = Версия
surveys-status-open = отворено
surveys-status-closed = затворено
surveys-questionnaires = Въпросници
surveys-no-questionnaires = Вашият град все още няма въпросник.
surveys-download = изтегляне
surveys-import-heading = Качване на въпросник
surveys-import-note = Работна книга XLSForm (.xlsx) с листовете survey, choices и settings. Промененият формуляр става нова версия; версия, която вече се използва, никога не се променя. Започнете от шаблона на Обсерваторията:
surveys-template-link = градското проучване сред мигрантите (английски, немски, хърватски)
surveys-field-file = Работна книга XLSForm
surveys-import-button = Проверка и запазване на въпросника
surveys-form-problems = { $count ->
        [one] Въпросникът има { $count } проблем:
       *[other] Въпросникът има { $count } проблема:
    }
surveys-col-sheet = Лист
surveys-col-row = Ред
surveys-col-column = Колона
surveys-col-problem = Проблем
surveys-form-nothing-kept = Нищо не е запазено. Поправете работната книга и я качете отново.
surveys-open-heading = Стартиране на проучване
surveys-field-title = Заглавие на проучването
surveys-respondents = Респонденти
surveys-mode-anonymous = Анонимно: нито един отговор не може да бъде свързан с кода, с който е даден
surveys-mode-named = Поименно: градът знае кой е отговорил
surveys-mode-anonymous-short = анонимно
surveys-mode-named-short = поименно
surveys-access-invitation = С покана: по един код за всеки респондент, раздаден на хартия или изпратен по пощата
surveys-access-open = Отворена връзка: всеки, който има връзката, може да отговори и получава собствен код, с който да продължи
surveys-access-invitation-short = с покана
surveys-access-open-short = отворена връзка
surveys-field-opens = Отваря се на
surveys-field-closes = Затваря се на
surveys-open-button = Стартиране на проучването
surveys-questionnaire-line = Въпросник: { $title } — въпроси: { $questions }, страници: { $pages }, езици: { $languages }.
surveys-anonymous-note = Анонимно: запазените отговори не носят никаква следа от кода, с който са дадени, а резултатите се показват едва след затварянето на проучването.
surveys-responses = Отговори
surveys-counts = Издадени кодове: { $issued }; с отговор: { $used }.
surveys-codes-heading = { $count ->
        [one] { $count } нов код
       *[other] { $count } нови кода
    }
surveys-codes-once = Отпечатайте ги или ги изпратете сега: Обсерваторията пази само отпечатък (хеш) от всеки код и не може да ги покаже отново.
surveys-open-link = Отворената връзка на проучването:
surveys-issue = Издаване на кодове
surveys-field-count = Колко кода
surveys-close = Затваряне на проучването
surveys-close-note = След затварянето не се приемат повече отговори; тогава резултатите могат да бъдат претеглени и разгледани.
surveys-weighting = Претегляне
surveys-weighted = Претеглени отговори: { $weighted } (неразпределени: { $unplaced }); ефект на дизайна { $deff }, ефективен обем на извадката { $neff }; тегла от { $min } до { $max }.
surveys-not-weighted = Все още не е претеглено: всеки респондент се брои еднакво.
surveys-field-margins = Файл с маргиналните суми (TOML)
surveys-margins-hint = Населението на града по категориите на въпросите, спрямо които се калибрират отговорите (raking), напр. [[margin]] question = "sex", totals = {"{"} F = 51200, M = 48800 {"}"}; същият файл като за „observatory survey weight“.
surveys-weight-button = Претегляне на отговорите
surveys-store-margins-hint = Или претеглете спрямо данните на обсерваторията за града: населението, родено в страната и в чужбина (Евростат urb_cpop1 и urb_cpopcb, последната година), по отговорите на „birth_group“. Евростат няма данни за населението на градовете по пол и възраст: за тези маргинали е нужен файл.
surveys-store-margins-button = Претегляне спрямо населението, родено тук и в чужбина
surveys-raked-to = Изравнено спрямо: { $source }
surveys-results = Резултати
surveys-see-results = Вижте резултатите
surveys-raw-responses = необработени отговори (CSV)
surveys-codebook = кодовата им книга (JSON)
surveys-results-after-close = Резултатите от анонимно проучване се показват след затварянето му.
surveys-results-heading = Резултати: { $title }
surveys-results-lead = Брой отговори: { $responses }.
surveys-results-weighted = Претеглено спрямо населението на града (raking).
surveys-results-unweighted = Непретеглено: всеки респондент се брои еднакво.
surveys-results-note = Дялове в проценти с 95% интервал; n е броят на респондентите, които са отговорили. Стойност, получена от по-малко от { $min } респонденти, не се публикува, нито стойност, от която тя би могла да бъде изчислена; „u“ обозначава стойност с ниска надеждност.
surveys-by = Разбивка по
surveys-by-none = (без разбивка)
surveys-by-button = Показване
surveys-download-csv = Изтегляне на оценките (CSV)
surveys-col-domain = Респонденти
surveys-col-answer = Отговор
surveys-col-estimate = Оценка
surveys-col-interval = 95% интервал
surveys-domain-all = всички
surveys-domain-not-answered = не са отговорили
surveys-stat-mean = среден резултат
surveys-stat-top-two = двете най-високи степени (дял)
surveys-flag-low = ниска надеждност
surveys-withheld-small = непубликувано: твърде малко респонденти
surveys-withheld-complementary = непубликувано: би разкрило малка клетка
surveys-withheld-unreliable = непубликувано: твърде малко респонденти за надеждна оценка
surveys-texts-withheld = { $count ->
        [one] { $count } отговор, непубликуван: по-малко от минимума за показване в списък.
       *[other] { $count } отговора, непубликувани: по-малко от минимума за показване в списък.
    }
surveys-error-log-in = Влезте с профила на Вашия град, за да видите неговите проучвания.
surveys-error-no-survey = Няма проучване { $id }.
surveys-error-no-questionnaire = Няма въпросник { $id }.
surveys-error-no-file = Изберете файл за изпращане.
surveys-error-questionnaire = Изберете въпросника за проучването.
surveys-error-count = Въведете брой кодове от 1 до { $max }.
surveys-error-margins-utf8 = Файлът с маргиналните суми не е текст в UTF-8: запазете го като обикновен текст (UTF-8) и го изпратете отново.
surveys-error-margins = Файлът с маргиналните суми не може да бъде прочетен: { $message }

survey-respond-title = Проучване
survey-respond-cannot-open = Проучването не може да бъде отворено
survey-respond-type-code = Въведете своя код
survey-respond-entry-title = Участие в проучване
survey-respond-entry-lead = Въведете кода от Вашето писмо. Тиретата и главните букви нямат значение.
survey-respond-code = Вашият код
survey-respond-open = Отваряне на проучването
survey-respond-error-unknown-code = Този код не отваря никое проучване: сравнете го с писмото (тиретата и главните букви нямат значение).
survey-respond-error-used = Този код вече е използван: отговорите са изпратени и с него не може да се отговори отново.
survey-respond-error-closed = Проучването е затворено: отговори вече не се приемат.
survey-respond-error-invitation-only = На това проучване се отговаря само с покана: използвайте кода от Вашето писмо.
survey-respond-error-lost-code = Страницата е получена без своя код: отворете проучването отново от Вашата връзка.
survey-respond-error-too-many = През последните минути от Вашия адрес са започнати твърде много проучвания. Моля, опитайте отново по-късно.
survey-respond-languages = Език на въпросника
survey-respond-page = Страница { $page }
survey-respond-review = Преглед и изпращане
survey-respond-progress = Страница { $page } от { $pages }
survey-respond-progress-review = Всички страници ({ $pages }) са попълнени: прегледайте и изпратете
survey-respond-problems = { $count ->
        [one] { $count } отговор изисква Вашето внимание:
       *[other] { $count } отговора изискват Вашето внимание:
    }
survey-respond-saved = Отговорите Ви са запазени. Можете да се върнете със същата връзка.
survey-respond-more = Отговорите Ви отвориха допълнителни въпроси на тази страница.
survey-respond-started = Вашият код е { $code }. Запишете го: с него можете да се върнете и да продължите оттам, докъдето сте стигнали.
survey-respond-required = (задължително)
survey-respond-next = Запазване и продължаване
survey-respond-save = Запазване
survey-respond-previous = Назад
survey-respond-submit = Изпращане на отговорите ми
survey-respond-answered = { $count ->
        [one] Дали сте { $count } отговор.
       *[other] Дали сте { $count } отговора.
    }
survey-respond-anonymous = Това проучване е анонимно: отговорите Ви се съхраняват без никаква връзка с Вашия код, а резултатите се публикуват само за групи от поне петима души.
survey-respond-named = Градът знае кой е получил Вашия код.
survey-respond-final = След изпращането отговорите не могат да бъдат променяни. Проучването се затваря на { $closes }.
survey-respond-pages = Страници на въпросника
survey-respond-thanks = Благодарим Ви
survey-respond-submitted = Отговорите Ви на „{ $title }“ са получени.
survey-respond-open-lead = Всеки може да отговори до { $closes }. Ще получите код, с който можете да се върнете и да продължите.
survey-respond-start = Започване на проучването
survey-problem-required = Изисква се отговор.
survey-problem-whole-number = „{ $value }“ не е цяло число.
survey-problem-number = „{ $value }“ не е число.
survey-problem-date = „{ $value }“ не е дата.
survey-problem-choice = „{ $value }“ не е сред възможните отговори.
survey-problem-one-answer = Може да се даде само един отговор.
survey-problem-constraint = Отговорът не е приет: проверете го.
survey-problem-not-a-question = Това не е въпрос от тази страница.

# Publication of a survey's results and a city's surveys over time (on its opinion page).
surveys-publication = Публикуване
surveys-published = Резултатите са публикувани.
surveys-published-link = Вижте публикуваните резултати
surveys-submitted = Резултатите са при одобряващия:
surveys-submission-link = подаване { $id }
surveys-publish-after-close = Резултатите могат да бъдат изпратени за публикуване, след като проучването бъде затворено.
surveys-submit-note = Резултатите такива, каквито са сега (с теглата; малките клетки са задържани), отиват замразени при одобряващия на града; отговорите с думи се броят, никога не се публикуват.
surveys-submit-button = Изпращане на резултатите за публикуване
surveys-not-submitted = Резултатите не са изпратени за публикуване.
surveys-error-unpublished = Проучване { $id } няма публикувани резултати.
surveys-published-lead = Резултатите от проучване на { $city }, проведено от { $opens } до { $closes }, с { $responses } отговора, както градът ги е публикувал.
surveys-texts-not-published = { $count } отговора с думи: преброени, непубликувани (едно изречение може да разкрие автора си).
surveys-own-heading = Собствените проучвания на { $city }
surveys-own-intro = Какво е питал { $city } в собствените си проучвания, както е публикувал резултатите. Между два кръга на един и същ въпросник се сравнява всяка стойност за цялата извадка, публикувана и в двата.
surveys-own-responses = { $responses } отговора
surveys-own-nothing-to-compare = { $before } и { $after } нямат стойност, публикувана и в двата, за сравнение.
surveys-own-caption = От { $before } до { $after }: всяка стойност с 95% интервал, промяната и вероятността тя да е реална
surveys-col-question = Въпрос
surveys-own-col-change = Промяна (пункта)
surveys-own-col-probability = Вероятност промяната да е реална
surveys-own-col-verdict = Оценка
surveys-own-method = Двата кръга са независими извадки: стандартната грешка на промяната е √(SE₁² + SE₂²). Вероятността промяната да е реална е Φ(|z|) — вероятността при равномерно априорно разпределение истинската промяна да има наблюдавания знак; ръст или спад се отчита при p < 5%.
surveys-own-rose = нарасна (p = { $p })
surveys-own-fell = намаля (p = { $p })
surveys-own-no-change = няма ясна промяна (p = { $p })

# The questionnaire editor (/surveys/questionnaires/<id>/edit).
editor-title = Редактиране: { $title }
editor-lead = Версия { $version }. Изберете въпросите, преформулирайте ги и подсказките им на всеки език, посочете кои отговори са задължителни и озаглавете страниците; въпросникът се запазва като следващата си версия (проведена версия никога не се променя).
editor-xlsform-note = Нови въпроси, списъци с избори и логика на прескачане се пишат в XLSForm:
editor-xlsform-link = изтеглете тази версия като XLSForm
editor-questionnaire-title = Заглавие на въпросника
editor-page = Страница { $number }
editor-page-title = Заглавие на страницата
editor-save = Запазване като следваща версия
editor-keep = Задаване на този въпрос
editor-required = Отговорът е задължителен
editor-asked-when = Задава се, когато: { $condition }
editor-wording = Формулировка ({ $language })
editor-hints = Подсказки
editor-hint = Подсказка ({ $language })
editor-edit-link = редактиране
editor-start-heading = Започнете от шаблона
editor-start-note = Въпросникът на обсерваторията за хора, преместили се в града (английски, немски, хърватски): запазете го за своя град, след това изберете и преформулирайте въпросите му в редактора.
editor-start-button = Започнете от шаблона
