funding-title = Карта на финансирането
funding-lead = Кой какво финансира, за кого и къде: публикуваните от управляващите органи списъци на операции, разпределени по области на действие и целеви групи, с пропуските (нужда без финансиране) и възможното двойно финансиране за всяко място.
funding-places = Места
funding-countries = Всяка държава също е място, със своя код:
funding-country-hr = Хърватия (HR)
funding-country-at = Австрия (AT)
funding-lists = Заредени списъци
funding-no-list = Все още не е зареден списък на операции: импортирайте такъв с
funding-list = Списък
funding-country = Държава
funding-operations = Операции
funding-lists-note = Списъците са от 2016–2017 г. и са описани, с техните издатели и пропуски, в data/funding/README.md. Досега не е публикуван списък по ФУМИ в машинночетим формат; един град въвежда собствените си проекти с шаблона data/templates/funding_operations_template.csv.
funding-place-title = Карта на финансирането: { $place }
funding-place-lead = { $operations } операции от { $lists } { $lists ->
        [one] списък
       *[other] списъка
    }, общо { $total }; { $outside } извън областите на интеграционната политика; { $without } без публикувана сума.
funding-city-profile = Профил на града
funding-gaps = Пропуски: нужда без финансиране ({ $count })
funding-no-gap = Няма пропуск: за всяка нужда по правилата има поне една операция.
funding-gap = Пропуск: { $field } × { $group }
funding-gap-why = { $evidence }, и нито една операция на това място в тази област не посочва групата.
funding-met = Покрита: { $field } × { $group }: { $projects } операции, { $eur } — { $evidence }
funding-matrix = Области на действие × целеви групи
funding-matrix-note = Проекти и евро на клетка; операция в няколко области или за няколко групи се брои във всяка своя клетка. Сумите са общите допустими разходи в евро (куни по фиксирания обменен курс, крони по средния курс за 2016 г.).
funding-matrix-field = Област на действие
funding-duplicates = Възможно двойно финансиране ({ $count })
funding-duplicates-note = Един и същ бенефициер в една и съща област с припокриващи се периоди и сходни наименования: проверете, преди да правите изводи.
funding-beneficiary = Бенефициер
funding-field = Област
funding-duplicate-operations = Операции (ред в списъка)
funding-names-alike = Сходство на наименованията
funding-told-apart = Разпознати по
funding-duplicate-line = ред { $line }: { $name }
funding-basis-identifier = същия идентификатор
funding-basis-name = същото нормализирано наименование
funding-overlaps = Припокриващи се операции в една и съща клетка ({ $count })
funding-overlap = { $field } × { $group }: { $operations } операции на { $beneficiaries } бенефициери, припокриващи се между { $from } и { $to }
funding-per-resident = Евро на жител
funding-per-resident-line = { $group }: { $eur } за { $residents } { $label } ({ $period }) = по { $each } € на човек
funding-recipients = Кой получава средства в { $region }
funding-recipients-lead = Kohesio (Европейска комисия), всички програми на политиката на сближаване: { $beneficiaries } бенефициери, { $total } в { $projects } проекта, от които { $eu } от ЕС. Суми по бенефициер, без наименования или дати на проектите, затова не са добавени в матрицата.
funding-total-budget = Общ бюджет
funding-eu-contribution = Принос на ЕС
funding-projects = Проекти
funding-not-given = не е посочен
funding-beneficiaries = Бенефициери
funding-beneficiaries-lead = { $distinct } бенефициери; { $by_identifier } разпознати по идентификатора си, { $by_name } обединени само по наименованието си (предположение).
funding-note = Бележка: { $note }
funding-lists-of = Списъци: { $lists }
funding-euros = { $amount } €
funding-euros-million = { $amount } млн. €
funding-city-heading = Финансиране
funding-city-lead = Финансирани операции, пропуски и възможно двойно финансиране:
funding-unplaced = неразпределени
funding-no-group = без посочена целева група

funding-note-not-converted = сумите в { $currency } не са преизчислени: добавете валутата в catalogue/funding/funding.toml
funding-note-placed-by-text = { $operations ->
        [one] { $operations } операция е отнесена към област по думите в наименованието и резюмето ѝ, тъй като списъкът ѝ не посочва категория интервенция: проверете я, преди да цитирате клетка
       *[other] { $operations } операции са отнесени към област по думите в наименованието и резюмето им, тъй като списъкът им не посочва категория интервенция: проверете ги, преди да цитирате клетка
    }
funding-note-not-same-territory = еврото на жител не са показани: { $place } не е същата територия като града, чиито жители базата данни отчита
funding-note-no-residents = няма данни „{ $label }“ за { $city } в базата данни: еврото на жител за „{ $group }“ не са показани
funding-note-kohesio-not-loaded = бенефициерите от Kohesio за { $region } не са заредени
funding-note-kohesio-capped = експортът от Kohesio съдържа най-много първите 200 бенефициери на регион: { $region } може да има повече
