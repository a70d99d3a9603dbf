# „Поглед напред“ в профила на град: прогнози с прогнозни интервали и оценки на напредъка.

outlook-all-residents = всички жители
outlook-gap = { $group } минус { $reference }
outlook-title = Поглед напред
outlook-intro = Прогнози от собствената история на всеки ред след последното му прекъсване: методът се избира според това колко добре би прогнозирал миналото на реда (ретроспективно тестване с плъзгащо се начало), а лентите са 80% и 95% прогнозни интервали, калибрирани по тези минали грешки. Оценки: оценката на Евростат за напредъка по целите за устойчиво развитие без целева стойност (растеж от поне 1% годишно в желаната посока е значителен напредък); разликите – по метода на Open SDG.
outlook-intro-link = Сценариите за населението
outlook-intro-after = гледат по-далеч напред.
outlook-no-series = Няма ред с достатъчно дълга история за поглед напред.
outlook-no-forecast = Няма прогноза: { $reason }.
outlook-probability = вероятност промяната да е реална: { $probability }
outlook-description = { $series } ({ $group }), наблюдавано { $from }–{ $to }, прогноза до { $until } по метода { $model }: { $value } { $unit } (80% интервал { $low }–{ $high }).
outlook-chart-title = { $series }: прогноза
outlook-as-table = Прогнозата като таблица
outlook-col-period = Период
outlook-col-forecast = Прогноза
outlook-col-interval-80 = 80% интервал
outlook-col-interval-95 = 95% интервал
outlook-method-eurostat = оценка на Евростат за напредъка по целите за устойчиво развитие
outlook-method-open-sdg = мярка за напредъка на Open SDG / Statistics Canada
outlook-verdict-significant-progress-towards-target = значителен напредък към целта
outlook-verdict-moderate-progress-towards-target = умерен напредък към целта
outlook-verdict-insufficient-progress-towards-target = недостатъчен напредък към целта
outlook-verdict-movement-away-from-target = отдалечаване от целта
outlook-verdict-significant-progress = значителен напредък
outlook-verdict-moderate-progress = умерен напредък
outlook-verdict-moderate-movement-away = умерено отдалечаване
outlook-verdict-significant-movement-away = значително отдалечаване
outlook-verdict-target-achieved = целта е постигната
outlook-verdict-on-track = на прав път
outlook-verdict-acceleration-needed = има напредък, но е нужно ускоряване
outlook-verdict-limited-progress = ограничен напредък
outlook-verdict-deterioration = влошаване
outlook-verdict-not-assessable = не може да се оцени

# Notes under a forecast chart.
outlook-note-break = прекъсване на редицата през { $period }: използват се само стойностите оттогава
outlook-note-naive = { $n } стойности: наивна прогноза (твърде кратка редица за оценка на тенденция или сравнение на модели)
outlook-note-combination = { $n } стойности: комбинация от ETS, Theta и дрейф (твърде кратка редица за избор чрез обратна проверка)
