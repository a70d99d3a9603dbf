# The catalogue's texts in slovenčina: translations of what the catalogue's TOML files say in
# English, under the keys of Catalogue::texts() (crates/catalogue/src/texts.rs). There is no
# English catalogue.ftl: English is the TOML itself. Each entry's English is the comment above
# it; when the English changes, change the translation. Terms: glossary.tsv of this folder.
# Checked by crates/catalogue/tests/texts.rs (every text translated, no leftovers).

## Thematic areas (areas.toml)

# Population and migration
catalogue-area-population = Obyvateľstvo a migrácia
# Employment
catalogue-area-employment = Zamestnanosť
# Education
catalogue-area-education = Vzdelávanie
# Social inclusion
catalogue-area-social_inclusion = Sociálne začlenenie
# Health
catalogue-area-health = Zdravie
# Housing
catalogue-area-housing = Bývanie
# Active citizenship
catalogue-area-active_citizenship = Aktívne občianstvo
# Residence permits
catalogue-area-residence_permits = Povolenia na pobyt
# Public opinion (Quality of Life survey)
catalogue-area-public_opinion = Verejná mienka (prieskum kvality života)
# Use of municipal services
catalogue-area-use_of_services = Využívanie mestských služieb
# Computed indicators
catalogue-area-computed = Vypočítané ukazovatele
# Look ahead: population scenarios
catalogue-area-look_ahead = Výhľad: scenáre vývoja obyvateľstva
# Neighbourhoods
catalogue-area-neighbourhoods = Mestské štvrte
# The city's own figures
catalogue-area-own_figures = Vlastné údaje mesta

## Tables (tables/*.toml): names, sources, labels of unlisted variables

# Population by educational attainment level, sex, age and citizenship (LFS)
catalogue-table-edat_lfs_9911 = Obyvateľstvo podľa dosiahnutej úrovne vzdelania, pohlavia, veku a štátnej príslušnosti (VZPS)
# Eurostat edat_lfs_9911
catalogue-table-edat_lfs_9911-source = Eurostat edat_lfs_9911
# Population by educational attainment level, sex, age and country of birth (LFS)
catalogue-table-edat_lfs_9912 = Obyvateľstvo podľa dosiahnutej úrovne vzdelania, pohlavia, veku a krajiny narodenia (VZPS)
# Eurostat edat_lfs_9912
catalogue-table-edat_lfs_9912-source = Eurostat edat_lfs_9912
# Self-perceived health by sex, age and citizenship (EU-SILC)
catalogue-table-hlth_silc_24 = Subjektívne vnímané zdravie podľa pohlavia, veku a štátnej príslušnosti (EU-SILC)
# Eurostat hlth_silc_24
catalogue-table-hlth_silc_24-source = Eurostat hlth_silc_24
# Mean and median income by broad group of citizenship (EU-SILC)
catalogue-table-ilc_di15 = Priemerný a mediánový príjem podľa širších skupín štátnej príslušnosti (EU-SILC)
# Eurostat ilc_di15
catalogue-table-ilc_di15-source = Eurostat ilc_di15
# Employment by sex, age and citizenship (LFS)
catalogue-table-lfsa_egan = Zamestnanosť podľa pohlavia, veku a štátnej príslušnosti (VZPS)
# Eurostat lfsa_egan
catalogue-table-lfsa_egan-source = Eurostat lfsa_egan
# Employment rates by sex, age and citizenship (LFS)
catalogue-table-lfsa_ergan = Miery zamestnanosti podľa pohlavia, veku a štátnej príslušnosti (VZPS)
# Eurostat lfsa_ergan
catalogue-table-lfsa_ergan-source = Eurostat lfsa_ergan
# Unemployment by sex, age and citizenship (LFS)
catalogue-table-lfsa_ugan = Nezamestnanosť podľa pohlavia, veku a štátnej príslušnosti (VZPS)
# Eurostat lfsa_ugan
catalogue-table-lfsa_ugan-source = Eurostat lfsa_ugan
# Unemployment rates by sex, age and citizenship (LFS)
catalogue-table-lfsa_urgan = Miery nezamestnanosti podľa pohlavia, veku a štátnej príslušnosti (VZPS)
# Eurostat lfsa_urgan
catalogue-table-lfsa_urgan-source = Eurostat lfsa_urgan
# First permits by reason, length of validity and citizenship
catalogue-table-migr_resfirst = Prvé povolenia na pobyt podľa dôvodu, dĺžky platnosti a štátnej príslušnosti
# Eurostat migr_resfirst
catalogue-table-migr_resfirst-source = Eurostat migr_resfirst
# Quality of Life in European Cities 2023
catalogue-table-qol_2023 = Kvalita života v európskych mestách 2023
# European Commission DG REGIO
catalogue-table-qol_2023-source = Európska komisia, GR REGIO
# Quality of Life survey, question {code}
catalogue-table-qol_2023-other_variables = Prieskum kvality života, otázka {"{"}code{"}"}
# Education, cities (Urban Audit)
catalogue-table-urb_ceduc = Vzdelávanie, mestá (Urban Audit)
# Eurostat urb_ceduc
catalogue-table-urb_ceduc-source = Eurostat urb_ceduc
# Labour market, cities (Urban Audit)
catalogue-table-urb_clma = Trh práce, mestá (Urban Audit)
# Eurostat urb_clma
catalogue-table-urb_clma-source = Eurostat urb_clma
# Population on 1 January by age groups and sex, cities (Urban Audit)
catalogue-table-urb_cpop1 = Obyvateľstvo k 1. januáru podľa vekových skupín a pohlavia, mestá (Urban Audit)
# Eurostat urb_cpop1
catalogue-table-urb_cpop1-source = Eurostat urb_cpop1
# Population by citizenship and country of birth, cities (Urban Audit)
catalogue-table-urb_cpopcb = Obyvateľstvo podľa štátnej príslušnosti a krajiny narodenia, mestá (Urban Audit)
# Eurostat urb_cpopcb
catalogue-table-urb_cpopcb-source = Eurostat urb_cpopcb

## The compare page: titles of the tables it charts ([compare] title)

# Low education (ISCED 0–2) of foreign citizens, 15–64
catalogue-compare-edat_lfs_9911 = Nízka úroveň vzdelania (ISCED 0–2) cudzincov, 15 – 64 rokov
# Tertiary education (ISCED 5–8), 25–64
catalogue-compare-edat_lfs_9912 = Terciárne vzdelanie (ISCED 5 – 8), 25 – 64 rokov
# Health perceived as good or very good, 16 and over
catalogue-compare-hlth_silc_24 = Zdravie vnímané ako dobré alebo veľmi dobré, 16 a viac rokov
# Median equivalised net income, 18 and over
catalogue-compare-ilc_di15 = Medián ekvivalentného čistého príjmu, 18 a viac rokov
# Employment rate, 20–64
catalogue-compare-lfsa_ergan = Miera zamestnanosti, 20 – 64 rokov
# Unemployment rate, 20–64
catalogue-compare-lfsa_urgan = Miera nezamestnanosti, 20 – 64 rokov

## Variables of the tables ([[variable]] label)

# Educational attainment by citizenship (LFS)
catalogue-variable-edat_lfs_9911-edat_lfs_9911 = Dosiahnutá úroveň vzdelania podľa štátnej príslušnosti (VZPS)
# Educational attainment (LFS)
catalogue-variable-edat_lfs_9912-edat_lfs_9912 = Dosiahnutá úroveň vzdelania (VZPS)
# Self-perceived health (EU-SILC)
catalogue-variable-hlth_silc_24-hlth_silc_24 = Subjektívne vnímané zdravie (EU-SILC)
# Median income by citizenship
catalogue-variable-ilc_di15-ilc_di15 = Mediánový príjem podľa štátnej príslušnosti
# Median equivalised net income
catalogue-variable-ilc_di15-MED_E = Medián ekvivalentného čistého príjmu
# Employed persons (LFS)
catalogue-variable-lfsa_egan-lfsa_egan = Zamestnaní (VZPS)
# Employment rate (LFS)
catalogue-variable-lfsa_ergan-lfsa_ergan = Miera zamestnanosti (VZPS)
# Unemployed persons (LFS)
catalogue-variable-lfsa_ugan-lfsa_ugan = Nezamestnaní (VZPS)
# Unemployment rate (LFS)
catalogue-variable-lfsa_urgan-lfsa_urgan = Miera nezamestnanosti (VZPS)
# First residence permits
catalogue-variable-migr_resfirst-migr_resfirst = Prvé povolenia na pobyt
# Students in higher education
catalogue-variable-urb_ceduc-TE1026V = Študenti vysokých škôl
# Unemployed persons
catalogue-variable-urb_clma-EC1010V = Nezamestnaní
# Persons employed, 20–64
catalogue-variable-urb_clma-EC1177V = Zamestnaní, 20 – 64 rokov
# Population on 1 January
catalogue-variable-urb_cpop1-DE1001V = Obyvateľstvo k 1. januáru
# Population, men
catalogue-variable-urb_cpop1-DE1002V = Obyvateľstvo, muži
# Population, women
catalogue-variable-urb_cpop1-DE1003V = Obyvateľstvo, ženy
# Nationals
catalogue-variable-urb_cpopcb-DE2001V = Štátni príslušníci vlastnej krajiny
# EU citizens (other than nationals)
catalogue-variable-urb_cpopcb-DE2002V = Štátni príslušníci iných krajín EÚ
# Non-EU citizens
catalogue-variable-urb_cpopcb-DE2003V = Štátni príslušníci krajín mimo EÚ
# Born in the country
catalogue-variable-urb_cpopcb-DE2007V = Narodení v krajine
# Born in another EU country
catalogue-variable-urb_cpopcb-DE2008V = Narodení v inej krajine EÚ
# Foreign-born residents
catalogue-variable-urb_cpopcb-DE2009V = Obyvatelia narodení v zahraničí
# Born outside the EU
catalogue-variable-urb_cpopcb-DE2010V = Narodení mimo EÚ

## Labels of variables no table names (catalogue.toml [labels])

# Population
catalogue-label-population = Obyvateľstvo

## Indicators of microdata (indicators/*.toml): name and definition

# Activity rate
catalogue-indicator-activity_rate-name = Miera ekonomickej aktivity
# Labour force (employed + unemployed) as a share of the population in the source's scope.
catalogue-indicator-activity_rate-definition = Pracovná sila (zamestnaní + nezamestnaní) ako podiel na obyvateľstve v rozsahu zdroja.
# At-risk-of-poverty rate
catalogue-indicator-at_risk_of_poverty-name = Miera rizika chudoby
# Persons whose equivalised disposable income is below 60% of the national median (after social transfers), as a share of all persons.
catalogue-indicator-at_risk_of_poverty-definition = Osoby, ktorých ekvivalentný disponibilný príjem je nižší ako 60 % národného mediánu (po sociálnych transferoch), ako podiel na všetkých osobách.
# Early leavers from education and training (18-24)
catalogue-indicator-early_leavers_18_24-name = Predčasne ukončené vzdelávanie a odborná príprava (18 – 24 rokov)
# Persons aged 18-24 with at most lower secondary education who are not in education or training, as a share of all persons aged 18-24.
catalogue-indicator-early_leavers_18_24-definition = Osoby vo veku 18 – 24 rokov s najviac nižším sekundárnym vzdelaním, ktoré nie sú zapojené do vzdelávania ani odbornej prípravy, ako podiel na všetkých osobách vo veku 18 – 24 rokov.
# Employment rate (20-64)
catalogue-indicator-employment_rate_20_64-name = Miera zamestnanosti (20 – 64 rokov)
# Employed persons aged 20-64 as a share of all persons aged 20-64 (Zaragoza core indicator, EU 2030 target).
catalogue-indicator-employment_rate_20_64-definition = Zamestnané osoby vo veku 20 – 64 rokov ako podiel na všetkých osobách vo veku 20 – 64 rokov (hlavný ukazovateľ zo Zaragozy, cieľ EÚ do roku 2030).
# Self-perceived good or very good health
catalogue-indicator-good_health-name = Subjektívne vnímané dobré alebo veľmi dobré zdravie
# Persons who perceive their health as good or very good, as a share of all persons.
catalogue-indicator-good_health-definition = Osoby, ktoré vnímajú svoje zdravie ako dobré alebo veľmi dobré, ako podiel na všetkých osobách.
# Housing cost overburden rate
catalogue-indicator-housing_cost_overburden-name = Miera preťaženia nákladmi na bývanie
# Persons in households where total housing costs (net of housing allowances) exceed 40% of disposable income (net of housing allowances), as a share of all persons.
catalogue-indicator-housing_cost_overburden-definition = Osoby v domácnostiach, ktorých celkové náklady na bývanie (po odpočítaní príspevkov na bývanie) presahujú 40 % disponibilného príjmu (po odpočítaní príspevkov na bývanie), ako podiel na všetkých osobách.
# In-work at-risk-of-poverty rate
catalogue-indicator-in_work_poverty-name = Miera rizika chudoby pracujúcich
# Employed persons at risk of poverty as a share of all employed persons.
catalogue-indicator-in_work_poverty-definition = Zamestnané osoby ohrozené rizikom chudoby ako podiel na všetkých zamestnaných osobách.
# Long-term residence share
catalogue-indicator-long_term_residence_share-name = Podiel osôb s dlhodobým pobytom
# Third-country nationals holding a long-term or permanent residence permit, as a share of all third-country nationals.
catalogue-indicator-long_term_residence_share-definition = Štátni príslušníci tretích krajín s povolením na dlhodobý alebo trvalý pobyt ako podiel na všetkých štátnych príslušníkoch tretích krajín.
# Low educational attainment (25-64)
catalogue-indicator-low_attainment_25_64-name = Nízka úroveň vzdelania (25 – 64 rokov)
# Persons aged 25-64 whose highest completed level is at most lower secondary (ISCED 0-2), as a share of all persons aged 25-64.
catalogue-indicator-low_attainment_25_64-definition = Osoby vo veku 25 – 64 rokov, ktorých najvyššia dosiahnutá úroveň je najviac nižšie sekundárne vzdelanie (ISCED 0 – 2), ako podiel na všetkých osobách vo veku 25 – 64 rokov.
# Mean equivalised net income
catalogue-indicator-mean_equivalised_income-name = Priemerný ekvivalentný čistý príjem
# Weighted mean of equivalised disposable household income (household income divided by the modified OECD equivalence scale), in national currency per year. A magnitude: with `--dominance` or `--p-percent`, cells where a few persons' incomes make up most of the total are suppressed as well.
catalogue-indicator-mean_equivalised_income-definition = Vážený priemer ekvivalentného disponibilného príjmu domácnosti (príjem domácnosti vydelený modifikovanou ekvivalenčnou škálou OECD), v národnej mene za rok. Veličina: s `--dominance` alebo `--p-percent` sa potláčajú aj bunky, v ktorých príjmy niekoľkých osôb tvoria väčšinu úhrnu.
# Median equivalised net income
catalogue-indicator-median_equivalised_income-name = Medián ekvivalentného čistého príjmu
# Weighted median of equivalised disposable household income (household income divided by the modified OECD equivalence scale), in national currency per year.
catalogue-indicator-median_equivalised_income-definition = Vážený medián ekvivalentného disponibilného príjmu domácnosti (príjem domácnosti vydelený modifikovanou ekvivalenčnou škálou OECD), v národnej mene za rok.
# Median equivalised income relative to the reference group
catalogue-indicator-median_income_ratio_to_natives-name = Medián ekvivalentného príjmu v pomere k referenčnej skupine
# Median equivalised net income of the group divided by the median of the reference group (nationals) in the same sex and age cell.
catalogue-indicator-median_income_ratio_to_natives-definition = Medián ekvivalentného čistého príjmu skupiny vydelený mediánom referenčnej skupiny (štátnych príslušníkov vlastnej krajiny) v tej istej skupine podľa pohlavia a veku.
# Naturalisation rate (share of foreign-born holding the citizenship)
catalogue-indicator-naturalisation_rate-name = Miera naturalizácie (podiel osôb narodených v zahraničí so štátnym občianstvom krajiny)
# Foreign-born persons who hold the citizenship of the country of residence, as a share of all foreign-born persons (the OECD/EU survey measure of acquisition of nationality).
catalogue-indicator-naturalisation_rate-definition = Osoby narodené v zahraničí, ktoré majú štátne občianstvo krajiny pobytu, ako podiel na všetkých osobách narodených v zahraničí (zisťovacia miera nadobudnutia štátneho občianstva podľa OECD a EÚ).
# Young people neither in employment nor in education (16-24)
catalogue-indicator-neet_16_24-name = Mladí ľudia, ktorí nie sú zamestnaní ani sa nevzdelávajú (16 – 24 rokov)
# Persons aged under 25 who are not employed and not in education or training, as a share of all persons aged under 25.
catalogue-indicator-neet_16_24-definition = Osoby mladšie ako 25 rokov, ktoré nie sú zamestnané a nie sú zapojené do vzdelávania ani odbornej prípravy, ako podiel na všetkých osobách mladších ako 25 rokov.
# Over-qualification rate
catalogue-indicator-over_qualification-name = Miera nadmernej kvalifikácie
# Employed persons with tertiary education (ISCED 5-8) working in low or medium-skilled occupations (ISCO 4-9) as a share of employed persons with tertiary education.
catalogue-indicator-over_qualification-definition = Zamestnané osoby s terciárnym vzdelaním (ISCED 5 – 8) pracujúce v zamestnaniach s nízkou alebo strednou kvalifikáciou (ISCO 4 – 9) ako podiel na zamestnaných osobách s terciárnym vzdelaním.
# Overcrowding rate
catalogue-indicator-overcrowding-name = Miera preľudnenosti
# Persons living in an overcrowded household (fewer rooms than Eurostat's minimum for the household's composition), as a share of all persons.
catalogue-indicator-overcrowding-definition = Osoby žijúce v preľudnenej domácnosti (menej izieb, ako je minimum Eurostatu pre zloženie domácnosti), ako podiel na všetkých osobách.
# Owner-occupation rate
catalogue-indicator-owner_occupation-name = Miera vlastníckeho bývania
# Persons living in a dwelling owned by their household (outright or with a mortgage), as a share of all persons.
catalogue-indicator-owner_occupation-definition = Osoby žijúce v obydlí vo vlastníctve svojej domácnosti (bez hypotéky alebo s hypotékou) ako podiel na všetkých osobách.
# Part-time employment share
catalogue-indicator-part_time-name = Podiel zamestnania na kratší pracovný čas
# Employed persons working part-time as a share of all employed persons.
catalogue-indicator-part_time-definition = Zamestnané osoby pracujúce na kratší pracovný čas ako podiel na všetkých zamestnaných osobách.
# Self-employment share
catalogue-indicator-self_employment-name = Podiel samostatne zárobkovo činných osôb
# Self-employed persons as a share of all employed persons.
catalogue-indicator-self_employment-definition = Samostatne zárobkovo činné osoby ako podiel na všetkých zamestnaných osobách.
# Severe material deprivation rate
catalogue-indicator-severe_deprivation-name = Miera závažnej materiálnej deprivácie
# Persons in households that cannot afford at least four of nine deprivation items, as a share of all persons.
catalogue-indicator-severe_deprivation-definition = Osoby v domácnostiach, ktoré si nemôžu dovoliť aspoň štyri z deviatich položiek deprivácie, ako podiel na všetkých osobách.
# Temporary employment share
catalogue-indicator-temporary_contract-name = Podiel zamestnania na dobu určitú
# Employees and employed persons with a temporary contract as a share of all employed persons.
catalogue-indicator-temporary_contract-definition = Zamestnanci a zamestnané osoby so zmluvou na dobu určitú ako podiel na všetkých zamestnaných osobách.
# Tertiary educational attainment (25-64)
catalogue-indicator-tertiary_attainment_25_64-name = Terciárne vzdelanie (25 – 64 rokov)
# Persons aged 25-64 with tertiary education (ISCED 5-8), as a share of all persons aged 25-64.
catalogue-indicator-tertiary_attainment_25_64-definition = Osoby vo veku 25 – 64 rokov s terciárnym vzdelaním (ISCED 5 – 8) ako podiel na všetkých osobách vo veku 25 – 64 rokov.
# Unemployment rate
catalogue-indicator-unemployment_rate-name = Miera nezamestnanosti
# Unemployed persons as a share of the labour force (employed + unemployed), ages in the source's scope (16-74 in EU-LFS terms).
catalogue-indicator-unemployment_rate-definition = Nezamestnané osoby ako podiel na pracovnej sile (zamestnaní + nezamestnaní), vek v rozsahu zdroja (16 – 74 rokov vo VZPS EÚ).
# Youth unemployment rate (under 25)
catalogue-indicator-youth_unemployment-name = Miera nezamestnanosti mladých ľudí (do 25 rokov)
# Unemployed persons aged under 25 as a share of the labour force aged under 25.
catalogue-indicator-youth_unemployment-definition = Nezamestnané osoby mladšie ako 25 rokov ako podiel na pracovnej sile mladšej ako 25 rokov.

## The peers' context features (peers/features.toml): label and definition

# population
catalogue-feature-population-label = počet obyvateľov
# Population on 1 January (Urban Audit urb_cpop1 DE1001V) in the reference year; size classes as Eurostat: S 50-100k, M 100-250k, L 250-500k, XL 500k-1M, XXL over 1M (and under 50k)
catalogue-feature-population-definition = Obyvateľstvo k 1. januáru (Urban Audit urb_cpop1 DE1001V) v referenčnom roku; veľkostné triedy ako v Eurostate: S 50 – 100 tis., M 100 – 250 tis., L 250 – 500 tis., XL 500 tis. – 1 mil., XXL nad 1 mil. (a pod 50 tis.)
# population growth
catalogue-feature-population_growth-label = rast počtu obyvateľov
# Compound yearly change of DE1001V from the year nearest to 5 years before the reference year (at least 3 years apart, no break between) to the reference year
catalogue-feature-population_growth-definition = Priemerná ročná zložená zmena DE1001V od roku najbližšieho k 5 rokom pred referenčným rokom (rozdiel aspoň 3 roky, bez prerušenia radu medzi nimi) po referenčný rok
# foreign-born share
catalogue-feature-foreign_born_share-label = podiel narodených v zahraničí
# Foreign-born residents (urb_cpopcb DE2009V) / population (DE1001V) of the same year × 100, latest year with both
catalogue-feature-foreign_born_share-definition = Obyvatelia narodení v zahraničí (urb_cpopcb DE2009V) / obyvateľstvo (DE1001V) toho istého roka × 100, posledný rok s oboma údajmi
# change of the foreign-born share over ~5 years
catalogue-feature-foreign_born_change_5y-label = zmena podielu narodených v zahraničí za ~5 rokov
# Foreign-born share in the latest year minus the share in the year nearest to 5 years earlier (at least 3 years earlier), in percentage points
catalogue-feature-foreign_born_change_5y-definition = Podiel narodených v zahraničí v poslednom roku mínus podiel v roku najbližšom k 5 rokom predtým (aspoň 3 roky predtým), v percentuálnych bodoch
# change of the foreign-born share over ~10 years
catalogue-feature-foreign_born_change_10y-label = zmena podielu narodených v zahraničí za ~10 rokov
# Foreign-born share in the latest year minus the share in the year nearest to 10 years earlier (at least 7 years earlier), in percentage points; urb_cpopcb starts in 2015, so most cities lack it
catalogue-feature-foreign_born_change_10y-definition = Podiel narodených v zahraničí v poslednom roku mínus podiel v roku najbližšom k 10 rokom predtým (aspoň 7 rokov predtým), v percentuálnych bodoch; urb_cpopcb sa začína rokom 2015, preto väčšine miest chýba
# unemployment proxy
catalogue-feature-unemployment_proxy-label = približný ukazovateľ nezamestnanosti
# Persons unemployed (urb_clma EC1010V) / (persons employed 20-64 (EC1177V) + unemployed) × 100, latest year with both; a proxy: the age ranges of the two differ
catalogue-feature-unemployment_proxy-definition = Nezamestnaní (urb_clma EC1010V) / (zamestnaní 20 – 64 rokov (EC1177V) + nezamestnaní) × 100, posledný rok s oboma údajmi; približná hodnota: vekové rozpätia oboch údajov sa líšia
# higher-education students per 1,000 inhabitants
catalogue-feature-students_per_1000-label = vysokoškolskí študenti na 1 000 obyvateľov
# Students in higher education, ISCED 5-8 (urb_ceduc TE1026V) / population (DE1001V) of the same year × 1,000, latest year with both
catalogue-feature-students_per_1000-definition = Študenti vysokých škôl, ISCED 5 – 8 (urb_ceduc TE1026V) / obyvateľstvo (DE1001V) toho istého roka × 1 000, posledný rok s oboma údajmi
# employed aged 20-64 per 100 inhabitants
catalogue-feature-employed_per_100-label = zamestnaní vo veku 20 – 64 rokov na 100 obyvateľov
# Persons employed aged 20-64 (urb_clma EC1177V) / population (DE1001V) of the same year × 100, latest year with both
catalogue-feature-employed_per_100-definition = Zamestnaní vo veku 20 – 64 rokov (urb_clma EC1177V) / obyvateľstvo (DE1001V) toho istého roka × 100, posledný rok s oboma údajmi
# population density
catalogue-feature-density-label = hustota obyvateľstva
# Population (DE1001V) of the year nearest to 2021 / area of the 2021 city boundary (GISCO gisco_urau_2021 AREA_KM2); only the cities in GISCO's list
catalogue-feature-density-definition = Obyvateľstvo (DE1001V) roka najbližšieho k roku 2021 / rozloha mesta v hraniciach z roku 2021 (GISCO gisco_urau_2021 AREA_KM2); len mestá zo zoznamu GISCO
# share who say the city is a good place for immigrants
catalogue-feature-qol_good_for_immigrants-label = podiel tých, ktorí považujú mesto za dobré miesto pre prisťahovalcov
# Quality of Life in European Cities 2023 (qol_2023), question Q3_4, answer 1 "a good place to live" for immigrants from other countries, weighted share of all respondents (incl. don't know); 83 cities
catalogue-feature-qol_good_for_immigrants-definition = Kvalita života v európskych mestách 2023 (qol_2023), otázka Q3_4, odpoveď 1 „dobré miesto na život“ pre prisťahovalcov z iných krajín, vážený podiel na všetkých respondentoch (vrátane „neviem“); 83 miest

## Sources of microdata (mappings/*.toml): name and source

# Synthetic persons (benchmark)
catalogue-mapping-bench_synthetic-name = Syntetické osoby (benchmark)
# synthetic (bench/gen_microdata.py or observatory generate-microdata)
catalogue-mapping-bench_synthetic-source = syntetické (bench/gen_microdata.py alebo observatory generate-microdata)
# INE Spain, ECV (EU-SILC) 2020, persons 16+
catalogue-mapping-es_silc_2020-name = INE Španielsko, ECV (EU-SILC) 2020, osoby od 16 rokov
# INE Spain, Encuesta de Condiciones de Vida 2020 (microdata via maiktreya/ECVmicrodata)
catalogue-mapping-es_silc_2020-source = INE Španielsko, Encuesta de Condiciones de Vida 2020 (mikroúdaje cez maiktreya/ECVmicrodata)

## Series a profile looks ahead on (outlook.toml): label

# Population on 1 January
catalogue-outlook-urb_cpop1-DE1001V-all = Obyvateľstvo k 1. januáru
# Non-EU citizens living in the city
catalogue-outlook-urb_cpopcb-DE2003V-all = Štátni príslušníci krajín mimo EÚ žijúci v meste
# Persons unemployed
catalogue-outlook-urb_clma-EC1010V-all = Nezamestnaní
# Persons employed, aged 20–64
catalogue-outlook-urb_clma-EC1177V-all = Zamestnaní vo veku 20 – 64 rokov
# Employment rate of non-EU citizens aged 20–64 (national)
catalogue-outlook-lfsa_ergan-lfsa_ergan-age_Y20-64_citizen_NEU27_2020_FOR = Miera zamestnanosti štátnych príslušníkov krajín mimo EÚ vo veku 20 – 64 rokov (celoštátne)
# Employment gap, non-EU citizens minus nationals aged 20–64 (national)
catalogue-outlook-lfsa_ergan-lfsa_ergan-age_Y20-64_citizen_NEU27_2020_FOR-gap-citizen_NAT = Rozdiel v zamestnanosti: štátni príslušníci krajín mimo EÚ mínus štátni príslušníci vlastnej krajiny vo veku 20 – 64 rokov (celoštátne)

## Public-opinion items (peers/opinion.toml): wording, answer and source

# Is the city where you live a good place or not a good place to live for the following groups? - Immigrants from other countries.
catalogue-opinion-immigrants-wording = Je mesto, v ktorom žijete, dobrým, alebo nie dobrým miestom na život pre nasledujúce skupiny? - Prisťahovalci z iných krajín.
# A good place to live
catalogue-opinion-immigrants-answer = Dobré miesto na život
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q3_4
catalogue-opinion-immigrants-source = Eurostat/GR REGIO, Kvalita života v európskych mestách 2023, otázka Q3_4
# Is the city where you live a good place or not a good place to live for the following groups? - Racial and ethnic minorities.
catalogue-opinion-minorities-wording = Je mesto, v ktorom žijete, dobrým, alebo nie dobrým miestom na život pre nasledujúce skupiny? - Rasové a etnické menšiny.
# A good place to live
catalogue-opinion-minorities-answer = Dobré miesto na život
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q3_2
catalogue-opinion-minorities-source = Eurostat/GR REGIO, Kvalita života v európskych mestách 2023, otázka Q3_2
# To what extent do you agree or disagree with each of the following statements? - Generally speaking, most people in my city can be trusted.
catalogue-opinion-trust-wording = Do akej miery súhlasíte, alebo nesúhlasíte s každým z nasledujúcich výrokov? - Vo všeobecnosti sa dá väčšine ľudí v mojom meste dôverovať.
# Strongly or somewhat agree
catalogue-opinion-trust-answer = Rozhodne alebo skôr súhlasím
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_6 (agree, top two answers)
catalogue-opinion-trust-source = Eurostat/GR REGIO, Kvalita života v európskych mestách 2023, otázka Q2_6 (súhlas, dve horné odpovede)
# To what extent do you agree or disagree with each of the following statements? - I feel safe walking alone at night in my city.
catalogue-opinion-safe-at-night-wording = Do akej miery súhlasíte, alebo nesúhlasíte s každým z nasledujúcich výrokov? - Cítim sa bezpečne, keď idem v noci sám/sama po svojom meste.
# Strongly or somewhat agree
catalogue-opinion-safe-at-night-answer = Rozhodne alebo skôr súhlasím
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_3 (agree, top two answers)
catalogue-opinion-safe-at-night-source = Eurostat/GR REGIO, Kvalita života v európskych mestách 2023, otázka Q2_3 (súhlas, dve horné odpovede)
# To what extent do you agree or disagree with each of the following statements? - It is easy to find a good job in my city.
catalogue-opinion-jobs-wording = Do akej miery súhlasíte, alebo nesúhlasíte s každým z nasledujúcich výrokov? - V mojom meste je ľahké nájsť dobrú prácu.
# Strongly or somewhat agree
catalogue-opinion-jobs-answer = Rozhodne alebo skôr súhlasím
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_2 (agree, top two answers)
catalogue-opinion-jobs-source = Eurostat/GR REGIO, Kvalita života v európskych mestách 2023, otázka Q2_2 (súhlas, dve horné odpovede)
# To what extent do you agree or disagree with each of the following statements? - It is easy to find good housing in my city at a reasonable price.
catalogue-opinion-housing-wording = Do akej miery súhlasíte, alebo nesúhlasíte s každým z nasledujúcich výrokov? - V mojom meste je ľahké nájsť dobré bývanie za primeranú cenu.
# Strongly or somewhat agree
catalogue-opinion-housing-answer = Rozhodne alebo skôr súhlasím
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_5 (agree, top two answers)
catalogue-opinion-housing-source = Eurostat/GR REGIO, Kvalita života v európskych mestách 2023, otázka Q2_5 (súhlas, dve horné odpovede)

## Units written in words (one key per unit, whoever uses it)

# % a year
catalogue-unit-__a_year = % ročne
# inhabitants
catalogue-unit-inhabitants = obyvateľov
# inhabitants per km²
catalogue-unit-inhabitants_per_km_ = obyvateľov na km²
# per 1,000
catalogue-unit-per_1_000 = na 1 000
# per 100
catalogue-unit-per_100 = na 100
# percent
catalogue-unit-percent = percentá
# permits
catalogue-unit-permits = povolení
# persons
catalogue-unit-persons = osôb
# points
catalogue-unit-points = percentuálnych bodov
# ratio
catalogue-unit-ratio = pomer
# thousand persons
catalogue-unit-thousand_persons = tis. osôb
