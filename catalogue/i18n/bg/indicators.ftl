# Каталогът на показателите (/indicators): определения, методи, характеристики на контекста, обхват.

indicators-title = Показатели
indicators-lead = Какво означава всяка стойност, как се изчислява, спрямо кого се измерва разликата и откъде идват данните.
indicators-computed-title = Показатели за интеграция (изчислени от микроданни)
indicators-none = Каталогът няма показатели от микроданни.
indicators-version = версия { $version }
indicators-area = Тематична област
indicators-method = Метод
indicators-method-text = { $kind }, единица: { $unit }
indicators-population = съвкупност:
indicators-counted-when = отчита се, когато
indicators-value = стойност
indicators-kind-rate = коефициент
indicators-kind-share = дял
indicators-kind-mean = средна стойност
indicators-kind-median = медиана
indicators-kind-ratio-of-medians = съотношение на медианите
indicators-kind-total = общ брой
indicators-kind-count = брой
indicators-reference-group = Референтна група
indicators-reference = { $dimension } = { $code } (разлика, единица: { $gap })
indicators-gap-percentage-points = процентни пунктове
indicators-gap-ratio = съотношение
indicators-gap-none = няма
indicators-broken-down-by = Разбивка по
indicators-sources-title = Източници на изчислените показатели
indicators-features-title = Характеристики на контекста на градовете (за сходни градове и сравнения)
indicators-col-feature = Характеристика
indicators-col-definition = Определение
indicators-col-unit = Единица
indicators-col-weight = Тегло
indicators-datasets-title = Набори от данни в обсерваторията: обхват
indicators-col-dataset = Набор от данни
indicators-col-places = Места
indicators-col-series = Редове
indicators-col-values = Стойности
indicators-col-periods = Периоди
