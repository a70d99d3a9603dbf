# The catalogue's texts in български: translations of what the catalogue's TOML files say in
# English, under the keys of Catalogue::texts() (crates/catalogue/src/texts.rs). There is no
# English catalogue.ftl: English is the TOML itself. Each entry's English is the comment above
# it; when the English changes, change the translation. Terms: glossary.tsv of this folder.
# Checked by crates/catalogue/tests/texts.rs (every text translated, no leftovers).

## Thematic areas (areas.toml)

# Population and migration
catalogue-area-population = Население и миграция
# Employment
catalogue-area-employment = Заетост
# Education
catalogue-area-education = Образование
# Social inclusion
catalogue-area-social_inclusion = Социално приобщаване
# Health
catalogue-area-health = Здраве
# Housing
catalogue-area-housing = Жилищни условия
# Active citizenship
catalogue-area-active_citizenship = Активно гражданство
# Residence permits
catalogue-area-residence_permits = Разрешения за пребиваване
# Public opinion (Quality of Life survey)
catalogue-area-public_opinion = Обществено мнение (Проучване за качеството на живот)
# Use of municipal services
catalogue-area-use_of_services = Използване на общински услуги
# Computed indicators
catalogue-area-computed = Изчислени показатели
# Look ahead: population scenarios
catalogue-area-look_ahead = Перспективи: сценарии за населението
# Neighbourhoods
catalogue-area-neighbourhoods = Квартали
# The city's own figures
catalogue-area-own_figures = Собствени данни на града

## Tables (tables/*.toml): names, sources, labels of unlisted variables

# Population by educational attainment level, sex, age and citizenship (LFS)
catalogue-table-edat_lfs_9911 = Население по степен на завършено образование, пол, възраст и гражданство (НРС)
# Eurostat edat_lfs_9911
catalogue-table-edat_lfs_9911-source = Евростат edat_lfs_9911
# Population by educational attainment level, sex, age and country of birth (LFS)
catalogue-table-edat_lfs_9912 = Население по степен на завършено образование, пол, възраст и държава на раждане (НРС)
# Eurostat edat_lfs_9912
catalogue-table-edat_lfs_9912-source = Евростат edat_lfs_9912
# Self-perceived health by sex, age and citizenship (EU-SILC)
catalogue-table-hlth_silc_24 = Самооценка на здравето по пол, възраст и гражданство (EU-SILC)
# Eurostat hlth_silc_24
catalogue-table-hlth_silc_24-source = Евростат hlth_silc_24
# Mean and median income by broad group of citizenship (EU-SILC)
catalogue-table-ilc_di15 = Средно и медианно равнище на дохода по основни групи според гражданството (EU-SILC)
# Eurostat ilc_di15
catalogue-table-ilc_di15-source = Евростат ilc_di15
# Employment by sex, age and citizenship (LFS)
catalogue-table-lfsa_egan = Заети лица по пол, възраст и гражданство (НРС)
# Eurostat lfsa_egan
catalogue-table-lfsa_egan-source = Евростат lfsa_egan
# Employment rates by sex, age and citizenship (LFS)
catalogue-table-lfsa_ergan = Коефициенти на заетост по пол, възраст и гражданство (НРС)
# Eurostat lfsa_ergan
catalogue-table-lfsa_ergan-source = Евростат lfsa_ergan
# Unemployment by sex, age and citizenship (LFS)
catalogue-table-lfsa_ugan = Безработни лица по пол, възраст и гражданство (НРС)
# Eurostat lfsa_ugan
catalogue-table-lfsa_ugan-source = Евростат lfsa_ugan
# Unemployment rates by sex, age and citizenship (LFS)
catalogue-table-lfsa_urgan = Коефициенти на безработица по пол, възраст и гражданство (НРС)
# Eurostat lfsa_urgan
catalogue-table-lfsa_urgan-source = Евростат lfsa_urgan
# First permits by reason, length of validity and citizenship
catalogue-table-migr_resfirst = Първи разрешения за пребиваване по основание, срок на валидност и гражданство
# Eurostat migr_resfirst
catalogue-table-migr_resfirst-source = Евростат migr_resfirst
# Quality of Life in European Cities 2023
catalogue-table-qol_2023 = Качество на живот в европейските градове 2023
# European Commission DG REGIO
catalogue-table-qol_2023-source = Европейска комисия, ГД „Регионална и селищна политика“
# Quality of Life survey, question {code}
catalogue-table-qol_2023-other_variables = Проучване за качеството на живот, въпрос {"{"}code{"}"}
# Education, cities (Urban Audit)
catalogue-table-urb_ceduc = Образование, градове (Urban Audit)
# Eurostat urb_ceduc
catalogue-table-urb_ceduc-source = Евростат urb_ceduc
# Labour market, cities (Urban Audit)
catalogue-table-urb_clma = Пазар на труда, градове (Urban Audit)
# Eurostat urb_clma
catalogue-table-urb_clma-source = Евростат urb_clma
# Population on 1 January by age groups and sex, cities (Urban Audit)
catalogue-table-urb_cpop1 = Население към 1 януари по възрастови групи и пол, градове (Urban Audit)
# Eurostat urb_cpop1
catalogue-table-urb_cpop1-source = Евростат urb_cpop1
# Population by citizenship and country of birth, cities (Urban Audit)
catalogue-table-urb_cpopcb = Население по гражданство и държава на раждане, градове (Urban Audit)
# Eurostat urb_cpopcb
catalogue-table-urb_cpopcb-source = Евростат urb_cpopcb

## The compare page: titles of the tables it charts ([compare] title)

# Low education (ISCED 0–2) of foreign citizens, 15–64
catalogue-compare-edat_lfs_9911 = Ниска степен на образование (ISCED 0–2) сред чуждите граждани, 15–64 г.
# Tertiary education (ISCED 5–8), 25–64
catalogue-compare-edat_lfs_9912 = Завършено висше образование (ISCED 5–8), 25–64 г.
# Health perceived as good or very good, 16 and over
catalogue-compare-hlth_silc_24 = Самооценка на здравето като добро или много добро, 16 и повече г.
# Median equivalised net income, 18 and over
catalogue-compare-ilc_di15 = Медианен еквивалентен нетен доход, 18 и повече г.
# Employment rate, 20–64
catalogue-compare-lfsa_ergan = Коефициент на заетост, 20–64 г.
# Unemployment rate, 20–64
catalogue-compare-lfsa_urgan = Коефициент на безработица, 20–64 г.

## Variables of the tables ([[variable]] label)

# Educational attainment by citizenship (LFS)
catalogue-variable-edat_lfs_9911-edat_lfs_9911 = Степен на завършено образование по гражданство (НРС)
# Educational attainment (LFS)
catalogue-variable-edat_lfs_9912-edat_lfs_9912 = Степен на завършено образование (НРС)
# Self-perceived health (EU-SILC)
catalogue-variable-hlth_silc_24-hlth_silc_24 = Самооценка на здравето (EU-SILC)
# Median income by citizenship
catalogue-variable-ilc_di15-ilc_di15 = Медианен доход по гражданство
# Median equivalised net income
catalogue-variable-ilc_di15-MED_E = Медианен еквивалентен нетен доход
# Employed persons (LFS)
catalogue-variable-lfsa_egan-lfsa_egan = Заети лица (НРС)
# Employment rate (LFS)
catalogue-variable-lfsa_ergan-lfsa_ergan = Коефициент на заетост (НРС)
# Unemployed persons (LFS)
catalogue-variable-lfsa_ugan-lfsa_ugan = Безработни лица (НРС)
# Unemployment rate (LFS)
catalogue-variable-lfsa_urgan-lfsa_urgan = Коефициент на безработица (НРС)
# First residence permits
catalogue-variable-migr_resfirst-migr_resfirst = Първи разрешения за пребиваване
# Students in higher education
catalogue-variable-urb_ceduc-TE1026V = Студенти във висшето образование
# Unemployed persons
catalogue-variable-urb_clma-EC1010V = Безработни лица
# Persons employed, 20–64
catalogue-variable-urb_clma-EC1177V = Заети лица, 20–64 г.
# Population on 1 January
catalogue-variable-urb_cpop1-DE1001V = Население към 1 януари
# Population, men
catalogue-variable-urb_cpop1-DE1002V = Население, мъже
# Population, women
catalogue-variable-urb_cpop1-DE1003V = Население, жени
# Nationals
catalogue-variable-urb_cpopcb-DE2001V = Граждани на страната
# EU citizens (other than nationals)
catalogue-variable-urb_cpopcb-DE2002V = Граждани на други държави – членки на ЕС
# Non-EU citizens
catalogue-variable-urb_cpopcb-DE2003V = Граждани на държави извън ЕС
# Born in the country
catalogue-variable-urb_cpopcb-DE2007V = Родени в страната
# Born in another EU country
catalogue-variable-urb_cpopcb-DE2008V = Родени в друга държава – членка на ЕС
# Foreign-born residents
catalogue-variable-urb_cpopcb-DE2009V = Жители, родени в чужбина
# Born outside the EU
catalogue-variable-urb_cpopcb-DE2010V = Родени извън ЕС

## Labels of variables no table names (catalogue.toml [labels])

# Population
catalogue-label-population = Население

## Indicators of microdata (indicators/*.toml): name and definition

# Activity rate
catalogue-indicator-activity_rate-name = Коефициент на икономическа активност
# Labour force (employed + unemployed) as a share of the population in the source's scope.
catalogue-indicator-activity_rate-definition = Работната сила (заети + безработни) като дял от населението в обхвата на източника.
# At-risk-of-poverty rate
catalogue-indicator-at_risk_of_poverty-name = Коефициент на риск от бедност
# Persons whose equivalised disposable income is below 60% of the national median (after social transfers), as a share of all persons.
catalogue-indicator-at_risk_of_poverty-definition = Лица, чийто еквивалентен разполагаем доход е под 60% от медианата за страната (след социалните трансфери), като дял от всички лица.
# Early leavers from education and training (18-24)
catalogue-indicator-early_leavers_18_24-name = Преждевременно напуснали образованието и обучението (18–24 г.)
# Persons aged 18-24 with at most lower secondary education who are not in education or training, as a share of all persons aged 18-24.
catalogue-indicator-early_leavers_18_24-definition = Лица на възраст 18–24 г. с най-много основно образование, които не участват в образование или обучение, като дял от всички лица на възраст 18–24 г.
# Employment rate (20-64)
catalogue-indicator-employment_rate_20_64-name = Коефициент на заетост (20–64 г.)
# Employed persons aged 20-64 as a share of all persons aged 20-64 (Zaragoza core indicator, EU 2030 target).
catalogue-indicator-employment_rate_20_64-definition = Заети лица на възраст 20–64 г. като дял от всички лица на възраст 20–64 г. (основен показател от Сарагоса, цел на ЕС за 2030 г.).
# Self-perceived good or very good health
catalogue-indicator-good_health-name = Самооценка на здравето като добро или много добро
# Persons who perceive their health as good or very good, as a share of all persons.
catalogue-indicator-good_health-definition = Лица, които оценяват здравето си като добро или много добро, като дял от всички лица.
# Housing cost overburden rate
catalogue-indicator-housing_cost_overburden-name = Коефициент на прекомерна тежест на разходите за жилище
# Persons in households where total housing costs (net of housing allowances) exceed 40% of disposable income (net of housing allowances), as a share of all persons.
catalogue-indicator-housing_cost_overburden-definition = Лица в домакинства, чиито общи разходи за жилище (без жилищните помощи) надхвърлят 40% от разполагаемия доход (без жилищните помощи), като дял от всички лица.
# In-work at-risk-of-poverty rate
catalogue-indicator-in_work_poverty-name = Коефициент на риск от бедност сред работещите
# Employed persons at risk of poverty as a share of all employed persons.
catalogue-indicator-in_work_poverty-definition = Заети лица в риск от бедност като дял от всички заети лица.
# Long-term residence share
catalogue-indicator-long_term_residence_share-name = Дял на дългосрочно пребиваващите
# Third-country nationals holding a long-term or permanent residence permit, as a share of all third-country nationals.
catalogue-indicator-long_term_residence_share-definition = Граждани на трети държави с разрешение за дългосрочно или постоянно пребиваване като дял от всички граждани на трети държави.
# Low educational attainment (25-64)
catalogue-indicator-low_attainment_25_64-name = Ниска степен на образование (25–64 г.)
# Persons aged 25-64 whose highest completed level is at most lower secondary (ISCED 0-2), as a share of all persons aged 25-64.
catalogue-indicator-low_attainment_25_64-definition = Лица на възраст 25–64 г., чиято най-висока завършена степен е най-много основно образование (ISCED 0–2), като дял от всички лица на възраст 25–64 г.
# Mean equivalised net income
catalogue-indicator-mean_equivalised_income-name = Среден еквивалентен нетен доход
# Weighted mean of equivalised disposable household income (household income divided by the modified OECD equivalence scale), in national currency per year. A magnitude: with `--dominance` or `--p-percent`, cells where a few persons' incomes make up most of the total are suppressed as well.
catalogue-indicator-mean_equivalised_income-definition = Среднопретеглена стойност на еквивалентния разполагаем доход на домакинствата (доходът на домакинството, разделен на модифицираната скала на еквивалентност на ОИСР), в национална валута на година. Величина: с `--dominance` или `--p-percent` се скриват и клетките, в които доходите на малко лица съставляват по-голямата част от общата сума.
# Median equivalised net income
catalogue-indicator-median_equivalised_income-name = Медианен еквивалентен нетен доход
# Weighted median of equivalised disposable household income (household income divided by the modified OECD equivalence scale), in national currency per year.
catalogue-indicator-median_equivalised_income-definition = Претеглена медиана на еквивалентния разполагаем доход на домакинствата (доходът на домакинството, разделен на модифицираната скала на еквивалентност на ОИСР), в национална валута на година.
# Median equivalised income relative to the reference group
catalogue-indicator-median_income_ratio_to_natives-name = Медианен еквивалентен доход спрямо референтната група
# Median equivalised net income of the group divided by the median of the reference group (nationals) in the same sex and age cell.
catalogue-indicator-median_income_ratio_to_natives-definition = Медианният еквивалентен нетен доход на групата, разделен на медианата на референтната група (гражданите на страната) в същата група по пол и възраст.
# Naturalisation rate (share of foreign-born holding the citizenship)
catalogue-indicator-naturalisation_rate-name = Коефициент на натурализация (дял на родените в чужбина с гражданство на страната)
# Foreign-born persons who hold the citizenship of the country of residence, as a share of all foreign-born persons (the OECD/EU survey measure of acquisition of nationality).
catalogue-indicator-naturalisation_rate-definition = Лица, родени в чужбина, които имат гражданство на държавата на пребиваване, като дял от всички родени в чужбина (мярката на ОИСР и ЕС за придобиване на гражданство въз основа на проучвания).
# Young people neither in employment nor in education (16-24)
catalogue-indicator-neet_16_24-name = Младежи, които нито работят, нито учат (16–24 г.)
# Persons aged under 25 who are not employed and not in education or training, as a share of all persons aged under 25.
catalogue-indicator-neet_16_24-definition = Лица на възраст под 25 г., които не са заети и не участват в образование или обучение, като дял от всички лица на възраст под 25 г.
# Over-qualification rate
catalogue-indicator-over_qualification-name = Коефициент на свръхквалификация
# Employed persons with tertiary education (ISCED 5-8) working in low or medium-skilled occupations (ISCO 4-9) as a share of employed persons with tertiary education.
catalogue-indicator-over_qualification-definition = Заети лица с висше образование (ISCED 5–8), които работят в професии с ниска или средна квалификация (ISCO 4–9), като дял от заетите лица с висше образование.
# Overcrowding rate
catalogue-indicator-overcrowding-name = Коефициент на пренаселеност на жилищата
# Persons living in an overcrowded household (fewer rooms than Eurostat's minimum for the household's composition), as a share of all persons.
catalogue-indicator-overcrowding-definition = Лица, живеещи в пренаселено домакинство (с по-малко стаи от минимума на Евростат за състава на домакинството), като дял от всички лица.
# Owner-occupation rate
catalogue-indicator-owner_occupation-name = Дял на живеещите в собствено жилище
# Persons living in a dwelling owned by their household (outright or with a mortgage), as a share of all persons.
catalogue-indicator-owner_occupation-definition = Лица, живеещи в жилище, собственост на домакинството им (без или с ипотека), като дял от всички лица.
# Part-time employment share
catalogue-indicator-part_time-name = Дял на заетите на непълно работно време
# Employed persons working part-time as a share of all employed persons.
catalogue-indicator-part_time-definition = Заети лица на непълно работно време като дял от всички заети лица.
# Self-employment share
catalogue-indicator-self_employment-name = Дял на самостоятелно заетите
# Self-employed persons as a share of all employed persons.
catalogue-indicator-self_employment-definition = Самостоятелно заети лица като дял от всички заети лица.
# Severe material deprivation rate
catalogue-indicator-severe_deprivation-name = Коефициент на тежки материални лишения
# Persons in households that cannot afford at least four of nine deprivation items, as a share of all persons.
catalogue-indicator-severe_deprivation-definition = Лица в домакинства, които не могат да си позволят поне четири от деветте показателя за лишения, като дял от всички лица.
# Temporary employment share
catalogue-indicator-temporary_contract-name = Дял на временната заетост
# Employees and employed persons with a temporary contract as a share of all employed persons.
catalogue-indicator-temporary_contract-definition = Наети и заети лица със срочен договор като дял от всички заети лица.
# Tertiary educational attainment (25-64)
catalogue-indicator-tertiary_attainment_25_64-name = Завършено висше образование (25–64 г.)
# Persons aged 25-64 with tertiary education (ISCED 5-8), as a share of all persons aged 25-64.
catalogue-indicator-tertiary_attainment_25_64-definition = Лица на възраст 25–64 г. с висше образование (ISCED 5–8) като дял от всички лица на възраст 25–64 г.
# Unemployment rate
catalogue-indicator-unemployment_rate-name = Коефициент на безработица
# Unemployed persons as a share of the labour force (employed + unemployed), ages in the source's scope (16-74 in EU-LFS terms).
catalogue-indicator-unemployment_rate-definition = Безработни лица като дял от работната сила (заети + безработни), възрастите в обхвата на източника (16–74 г. в Наблюдението на работната сила в ЕС).
# Youth unemployment rate (under 25)
catalogue-indicator-youth_unemployment-name = Коефициент на младежка безработица (под 25 г.)
# Unemployed persons aged under 25 as a share of the labour force aged under 25.
catalogue-indicator-youth_unemployment-definition = Безработни лица на възраст под 25 г. като дял от работната сила на възраст под 25 г.

## The peers' context features (peers/features.toml): label and definition

# population
catalogue-feature-population-label = население
# Population on 1 January (Urban Audit urb_cpop1 DE1001V) in the reference year; size classes as Eurostat: S 50-100k, M 100-250k, L 250-500k, XL 500k-1M, XXL over 1M (and under 50k)
catalogue-feature-population-definition = Население към 1 януари (Urban Audit urb_cpop1 DE1001V) в референтната година; класове по големина както при Евростат: S 50–100 хил., M 100–250 хил., L 250–500 хил., XL 500 хил.–1 млн., XXL над 1 млн. (и под 50 хил.)
# population growth
catalogue-feature-population_growth-label = прираст на населението
# Compound yearly change of DE1001V from the year nearest to 5 years before the reference year (at least 3 years apart, no break between) to the reference year
catalogue-feature-population_growth-definition = Средногодишно сложно изменение на DE1001V от годината, най-близка до 5 години преди референтната година (най-малко 3 години разлика, без прекъсване на реда между тях), до референтната година
# foreign-born share
catalogue-feature-foreign_born_share-label = дял на родените в чужбина
# Foreign-born residents (urb_cpopcb DE2009V) / population (DE1001V) of the same year × 100, latest year with both
catalogue-feature-foreign_born_share-definition = Жители, родени в чужбина (urb_cpopcb DE2009V) / население (DE1001V) за същата година × 100, последната година с двете стойности
# change of the foreign-born share over ~5 years
catalogue-feature-foreign_born_change_5y-label = изменение на дела на родените в чужбина за ~5 години
# Foreign-born share in the latest year minus the share in the year nearest to 5 years earlier (at least 3 years earlier), in percentage points
catalogue-feature-foreign_born_change_5y-definition = Делът на родените в чужбина в последната година минус дела в годината, най-близка до 5 години по-рано (най-малко 3 години по-рано), в процентни пунктове
# change of the foreign-born share over ~10 years
catalogue-feature-foreign_born_change_10y-label = изменение на дела на родените в чужбина за ~10 години
# Foreign-born share in the latest year minus the share in the year nearest to 10 years earlier (at least 7 years earlier), in percentage points; urb_cpopcb starts in 2015, so most cities lack it
catalogue-feature-foreign_born_change_10y-definition = Делът на родените в чужбина в последната година минус дела в годината, най-близка до 10 години по-рано (най-малко 7 години по-рано), в процентни пунктове; urb_cpopcb започва през 2015 г., затова за повечето градове стойност липсва
# unemployment proxy
catalogue-feature-unemployment_proxy-label = приблизителен показател за безработицата
# Persons unemployed (urb_clma EC1010V) / (persons employed 20-64 (EC1177V) + unemployed) × 100, latest year with both; a proxy: the age ranges of the two differ
catalogue-feature-unemployment_proxy-definition = Безработни лица (urb_clma EC1010V) / (заети лица 20–64 г. (EC1177V) + безработни) × 100, последната година с двете стойности; приблизителен показател: възрастовите граници на двете стойности се различават
# higher-education students per 1,000 inhabitants
catalogue-feature-students_per_1000-label = студенти във висшето образование на 1000 жители
# Students in higher education, ISCED 5-8 (urb_ceduc TE1026V) / population (DE1001V) of the same year × 1,000, latest year with both
catalogue-feature-students_per_1000-definition = Студенти във висшето образование, ISCED 5–8 (urb_ceduc TE1026V) / население (DE1001V) за същата година × 1000, последната година с двете стойности
# employed aged 20-64 per 100 inhabitants
catalogue-feature-employed_per_100-label = заети лица на възраст 20–64 г. на 100 жители
# Persons employed aged 20-64 (urb_clma EC1177V) / population (DE1001V) of the same year × 100, latest year with both
catalogue-feature-employed_per_100-definition = Заети лица на възраст 20–64 г. (urb_clma EC1177V) / население (DE1001V) за същата година × 100, последната година с двете стойности
# population density
catalogue-feature-density-label = гъстота на населението
# Population (DE1001V) of the year nearest to 2021 / area of the 2021 city boundary (GISCO gisco_urau_2021 AREA_KM2); only the cities in GISCO's list
catalogue-feature-density-definition = Население (DE1001V) за годината, най-близка до 2021 г. / площ в границите на града от 2021 г. (GISCO gisco_urau_2021 AREA_KM2); само градовете от списъка на GISCO
# share who say the city is a good place for immigrants
catalogue-feature-qol_good_for_immigrants-label = дял на смятащите, че градът е добро място за имигрантите
# Quality of Life in European Cities 2023 (qol_2023), question Q3_4, answer 1 "a good place to live" for immigrants from other countries, weighted share of all respondents (incl. don't know); 83 cities
catalogue-feature-qol_good_for_immigrants-definition = Качество на живот в европейските градове 2023 (qol_2023), въпрос Q3_4, отговор 1 „добро място за живеене“ за имигранти от други държави, претеглен дял от всички анкетирани (вкл. „не знам“); 83 града

## Sources of microdata (mappings/*.toml): name and source

# Synthetic persons (benchmark)
catalogue-mapping-bench_synthetic-name = Синтетични лица (сравнителен тест)
# synthetic (bench/gen_microdata.py or observatory generate-microdata)
catalogue-mapping-bench_synthetic-source = синтетични (bench/gen_microdata.py или observatory generate-microdata)
# INE Spain, ECV (EU-SILC) 2020, persons 16+
catalogue-mapping-es_silc_2020-name = INE Испания, ECV (EU-SILC) 2020, лица на 16 и повече г.
# INE Spain, Encuesta de Condiciones de Vida 2020 (microdata via maiktreya/ECVmicrodata)
catalogue-mapping-es_silc_2020-source = INE Испания, Encuesta de Condiciones de Vida 2020 (микроданни чрез maiktreya/ECVmicrodata)

## Series a profile looks ahead on (outlook.toml): label

# Population on 1 January
catalogue-outlook-urb_cpop1-DE1001V-all = Население към 1 януари
# Non-EU citizens living in the city
catalogue-outlook-urb_cpopcb-DE2003V-all = Граждани на държави извън ЕС, живеещи в града
# Persons unemployed
catalogue-outlook-urb_clma-EC1010V-all = Безработни лица
# Persons employed, aged 20–64
catalogue-outlook-urb_clma-EC1177V-all = Заети лица на възраст 20–64 г.
# Employment rate of non-EU citizens aged 20–64 (national)
catalogue-outlook-lfsa_ergan-lfsa_ergan-age_Y20-64_citizen_NEU27_2020_FOR = Коефициент на заетост на гражданите на държави извън ЕС на възраст 20–64 г. (за страната)
# Employment gap, non-EU citizens minus nationals aged 20–64 (national)
catalogue-outlook-lfsa_ergan-lfsa_ergan-age_Y20-64_citizen_NEU27_2020_FOR-gap-citizen_NAT = Разлика в заетостта: граждани на държави извън ЕС минус граждани на страната на възраст 20–64 г. (за страната)

## Public-opinion items (peers/opinion.toml): wording, answer and source

# Is the city where you live a good place or not a good place to live for the following groups? - Immigrants from other countries.
catalogue-opinion-immigrants-wording = Добро или не добро място за живеене е градът, в който живеете, за следните групи? - Имигранти от други държави.
# A good place to live
catalogue-opinion-immigrants-answer = Добро място за живеене
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q3_4
catalogue-opinion-immigrants-source = Евростат/ГД „Регионална и селищна политика“, Качество на живот в европейските градове 2023, въпрос Q3_4
# Is the city where you live a good place or not a good place to live for the following groups? - Racial and ethnic minorities.
catalogue-opinion-minorities-wording = Добро или не добро място за живеене е градът, в който живеете, за следните групи? - Расови и етнически малцинства.
# A good place to live
catalogue-opinion-minorities-answer = Добро място за живеене
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q3_2
catalogue-opinion-minorities-source = Евростат/ГД „Регионална и селищна политика“, Качество на живот в европейските градове 2023, въпрос Q3_2
# To what extent do you agree or disagree with each of the following statements? - Generally speaking, most people in my city can be trusted.
catalogue-opinion-trust-wording = Доколко сте съгласни или несъгласни с всяко от следните твърдения? - Като цяло на повечето хора в моя град може да се има доверие.
# Strongly or somewhat agree
catalogue-opinion-trust-answer = Напълно или донякъде съгласен
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_6 (agree, top two answers)
catalogue-opinion-trust-source = Евростат/ГД „Регионална и селищна политика“, Качество на живот в европейските градове 2023, въпрос Q2_6 (съгласие, двата най-горни отговора)
# To what extent do you agree or disagree with each of the following statements? - I feel safe walking alone at night in my city.
catalogue-opinion-safe-at-night-wording = Доколко сте съгласни или несъгласни с всяко от следните твърдения? - Чувствам се в безопасност, когато вървя сам(а) през нощта в моя град.
# Strongly or somewhat agree
catalogue-opinion-safe-at-night-answer = Напълно или донякъде съгласен
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_3 (agree, top two answers)
catalogue-opinion-safe-at-night-source = Евростат/ГД „Регионална и селищна политика“, Качество на живот в европейските градове 2023, въпрос Q2_3 (съгласие, двата най-горни отговора)
# To what extent do you agree or disagree with each of the following statements? - It is easy to find a good job in my city.
catalogue-opinion-jobs-wording = Доколко сте съгласни или несъгласни с всяко от следните твърдения? - В моя град е лесно да се намери добра работа.
# Strongly or somewhat agree
catalogue-opinion-jobs-answer = Напълно или донякъде съгласен
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_2 (agree, top two answers)
catalogue-opinion-jobs-source = Евростат/ГД „Регионална и селищна политика“, Качество на живот в европейските градове 2023, въпрос Q2_2 (съгласие, двата най-горни отговора)
# To what extent do you agree or disagree with each of the following statements? - It is easy to find good housing in my city at a reasonable price.
catalogue-opinion-housing-wording = Доколко сте съгласни или несъгласни с всяко от следните твърдения? - В моя град е лесно да се намери добро жилище на разумна цена.
# Strongly or somewhat agree
catalogue-opinion-housing-answer = Напълно или донякъде съгласен
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_5 (agree, top two answers)
catalogue-opinion-housing-source = Евростат/ГД „Регионална и селищна политика“, Качество на живот в европейските градове 2023, въпрос Q2_5 (съгласие, двата най-горни отговора)

## Units written in words (one key per unit, whoever uses it)

# % a year
catalogue-unit-__a_year = % годишно
# inhabitants
catalogue-unit-inhabitants = жители
# inhabitants per km²
catalogue-unit-inhabitants_per_km_ = жители на км²
# per 1,000
catalogue-unit-per_1_000 = на 1000
# per 100
catalogue-unit-per_100 = на 100
# percent
catalogue-unit-percent = проценти
# permits
catalogue-unit-permits = разрешения
# persons
catalogue-unit-persons = лица
# points
catalogue-unit-points = процентни пункта
# ratio
catalogue-unit-ratio = съотношение
# thousand persons
catalogue-unit-thousand_persons = хил. лица
