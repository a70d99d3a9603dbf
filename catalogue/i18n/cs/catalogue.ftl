# The catalogue's texts in čeština: translations of what the catalogue's TOML files say in
# English, under the keys of Catalogue::texts() (crates/catalogue/src/texts.rs). There is no
# English catalogue.ftl: English is the TOML itself. Each entry's English is the comment above
# it; when the English changes, change the translation. Terms: glossary.tsv of this folder.
# Checked by crates/catalogue/tests/texts.rs (every text translated, no leftovers).

## Thematic areas (areas.toml)

# Population and migration
catalogue-area-population = Obyvatelstvo a migrace
# Employment
catalogue-area-employment = Zaměstnanost
# Education
catalogue-area-education = Vzdělávání
# Social inclusion
catalogue-area-social_inclusion = Sociální začleňování
# Health
catalogue-area-health = Zdraví
# Housing
catalogue-area-housing = Bydlení
# Active citizenship
catalogue-area-active_citizenship = Aktivní občanství
# Residence permits
catalogue-area-residence_permits = Povolení k pobytu
# Public opinion (Quality of Life survey)
catalogue-area-public_opinion = Veřejné mínění (průzkum kvality života)
# Use of municipal services
catalogue-area-use_of_services = Využívání městských služeb
# Computed indicators
catalogue-area-computed = Vypočtené ukazatele
# Look ahead: population scenarios
catalogue-area-look_ahead = Výhled: scénáře vývoje obyvatelstva
# Neighbourhoods
catalogue-area-neighbourhoods = Městské čtvrti
# The city's own figures
catalogue-area-own_figures = Vlastní údaje města

## Tables (tables/*.toml): names, sources, labels of unlisted variables

# Population by educational attainment level, sex, age and citizenship (LFS)
catalogue-table-edat_lfs_9911 = Obyvatelstvo podle dosažené úrovně vzdělání, pohlaví, věku a státního občanství (VŠPS)
# Eurostat edat_lfs_9911
catalogue-table-edat_lfs_9911-source = Eurostat edat_lfs_9911
# Population by educational attainment level, sex, age and country of birth (LFS)
catalogue-table-edat_lfs_9912 = Obyvatelstvo podle dosažené úrovně vzdělání, pohlaví, věku a země narození (VŠPS)
# Eurostat edat_lfs_9912
catalogue-table-edat_lfs_9912-source = Eurostat edat_lfs_9912
# Self-perceived health by sex, age and citizenship (EU-SILC)
catalogue-table-hlth_silc_24 = Subjektivně vnímané zdraví podle pohlaví, věku a státního občanství (EU-SILC)
# Eurostat hlth_silc_24
catalogue-table-hlth_silc_24-source = Eurostat hlth_silc_24
# Mean and median income by broad group of citizenship (EU-SILC)
catalogue-table-ilc_di15 = Průměrný a mediánový příjem podle širších skupin státního občanství (EU-SILC)
# Eurostat ilc_di15
catalogue-table-ilc_di15-source = Eurostat ilc_di15
# Employment by sex, age and citizenship (LFS)
catalogue-table-lfsa_egan = Zaměstnanost podle pohlaví, věku a státního občanství (VŠPS)
# Eurostat lfsa_egan
catalogue-table-lfsa_egan-source = Eurostat lfsa_egan
# Employment rates by sex, age and citizenship (LFS)
catalogue-table-lfsa_ergan = Míry zaměstnanosti podle pohlaví, věku a státního občanství (VŠPS)
# Eurostat lfsa_ergan
catalogue-table-lfsa_ergan-source = Eurostat lfsa_ergan
# Unemployment by sex, age and citizenship (LFS)
catalogue-table-lfsa_ugan = Nezaměstnanost podle pohlaví, věku a státního občanství (VŠPS)
# Eurostat lfsa_ugan
catalogue-table-lfsa_ugan-source = Eurostat lfsa_ugan
# Unemployment rates by sex, age and citizenship (LFS)
catalogue-table-lfsa_urgan = Míry nezaměstnanosti podle pohlaví, věku a státního občanství (VŠPS)
# Eurostat lfsa_urgan
catalogue-table-lfsa_urgan-source = Eurostat lfsa_urgan
# First permits by reason, length of validity and citizenship
catalogue-table-migr_resfirst = První povolení k pobytu podle důvodu, délky platnosti a státního občanství
# Eurostat migr_resfirst
catalogue-table-migr_resfirst-source = Eurostat migr_resfirst
# Quality of Life in European Cities 2023
catalogue-table-qol_2023 = Kvalita života v evropských městech 2023
# European Commission DG REGIO
catalogue-table-qol_2023-source = Evropská komise, GŘ REGIO
# Quality of Life survey, question {code}
catalogue-table-qol_2023-other_variables = Průzkum kvality života, otázka {"{"}code{"}"}
# Education, cities (Urban Audit)
catalogue-table-urb_ceduc = Vzdělávání, města (Urban Audit)
# Eurostat urb_ceduc
catalogue-table-urb_ceduc-source = Eurostat urb_ceduc
# Labour market, cities (Urban Audit)
catalogue-table-urb_clma = Trh práce, města (Urban Audit)
# Eurostat urb_clma
catalogue-table-urb_clma-source = Eurostat urb_clma
# Population on 1 January by age groups and sex, cities (Urban Audit)
catalogue-table-urb_cpop1 = Obyvatelstvo k 1. lednu podle věkových skupin a pohlaví, města (Urban Audit)
# Eurostat urb_cpop1
catalogue-table-urb_cpop1-source = Eurostat urb_cpop1
# Population by citizenship and country of birth, cities (Urban Audit)
catalogue-table-urb_cpopcb = Obyvatelstvo podle státního občanství a země narození, města (Urban Audit)
# Eurostat urb_cpopcb
catalogue-table-urb_cpopcb-source = Eurostat urb_cpopcb

## The compare page: titles of the tables it charts ([compare] title)

# Low education (ISCED 0–2) of foreign citizens, 15–64
catalogue-compare-edat_lfs_9911 = Nízká úroveň vzdělání (ISCED 0–2) cizinců, 15–64 let
# Tertiary education (ISCED 5–8), 25–64
catalogue-compare-edat_lfs_9912 = Terciární vzdělání (ISCED 5–8), 25–64 let
# Health perceived as good or very good, 16 and over
catalogue-compare-hlth_silc_24 = Zdraví vnímané jako dobré nebo velmi dobré, 16 a více let
# Median equivalised net income, 18 and over
catalogue-compare-ilc_di15 = Medián ekvivalizovaného čistého příjmu, 18 a více let
# Employment rate, 20–64
catalogue-compare-lfsa_ergan = Míra zaměstnanosti, 20–64 let
# Unemployment rate, 20–64
catalogue-compare-lfsa_urgan = Míra nezaměstnanosti, 20–64 let

## Variables of the tables ([[variable]] label)

# Educational attainment by citizenship (LFS)
catalogue-variable-edat_lfs_9911-edat_lfs_9911 = Dosažená úroveň vzdělání podle státního občanství (VŠPS)
# Educational attainment (LFS)
catalogue-variable-edat_lfs_9912-edat_lfs_9912 = Dosažená úroveň vzdělání (VŠPS)
# Self-perceived health (EU-SILC)
catalogue-variable-hlth_silc_24-hlth_silc_24 = Subjektivně vnímané zdraví (EU-SILC)
# Median income by citizenship
catalogue-variable-ilc_di15-ilc_di15 = Mediánový příjem podle státního občanství
# Median equivalised net income
catalogue-variable-ilc_di15-MED_E = Medián ekvivalizovaného čistého příjmu
# Employed persons (LFS)
catalogue-variable-lfsa_egan-lfsa_egan = Zaměstnaní (VŠPS)
# Employment rate (LFS)
catalogue-variable-lfsa_ergan-lfsa_ergan = Míra zaměstnanosti (VŠPS)
# Unemployed persons (LFS)
catalogue-variable-lfsa_ugan-lfsa_ugan = Nezaměstnaní (VŠPS)
# Unemployment rate (LFS)
catalogue-variable-lfsa_urgan-lfsa_urgan = Míra nezaměstnanosti (VŠPS)
# First residence permits
catalogue-variable-migr_resfirst-migr_resfirst = První povolení k pobytu
# Students in higher education
catalogue-variable-urb_ceduc-TE1026V = Studenti vysokých škol
# Unemployed persons
catalogue-variable-urb_clma-EC1010V = Nezaměstnaní
# Persons employed, 20–64
catalogue-variable-urb_clma-EC1177V = Zaměstnaní, 20–64 let
# Population on 1 January
catalogue-variable-urb_cpop1-DE1001V = Obyvatelstvo k 1. lednu
# Population, men
catalogue-variable-urb_cpop1-DE1002V = Obyvatelstvo, muži
# Population, women
catalogue-variable-urb_cpop1-DE1003V = Obyvatelstvo, ženy
# Nationals
catalogue-variable-urb_cpopcb-DE2001V = Státní příslušníci dané země
# EU citizens (other than nationals)
catalogue-variable-urb_cpopcb-DE2002V = Státní příslušníci jiných zemí EU
# Non-EU citizens
catalogue-variable-urb_cpopcb-DE2003V = Státní příslušníci zemí mimo EU
# Born in the country
catalogue-variable-urb_cpopcb-DE2007V = Narození v dané zemi
# Born in another EU country
catalogue-variable-urb_cpopcb-DE2008V = Narození v jiné zemi EU
# Foreign-born residents
catalogue-variable-urb_cpopcb-DE2009V = Obyvatelé narození v zahraničí
# Born outside the EU
catalogue-variable-urb_cpopcb-DE2010V = Narození mimo EU

## Labels of variables no table names (catalogue.toml [labels])

# Population
catalogue-label-population = Obyvatelstvo

## Indicators of microdata (indicators/*.toml): name and definition

# Activity rate
catalogue-indicator-activity_rate-name = Míra ekonomické aktivity
# Labour force (employed + unemployed) as a share of the population in the source's scope.
catalogue-indicator-activity_rate-definition = Pracovní síla (zaměstnaní + nezaměstnaní) jako podíl na obyvatelstvu v rozsahu zdroje.
# At-risk-of-poverty rate
catalogue-indicator-at_risk_of_poverty-name = Míra ohrožení příjmovou chudobou
# Persons whose equivalised disposable income is below 60% of the national median (after social transfers), as a share of all persons.
catalogue-indicator-at_risk_of_poverty-definition = Osoby, jejichž ekvivalizovaný disponibilní příjem je nižší než 60 % národního mediánu (po sociálních transferech), jako podíl na všech osobách.
# Early leavers from education and training (18-24)
catalogue-indicator-early_leavers_18_24-name = Osoby předčasně odcházející ze vzdělávání a odborné přípravy (18–24 let)
# Persons aged 18-24 with at most lower secondary education who are not in education or training, as a share of all persons aged 18-24.
catalogue-indicator-early_leavers_18_24-definition = Osoby ve věku 18–24 let s nejvýše nižším sekundárním vzděláním, které se neúčastní vzdělávání ani odborné přípravy, jako podíl na všech osobách ve věku 18–24 let.
# Employment rate (20-64)
catalogue-indicator-employment_rate_20_64-name = Míra zaměstnanosti (20–64 let)
# Employed persons aged 20-64 as a share of all persons aged 20-64 (Zaragoza core indicator, EU 2030 target).
catalogue-indicator-employment_rate_20_64-definition = Zaměstnané osoby ve věku 20–64 let jako podíl na všech osobách ve věku 20–64 let (hlavní ukazatel ze Zaragozy, cíl EU do roku 2030).
# Self-perceived good or very good health
catalogue-indicator-good_health-name = Subjektivně vnímané dobré nebo velmi dobré zdraví
# Persons who perceive their health as good or very good, as a share of all persons.
catalogue-indicator-good_health-definition = Osoby, které vnímají své zdraví jako dobré nebo velmi dobré, jako podíl na všech osobách.
# Housing cost overburden rate
catalogue-indicator-housing_cost_overburden-name = Míra nadměrné zátěže náklady na bydlení
# Persons in households where total housing costs (net of housing allowances) exceed 40% of disposable income (net of housing allowances), as a share of all persons.
catalogue-indicator-housing_cost_overburden-definition = Osoby v domácnostech, jejichž celkové náklady na bydlení (po odečtení příspěvků na bydlení) přesahují 40 % disponibilního příjmu (po odečtení příspěvků na bydlení), jako podíl na všech osobách.
# In-work at-risk-of-poverty rate
catalogue-indicator-in_work_poverty-name = Míra ohrožení příjmovou chudobou pracujících
# Employed persons at risk of poverty as a share of all employed persons.
catalogue-indicator-in_work_poverty-definition = Zaměstnané osoby ohrožené příjmovou chudobou jako podíl na všech zaměstnaných osobách.
# Long-term residence share
catalogue-indicator-long_term_residence_share-name = Podíl dlouhodobě pobývajících rezidentů
# Third-country nationals holding a long-term or permanent residence permit, as a share of all third-country nationals.
catalogue-indicator-long_term_residence_share-definition = Státní příslušníci třetích zemí s povolením k dlouhodobému nebo trvalému pobytu jako podíl na všech státních příslušnících třetích zemí.
# Low educational attainment (25-64)
catalogue-indicator-low_attainment_25_64-name = Nízká úroveň vzdělání (25–64 let)
# Persons aged 25-64 whose highest completed level is at most lower secondary (ISCED 0-2), as a share of all persons aged 25-64.
catalogue-indicator-low_attainment_25_64-definition = Osoby ve věku 25–64 let, jejichž nejvyšší dosažená úroveň je nejvýše nižší sekundární vzdělání (ISCED 0–2), jako podíl na všech osobách ve věku 25–64 let.
# Mean equivalised net income
catalogue-indicator-mean_equivalised_income-name = Průměrný ekvivalizovaný čistý příjem
# Weighted mean of equivalised disposable household income (household income divided by the modified OECD equivalence scale), in national currency per year. A magnitude: with `--dominance` or `--p-percent`, cells where a few persons' incomes make up most of the total are suppressed as well.
catalogue-indicator-mean_equivalised_income-definition = Vážený průměr ekvivalizovaného disponibilního příjmu domácnosti (příjem domácnosti vydělený modifikovanou ekvivalenční škálou OECD), v národní měně za rok. Veličina: s `--dominance` nebo `--p-percent` se potlačují i buňky, v nichž příjmy několika osob tvoří většinu úhrnu.
# Median equivalised net income
catalogue-indicator-median_equivalised_income-name = Medián ekvivalizovaného čistého příjmu
# Weighted median of equivalised disposable household income (household income divided by the modified OECD equivalence scale), in national currency per year.
catalogue-indicator-median_equivalised_income-definition = Vážený medián ekvivalizovaného disponibilního příjmu domácnosti (příjem domácnosti vydělený modifikovanou ekvivalenční škálou OECD), v národní měně za rok.
# Median equivalised income relative to the reference group
catalogue-indicator-median_income_ratio_to_natives-name = Medián ekvivalizovaného příjmu v poměru k referenční skupině
# Median equivalised net income of the group divided by the median of the reference group (nationals) in the same sex and age cell.
catalogue-indicator-median_income_ratio_to_natives-definition = Medián ekvivalizovaného čistého příjmu skupiny vydělený mediánem referenční skupiny (státních příslušníků dané země) ve stejné skupině podle pohlaví a věku.
# Naturalisation rate (share of foreign-born holding the citizenship)
catalogue-indicator-naturalisation_rate-name = Míra naturalizace (podíl osob narozených v zahraničí se státním občanstvím země)
# Foreign-born persons who hold the citizenship of the country of residence, as a share of all foreign-born persons (the OECD/EU survey measure of acquisition of nationality).
catalogue-indicator-naturalisation_rate-definition = Osoby narozené v zahraničí, které mají státní občanství země pobytu, jako podíl na všech osobách narozených v zahraničí (výběrová míra nabytí státního občanství podle OECD a EU).
# Young people neither in employment nor in education (16-24)
catalogue-indicator-neet_16_24-name = Mladí lidé, kteří nepracují ani se nevzdělávají (16–24 let)
# Persons aged under 25 who are not employed and not in education or training, as a share of all persons aged under 25.
catalogue-indicator-neet_16_24-definition = Osoby mladší 25 let, které nejsou zaměstnané a neúčastní se vzdělávání ani odborné přípravy, jako podíl na všech osobách mladších 25 let.
# Over-qualification rate
catalogue-indicator-over_qualification-name = Míra nadměrné kvalifikace
# Employed persons with tertiary education (ISCED 5-8) working in low or medium-skilled occupations (ISCO 4-9) as a share of employed persons with tertiary education.
catalogue-indicator-over_qualification-definition = Zaměstnané osoby s terciárním vzděláním (ISCED 5–8) pracující v zaměstnáních s nízkou nebo střední kvalifikací (ISCO 4–9) jako podíl na zaměstnaných osobách s terciárním vzděláním.
# Overcrowding rate
catalogue-indicator-overcrowding-name = Míra přelidněnosti
# Persons living in an overcrowded household (fewer rooms than Eurostat's minimum for the household's composition), as a share of all persons.
catalogue-indicator-overcrowding-definition = Osoby žijící v přelidněné domácnosti (méně místností, než je minimum Eurostatu pro složení domácnosti), jako podíl na všech osobách.
# Owner-occupation rate
catalogue-indicator-owner_occupation-name = Míra vlastnického bydlení
# Persons living in a dwelling owned by their household (outright or with a mortgage), as a share of all persons.
catalogue-indicator-owner_occupation-definition = Osoby žijící v bytě ve vlastnictví své domácnosti (bez hypotéky nebo s hypotékou) jako podíl na všech osobách.
# Part-time employment share
catalogue-indicator-part_time-name = Podíl zaměstnání na kratší pracovní dobu
# Employed persons working part-time as a share of all employed persons.
catalogue-indicator-part_time-definition = Zaměstnané osoby pracující na kratší pracovní dobu jako podíl na všech zaměstnaných osobách.
# Self-employment share
catalogue-indicator-self_employment-name = Podíl osob samostatně výdělečně činných
# Self-employed persons as a share of all employed persons.
catalogue-indicator-self_employment-definition = Osoby samostatně výdělečně činné jako podíl na všech zaměstnaných osobách.
# Severe material deprivation rate
catalogue-indicator-severe_deprivation-name = Míra závažné materiální deprivace
# Persons in households that cannot afford at least four of nine deprivation items, as a share of all persons.
catalogue-indicator-severe_deprivation-definition = Osoby v domácnostech, které si nemohou dovolit alespoň čtyři z devíti položek deprivace, jako podíl na všech osobách.
# Temporary employment share
catalogue-indicator-temporary_contract-name = Podíl zaměstnání na dobu určitou
# Employees and employed persons with a temporary contract as a share of all employed persons.
catalogue-indicator-temporary_contract-definition = Zaměstnanci a zaměstnané osoby se smlouvou na dobu určitou jako podíl na všech zaměstnaných osobách.
# Tertiary educational attainment (25-64)
catalogue-indicator-tertiary_attainment_25_64-name = Terciární vzdělání (25–64 let)
# Persons aged 25-64 with tertiary education (ISCED 5-8), as a share of all persons aged 25-64.
catalogue-indicator-tertiary_attainment_25_64-definition = Osoby ve věku 25–64 let s terciárním vzděláním (ISCED 5–8) jako podíl na všech osobách ve věku 25–64 let.
# Unemployment rate
catalogue-indicator-unemployment_rate-name = Míra nezaměstnanosti
# Unemployed persons as a share of the labour force (employed + unemployed), ages in the source's scope (16-74 in EU-LFS terms).
catalogue-indicator-unemployment_rate-definition = Nezaměstnané osoby jako podíl na pracovní síle (zaměstnaní + nezaměstnaní), věk v rozsahu zdroje (16–74 let ve VŠPS EU).
# Youth unemployment rate (under 25)
catalogue-indicator-youth_unemployment-name = Míra nezaměstnanosti mladých lidí (do 25 let)
# Unemployed persons aged under 25 as a share of the labour force aged under 25.
catalogue-indicator-youth_unemployment-definition = Nezaměstnané osoby mladší 25 let jako podíl na pracovní síle mladší 25 let.

## The peers' context features (peers/features.toml): label and definition

# population
catalogue-feature-population-label = počet obyvatel
# Population on 1 January (Urban Audit urb_cpop1 DE1001V) in the reference year; size classes as Eurostat: S 50-100k, M 100-250k, L 250-500k, XL 500k-1M, XXL over 1M (and under 50k)
catalogue-feature-population-definition = Obyvatelstvo k 1. lednu (Urban Audit urb_cpop1 DE1001V) v referenčním roce; velikostní třídy jako v Eurostatu: S 50–100 tis., M 100–250 tis., L 250–500 tis., XL 500 tis.–1 mil., XXL nad 1 mil. (a pod 50 tis.)
# population growth
catalogue-feature-population_growth-label = růst počtu obyvatel
# Compound yearly change of DE1001V from the year nearest to 5 years before the reference year (at least 3 years apart, no break between) to the reference year
catalogue-feature-population_growth-definition = Průměrná roční složená změna DE1001V od roku nejbližšího 5 letům před referenčním rokem (rozdíl alespoň 3 roky, bez přerušení řady mezi nimi) do referenčního roku
# foreign-born share
catalogue-feature-foreign_born_share-label = podíl narozených v zahraničí
# Foreign-born residents (urb_cpopcb DE2009V) / population (DE1001V) of the same year × 100, latest year with both
catalogue-feature-foreign_born_share-definition = Obyvatelé narození v zahraničí (urb_cpopcb DE2009V) / obyvatelstvo (DE1001V) téhož roku × 100, poslední rok s oběma údaji
# change of the foreign-born share over ~5 years
catalogue-feature-foreign_born_change_5y-label = změna podílu narozených v zahraničí za ~5 let
# Foreign-born share in the latest year minus the share in the year nearest to 5 years earlier (at least 3 years earlier), in percentage points
catalogue-feature-foreign_born_change_5y-definition = Podíl narozených v zahraničí v posledním roce minus podíl v roce nejbližším 5 letům předtím (alespoň 3 roky předtím), v procentních bodech
# change of the foreign-born share over ~10 years
catalogue-feature-foreign_born_change_10y-label = změna podílu narozených v zahraničí za ~10 let
# Foreign-born share in the latest year minus the share in the year nearest to 10 years earlier (at least 7 years earlier), in percentage points; urb_cpopcb starts in 2015, so most cities lack it
catalogue-feature-foreign_born_change_10y-definition = Podíl narozených v zahraničí v posledním roce minus podíl v roce nejbližším 10 letům předtím (alespoň 7 let předtím), v procentních bodech; urb_cpopcb začíná rokem 2015, proto u většiny měst chybí
# unemployment proxy
catalogue-feature-unemployment_proxy-label = přibližný ukazatel nezaměstnanosti
# Persons unemployed (urb_clma EC1010V) / (persons employed 20-64 (EC1177V) + unemployed) × 100, latest year with both; a proxy: the age ranges of the two differ
catalogue-feature-unemployment_proxy-definition = Nezaměstnaní (urb_clma EC1010V) / (zaměstnaní 20–64 let (EC1177V) + nezaměstnaní) × 100, poslední rok s oběma údaji; přibližná hodnota: věková rozpětí obou údajů se liší
# higher-education students per 1,000 inhabitants
catalogue-feature-students_per_1000-label = vysokoškolští studenti na 1 000 obyvatel
# Students in higher education, ISCED 5-8 (urb_ceduc TE1026V) / population (DE1001V) of the same year × 1,000, latest year with both
catalogue-feature-students_per_1000-definition = Studenti vysokých škol, ISCED 5–8 (urb_ceduc TE1026V) / obyvatelstvo (DE1001V) téhož roku × 1 000, poslední rok s oběma údaji
# employed aged 20-64 per 100 inhabitants
catalogue-feature-employed_per_100-label = zaměstnaní ve věku 20–64 let na 100 obyvatel
# Persons employed aged 20-64 (urb_clma EC1177V) / population (DE1001V) of the same year × 100, latest year with both
catalogue-feature-employed_per_100-definition = Zaměstnaní ve věku 20–64 let (urb_clma EC1177V) / obyvatelstvo (DE1001V) téhož roku × 100, poslední rok s oběma údaji
# population density
catalogue-feature-density-label = hustota zalidnění
# Population (DE1001V) of the year nearest to 2021 / area of the 2021 city boundary (GISCO gisco_urau_2021 AREA_KM2); only the cities in GISCO's list
catalogue-feature-density-definition = Obyvatelstvo (DE1001V) roku nejbližšího roku 2021 / rozloha města v hranicích z roku 2021 (GISCO gisco_urau_2021 AREA_KM2); jen města ze seznamu GISCO
# share who say the city is a good place for immigrants
catalogue-feature-qol_good_for_immigrants-label = podíl těch, kdo považují město za dobré místo pro přistěhovalce
# Quality of Life in European Cities 2023 (qol_2023), question Q3_4, answer 1 "a good place to live" for immigrants from other countries, weighted share of all respondents (incl. don't know); 83 cities
catalogue-feature-qol_good_for_immigrants-definition = Kvalita života v evropských městech 2023 (qol_2023), otázka Q3_4, odpověď 1 „dobré místo k životu“ pro přistěhovalce z jiných zemí, vážený podíl na všech respondentech (včetně „nevím“); 83 měst

## Sources of microdata (mappings/*.toml): name and source

# Synthetic persons (benchmark)
catalogue-mapping-bench_synthetic-name = Syntetické osoby (benchmark)
# synthetic (bench/gen_microdata.py or observatory generate-microdata)
catalogue-mapping-bench_synthetic-source = syntetické (bench/gen_microdata.py nebo observatory generate-microdata)
# INE Spain, ECV (EU-SILC) 2020, persons 16+
catalogue-mapping-es_silc_2020-name = INE Španělsko, ECV (EU-SILC) 2020, osoby od 16 let
# INE Spain, Encuesta de Condiciones de Vida 2020 (microdata via maiktreya/ECVmicrodata)
catalogue-mapping-es_silc_2020-source = INE Španělsko, Encuesta de Condiciones de Vida 2020 (mikrodata přes maiktreya/ECVmicrodata)

## Series a profile looks ahead on (outlook.toml): label

# Population on 1 January
catalogue-outlook-urb_cpop1-DE1001V-all = Obyvatelstvo k 1. lednu
# Non-EU citizens living in the city
catalogue-outlook-urb_cpopcb-DE2003V-all = Státní příslušníci zemí mimo EU žijící ve městě
# Persons unemployed
catalogue-outlook-urb_clma-EC1010V-all = Nezaměstnaní
# Persons employed, aged 20–64
catalogue-outlook-urb_clma-EC1177V-all = Zaměstnaní ve věku 20–64 let
# Employment rate of non-EU citizens aged 20–64 (national)
catalogue-outlook-lfsa_ergan-lfsa_ergan-age_Y20-64_citizen_NEU27_2020_FOR = Míra zaměstnanosti státních příslušníků zemí mimo EU ve věku 20–64 let (celostátně)
# Employment gap, non-EU citizens minus nationals aged 20–64 (national)
catalogue-outlook-lfsa_ergan-lfsa_ergan-age_Y20-64_citizen_NEU27_2020_FOR-gap-citizen_NAT = Rozdíl v zaměstnanosti: státní příslušníci zemí mimo EU minus státní příslušníci dané země ve věku 20–64 let (celostátně)

## Public-opinion items (peers/opinion.toml): wording, answer and source

# Is the city where you live a good place or not a good place to live for the following groups? - Immigrants from other countries.
catalogue-opinion-immigrants-wording = Je město, ve kterém žijete, dobrým, nebo ne dobrým místem k životu pro následující skupiny? - Přistěhovalci z jiných zemí.
# A good place to live
catalogue-opinion-immigrants-answer = Dobré místo k životu
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q3_4
catalogue-opinion-immigrants-source = Eurostat/GŘ REGIO, Kvalita života v evropských městech 2023, otázka Q3_4
# Is the city where you live a good place or not a good place to live for the following groups? - Racial and ethnic minorities.
catalogue-opinion-minorities-wording = Je město, ve kterém žijete, dobrým, nebo ne dobrým místem k životu pro následující skupiny? - Rasové a etnické menšiny.
# A good place to live
catalogue-opinion-minorities-answer = Dobré místo k životu
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q3_2
catalogue-opinion-minorities-source = Eurostat/GŘ REGIO, Kvalita života v evropských městech 2023, otázka Q3_2
# To what extent do you agree or disagree with each of the following statements? - Generally speaking, most people in my city can be trusted.
catalogue-opinion-trust-wording = Do jaké míry souhlasíte, nebo nesouhlasíte s každým z následujících výroků? - Obecně lze většině lidí v mém městě důvěřovat.
# Strongly or somewhat agree
catalogue-opinion-trust-answer = Rozhodně nebo spíše souhlasím
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_6 (agree, top two answers)
catalogue-opinion-trust-source = Eurostat/GŘ REGIO, Kvalita života v evropských městech 2023, otázka Q2_6 (souhlas, dvě horní odpovědi)
# To what extent do you agree or disagree with each of the following statements? - I feel safe walking alone at night in my city.
catalogue-opinion-safe-at-night-wording = Do jaké míry souhlasíte, nebo nesouhlasíte s každým z následujících výroků? - Cítím se bezpečně, když jdu v noci sám/sama po svém městě.
# Strongly or somewhat agree
catalogue-opinion-safe-at-night-answer = Rozhodně nebo spíše souhlasím
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_3 (agree, top two answers)
catalogue-opinion-safe-at-night-source = Eurostat/GŘ REGIO, Kvalita života v evropských městech 2023, otázka Q2_3 (souhlas, dvě horní odpovědi)
# To what extent do you agree or disagree with each of the following statements? - It is easy to find a good job in my city.
catalogue-opinion-jobs-wording = Do jaké míry souhlasíte, nebo nesouhlasíte s každým z následujících výroků? - V mém městě je snadné najít dobrou práci.
# Strongly or somewhat agree
catalogue-opinion-jobs-answer = Rozhodně nebo spíše souhlasím
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_2 (agree, top two answers)
catalogue-opinion-jobs-source = Eurostat/GŘ REGIO, Kvalita života v evropských městech 2023, otázka Q2_2 (souhlas, dvě horní odpovědi)
# To what extent do you agree or disagree with each of the following statements? - It is easy to find good housing in my city at a reasonable price.
catalogue-opinion-housing-wording = Do jaké míry souhlasíte, nebo nesouhlasíte s každým z následujících výroků? - V mém městě je snadné najít dobré bydlení za rozumnou cenu.
# Strongly or somewhat agree
catalogue-opinion-housing-answer = Rozhodně nebo spíše souhlasím
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_5 (agree, top two answers)
catalogue-opinion-housing-source = Eurostat/GŘ REGIO, Kvalita života v evropských městech 2023, otázka Q2_5 (souhlas, dvě horní odpovědi)

## Units written in words (one key per unit, whoever uses it)

# % a year
catalogue-unit-__a_year = % ročně
# inhabitants
catalogue-unit-inhabitants = obyvatel
# inhabitants per km²
catalogue-unit-inhabitants_per_km_ = obyvatel na km²
# per 1,000
catalogue-unit-per_1_000 = na 1 000
# per 100
catalogue-unit-per_100 = na 100
# percent
catalogue-unit-percent = procenta
# permits
catalogue-unit-permits = povolení
# persons
catalogue-unit-persons = osob
# points
catalogue-unit-points = procentních bodů
# ratio
catalogue-unit-ratio = poměr
# thousand persons
catalogue-unit-thousand_persons = tis. osob
