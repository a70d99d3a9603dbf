# Профил на град (/cities/<code>).

city-unknown-place = няма място с код '{ $code }': потърсете го по име на началната страница или в /api/v1/cities?q=…
city-group-everybody = всички
city-breadcrumb-cities = Градове
city-level-city = Град (Urban Audit)
city-level-municipality = община
city-level-greater-city = Разширен град
city-level-functional-urban-area = Функционална градска зона
city-level-country = Държава
city-level-place = Място
city-code = код
city-context-type = тип контекст:
# After the context type, when the type's label names a trait the city does not have.
city-context-weak-fit = слабо съответствие: различен от типа си по { $features }
city-compare-link = сравнете с други градове
city-neighbourhood-map-link = карта на кварталите
city-indicators-title = Показатели по тематични области
city-indicators-intro = Най-новата стойност на всеки ред за града. Разликата е отклонението от същата стойност за гражданите на страната (за коефициентите – в процентни пунктове). Задръжте показалеца върху флаг или го фокусирайте, за да видите значението му;
city-indicators-intro-link = определенията и източниците
city-indicators-intro-after = са на едно щракване разстояние.
city-national-title = Мигранти и граждани на страната – { $country }
city-national-intro = Тези резултати се измерват от Наблюдението на работната сила в ЕС и EU-SILC на национално равнище: данни на равнище град за тях все още няма. Те показват националния контекст на групите мигранти в града.
city-peers-title = Сходни градове
city-no-profile = Няма профил на контекста: за града липсват данни за населението.
city-municipality-no-profile = { $name } е община извън Urban Audit на Евростат: Евростат не публикува градски данни за нея, затова тук няма контекстен профил и сходни градове. Собствените данни се въвеждат чрез качване (Данни), най-добре в подреден (tidy) формат; националните данни по-долу са на нейната държава.
city-municipality-upload-link = Качване на данни
city-card-residents = жители
city-card-population-break = Стойността на Евростат за { $period }, { $value }, е отбелязана като прекъсване на реда и е далеч от предходната година: не е показана като население.
city-card-size-class = клас по големина
city-size-class-under-50k = под 50 хил.
city-card-born-abroad = родени в чужбина
city-card-foreign-born-change = промяна на дела на родените в чужбина за около 5 години (процентни пунктове)
city-card-context-type = тип контекст
city-card-typology = типология
city-trend-chart-title = Жители, родени в чужбина, като дял от населението, { $city }
city-trend-chart-description = Линейна диаграма на дела на родените в чужбина по години, от { $from } до { $to } г.; стойностите са в таблицата по-долу.
city-trend-series = дял на родените в чужбина
city-trend-caption = Дял на родените в чужбина (%), Евростат urb_cpopcb / urb_cpop1 (DE2009V ÷ DE1001V).
city-trend-estimated = Празните точки и годините, отбелязани с e, са оценки на Евростат (флаг e, често интерполирани между годините на преброяване), а не преброявания.
city-figures-as-table = Данните като таблица
city-year = Година
city-foreign-born-share-percent = Дял на родените в чужбина (%)
city-foreign-born-missing = Дял на родените в чужбина: { $reason }
city-suppressed = непубликувано
city-suppressed-title = непубликувано с цел защита на поверителността
city-suppressed-because = непубликувано ({ $reason })
city-no-figures = За това място все още няма публикувани данни.
city-col-indicator = Показател
city-col-group = Група
city-col-period = Период
city-col-value = Стойност
city-col-gap = Разлика спрямо гражданите на страната
city-col-source = Източник
city-col-estimate = Оценка
city-col-ci = 95% ДИ
city-col-gap-short = Разлика
city-col-reliability = Надеждност
city-col-status = Статус
city-col-submission = Подаване
city-col-city = Град
city-col-why-similar = Защо е сходен
city-col-distance = Разстояние
city-definition-and-source = определение и източник
city-more-rows = { $count ->
    [one] още { $count } ред в
   *[other] още { $count } реда в
}
city-more-rows-link = изтеглянето в CSV
city-national-heading = { $indicator }, { $country }, { $period }
city-national-chart-title = { $indicator } – { $country }, { $period }, по гражданство
city-national-chart-description = Точкова диаграма: граждани на страната (квадрат, референтната група) и други групи по гражданство (точки); стойностите и разликата са в таблицата.
city-source = Източник: { $source }.
city-definition = Определение
city-estimates-title = Изчислени показатели (оценки от извадкови изследвания)
city-estimates-intro = Оценени от претеглени микроданни с 95% доверителни интервали; клетките, твърде малки за публикуване, са показани като непубликувани, ниската надеждност е отбелязана с флаг.
city-estimates-chart-title = Оценки от извадкови изследвания с 95% доверителни интервали
city-estimates-chart-description = Точки с хоризонтални линии за доверителните интервали; непубликуваните клетки са изписани с думи.
city-reliability-ok = добра
city-no-peers = Няма сходни градове: за града има твърде малко данни за контекста, за да бъде сравнен.
city-peers-intro = { $count ->
    [one] Най-сходният град по { $features }.
   *[other] { $count }-те най-сходни града по { $features }.
}
city-peers-note-too-few-features = { $city } има само { $have } от { $total } характеристики на разстоянието: нито един град не може да бъде сравнен с него
city-peers-note-few-comparable = { $count ->
    [one] само { $count } град отговаря на условията и споделя достатъчно характеристики с { $city }
   *[other] само { $count } града отговарят на условията и споделят достатъчно характеристики с { $city }
}
city-benchmark-title = Сравнение: { $indicator }
city-benchmark-this-city = { $city } (този град)
city-no-data = няма данни
city-benchmark-chart-title = { $indicator } – градът и сходните градове
city-benchmark-chart-description = Стълбове: градът (черен, пръв) и всеки сходен град (син); стойностите са изписани до стълбовете.
city-benchmark-summary = { $count ->
    [one] Сходни градове: медиана { $median }, квартили { $q1 }–{ $q3 } ({ $count } град).
   *[other] Сходни градове: медиана { $median }, квартили { $q1 }–{ $q3 } ({ $count } града).
}
city-benchmark-rank-highest = { $rank } място от { $of } по височина на стойността (градът и сходните градове със стойност)
city-benchmark-rank-best-higher = { $rank } място от { $of } (по-високото е по-добро; градът и сходните градове със стойност)
city-benchmark-rank-best-lower = { $rank } място от { $of } (по-ниското е по-добро; градът и сходните градове със стойност)
city-benchmark-no-value = { $city } няма стойност на показателя { $indicator }
city-benchmark-no-peer-value = { $count ->
    [one] единственият сходен град на { $city } няма стойност на показателя { $indicator }
   *[other] нито един от { $count }-те сходни града на { $city } няма стойност на показателя { $indicator }
}
city-benchmark-sentence = { $count ->
    [one] { $indicator }: { $city } { $value }; медиана на сходните градове { $median } (квартили { $q1 } – { $q3 }, диапазон { $min } – { $max }, { $count } сходен град)
   *[other] { $indicator }: { $city } { $value }; медиана на сходните градове { $median } (квартили { $q1 } – { $q3 }, диапазон { $min } – { $max }, { $count } сходни града)
}
city-benchmark-none-better = нито един сходен град не се представя по-добре
city-benchmark-better = по-добре се представят: { $cities }
city-drafts-title = Непубликувани данни на този град
city-drafts-intro = Виждат ги само Вие и другите с роля за този град: те не са публични, докато одобряващ не ги публикува.
city-drafts-none = Няма отворени подавания.
city-drafts-upload = Качете данни
city-drafts-submission = Подаване { $id }
city-drafts-values = { $count ->
    [one] { $count } стойност
   *[other] { $count } стойности
}

# Групи от населението, част по част („граждани на държави извън ЕС, жени, 20–64“).
city-group-nationals = граждани на страната
city-group-eu-citizens = граждани на други държави – членки на ЕС
city-group-non-eu-citizens = граждани на държави извън ЕС
city-group-foreign-citizens = чужди граждани
city-group-stateless = лица без гражданство
city-group-citizens-of = граждани на { $country }
city-group-citizenship-code = гражданство { $code }
city-group-native-born = родени в страната
city-group-born-other-eu = родени в друга държава от ЕС
city-group-born-outside-eu = родени извън ЕС
city-group-foreign-born = родени в чужбина
city-group-born-in = родени в { $country }
city-group-birth-code = държава на раждане { $code }
city-group-women = жени
city-group-men = мъже
city-group-permit = разрешение за пребиваване: { $reason }
city-group-permit-work = работа
city-group-permit-family = семейство
city-group-permit-education = образование
city-group-permit-protection = закрила
city-group-permit-other = други причини
city-group-stay = продължителност на пребиваването: { $code }
city-group-with-migration-background = с мигрантски произход
city-group-without-migration-background = без мигрантски произход
city-group-migration-background-from = мигрантски произход от { $code }
