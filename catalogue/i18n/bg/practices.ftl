practices-title = Добри практики
practices-lead = Документирани интеграционни практики на градове, всяка със своя източник. Търсенето не прави разлика между главни и малки букви и диакритични знаци и намира думи на различните езици на записите (Sprachkurs, jazykový kurz, language course); началото на думата е достатъчно.
practices-search-label = Търсене на практики
practices-search-placeholder = напр. езиков курс, Košice, консултиране
practices-search = Търсене
practices-filtered-by = Филтрирано по:
practices-filter-remove = премахване
practices-facets = Филтри
practices-results = Резултати
practices-found = { $count ->
        [one] практика
       *[other] практики
    }
practices-found-for = { $count ->
        [one] практика
       *[other] практики
    } за „{ $query }“
practices-none = Няма съвпадаща практика. Опитайте с по-малко или по-кратки думи или премахнете филтър.
practices-pages = Страници
practices-previous = ← предишна
practices-next = следваща →
practices-facet-thematic-area = Тематична област
practices-facet-country = Държава
practices-facet-city-context = Тип град
practices-facet-target-group = Целева група
practices-facet-evidence-level = Степен на доказаност
practices-field-city = Град
practices-field-country = Държава
practices-field-level = Ниво
practices-field-thematic-area-source = Тематична област (източник)
practices-field-thematic-areas = Тематични области (обсерватория)
practices-field-target-group-source = Целева група (източник)
practices-field-target-groups = Целеви групи (обсерватория)
practices-field-city-context = Тип град
practices-field-period = Период
practices-field-lead-organisation = Водеща организация
practices-field-partners = Партньори
practices-field-funding = Финансиране
practices-field-outcomes = Отчетени резултати
practices-field-evidence-level = Степен на доказаност
practices-field-notes = Бележки
practices-period-from = от { $start }
practices-period-until = до { $end }
practices-not-stated = не е посочено от източника
practices-city-profile = Профил на града
practices-sources = Източници
practices-repository = Хранилище
practices-at-commit = при къмит
practices-summaries-note = Описанието и резултатите са кратки резюмета със собствени думи на библиотеката; текстовете на източниците принадлежат на техните издатели.
practices-recommended = Препоръчани за този град
practices-no-recommendations = Няма препоръки: { $reason }
practices-recommended-context = Практики на сходните градове и на други градове от същия тип ({ $context }) в
practices-recommended-size = Практики на сходните градове и на други градове със същия размер в
practices-recommended-link = библиотеката с добри практики
practices-recommended-after = , като първо са тези в най-слабите области на града. При всяка е посочено защо е тук.
practices-error-page = page: цяло число от 1 нагоре
practices-error-not-found = няма практика с идентификатор „{ $id }“: потърсете в библиотеката на /practices

practices-reason-peer = Сходният град { $city } документира { $practice } (тематична насоченост: { $field }).
practices-reason-peer-where = Сходният град { $city } документира { $practice } (тематична насоченост: { $field }). Показател в тази област: { $weakness }.
practices-reason-country = Градът { $city } във Вашата страна документира { $practice } (тематична насоченост: { $field }).
practices-reason-country-where = Градът { $city } във Вашата страна документира { $practice } (тематична насоченост: { $field }). Показател в тази област: { $weakness }.
practices-reason-context = Градът { $city }, от същия тип като Вашия ({ $context }), документира { $practice } (тематична насоченост: { $field }).
practices-reason-context-where = Градът { $city }, от същия тип като Вашия ({ $context }), документира { $practice } (тематична насоченост: { $field }). Показател в тази област: { $weakness }.
practices-reason-other = Градът { $city } документира { $practice } (тематична насоченост: { $field }).
practices-reason-other-where = Градът { $city } документира { $practice } (тематична насоченост: { $field }). Показател в тази област: { $weakness }.
practices-reason-practice = { $level ->
        [described] описана практика
        [monitored] наблюдавана практика с отчетени резултати
        [evaluated] оценена практика
        [evaluated-with-a-comparison-group] практика, оценена с контролна група
       *[other] практика (степен на доказаност: { $name })
    }
practices-reason-no-field = област, която речникът не назовава
practices-reason-and = { $rest } и { $last }
practices-gap-lower = { $indicator } { $group }: { $value } при { $reference } за гражданите на страната ({ $country }, { $period }), с { $points } процентни пункта по-нисък
practices-gap-higher = { $indicator } { $group }: { $value } при { $reference } за гражданите на страната ({ $country }, { $period }), с { $points } процентни пункта по-висок
practices-gap-widest = { $gap } – най-голямата разлика в националните данни
practices-gap-second = { $gap } – втората по големина разлика в националните данни
practices-gap-nth = { $gap } – най-голямата разлика в националните данни след { $n } по-големи
practices-benchmark = Вашият град е на място { $rank } от { $of } по „{ $indicator }“ сред самия себе си и сходните си градове (стойност { $value }, медиана на сходните градове { $median })
practices-empty-library = Библиотеката с практики е празна: първо импортирайте файл с практики.
practices-empty-peers-context = Все още няма какво да се препоръча: нито една от { $count } практики в библиотеката не идва от сходните на { $city } градове ({ $peers }), нито една от друг град от типа „{ $context }“ и нито една от друг град в същата държава.
practices-empty-peers = Все още няма какво да се препоръча: нито една от { $count } практики в библиотеката не идва от сходните на { $city } градове ({ $peers }), класът по големина на града е неизвестен, така че никой град не е от неговия тип, и нито една не идва от друг град в същата държава.
practices-empty-no-peers-context = Все още няма какво да се препоръча: { $city } няма сходни градове (твърде малко данни за контекста за сравнение), нито една практика не идва от друг град от типа „{ $context }“ и нито една от друг град в същата държава.
practices-empty-no-peers = Все още няма какво да се препоръча: { $city } няма сходни градове (твърде малко данни за контекста за сравнение), класът по големина на града е неизвестен, така че никой град не е от неговия тип, и нито една практика не идва от друг град в същата държава.
