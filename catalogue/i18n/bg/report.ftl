# Доклад за интеграцията в града (crates/city-report): печатен документ за общинския съвет.

report-title = Доклад за интеграцията в града
report-title-of = Доклад за интеграцията в града: { $city }
report-page = Страница
report-year = Данни до { $year } г.
report-latest = Най-новите публикувани данни
report-code = Код на мястото { $code }
report-contents = Съдържание
report-left-out = Не е включено в този доклад
report-published-only = Показани са само публикувани данни. Стойностите, техните интервали и флагове са същите като на страниците на обсерваторията и в нейните CSV файлове.
report-source = Източник: { $source }
report-no-data = няма данни
report-download-pdf = Изтегляне на PDF
report-print-hint = Тази страница се отпечатва като доклад (A4, номера на страниците, всяка глава на нова страница).
report-profile-link = Доклад за интеграцията в града (печат, PDF)
report-no-chromium = PDF файлът не може да бъде създаден на този сървър: Chromium, който го отпечатва, не е инсталиран. Отворете страницата на доклада и я отпечатайте от Вашия браузър или помолете администраторите да инсталират Chromium.
report-suppressed = непубликувана стойност
report-withheld = непубликувано с цел защита на поверителността

report-profile-title = Профил на града
report-profile-none = Няма профил на контекста: за града липсват данни за населението.
report-profile-residents = жители
report-profile-born-abroad = родени в чужбина
report-profile-change = промяна на дела на родените в чужбина за около пет години (процентни пунктове)
report-profile-type = вид контекст и клас по големина
report-profile-trend-title = Жители, родени в чужбина, като дял от населението, { $city }
report-profile-trend-desc = Линейна диаграма на дела на родените в чужбина по години, от { $first } до { $last } г.; таблицата по-долу съдържа стойностите.

report-indicators-title = Показатели по тематични области
report-indicators-intro = Последната публикувана стойност на всеки ред за града, с 95% доверителен интервал, когато е извадкова оценка, и разликата спрямо гражданите на страната (процентни пунктове, за коефициенти от същата година). Буквите до стойността са флаговете на Евростат.
report-indicators-none = За това място все още няма публикувани данни.
report-indicators-more = { $count ->
    [one] Още един ред на { $indicator } има в CSV файла.
   *[other] Още { $count } реда на { $indicator } има в CSV файла.
}
report-national-title = Мигранти и граждани на страната в { $country }
report-national-intro = Тези резултати се измерват от Наблюдението на работната сила в ЕС и Статистиката на ЕС за доходите и условията на живот (EU-SILC) на национално равнище: за тях все още няма данни на равнище град. Те показват националния контекст на мигрантските групи в града.
report-flags-legend = Флагове:

report-col-indicator = Показател
report-col-group = Група
report-col-period = Период
report-col-value = Стойност
report-col-interval = 95% интервал
report-col-gap = Разлика спрямо гражданите на страната
report-col-year = Година
report-col-foreign-born-share = Дял на родените в чужбина (%)
report-col-rank = Място
report-col-city = Град
report-col-country = Държава
report-col-distance = Разстояние
report-col-index = Индекс
report-col-area = Район
report-col-residents = Жители
report-col-foreigners = Жители чужденци
report-col-share = Жители чужденци (%)
report-col-focal-point = Приоритетна област
report-col-score = Оценка
report-col-target = Цел
report-col-baseline = Изходна стойност
report-col-goal = Целева стойност
report-col-latest = Последна стойност
report-col-progress = Изминат път към целта
report-col-scenario = Сценарий
report-col-start = Население, първа година
report-col-end = Население, последна година
report-col-foreign-share-end = Чужди граждани, последна година (%)

report-group-everybody = всички
report-group-nationals = граждани на страната
report-group-eu-citizens = граждани на други държави – членки на ЕС
report-group-non-eu-citizens = граждани на държави извън ЕС
report-group-foreign-citizens = чужди граждани
report-group-native-born = родени в страната
report-group-born-eu = родени в друга държава от ЕС
report-group-born-non-eu = родени извън ЕС
report-group-foreign-born = родени в чужбина
report-group-women = жени
report-group-men = мъже

report-peers-title = Сходни градове и сравнителни показатели
report-peers-none = Няма сходни градове: за града има твърде малко данни за контекста, за да бъде сравнен.
report-peers-intro = { $count ->
    [one] Най-сходният град по { $features }.
   *[other] { $count } най-сходни града по { $features }.
}
report-benchmark-title = Сравнение: { $indicator }
report-benchmark-chart = { $indicator } на града и на сходните градове
report-benchmark-desc = Ленти: градът (тъмна, първа) и всеки сходен град (сини); стойностите са изписани до лентите.
report-benchmark-this-city = { $city } (този град)
report-benchmark-summary = { $count ->
    [one] Сходни градове: медиана { $median }, квартили { $q1 }–{ $q3 } (един град).
   *[other] Сходни градове: медиана { $median }, квартили { $q1 }–{ $q3 } ({ $count } града).
}
report-benchmark-position = { $count ->
    [one] Градът е на { $rank }-о място от един град.
   *[other] Градът е на { $rank }-о място от { $count } града.
}

report-neighbourhoods-title = Квартали
report-neighbourhoods-none = В обсерваторията няма данни за малки територии за града.
report-neighbourhoods-intro = { $count ->
    [one] Един район ({ $scheme }), { $period }.
   *[other] { $count } района ({ $scheme }), { $period }.
}
report-neighbourhoods-city-share = Жители чужденци в тези райони: { $share } % от жителите.
report-area-few = не е показано (по-малко от 20 жители)
report-index-dissimilarity = Индекс на несходство: дял на жителите чужденци, които би трябвало да се преместят за равномерно разпределение (0 = равномерно, 1 = разделено)
report-index-isolation = Индекс на изолация: дял на чужденците сред съседите на средния жител чужденец
report-index-interaction = Индекс на взаимодействие: дял на останалите сред съседите на средния жител чужденец
report-index-entropy = H на Тейл: колко по-малко смесени са районите от града (0 = също толкова смесени)
report-index-gini = Коефициент на Джини на дяловете на районите

report-audit-title = Резултати от одита
report-audit-none = За този град не е провеждан одит.
report-audit-intro = { $count ->
    [one] { $title } (отговори до { $closes }), един респондент.
   *[other] { $title } (отговори до { $closes }), { $count } респонденти.
}

report-agenda-title = Градска програма за интеграция и напредъкът по нея
report-agenda-none = Градът няма публикувана градска програма за интеграция.
report-agenda-intro = { $title } (версия { $version }).
report-agenda-actions = { $count ->
    [one] (една мярка)
   *[other] ({ $count } мерки)
}

report-scenarios-title = Сценарии и търсене на услуги
report-scenarios-none = За този град не е публикуван демографски сценарий.
report-scenarios-demand = Търсенето на услуги (места в училищата, грижи за деца, общопрактикуващи лекари, езикови курсове) произтича от тези сценарии и от коефициентите на ползване на услугите, които градът задава на страницата за сценарии на обсерваторията.

report-sources-title = Източници и определения
report-sources-none = Няма източници: докладът не показва публикувани данни.
report-definitions = Определения

report-method-title = Методология
report-method-intervals-title = Интервали
report-method-intervals = Извадковите оценки се изчисляват от претеглени микроданни; техният 95% доверителен интервал произтича от стандартната грешка, основана на плана на извадката (линеаризация на Тейлър или репликационни тегла, според това, което предоставя изследването). Данните от регистри и преброявания нямат интервал.
report-method-flags-title = Флагове
report-method-flags = Флаговете са буквите на Евростат, запазени така, както ги дава източникът: b прекъсване на времевия ред, c поверително, d различно определение, e оценка, f прогноза, p предварителни данни, r ревизирани данни, s оценка на Евростат, u ниска надеждност. Оценките с висок коефициент на вариация са отбелязани с u.
report-method-suppression-title = Защита на поверителността
report-method-suppression = Клетка, отбелязана като поверителна (флаг c), или клетка от изследване с твърде малко респонденти за публикуване не се публикува: тя не показва стойност — в този доклад, както и в интернет и в CSV файла. Не се публикува и клетка, чиято стойност може да бъде изчислена от останалите (вторична защита).
report-method-gap-title = Разлика спрямо гражданите на страната
report-method-gap = Разликата е разликата между коефициента на дадена група и коефициента на гражданите на страната от същия ред и същата година, в процентни пунктове. Не се изчислява за брой лица, нито за непубликувана клетка.
report-method-peers-title = Сходни градове
report-method-peers = Сходните градове са най-близките до този град по показателите за контекста, изброени в главата за сходните градове. Всеки показател е стандартизиран по устойчив начин (минус медианата му, разделено на интерквартилния му размах / 1,349), така че никой показател да не тежи повече заради мерната си единица; разстоянието е претегленото разстояние по стандартизираните показатели, които имат и двата града. Сравнението поставя града сред сходните градове по тяхната медиана и квартили.
report-method-neighbourhoods-title = Индекси за кварталите
report-method-neighbourhoods = Индексите на сегрегация сравняват броя на жителите чужденци и на всички жители в районите на града с определени граници; районите с по-малко от 20 жители не показват дял, но се включват в индексите.
