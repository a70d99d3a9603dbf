# Сравнение на 2 – 6 града един до друг (/compare).

compare-error-several = '{ $name }' отговаря на няколко града: { $cities }; използвайте код
compare-error-no-city = няма град '{ $name }'
compare-error-no-city-suggest = няма град '{ $name }'; имахте предвид { $suggestions }?
compare-error-too-many = сравнявайте най-много 6 града наведнъж
compare-title = Сравнение на градове
compare-cities-label = Градове, разделени със запетаи
compare-cities-placeholder = От 2 до 6 града, разделени със запетаи: Osijek, Košice, Graz
compare-button = Сравнете
compare-lead = Поставете от 2 до 6 града един до друг: големина, население от мигранти и неговата промяна, заетост и Проучването за качеството на живот в европейските градове.
compare-add-one-more = Добавете поне още един град към { $city }.
compare-no-data = няма данни
compare-no-profile = няма профил
compare-no-figure = няма стойност
compare-suppressed = непубликувано
compare-bar-title = { $feature } ({ $unit })
compare-bar-description = { $count ->
    [one] Стълбовидна диаграма на { $feature } за { $count } град; стойностите и годините са в таблицата по-горе.
   *[other] Стълбовидна диаграма на { $feature } за { $count } града; стойностите и годините са в таблицата по-горе.
}
compare-heading = Сравнение: { $cities }
compare-col-feature = Характеристика
compare-context-type = Тип контекст
compare-trend-title = Дял на родените в чужбина във времето (%)
compare-trend-description = По една линия за всеки град, всяка със свой модел на пунктира и надпис в края си.
compare-trend-caption = Евростат urb_cpopcb и urb_cpop1. Градовете без линия нямат данни за родените в чужбина.
compare-features-note = { $count ->
    [one] Стойности по характеристики: { $count } характеристика от каталога на сходните градове; определенията са на
   *[other] Стойности по характеристики: { $count } характеристики от каталога на сходните градове; определенията са на
}
compare-features-note-link = страницата с показателите
compare-features-note-after = {"."}
compare-groups-chart-title-citizenship = { $title } ({ $unit }), { $when }, по гражданство
compare-groups-chart-title-birth = { $title } ({ $unit }), { $when }, по държава на раждане
compare-groups-chart-description = Групирана стълбовидна диаграма: за всяка държава на сравняваните градове по един стълб за всяка група – { $groups }; национални данни, последна година. Таблицата след диаграмата дава стойностите, годините и флаговете.
compare-groups-caption = Източник: { $source }, национални данни ({ $when }).
compare-definition = Определение
compare-figures-as-table = Данните като таблица
compare-col-country-cities = Държава (градове)
compare-groups-title = Мигранти и граждани на страната в държавите на градовете
compare-groups-intro = Сравнение на гражданите на страната, гражданите на други държави – членки на ЕС, и гражданите на държави извън ЕС (или родените в страната, родените в друга държава от ЕС и родените извън ЕС), показател по показател. Тези данни идват от Наблюдението на работната сила в ЕС и EU-SILC, които са национални: данни за градовете по гражданство все още няма, затова градовете от една и съща държава споделят един набор стълбове.
