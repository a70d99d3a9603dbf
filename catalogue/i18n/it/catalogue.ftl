# The catalogue's texts in italiano: translations of what the catalogue's TOML files say in
# English, under the keys of Catalogue::texts() (crates/catalogue/src/texts.rs). There is no
# English catalogue.ftl: English is the TOML itself. Each entry's English is the comment above
# it; when the English changes, change the translation. Terms: glossary.tsv of this folder.
# Checked by crates/catalogue/tests/texts.rs (every text translated, no leftovers).

## Thematic areas (areas.toml)

# Population and migration
catalogue-area-population = Popolazione e migrazione
# Employment
catalogue-area-employment = Occupazione
# Education
catalogue-area-education = Istruzione
# Social inclusion
catalogue-area-social_inclusion = Inclusione sociale
# Health
catalogue-area-health = Salute
# Housing
catalogue-area-housing = Abitazione
# Active citizenship
catalogue-area-active_citizenship = Cittadinanza attiva
# Residence permits
catalogue-area-residence_permits = Permessi di soggiorno
# Public opinion (Quality of Life survey)
catalogue-area-public_opinion = Opinione pubblica (indagine sulla qualità della vita)
# Use of municipal services
catalogue-area-use_of_services = Uso dei servizi comunali
# Computed indicators
catalogue-area-computed = Indicatori calcolati
# Look ahead: population scenarios
catalogue-area-look_ahead = Prospettive: scenari demografici
# Neighbourhoods
catalogue-area-neighbourhoods = Quartieri
# The city's own figures
catalogue-area-own_figures = Dati propri della città

## Tables (tables/*.toml): names, sources, labels of unlisted variables

# Population by educational attainment level, sex, age and citizenship (LFS)
catalogue-table-edat_lfs_9911 = Popolazione per livello di istruzione, sesso, età e cittadinanza (RFL)
# Eurostat edat_lfs_9911
catalogue-table-edat_lfs_9911-source = Eurostat edat_lfs_9911
# Population by educational attainment level, sex, age and country of birth (LFS)
catalogue-table-edat_lfs_9912 = Popolazione per livello di istruzione, sesso, età e paese di nascita (RFL)
# Eurostat edat_lfs_9912
catalogue-table-edat_lfs_9912-source = Eurostat edat_lfs_9912
# Self-perceived health by sex, age and citizenship (EU-SILC)
catalogue-table-hlth_silc_24 = Salute percepita per sesso, età e cittadinanza (EU-SILC)
# Eurostat hlth_silc_24
catalogue-table-hlth_silc_24-source = Eurostat hlth_silc_24
# Mean and median income by broad group of citizenship (EU-SILC)
catalogue-table-ilc_di15 = Reddito medio e mediano per grandi gruppi di cittadinanza (EU-SILC)
# Eurostat ilc_di15
catalogue-table-ilc_di15-source = Eurostat ilc_di15
# Employment by sex, age and citizenship (LFS)
catalogue-table-lfsa_egan = Occupati per sesso, età e cittadinanza (RFL)
# Eurostat lfsa_egan
catalogue-table-lfsa_egan-source = Eurostat lfsa_egan
# Employment rates by sex, age and citizenship (LFS)
catalogue-table-lfsa_ergan = Tassi di occupazione per sesso, età e cittadinanza (RFL)
# Eurostat lfsa_ergan
catalogue-table-lfsa_ergan-source = Eurostat lfsa_ergan
# Unemployment by sex, age and citizenship (LFS)
catalogue-table-lfsa_ugan = Disoccupati per sesso, età e cittadinanza (RFL)
# Eurostat lfsa_ugan
catalogue-table-lfsa_ugan-source = Eurostat lfsa_ugan
# Unemployment rates by sex, age and citizenship (LFS)
catalogue-table-lfsa_urgan = Tassi di disoccupazione per sesso, età e cittadinanza (RFL)
# Eurostat lfsa_urgan
catalogue-table-lfsa_urgan-source = Eurostat lfsa_urgan
# First permits by reason, length of validity and citizenship
catalogue-table-migr_resfirst = Primi permessi di soggiorno per motivo, durata di validità e cittadinanza
# Eurostat migr_resfirst
catalogue-table-migr_resfirst-source = Eurostat migr_resfirst
# Quality of Life in European Cities 2023
catalogue-table-qol_2023 = Qualità della vita nelle città europee 2023
# European Commission DG REGIO
catalogue-table-qol_2023-source = Commissione europea, DG REGIO
# Quality of Life survey, question {code}
catalogue-table-qol_2023-other_variables = Indagine sulla qualità della vita, domanda {"{"}code{"}"}
# Education, cities (Urban Audit)
catalogue-table-urb_ceduc = Istruzione, città (Urban Audit)
# Eurostat urb_ceduc
catalogue-table-urb_ceduc-source = Eurostat urb_ceduc
# Labour market, cities (Urban Audit)
catalogue-table-urb_clma = Mercato del lavoro, città (Urban Audit)
# Eurostat urb_clma
catalogue-table-urb_clma-source = Eurostat urb_clma
# Population on 1 January by age groups and sex, cities (Urban Audit)
catalogue-table-urb_cpop1 = Popolazione al 1º gennaio per classi di età e sesso, città (Urban Audit)
# Eurostat urb_cpop1
catalogue-table-urb_cpop1-source = Eurostat urb_cpop1
# Population by citizenship and country of birth, cities (Urban Audit)
catalogue-table-urb_cpopcb = Popolazione per cittadinanza e paese di nascita, città (Urban Audit)
# Eurostat urb_cpopcb
catalogue-table-urb_cpopcb-source = Eurostat urb_cpopcb

## The compare page: titles of the tables it charts ([compare] title)

# Low education (ISCED 0–2) of foreign citizens, 15–64
catalogue-compare-edat_lfs_9911 = Basso livello di istruzione (ISCED 0–2) dei cittadini stranieri, 15–64 anni
# Tertiary education (ISCED 5–8), 25–64
catalogue-compare-edat_lfs_9912 = Istruzione terziaria (ISCED 5–8), 25–64 anni
# Health perceived as good or very good, 16 and over
catalogue-compare-hlth_silc_24 = Salute percepita come buona o molto buona, 16 anni e più
# Median equivalised net income, 18 and over
catalogue-compare-ilc_di15 = Reddito netto equivalente mediano, 18 anni e più
# Employment rate, 20–64
catalogue-compare-lfsa_ergan = Tasso di occupazione, 20–64 anni
# Unemployment rate, 20–64
catalogue-compare-lfsa_urgan = Tasso di disoccupazione, 20–64 anni

## Variables of the tables ([[variable]] label)

# Educational attainment by citizenship (LFS)
catalogue-variable-edat_lfs_9911-edat_lfs_9911 = Livello di istruzione per cittadinanza (RFL)
# Educational attainment (LFS)
catalogue-variable-edat_lfs_9912-edat_lfs_9912 = Livello di istruzione (RFL)
# Self-perceived health (EU-SILC)
catalogue-variable-hlth_silc_24-hlth_silc_24 = Salute percepita (EU-SILC)
# Median income by citizenship
catalogue-variable-ilc_di15-ilc_di15 = Reddito mediano per cittadinanza
# Median equivalised net income
catalogue-variable-ilc_di15-MED_E = Reddito netto equivalente mediano
# Employed persons (LFS)
catalogue-variable-lfsa_egan-lfsa_egan = Occupati (RFL)
# Employment rate (LFS)
catalogue-variable-lfsa_ergan-lfsa_ergan = Tasso di occupazione (RFL)
# Unemployed persons (LFS)
catalogue-variable-lfsa_ugan-lfsa_ugan = Disoccupati (RFL)
# Unemployment rate (LFS)
catalogue-variable-lfsa_urgan-lfsa_urgan = Tasso di disoccupazione (RFL)
# First residence permits
catalogue-variable-migr_resfirst-migr_resfirst = Primi permessi di soggiorno
# Students in higher education
catalogue-variable-urb_ceduc-TE1026V = Studenti dell'istruzione terziaria
# Unemployed persons
catalogue-variable-urb_clma-EC1010V = Disoccupati
# Persons employed, 20–64
catalogue-variable-urb_clma-EC1177V = Occupati, 20–64 anni
# Population on 1 January
catalogue-variable-urb_cpop1-DE1001V = Popolazione al 1º gennaio
# Population, men
catalogue-variable-urb_cpop1-DE1002V = Popolazione, uomini
# Population, women
catalogue-variable-urb_cpop1-DE1003V = Popolazione, donne
# Nationals
catalogue-variable-urb_cpopcb-DE2001V = Cittadini nazionali
# EU citizens (other than nationals)
catalogue-variable-urb_cpopcb-DE2002V = Cittadini di altri paesi dell'UE
# Non-EU citizens
catalogue-variable-urb_cpopcb-DE2003V = Cittadini di paesi non UE
# Born in the country
catalogue-variable-urb_cpopcb-DE2007V = Nati nel paese
# Born in another EU country
catalogue-variable-urb_cpopcb-DE2008V = Nati in un altro paese dell'UE
# Foreign-born residents
catalogue-variable-urb_cpopcb-DE2009V = Residenti nati all'estero
# Born outside the EU
catalogue-variable-urb_cpopcb-DE2010V = Nati fuori dall'UE

## Labels of variables no table names (catalogue.toml [labels])

# Population
catalogue-label-population = Popolazione

## Indicators of microdata (indicators/*.toml): name and definition

# Activity rate
catalogue-indicator-activity_rate-name = Tasso di attività
# Labour force (employed + unemployed) as a share of the population in the source's scope.
catalogue-indicator-activity_rate-definition = Forze di lavoro (occupati + disoccupati) in percentuale della popolazione coperta dalla fonte.
# At-risk-of-poverty rate
catalogue-indicator-at_risk_of_poverty-name = Tasso di rischio di povertà
# Persons whose equivalised disposable income is below 60% of the national median (after social transfers), as a share of all persons.
catalogue-indicator-at_risk_of_poverty-definition = Persone con reddito disponibile equivalente inferiore al 60% della mediana nazionale (dopo i trasferimenti sociali), in percentuale di tutte le persone.
# Early leavers from education and training (18-24)
catalogue-indicator-early_leavers_18_24-name = Giovani che abbandonano prematuramente l'istruzione e la formazione (18–24 anni)
# Persons aged 18-24 with at most lower secondary education who are not in education or training, as a share of all persons aged 18-24.
catalogue-indicator-early_leavers_18_24-definition = Persone di 18–24 anni con al massimo un titolo di istruzione secondaria inferiore che non frequentano corsi di istruzione o formazione, in percentuale di tutte le persone di 18–24 anni.
# Employment rate (20-64)
catalogue-indicator-employment_rate_20_64-name = Tasso di occupazione (20–64 anni)
# Employed persons aged 20-64 as a share of all persons aged 20-64 (Zaragoza core indicator, EU 2030 target).
catalogue-indicator-employment_rate_20_64-definition = Occupati di 20–64 anni in percentuale di tutte le persone di 20–64 anni (indicatore chiave di Saragozza, obiettivo UE per il 2030).
# Self-perceived good or very good health
catalogue-indicator-good_health-name = Salute percepita come buona o molto buona
# Persons who perceive their health as good or very good, as a share of all persons.
catalogue-indicator-good_health-definition = Persone che percepiscono la propria salute come buona o molto buona, in percentuale di tutte le persone.
# Housing cost overburden rate
catalogue-indicator-housing_cost_overburden-name = Tasso di sovraccarico dei costi abitativi
# Persons in households where total housing costs (net of housing allowances) exceed 40% of disposable income (net of housing allowances), as a share of all persons.
catalogue-indicator-housing_cost_overburden-definition = Persone in famiglie in cui i costi abitativi totali (al netto dei contributi per l'abitazione) superano il 40% del reddito disponibile (al netto dei contributi per l'abitazione), in percentuale di tutte le persone.
# In-work at-risk-of-poverty rate
catalogue-indicator-in_work_poverty-name = Tasso di rischio di povertà lavorativa
# Employed persons at risk of poverty as a share of all employed persons.
catalogue-indicator-in_work_poverty-definition = Occupati a rischio di povertà in percentuale di tutti gli occupati.
# Long-term residence share
catalogue-indicator-long_term_residence_share-name = Quota di soggiornanti di lungo periodo
# Third-country nationals holding a long-term or permanent residence permit, as a share of all third-country nationals.
catalogue-indicator-long_term_residence_share-definition = Cittadini di paesi terzi titolari di un permesso di soggiorno di lungo periodo o permanente, in percentuale di tutti i cittadini di paesi terzi.
# Low educational attainment (25-64)
catalogue-indicator-low_attainment_25_64-name = Basso livello di istruzione (25–64 anni)
# Persons aged 25-64 whose highest completed level is at most lower secondary (ISCED 0-2), as a share of all persons aged 25-64.
catalogue-indicator-low_attainment_25_64-definition = Persone di 25–64 anni il cui livello più alto completato è al massimo l'istruzione secondaria inferiore (ISCED 0–2), in percentuale di tutte le persone di 25–64 anni.
# Mean equivalised net income
catalogue-indicator-mean_equivalised_income-name = Reddito netto equivalente medio
# Weighted mean of equivalised disposable household income (household income divided by the modified OECD equivalence scale), in national currency per year. A magnitude: with `--dominance` or `--p-percent`, cells where a few persons' incomes make up most of the total are suppressed as well.
catalogue-indicator-mean_equivalised_income-definition = Media ponderata del reddito familiare disponibile equivalente (reddito familiare diviso per la scala di equivalenza OCSE modificata), in valuta nazionale all'anno. Una grandezza: con `--dominance` o `--p-percent` sono soppresse anche le celle in cui i redditi di poche persone costituiscono la maggior parte del totale.
# Median equivalised net income
catalogue-indicator-median_equivalised_income-name = Reddito netto equivalente mediano
# Weighted median of equivalised disposable household income (household income divided by the modified OECD equivalence scale), in national currency per year.
catalogue-indicator-median_equivalised_income-definition = Mediana ponderata del reddito familiare disponibile equivalente (reddito familiare diviso per la scala di equivalenza OCSE modificata), in valuta nazionale all'anno.
# Median equivalised income relative to the reference group
catalogue-indicator-median_income_ratio_to_natives-name = Reddito equivalente mediano rispetto al gruppo di riferimento
# Median equivalised net income of the group divided by the median of the reference group (nationals) in the same sex and age cell.
catalogue-indicator-median_income_ratio_to_natives-definition = Reddito netto equivalente mediano del gruppo diviso per la mediana del gruppo di riferimento (cittadini nazionali) nella stessa cella di sesso ed età.
# Naturalisation rate (share of foreign-born holding the citizenship)
catalogue-indicator-naturalisation_rate-name = Tasso di naturalizzazione (quota di nati all'estero con la cittadinanza del paese)
# Foreign-born persons who hold the citizenship of the country of residence, as a share of all foreign-born persons (the OECD/EU survey measure of acquisition of nationality).
catalogue-indicator-naturalisation_rate-definition = Persone nate all'estero che hanno la cittadinanza del paese di residenza, in percentuale di tutte le persone nate all'estero (la misura campionaria OCSE/UE dell'acquisizione della cittadinanza).
# Young people neither in employment nor in education (16-24)
catalogue-indicator-neet_16_24-name = Giovani che non lavorano e non studiano (16–24 anni)
# Persons aged under 25 who are not employed and not in education or training, as a share of all persons aged under 25.
catalogue-indicator-neet_16_24-definition = Persone sotto i 25 anni che non sono occupate e non frequentano corsi di istruzione o formazione, in percentuale di tutte le persone sotto i 25 anni.
# Over-qualification rate
catalogue-indicator-over_qualification-name = Tasso di sovraqualificazione
# Employed persons with tertiary education (ISCED 5-8) working in low or medium-skilled occupations (ISCO 4-9) as a share of employed persons with tertiary education.
catalogue-indicator-over_qualification-definition = Occupati con istruzione terziaria (ISCED 5–8) che svolgono professioni a bassa o media qualificazione (ISCO 4–9), in percentuale degli occupati con istruzione terziaria.
# Overcrowding rate
catalogue-indicator-overcrowding-name = Tasso di sovraffollamento
# Persons living in an overcrowded household (fewer rooms than Eurostat's minimum for the household's composition), as a share of all persons.
catalogue-indicator-overcrowding-definition = Persone che vivono in una famiglia sovraffollata (meno stanze del minimo previsto da Eurostat per la composizione della famiglia), in percentuale di tutte le persone.
# Owner-occupation rate
catalogue-indicator-owner_occupation-name = Tasso di proprietà dell'abitazione
# Persons living in a dwelling owned by their household (outright or with a mortgage), as a share of all persons.
catalogue-indicator-owner_occupation-definition = Persone che vivono in un'abitazione di proprietà della loro famiglia (senza o con mutuo), in percentuale di tutte le persone.
# Part-time employment share
catalogue-indicator-part_time-name = Quota di lavoro a tempo parziale
# Employed persons working part-time as a share of all employed persons.
catalogue-indicator-part_time-definition = Occupati a tempo parziale in percentuale di tutti gli occupati.
# Self-employment share
catalogue-indicator-self_employment-name = Quota di lavoratori autonomi
# Self-employed persons as a share of all employed persons.
catalogue-indicator-self_employment-definition = Lavoratori autonomi in percentuale di tutti gli occupati.
# Severe material deprivation rate
catalogue-indicator-severe_deprivation-name = Tasso di grave deprivazione materiale
# Persons in households that cannot afford at least four of nine deprivation items, as a share of all persons.
catalogue-indicator-severe_deprivation-definition = Persone in famiglie che non possono permettersi almeno quattro dei nove elementi di deprivazione, in percentuale di tutte le persone.
# Temporary employment share
catalogue-indicator-temporary_contract-name = Quota di lavoro a tempo determinato
# Employees and employed persons with a temporary contract as a share of all employed persons.
catalogue-indicator-temporary_contract-definition = Dipendenti e occupati con contratto a tempo determinato in percentuale di tutti gli occupati.
# Tertiary educational attainment (25-64)
catalogue-indicator-tertiary_attainment_25_64-name = Istruzione terziaria (25–64 anni)
# Persons aged 25-64 with tertiary education (ISCED 5-8), as a share of all persons aged 25-64.
catalogue-indicator-tertiary_attainment_25_64-definition = Persone di 25–64 anni con istruzione terziaria (ISCED 5–8), in percentuale di tutte le persone di 25–64 anni.
# Unemployment rate
catalogue-indicator-unemployment_rate-name = Tasso di disoccupazione
# Unemployed persons as a share of the labour force (employed + unemployed), ages in the source's scope (16-74 in EU-LFS terms).
catalogue-indicator-unemployment_rate-definition = Disoccupati in percentuale delle forze di lavoro (occupati + disoccupati), età coperte dalla fonte (16–74 anni nella RFL dell'UE).
# Youth unemployment rate (under 25)
catalogue-indicator-youth_unemployment-name = Tasso di disoccupazione giovanile (meno di 25 anni)
# Unemployed persons aged under 25 as a share of the labour force aged under 25.
catalogue-indicator-youth_unemployment-definition = Disoccupati sotto i 25 anni in percentuale delle forze di lavoro sotto i 25 anni.

## The peers' context features (peers/features.toml): label and definition

# population
catalogue-feature-population-label = popolazione
# Population on 1 January (Urban Audit urb_cpop1 DE1001V) in the reference year; size classes as Eurostat: S 50-100k, M 100-250k, L 250-500k, XL 500k-1M, XXL over 1M (and under 50k)
catalogue-feature-population-definition = Popolazione al 1º gennaio (Urban Audit urb_cpop1 DE1001V) nell'anno di riferimento; classi di ampiezza come Eurostat: S 50–100 mila, M 100–250 mila, L 250–500 mila, XL 500 mila–1 milione, XXL oltre 1 milione (e meno di 50 mila)
# population growth
catalogue-feature-population_growth-label = crescita della popolazione
# Compound yearly change of DE1001V from the year nearest to 5 years before the reference year (at least 3 years apart, no break between) to the reference year
catalogue-feature-population_growth-definition = Variazione annua composta di DE1001V dall'anno più vicino a 5 anni prima dell'anno di riferimento (almeno 3 anni di distanza, senza interruzioni di serie nel mezzo) all'anno di riferimento
# foreign-born share
catalogue-feature-foreign_born_share-label = quota di nati all'estero
# Foreign-born residents (urb_cpopcb DE2009V) / population (DE1001V) of the same year × 100, latest year with both
catalogue-feature-foreign_born_share-definition = Residenti nati all'estero (urb_cpopcb DE2009V) / popolazione (DE1001V) dello stesso anno × 100, ultimo anno con entrambi i dati
# change of the foreign-born share over ~5 years
catalogue-feature-foreign_born_change_5y-label = variazione della quota di nati all'estero in ~5 anni
# Foreign-born share in the latest year minus the share in the year nearest to 5 years earlier (at least 3 years earlier), in percentage points
catalogue-feature-foreign_born_change_5y-definition = Quota di nati all'estero nell'ultimo anno meno la quota nell'anno più vicino a 5 anni prima (almeno 3 anni prima), in punti percentuali
# change of the foreign-born share over ~10 years
catalogue-feature-foreign_born_change_10y-label = variazione della quota di nati all'estero in ~10 anni
# Foreign-born share in the latest year minus the share in the year nearest to 10 years earlier (at least 7 years earlier), in percentage points; urb_cpopcb starts in 2015, so most cities lack it
catalogue-feature-foreign_born_change_10y-definition = Quota di nati all'estero nell'ultimo anno meno la quota nell'anno più vicino a 10 anni prima (almeno 7 anni prima), in punti percentuali; urb_cpopcb inizia nel 2015, quindi per la maggior parte delle città manca
# unemployment proxy
catalogue-feature-unemployment_proxy-label = indicatore approssimato della disoccupazione
# Persons unemployed (urb_clma EC1010V) / (persons employed 20-64 (EC1177V) + unemployed) × 100, latest year with both; a proxy: the age ranges of the two differ
catalogue-feature-unemployment_proxy-definition = Disoccupati (urb_clma EC1010V) / (occupati 20–64 anni (EC1177V) + disoccupati) × 100, ultimo anno con entrambi i dati; un'approssimazione: le classi di età dei due dati sono diverse
# higher-education students per 1,000 inhabitants
catalogue-feature-students_per_1000-label = studenti dell'istruzione terziaria ogni 1.000 abitanti
# Students in higher education, ISCED 5-8 (urb_ceduc TE1026V) / population (DE1001V) of the same year × 1,000, latest year with both
catalogue-feature-students_per_1000-definition = Studenti dell'istruzione terziaria, ISCED 5–8 (urb_ceduc TE1026V) / popolazione (DE1001V) dello stesso anno × 1.000, ultimo anno con entrambi i dati
# employed aged 20-64 per 100 inhabitants
catalogue-feature-employed_per_100-label = occupati di 20–64 anni ogni 100 abitanti
# Persons employed aged 20-64 (urb_clma EC1177V) / population (DE1001V) of the same year × 100, latest year with both
catalogue-feature-employed_per_100-definition = Occupati di 20–64 anni (urb_clma EC1177V) / popolazione (DE1001V) dello stesso anno × 100, ultimo anno con entrambi i dati
# population density
catalogue-feature-density-label = densità di popolazione
# Population (DE1001V) of the year nearest to 2021 / area of the 2021 city boundary (GISCO gisco_urau_2021 AREA_KM2); only the cities in GISCO's list
catalogue-feature-density-definition = Popolazione (DE1001V) dell'anno più vicino al 2021 / superficie entro il confine comunale del 2021 (GISCO gisco_urau_2021 AREA_KM2); solo le città dell'elenco GISCO
# share who say the city is a good place for immigrants
catalogue-feature-qol_good_for_immigrants-label = quota di chi ritiene la città un buon posto per gli immigrati
# Quality of Life in European Cities 2023 (qol_2023), question Q3_4, answer 1 "a good place to live" for immigrants from other countries, weighted share of all respondents (incl. don't know); 83 cities
catalogue-feature-qol_good_for_immigrants-definition = Qualità della vita nelle città europee 2023 (qol_2023), domanda Q3_4, risposta 1 «un buon posto in cui vivere» per gli immigrati da altri paesi, quota ponderata di tutti gli intervistati (compresi i «non so»); 83 città

## Sources of microdata (mappings/*.toml): name and source

# Synthetic persons (benchmark)
catalogue-mapping-bench_synthetic-name = Persone sintetiche (benchmark)
# synthetic (bench/gen_microdata.py or observatory generate-microdata)
catalogue-mapping-bench_synthetic-source = sintetici (bench/gen_microdata.py o observatory generate-microdata)
# INE Spain, ECV (EU-SILC) 2020, persons 16+
catalogue-mapping-es_silc_2020-name = INE Spagna, ECV (EU-SILC) 2020, persone di 16 anni e più
# INE Spain, Encuesta de Condiciones de Vida 2020 (microdata via maiktreya/ECVmicrodata)
catalogue-mapping-es_silc_2020-source = INE Spagna, Encuesta de Condiciones de Vida 2020 (microdati tramite maiktreya/ECVmicrodata)

## Series a profile looks ahead on (outlook.toml): label

# Population on 1 January
catalogue-outlook-urb_cpop1-DE1001V-all = Popolazione al 1º gennaio
# Non-EU citizens living in the city
catalogue-outlook-urb_cpopcb-DE2003V-all = Cittadini di paesi non UE residenti in città
# Persons unemployed
catalogue-outlook-urb_clma-EC1010V-all = Disoccupati
# Persons employed, aged 20–64
catalogue-outlook-urb_clma-EC1177V-all = Occupati di 20–64 anni
# Employment rate of non-EU citizens aged 20–64 (national)
catalogue-outlook-lfsa_ergan-lfsa_ergan-age_Y20-64_citizen_NEU27_2020_FOR = Tasso di occupazione dei cittadini di paesi non UE di 20–64 anni (livello nazionale)
# Employment gap, non-EU citizens minus nationals aged 20–64 (national)
catalogue-outlook-lfsa_ergan-lfsa_ergan-age_Y20-64_citizen_NEU27_2020_FOR-gap-citizen_NAT = Divario occupazionale: cittadini di paesi non UE meno cittadini nazionali di 20–64 anni (livello nazionale)

## Public-opinion items (peers/opinion.toml): wording, answer and source

# Is the city where you live a good place or not a good place to live for the following groups? - Immigrants from other countries.
catalogue-opinion-immigrants-wording = La città in cui vive è un buon posto o non è un buon posto in cui vivere per i seguenti gruppi? - Immigrati da altri paesi.
# A good place to live
catalogue-opinion-immigrants-answer = Un buon posto in cui vivere
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q3_4
catalogue-opinion-immigrants-source = Eurostat/DG REGIO, Qualità della vita nelle città europee 2023, domanda Q3_4
# Is the city where you live a good place or not a good place to live for the following groups? - Racial and ethnic minorities.
catalogue-opinion-minorities-wording = La città in cui vive è un buon posto o non è un buon posto in cui vivere per i seguenti gruppi? - Minoranze razziali ed etniche.
# A good place to live
catalogue-opinion-minorities-answer = Un buon posto in cui vivere
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q3_2
catalogue-opinion-minorities-source = Eurostat/DG REGIO, Qualità della vita nelle città europee 2023, domanda Q3_2
# To what extent do you agree or disagree with each of the following statements? - Generally speaking, most people in my city can be trusted.
catalogue-opinion-trust-wording = In che misura è d'accordo o in disaccordo con ciascuna delle seguenti affermazioni? - In generale, ci si può fidare della maggior parte delle persone nella mia città.
# Strongly or somewhat agree
catalogue-opinion-trust-answer = Molto o abbastanza d'accordo
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_6 (agree, top two answers)
catalogue-opinion-trust-source = Eurostat/DG REGIO, Qualità della vita nelle città europee 2023, domanda Q2_6 (accordo, le due risposte più alte)
# To what extent do you agree or disagree with each of the following statements? - I feel safe walking alone at night in my city.
catalogue-opinion-safe-at-night-wording = In che misura è d'accordo o in disaccordo con ciascuna delle seguenti affermazioni? - Mi sento sicuro/a a camminare da solo/a di notte nella mia città.
# Strongly or somewhat agree
catalogue-opinion-safe-at-night-answer = Molto o abbastanza d'accordo
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_3 (agree, top two answers)
catalogue-opinion-safe-at-night-source = Eurostat/DG REGIO, Qualità della vita nelle città europee 2023, domanda Q2_3 (accordo, le due risposte più alte)
# To what extent do you agree or disagree with each of the following statements? - It is easy to find a good job in my city.
catalogue-opinion-jobs-wording = In che misura è d'accordo o in disaccordo con ciascuna delle seguenti affermazioni? - Nella mia città è facile trovare un buon lavoro.
# Strongly or somewhat agree
catalogue-opinion-jobs-answer = Molto o abbastanza d'accordo
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_2 (agree, top two answers)
catalogue-opinion-jobs-source = Eurostat/DG REGIO, Qualità della vita nelle città europee 2023, domanda Q2_2 (accordo, le due risposte più alte)
# To what extent do you agree or disagree with each of the following statements? - It is easy to find good housing in my city at a reasonable price.
catalogue-opinion-housing-wording = In che misura è d'accordo o in disaccordo con ciascuna delle seguenti affermazioni? - Nella mia città è facile trovare una buona abitazione a un prezzo ragionevole.
# Strongly or somewhat agree
catalogue-opinion-housing-answer = Molto o abbastanza d'accordo
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_5 (agree, top two answers)
catalogue-opinion-housing-source = Eurostat/DG REGIO, Qualità della vita nelle città europee 2023, domanda Q2_5 (accordo, le due risposte più alte)

## Units written in words (one key per unit, whoever uses it)

# % a year
catalogue-unit-__a_year = % all'anno
# inhabitants
catalogue-unit-inhabitants = abitanti
# inhabitants per km²
catalogue-unit-inhabitants_per_km_ = abitanti per km²
# per 1,000
catalogue-unit-per_1_000 = ogni 1.000
# per 100
catalogue-unit-per_100 = ogni 100
# percent
catalogue-unit-percent = percentuale
# permits
catalogue-unit-permits = permessi
# persons
catalogue-unit-persons = persone
# points
catalogue-unit-points = punti percentuali
# ratio
catalogue-unit-ratio = rapporto
# thousand persons
catalogue-unit-thousand_persons = migliaia di persone
