# The catalogue's texts in hrvatski: translations of what the catalogue's TOML files say in
# English, under the keys of Catalogue::texts() (crates/catalogue/src/texts.rs). There is no
# English catalogue.ftl: English is the TOML itself. Each entry's English is the comment above
# it; when the English changes, change the translation. Terms: glossary.tsv of this folder.
# Checked by crates/catalogue/tests/texts.rs (every text translated, no leftovers).

## Thematic areas (areas.toml)

# Population and migration
catalogue-area-population = Stanovništvo i migracije
# Employment
catalogue-area-employment = Zaposlenost
# Education
catalogue-area-education = Obrazovanje
# Social inclusion
catalogue-area-social_inclusion = Socijalna uključenost
# Health
catalogue-area-health = Zdravlje
# Housing
catalogue-area-housing = Stanovanje
# Active citizenship
catalogue-area-active_citizenship = Aktivno građanstvo
# Residence permits
catalogue-area-residence_permits = Dozvole boravka
# Public opinion (Quality of Life survey)
catalogue-area-public_opinion = Javno mnijenje (Istraživanje o kvaliteti života)
# Use of municipal services
catalogue-area-use_of_services = Korištenje gradskih usluga
# Computed indicators
catalogue-area-computed = Izračunani pokazatelji
# Look ahead: population scenarios
catalogue-area-look_ahead = Pogled unaprijed: scenariji kretanja stanovništva
# Neighbourhoods
catalogue-area-neighbourhoods = Četvrti
# The city's own figures
catalogue-area-own_figures = Vlastiti podaci grada

## Tables (tables/*.toml): names, sources, labels of unlisted variables

# Population by educational attainment level, sex, age and citizenship (LFS)
catalogue-table-edat_lfs_9911 = Stanovništvo prema razini obrazovanja, spolu, dobi i državljanstvu (ARS)
# Eurostat edat_lfs_9911
catalogue-table-edat_lfs_9911-source = Eurostat edat_lfs_9911
# Population by educational attainment level, sex, age and country of birth (LFS)
catalogue-table-edat_lfs_9912 = Stanovništvo prema razini obrazovanja, spolu, dobi i zemlji rođenja (ARS)
# Eurostat edat_lfs_9912
catalogue-table-edat_lfs_9912-source = Eurostat edat_lfs_9912
# Self-perceived health by sex, age and citizenship (EU-SILC)
catalogue-table-hlth_silc_24 = Samoprocjena zdravlja prema spolu, dobi i državljanstvu (EU-SILC)
# Eurostat hlth_silc_24
catalogue-table-hlth_silc_24-source = Eurostat hlth_silc_24
# Mean and median income by broad group of citizenship (EU-SILC)
catalogue-table-ilc_di15 = Prosječni i medijalni dohodak prema širim skupinama državljanstva (EU-SILC)
# Eurostat ilc_di15
catalogue-table-ilc_di15-source = Eurostat ilc_di15
# Employment by sex, age and citizenship (LFS)
catalogue-table-lfsa_egan = Zaposlenost prema spolu, dobi i državljanstvu (ARS)
# Eurostat lfsa_egan
catalogue-table-lfsa_egan-source = Eurostat lfsa_egan
# Employment rates by sex, age and citizenship (LFS)
catalogue-table-lfsa_ergan = Stope zaposlenosti prema spolu, dobi i državljanstvu (ARS)
# Eurostat lfsa_ergan
catalogue-table-lfsa_ergan-source = Eurostat lfsa_ergan
# Unemployment by sex, age and citizenship (LFS)
catalogue-table-lfsa_ugan = Nezaposlenost prema spolu, dobi i državljanstvu (ARS)
# Eurostat lfsa_ugan
catalogue-table-lfsa_ugan-source = Eurostat lfsa_ugan
# Unemployment rates by sex, age and citizenship (LFS)
catalogue-table-lfsa_urgan = Stope nezaposlenosti prema spolu, dobi i državljanstvu (ARS)
# Eurostat lfsa_urgan
catalogue-table-lfsa_urgan-source = Eurostat lfsa_urgan
# First permits by reason, length of validity and citizenship
catalogue-table-migr_resfirst = Prve dozvole boravka prema razlogu, trajanju valjanosti i državljanstvu
# Eurostat migr_resfirst
catalogue-table-migr_resfirst-source = Eurostat migr_resfirst
# Quality of Life in European Cities 2023
catalogue-table-qol_2023 = Kvaliteta života u europskim gradovima 2023.
# European Commission DG REGIO
catalogue-table-qol_2023-source = Europska komisija, Glavna uprava za regionalnu i urbanu politiku
# Quality of Life survey, question {code}
catalogue-table-qol_2023-other_variables = Istraživanje o kvaliteti života, pitanje {"{"}code{"}"}
# Education, cities (Urban Audit)
catalogue-table-urb_ceduc = Obrazovanje, gradovi (Urban Audit)
# Eurostat urb_ceduc
catalogue-table-urb_ceduc-source = Eurostat urb_ceduc
# Labour market, cities (Urban Audit)
catalogue-table-urb_clma = Tržište rada, gradovi (Urban Audit)
# Eurostat urb_clma
catalogue-table-urb_clma-source = Eurostat urb_clma
# Population on 1 January by age groups and sex, cities (Urban Audit)
catalogue-table-urb_cpop1 = Stanovništvo 1. siječnja prema dobnim skupinama i spolu, gradovi (Urban Audit)
# Eurostat urb_cpop1
catalogue-table-urb_cpop1-source = Eurostat urb_cpop1
# Population by citizenship and country of birth, cities (Urban Audit)
catalogue-table-urb_cpopcb = Stanovništvo prema državljanstvu i zemlji rođenja, gradovi (Urban Audit)
# Eurostat urb_cpopcb
catalogue-table-urb_cpopcb-source = Eurostat urb_cpopcb

## The compare page: titles of the tables it charts ([compare] title)

# Low education (ISCED 0–2) of foreign citizens, 15–64
catalogue-compare-edat_lfs_9911 = Niska razina obrazovanja (ISCED 0–2) stranih državljana, 15–64 godine
# Tertiary education (ISCED 5–8), 25–64
catalogue-compare-edat_lfs_9912 = Tercijarno obrazovanje (ISCED 5–8), 25–64 godine
# Health perceived as good or very good, 16 and over
catalogue-compare-hlth_silc_24 = Zdravlje procijenjeno kao dobro ili vrlo dobro, 16 i više godina
# Median equivalised net income, 18 and over
catalogue-compare-ilc_di15 = Medijan ekvivalentnog neto dohotka, 18 i više godina
# Employment rate, 20–64
catalogue-compare-lfsa_ergan = Stopa zaposlenosti, 20–64 godine
# Unemployment rate, 20–64
catalogue-compare-lfsa_urgan = Stopa nezaposlenosti, 20–64 godine

## Variables of the tables ([[variable]] label)

# Educational attainment by citizenship (LFS)
catalogue-variable-edat_lfs_9911-edat_lfs_9911 = Razina obrazovanja prema državljanstvu (ARS)
# Educational attainment (LFS)
catalogue-variable-edat_lfs_9912-edat_lfs_9912 = Razina obrazovanja (ARS)
# Self-perceived health (EU-SILC)
catalogue-variable-hlth_silc_24-hlth_silc_24 = Samoprocjena zdravlja (EU-SILC)
# Median income by citizenship
catalogue-variable-ilc_di15-ilc_di15 = Medijalni dohodak prema državljanstvu
# Median equivalised net income
catalogue-variable-ilc_di15-MED_E = Medijan ekvivalentnog neto dohotka
# Employed persons (LFS)
catalogue-variable-lfsa_egan-lfsa_egan = Zaposlene osobe (ARS)
# Employment rate (LFS)
catalogue-variable-lfsa_ergan-lfsa_ergan = Stopa zaposlenosti (ARS)
# Unemployed persons (LFS)
catalogue-variable-lfsa_ugan-lfsa_ugan = Nezaposlene osobe (ARS)
# Unemployment rate (LFS)
catalogue-variable-lfsa_urgan-lfsa_urgan = Stopa nezaposlenosti (ARS)
# First residence permits
catalogue-variable-migr_resfirst-migr_resfirst = Prve dozvole boravka
# Students in higher education
catalogue-variable-urb_ceduc-TE1026V = Studenti u visokom obrazovanju
# Unemployed persons
catalogue-variable-urb_clma-EC1010V = Nezaposlene osobe
# Persons employed, 20–64
catalogue-variable-urb_clma-EC1177V = Zaposlene osobe, 20–64 godine
# Population on 1 January
catalogue-variable-urb_cpop1-DE1001V = Stanovništvo 1. siječnja
# Population, men
catalogue-variable-urb_cpop1-DE1002V = Stanovništvo, muškarci
# Population, women
catalogue-variable-urb_cpop1-DE1003V = Stanovništvo, žene
# Nationals
catalogue-variable-urb_cpopcb-DE2001V = Domaći državljani
# EU citizens (other than nationals)
catalogue-variable-urb_cpopcb-DE2002V = Državljani drugih država članica EU-a
# Non-EU citizens
catalogue-variable-urb_cpopcb-DE2003V = Državljani zemalja izvan EU-a
# Born in the country
catalogue-variable-urb_cpopcb-DE2007V = Rođeni u zemlji
# Born in another EU country
catalogue-variable-urb_cpopcb-DE2008V = Rođeni u drugoj državi članici EU-a
# Foreign-born residents
catalogue-variable-urb_cpopcb-DE2009V = Stanovnici rođeni u inozemstvu
# Born outside the EU
catalogue-variable-urb_cpopcb-DE2010V = Rođeni izvan EU-a

## Labels of variables no table names (catalogue.toml [labels])

# Population
catalogue-label-population = Stanovništvo

## Indicators of microdata (indicators/*.toml): name and definition

# Activity rate
catalogue-indicator-activity_rate-name = Stopa aktivnosti
# Labour force (employed + unemployed) as a share of the population in the source's scope.
catalogue-indicator-activity_rate-definition = Radna snaga (zaposleni + nezaposleni) kao udio u stanovništvu obuhvaćenom izvorom.
# At-risk-of-poverty rate
catalogue-indicator-at_risk_of_poverty-name = Stopa rizika od siromaštva
# Persons whose equivalised disposable income is below 60% of the national median (after social transfers), as a share of all persons.
catalogue-indicator-at_risk_of_poverty-definition = Osobe čiji je ekvivalentni raspoloživi dohodak niži od 60 % nacionalnog medijana (nakon socijalnih transfera), kao udio u svim osobama.
# Early leavers from education and training (18-24)
catalogue-indicator-early_leavers_18_24-name = Osobe koje su rano napustile obrazovanje i osposobljavanje (18–24 godine)
# Persons aged 18-24 with at most lower secondary education who are not in education or training, as a share of all persons aged 18-24.
catalogue-indicator-early_leavers_18_24-definition = Osobe u dobi od 18 do 24 godine s najviše nižim srednjim obrazovanjem koje nisu uključene u obrazovanje ili osposobljavanje, kao udio u svim osobama u dobi od 18 do 24 godine.
# Employment rate (20-64)
catalogue-indicator-employment_rate_20_64-name = Stopa zaposlenosti (20–64 godine)
# Employed persons aged 20-64 as a share of all persons aged 20-64 (Zaragoza core indicator, EU 2030 target).
catalogue-indicator-employment_rate_20_64-definition = Zaposlene osobe u dobi od 20 do 64 godine kao udio u svim osobama u dobi od 20 do 64 godine (temeljni pokazatelj iz Zaragoze, cilj EU-a do 2030.).
# Self-perceived good or very good health
catalogue-indicator-good_health-name = Samoprocjena zdravlja kao dobrog ili vrlo dobrog
# Persons who perceive their health as good or very good, as a share of all persons.
catalogue-indicator-good_health-definition = Osobe koje svoje zdravlje procjenjuju kao dobro ili vrlo dobro, kao udio u svim osobama.
# Housing cost overburden rate
catalogue-indicator-housing_cost_overburden-name = Stopa preopterećenosti troškovima stanovanja
# Persons in households where total housing costs (net of housing allowances) exceed 40% of disposable income (net of housing allowances), as a share of all persons.
catalogue-indicator-housing_cost_overburden-definition = Osobe u kućanstvima čiji ukupni troškovi stanovanja (umanjeni za naknade za stanovanje) premašuju 40 % raspoloživog dohotka (umanjenog za naknade za stanovanje), kao udio u svim osobama.
# In-work at-risk-of-poverty rate
catalogue-indicator-in_work_poverty-name = Stopa rizika od siromaštva zaposlenih
# Employed persons at risk of poverty as a share of all employed persons.
catalogue-indicator-in_work_poverty-definition = Zaposlene osobe u riziku od siromaštva kao udio u svim zaposlenim osobama.
# Long-term residence share
catalogue-indicator-long_term_residence_share-name = Udio osoba s dugotrajnim boravištem
# Third-country nationals holding a long-term or permanent residence permit, as a share of all third-country nationals.
catalogue-indicator-long_term_residence_share-definition = Državljani trećih zemalja s dozvolom dugotrajnog ili stalnog boravka kao udio u svim državljanima trećih zemalja.
# Low educational attainment (25-64)
catalogue-indicator-low_attainment_25_64-name = Niska razina obrazovanja (25–64 godine)
# Persons aged 25-64 whose highest completed level is at most lower secondary (ISCED 0-2), as a share of all persons aged 25-64.
catalogue-indicator-low_attainment_25_64-definition = Osobe u dobi od 25 do 64 godine čija je najviša završena razina najviše niže srednje obrazovanje (ISCED 0–2), kao udio u svim osobama u dobi od 25 do 64 godine.
# Mean equivalised net income
catalogue-indicator-mean_equivalised_income-name = Prosječni ekvivalentni neto dohodak
# Weighted mean of equivalised disposable household income (household income divided by the modified OECD equivalence scale), in national currency per year. A magnitude: with `--dominance` or `--p-percent`, cells where a few persons' incomes make up most of the total are suppressed as well.
catalogue-indicator-mean_equivalised_income-definition = Ponderirana aritmetička sredina ekvivalentnog raspoloživog dohotka kućanstva (dohodak kućanstva podijeljen modificiranom OECD-ovom ljestvicom ekvivalencije), u nacionalnoj valuti godišnje. Veličina: uz `--dominance` ili `--p-percent` ne objavljuju se ni ćelije u kojima dohoci nekolicine osoba čine većinu ukupnog iznosa.
# Median equivalised net income
catalogue-indicator-median_equivalised_income-name = Medijan ekvivalentnog neto dohotka
# Weighted median of equivalised disposable household income (household income divided by the modified OECD equivalence scale), in national currency per year.
catalogue-indicator-median_equivalised_income-definition = Ponderirani medijan ekvivalentnog raspoloživog dohotka kućanstva (dohodak kućanstva podijeljen modificiranom OECD-ovom ljestvicom ekvivalencije), u nacionalnoj valuti godišnje.
# Median equivalised income relative to the reference group
catalogue-indicator-median_income_ratio_to_natives-name = Medijan ekvivalentnog dohotka u odnosu na referentnu skupinu
# Median equivalised net income of the group divided by the median of the reference group (nationals) in the same sex and age cell.
catalogue-indicator-median_income_ratio_to_natives-definition = Medijan ekvivalentnog neto dohotka skupine podijeljen s medijanom referentne skupine (domaćih državljana) iste spolne i dobne skupine.
# Naturalisation rate (share of foreign-born holding the citizenship)
catalogue-indicator-naturalisation_rate-name = Stopa naturalizacije (udio rođenih u inozemstvu koji imaju državljanstvo zemlje)
# Foreign-born persons who hold the citizenship of the country of residence, as a share of all foreign-born persons (the OECD/EU survey measure of acquisition of nationality).
catalogue-indicator-naturalisation_rate-definition = Osobe rođene u inozemstvu koje imaju državljanstvo zemlje boravišta, kao udio u svim osobama rođenima u inozemstvu (mjera stjecanja državljanstva iz anketa OECD-a i EU-a).
# Young people neither in employment nor in education (16-24)
catalogue-indicator-neet_16_24-name = Mladi koji nisu zaposleni niti su u sustavu obrazovanja (16–24 godine)
# Persons aged under 25 who are not employed and not in education or training, as a share of all persons aged under 25.
catalogue-indicator-neet_16_24-definition = Osobe mlađe od 25 godina koje nisu zaposlene i nisu uključene u obrazovanje ili osposobljavanje, kao udio u svim osobama mlađima od 25 godina.
# Over-qualification rate
catalogue-indicator-over_qualification-name = Stopa prekvalificiranosti
# Employed persons with tertiary education (ISCED 5-8) working in low or medium-skilled occupations (ISCO 4-9) as a share of employed persons with tertiary education.
catalogue-indicator-over_qualification-definition = Zaposlene osobe s tercijarnim obrazovanjem (ISCED 5–8) koje rade u zanimanjima niske ili srednje razine vještina (ISCO 4–9), kao udio u zaposlenim osobama s tercijarnim obrazovanjem.
# Overcrowding rate
catalogue-indicator-overcrowding-name = Stopa prenapučenosti stana
# Persons living in an overcrowded household (fewer rooms than Eurostat's minimum for the household's composition), as a share of all persons.
catalogue-indicator-overcrowding-definition = Osobe koje žive u prenapučenom kućanstvu (manje soba od Eurostatova minimuma za sastav kućanstva), kao udio u svim osobama.
# Owner-occupation rate
catalogue-indicator-owner_occupation-name = Stopa vlasništva nad stanom
# Persons living in a dwelling owned by their household (outright or with a mortgage), as a share of all persons.
catalogue-indicator-owner_occupation-definition = Osobe koje žive u stanu u vlasništvu svojeg kućanstva (bez hipoteke ili s hipotekom), kao udio u svim osobama.
# Part-time employment share
catalogue-indicator-part_time-name = Udio rada s nepunim radnim vremenom
# Employed persons working part-time as a share of all employed persons.
catalogue-indicator-part_time-definition = Zaposlene osobe koje rade s nepunim radnim vremenom kao udio u svim zaposlenim osobama.
# Self-employment share
catalogue-indicator-self_employment-name = Udio samozaposlenih
# Self-employed persons as a share of all employed persons.
catalogue-indicator-self_employment-definition = Samozaposlene osobe kao udio u svim zaposlenim osobama.
# Severe material deprivation rate
catalogue-indicator-severe_deprivation-name = Stopa teške materijalne deprivacije
# Persons in households that cannot afford at least four of nine deprivation items, as a share of all persons.
catalogue-indicator-severe_deprivation-definition = Osobe u kućanstvima koja si ne mogu priuštiti najmanje četiri od devet stavki deprivacije, kao udio u svim osobama.
# Temporary employment share
catalogue-indicator-temporary_contract-name = Udio zaposlenosti na određeno vrijeme
# Employees and employed persons with a temporary contract as a share of all employed persons.
catalogue-indicator-temporary_contract-definition = Zaposlenici i zaposlene osobe s ugovorom na određeno vrijeme kao udio u svim zaposlenim osobama.
# Tertiary educational attainment (25-64)
catalogue-indicator-tertiary_attainment_25_64-name = Završeno tercijarno obrazovanje (25–64 godine)
# Persons aged 25-64 with tertiary education (ISCED 5-8), as a share of all persons aged 25-64.
catalogue-indicator-tertiary_attainment_25_64-definition = Osobe u dobi od 25 do 64 godine s tercijarnim obrazovanjem (ISCED 5–8), kao udio u svim osobama u dobi od 25 do 64 godine.
# Unemployment rate
catalogue-indicator-unemployment_rate-name = Stopa nezaposlenosti
# Unemployed persons as a share of the labour force (employed + unemployed), ages in the source's scope (16-74 in EU-LFS terms).
catalogue-indicator-unemployment_rate-definition = Nezaposlene osobe kao udio u radnoj snazi (zaposleni + nezaposleni), dobne skupine obuhvaćene izvorom (16–74 godine u Anketi o radnoj snazi EU-a).
# Youth unemployment rate (under 25)
catalogue-indicator-youth_unemployment-name = Stopa nezaposlenosti mladih (mlađih od 25 godina)
# Unemployed persons aged under 25 as a share of the labour force aged under 25.
catalogue-indicator-youth_unemployment-definition = Nezaposlene osobe mlađe od 25 godina kao udio u radnoj snazi mlađoj od 25 godina.

## The peers' context features (peers/features.toml): label and definition

# population
catalogue-feature-population-label = broj stanovnika
# Population on 1 January (Urban Audit urb_cpop1 DE1001V) in the reference year; size classes as Eurostat: S 50-100k, M 100-250k, L 250-500k, XL 500k-1M, XXL over 1M (and under 50k)
catalogue-feature-population-definition = Stanovništvo 1. siječnja (Urban Audit urb_cpop1 DE1001V) u referentnoj godini; razredi veličine kao kod Eurostata: S 50–100 tis., M 100–250 tis., L 250–500 tis., XL 500 tis.–1 mil., XXL više od 1 mil. (i manje od 50 tis.)
# population growth
catalogue-feature-population_growth-label = rast stanovništva
# Compound yearly change of DE1001V from the year nearest to 5 years before the reference year (at least 3 years apart, no break between) to the reference year
catalogue-feature-population_growth-definition = Prosječna godišnja složena promjena DE1001V od godine najbliže razdoblju od 5 godina prije referentne godine (najmanje 3 godine razlike, bez prekida serije između njih) do referentne godine
# foreign-born share
catalogue-feature-foreign_born_share-label = udio rođenih u inozemstvu
# Foreign-born residents (urb_cpopcb DE2009V) / population (DE1001V) of the same year × 100, latest year with both
catalogue-feature-foreign_born_share-definition = Stanovnici rođeni u inozemstvu (urb_cpopcb DE2009V) / stanovništvo (DE1001V) iste godine × 100, posljednja godina s oba podatka
# change of the foreign-born share over ~5 years
catalogue-feature-foreign_born_change_5y-label = promjena udjela rođenih u inozemstvu tijekom ~5 godina
# Foreign-born share in the latest year minus the share in the year nearest to 5 years earlier (at least 3 years earlier), in percentage points
catalogue-feature-foreign_born_change_5y-definition = Udio rođenih u inozemstvu u posljednjoj godini umanjen za udio u godini najbližoj razdoblju od 5 godina ranije (najmanje 3 godine ranije), u postotnim bodovima
# change of the foreign-born share over ~10 years
catalogue-feature-foreign_born_change_10y-label = promjena udjela rođenih u inozemstvu tijekom ~10 godina
# Foreign-born share in the latest year minus the share in the year nearest to 10 years earlier (at least 7 years earlier), in percentage points; urb_cpopcb starts in 2015, so most cities lack it
catalogue-feature-foreign_born_change_10y-definition = Udio rođenih u inozemstvu u posljednjoj godini umanjen za udio u godini najbližoj razdoblju od 10 godina ranije (najmanje 7 godina ranije), u postotnim bodovima; urb_cpopcb počinje 2015., pa ga većina gradova nema
# unemployment proxy
catalogue-feature-unemployment_proxy-label = približni pokazatelj nezaposlenosti
# Persons unemployed (urb_clma EC1010V) / (persons employed 20-64 (EC1177V) + unemployed) × 100, latest year with both; a proxy: the age ranges of the two differ
catalogue-feature-unemployment_proxy-definition = Nezaposlene osobe (urb_clma EC1010V) / (zaposlene osobe 20–64 godine (EC1177V) + nezaposlene) × 100, posljednja godina s oba podatka; približna vrijednost: dobni rasponi tih dvaju podataka razlikuju se
# higher-education students per 1,000 inhabitants
catalogue-feature-students_per_1000-label = studenti u visokom obrazovanju na 1000 stanovnika
# Students in higher education, ISCED 5-8 (urb_ceduc TE1026V) / population (DE1001V) of the same year × 1,000, latest year with both
catalogue-feature-students_per_1000-definition = Studenti u visokom obrazovanju, ISCED 5–8 (urb_ceduc TE1026V) / stanovništvo (DE1001V) iste godine × 1000, posljednja godina s oba podatka
# employed aged 20-64 per 100 inhabitants
catalogue-feature-employed_per_100-label = zaposleni u dobi od 20 do 64 godine na 100 stanovnika
# Persons employed aged 20-64 (urb_clma EC1177V) / population (DE1001V) of the same year × 100, latest year with both
catalogue-feature-employed_per_100-definition = Zaposlene osobe u dobi od 20 do 64 godine (urb_clma EC1177V) / stanovništvo (DE1001V) iste godine × 100, posljednja godina s oba podatka
# population density
catalogue-feature-density-label = gustoća naseljenosti
# Population (DE1001V) of the year nearest to 2021 / area of the 2021 city boundary (GISCO gisco_urau_2021 AREA_KM2); only the cities in GISCO's list
catalogue-feature-density-definition = Stanovništvo (DE1001V) godine najbliže 2021. / površina unutar granica grada iz 2021. (GISCO gisco_urau_2021 AREA_KM2); samo gradovi s popisa GISCO-a
# share who say the city is a good place for immigrants
catalogue-feature-qol_good_for_immigrants-label = udio onih koji smatraju da je grad dobro mjesto za imigrante
# Quality of Life in European Cities 2023 (qol_2023), question Q3_4, answer 1 "a good place to live" for immigrants from other countries, weighted share of all respondents (incl. don't know); 83 cities
catalogue-feature-qol_good_for_immigrants-definition = Kvaliteta života u europskim gradovima 2023. (qol_2023), pitanje Q3_4, odgovor 1 „dobro mjesto za život” za imigrante iz drugih zemalja, ponderirani udio u svim ispitanicima (uklj. „ne znam”); 83 grada

## Sources of microdata (mappings/*.toml): name and source

# Synthetic persons (benchmark)
catalogue-mapping-bench_synthetic-name = Sintetske osobe (mjerenje performansi)
# synthetic (bench/gen_microdata.py or observatory generate-microdata)
catalogue-mapping-bench_synthetic-source = sintetski (bench/gen_microdata.py ili observatory generate-microdata)
# INE Spain, ECV (EU-SILC) 2020, persons 16+
catalogue-mapping-es_silc_2020-name = INE Španjolska, ECV (EU-SILC) 2020., osobe od 16 godina naviše
# INE Spain, Encuesta de Condiciones de Vida 2020 (microdata via maiktreya/ECVmicrodata)
catalogue-mapping-es_silc_2020-source = INE Španjolska, Encuesta de Condiciones de Vida 2020 (mikropodaci preko maiktreya/ECVmicrodata)

## Series a profile looks ahead on (outlook.toml): label

# Population on 1 January
catalogue-outlook-urb_cpop1-DE1001V-all = Stanovništvo 1. siječnja
# Non-EU citizens living in the city
catalogue-outlook-urb_cpopcb-DE2003V-all = Državljani zemalja izvan EU-a koji žive u gradu
# Persons unemployed
catalogue-outlook-urb_clma-EC1010V-all = Nezaposlene osobe
# Persons employed, aged 20–64
catalogue-outlook-urb_clma-EC1177V-all = Zaposlene osobe u dobi od 20 do 64 godine
# Employment rate of non-EU citizens aged 20–64 (national)
catalogue-outlook-lfsa_ergan-lfsa_ergan-age_Y20-64_citizen_NEU27_2020_FOR = Stopa zaposlenosti državljana zemalja izvan EU-a u dobi od 20 do 64 godine (nacionalna razina)
# Employment gap, non-EU citizens minus nationals aged 20–64 (national)
catalogue-outlook-lfsa_ergan-lfsa_ergan-age_Y20-64_citizen_NEU27_2020_FOR-gap-citizen_NAT = Razlika u zaposlenosti: državljani zemalja izvan EU-a umanjeno za domaće državljane u dobi od 20 do 64 godine (nacionalna razina)

## Public-opinion items (peers/opinion.toml): wording, answer and source

# Is the city where you live a good place or not a good place to live for the following groups? - Immigrants from other countries.
catalogue-opinion-immigrants-wording = Je li grad u kojem živite dobro ili nije dobro mjesto za život za sljedeće skupine? - Imigranti iz drugih zemalja.
# A good place to live
catalogue-opinion-immigrants-answer = Dobro mjesto za život
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q3_4
catalogue-opinion-immigrants-source = Eurostat/GU REGIO, Kvaliteta života u europskim gradovima 2023., pitanje Q3_4
# Is the city where you live a good place or not a good place to live for the following groups? - Racial and ethnic minorities.
catalogue-opinion-minorities-wording = Je li grad u kojem živite dobro ili nije dobro mjesto za život za sljedeće skupine? - Rasne i etničke manjine.
# A good place to live
catalogue-opinion-minorities-answer = Dobro mjesto za život
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q3_2
catalogue-opinion-minorities-source = Eurostat/GU REGIO, Kvaliteta života u europskim gradovima 2023., pitanje Q3_2
# To what extent do you agree or disagree with each of the following statements? - Generally speaking, most people in my city can be trusted.
catalogue-opinion-trust-wording = U kojoj se mjeri slažete ili ne slažete sa svakom od sljedećih tvrdnji? - Općenito govoreći, većini ljudi u mojem gradu može se vjerovati.
# Strongly or somewhat agree
catalogue-opinion-trust-answer = Potpuno ili djelomično se slažem
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_6 (agree, top two answers)
catalogue-opinion-trust-source = Eurostat/GU REGIO, Kvaliteta života u europskim gradovima 2023., pitanje Q2_6 (slaganje, dva gornja odgovora)
# To what extent do you agree or disagree with each of the following statements? - I feel safe walking alone at night in my city.
catalogue-opinion-safe-at-night-wording = U kojoj se mjeri slažete ili ne slažete sa svakom od sljedećih tvrdnji? - Osjećam se sigurno kada noću sam/sama hodam svojim gradom.
# Strongly or somewhat agree
catalogue-opinion-safe-at-night-answer = Potpuno ili djelomično se slažem
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_3 (agree, top two answers)
catalogue-opinion-safe-at-night-source = Eurostat/GU REGIO, Kvaliteta života u europskim gradovima 2023., pitanje Q2_3 (slaganje, dva gornja odgovora)
# To what extent do you agree or disagree with each of the following statements? - It is easy to find a good job in my city.
catalogue-opinion-jobs-wording = U kojoj se mjeri slažete ili ne slažete sa svakom od sljedećih tvrdnji? - U mojem je gradu lako naći dobar posao.
# Strongly or somewhat agree
catalogue-opinion-jobs-answer = Potpuno ili djelomično se slažem
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_2 (agree, top two answers)
catalogue-opinion-jobs-source = Eurostat/GU REGIO, Kvaliteta života u europskim gradovima 2023., pitanje Q2_2 (slaganje, dva gornja odgovora)
# To what extent do you agree or disagree with each of the following statements? - It is easy to find good housing in my city at a reasonable price.
catalogue-opinion-housing-wording = U kojoj se mjeri slažete ili ne slažete sa svakom od sljedećih tvrdnji? - U mojem je gradu lako naći dobar stan po razumnoj cijeni.
# Strongly or somewhat agree
catalogue-opinion-housing-answer = Potpuno ili djelomično se slažem
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_5 (agree, top two answers)
catalogue-opinion-housing-source = Eurostat/GU REGIO, Kvaliteta života u europskim gradovima 2023., pitanje Q2_5 (slaganje, dva gornja odgovora)

## Units written in words (one key per unit, whoever uses it)

# % a year
catalogue-unit-__a_year = % godišnje
# inhabitants
catalogue-unit-inhabitants = stanovnika
# inhabitants per km²
catalogue-unit-inhabitants_per_km_ = stanovnika po km²
# per 1,000
catalogue-unit-per_1_000 = na 1000
# per 100
catalogue-unit-per_100 = na 100
# percent
catalogue-unit-percent = postotak
# permits
catalogue-unit-permits = dozvola
# persons
catalogue-unit-persons = osoba
# points
catalogue-unit-points = postotnih bodova
# ratio
catalogue-unit-ratio = omjer
# thousand persons
catalogue-unit-thousand_persons = tisuća osoba
