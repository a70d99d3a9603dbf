# Наставничество между градове (crates/web/src/routes/mentoring.rs).

mentoring-title = Наставничество
mentoring-pair-title = Наставничество { $id }
mentoring-network-title = Наставничество между градове
mentoring-network-lead = Градовете, които едва наскоро са започнали да приемат мигранти, се учат от градове с по-дълъг опит, всеки път в една приоритетна област на цялостния подход. Редакторът на даден град отправя молбата от профила на града; поканеният град я приема или отклонява.
mentoring-pairs-by-focal-point = Двойки по приоритетна област
mentoring-no-pair-yet = Все още няма двойка за наставничество. Редакторът на даден град отправя молба за наставничество от раздела „Наставничество“ в профила на града.
mentoring-col-focal-point = Приоритетна област
mentoring-col-pairs = Двойки
mentoring-requests-not-accepted = Неприети молби
mentoring-requests-private = Само потребителите на двата града (и администраторите) виждат тези молби.
mentoring-pairs-ended = Приключили двойки

mentoring-status-requested = отправена
mentoring-status-accepted = приета
mentoring-status-declined = отклонена
mentoring-status-withdrawn = оттеглена
mentoring-status-ended = приключила

mentoring-col-role = Роля
mentoring-col-with = С
mentoring-col-mentor = Наставник
mentoring-col-mentee = Подопечен град
mentoring-col-status = Статус
mentoring-col-since = От
mentoring-role-mentee = подопечен град
mentoring-role-mentor = наставник
mentoring-area-label = област: { $area }
mentoring-details = подробности

mentoring-pair-mentors = { $mentor } е наставник на { $mentee }
mentoring-pair-asks = { $mentee } моли { $mentor } за наставничество
mentoring-pair-focal-point = приоритетна област { $number }:
mentoring-pair-area = област { $area }
mentoring-pair-mentor = Наставник
mentoring-pair-mentee = подопечен град
mentoring-asked-on = отправена на { $date }
mentoring-answered-on = отговорено на { $date }
mentoring-ended-on = приключила на { $date }
mentoring-correspondence = Кореспонденция
mentoring-correspondence-private = Само потребителите на двата града (и администраторите) виждат това.
mentoring-request-by = Молба от { $user }
mentoring-answer-by = Отговор от { $user }
mentoring-ended-by = Приключена от { $user }
mentoring-no-note = без бележка
mentoring-practices-title = Практики на двата града по тази тема
mentoring-practices-all = Тази приоритетна област не съответства на никоя тематична област от библиотеката с практики, затова са изброени всички практики на двата града.
mentoring-practices-in-areas = Практики на { $mentor } и { $mentee } в следните области от библиотеката с практики: { $areas }.
mentoring-practices-none = Библиотеката с практики все още няма тук практика на нито един от двата града.

mentoring-step-accept = Приемане
mentoring-step-accept-note = Бележка до града, отправил молбата (по избор)
mentoring-step-decline = Отклоняване
mentoring-step-decline-note = Защо, или към кого да се обърнат вместо това (по избор)
mentoring-step-withdraw = Оттегляне на молбата
mentoring-step-end = Приключване на двойката
mentoring-step-end-note = Какво е постигнато (по избор)

mentoring-section-intro = Двойки на този град с опитни градове или с градове, които едва започват да приемат мигранти, всяка в една приоритетна област на цялостния подход.
mentoring-section-all-pairs = Всички двойки в мрежата
mentoring-section-no-pair = Все още няма двойка за наставничество за { $city }.
mentoring-section-log-in = Влезте
mentoring-section-log-in-after = като редактор на { $city }, за да помолите друг град за наставничество.
mentoring-requests-to = Молби до { $city }
mentoring-incoming-asks = моли за наставничество в приоритетна област { $number }: { $title }
mentoring-suggested = Предложени наставници
mentoring-suggested-no-profile = Няма предложения: градът няма профил на контекста, с който да се направи сравнение.
mentoring-suggested-none-qualifies = нито един град не отговаря на условията за наставник на { $city }
mentoring-suggested-none = Няма предложение: { $why }. Все пак можете да се обърнете към всеки град.
mentoring-suggested-rule = Сходни днес с { $city }, с по-дълъг опит с имиграцията и по-добри резултати (правилото на

mentoring-ask-title = Помолете град да бъде наставник на { $city }
mentoring-ask-city = Град, към който се обръщате (име или код)
mentoring-ask-other-city = или друг град (име или код)
mentoring-ask-city-placeholder = напр. Zagreb или HR001C
mentoring-ask-area = Тематична област (по избор)
mentoring-ask-area-any = областите на приоритетната област
mentoring-ask-message = Какво би искал да научи { $city }?
mentoring-ask-submit = Молба за наставничество

mentoring-error-log-in = влезте като редактор на Вашия град, за да поискате наставничество или да отговорите на молба
mentoring-error-choose-mentor = изберете предложен наставник или посочете друг град
mentoring-error-no-step = няма стъпка „{ $step }“ (accept, decline, withdraw, end)
mentoring-error-not-public = няма публична двойка за наставничество { $id }: влезте, за да видите молбите на Вашия град
mentoring-error-unknown-city = „{ $code }“ не е град в базата данни: посочете код на град от Urban Audit, например HR004C (`observatory list geographies --level city` ги изброява)
mentoring-error-not-a-city = { $name } ({ $code }) е единица от ниво „{ $level }“, а не град: наставничеството е между градове от Urban Audit (кодове, завършващи на C)
mentoring-error-self = { $name } не може да бъде наставник на самия себе си: изберете друг град
mentoring-error-unknown-topic = „{ $given }“ не е приоритетна област: изберете една от { $known }
mentoring-error-unknown-area = „{ $given }“ не е тематична област от библиотеката с практики: изберете една от { $known }
mentoring-error-duplicate = { $mentee } вече е помолил { $mentor } за наставничество по { $topic } (молба { $id }, статус „{ $status }“): допуска се само една открита молба за двойка и област
mentoring-error-cannot-accept = молбата за наставничество { $id } е със статус „{ $status }“: не може да бъде приета
mentoring-error-cannot-decline = молбата за наставничество { $id } е със статус „{ $status }“: не може да бъде отклонена
mentoring-error-cannot-withdraw = молбата за наставничество { $id } е със статус „{ $status }“: не може да бъде оттеглена
mentoring-error-cannot-end = молбата за наставничество { $id } е със статус „{ $status }“: не може да бъде приключена
mentoring-error-not-found = няма молба за наставничество { $id }

# Why a city is suggested as a mentor; the parts in brackets are comparisons "mentor vs mentee".
mentoring-reason = сходни днес ({ $similar }); родени в чужбина { $share_then } още през { $year_then } спрямо { $share_first } през { $year_first } ({ $points } процентни пункта повече опит); резултати (ментор спрямо менти): { $outcomes }
mentoring-reason-better = { $outcome } (по-добре)
