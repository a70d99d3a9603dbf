# The catalogue's texts in Deutsch: translations of what the catalogue's TOML files say in
# English, under the keys of Catalogue::texts() (crates/catalogue/src/texts.rs). There is no
# English catalogue.ftl: English is the TOML itself. Each entry's English is the comment above
# it; when the English changes, change the translation. Terms: glossary.tsv of this folder.
# Checked by crates/catalogue/tests/texts.rs (every text translated, no leftovers).

## Thematic areas (areas.toml)

# Population and migration
catalogue-area-population = Bevölkerung und Migration
# Employment
catalogue-area-employment = Beschäftigung
# Education
catalogue-area-education = Bildung
# Social inclusion
catalogue-area-social_inclusion = Soziale Inklusion
# Health
catalogue-area-health = Gesundheit
# Housing
catalogue-area-housing = Wohnen
# Active citizenship
catalogue-area-active_citizenship = Aktive Bürgerschaft
# Residence permits
catalogue-area-residence_permits = Aufenthaltstitel
# Public opinion (Quality of Life survey)
catalogue-area-public_opinion = Öffentliche Meinung (Umfrage zur Lebensqualität)
# Use of municipal services
catalogue-area-use_of_services = Nutzung kommunaler Dienstleistungen
# Computed indicators
catalogue-area-computed = Berechnete Indikatoren
# Look ahead: population scenarios
catalogue-area-look_ahead = Ausblick: Bevölkerungsszenarien
# Neighbourhoods
catalogue-area-neighbourhoods = Stadtteile
# The city's own figures
catalogue-area-own_figures = Eigene Zahlen der Stadt

## Tables (tables/*.toml): names, sources, labels of unlisted variables

# Population by educational attainment level, sex, age and citizenship (LFS)
catalogue-table-edat_lfs_9911 = Bevölkerung nach Bildungsstand, Geschlecht, Alter und Staatsangehörigkeit (AKE)
# Eurostat edat_lfs_9911
catalogue-table-edat_lfs_9911-source = Eurostat edat_lfs_9911
# Population by educational attainment level, sex, age and country of birth (LFS)
catalogue-table-edat_lfs_9912 = Bevölkerung nach Bildungsstand, Geschlecht, Alter und Geburtsland (AKE)
# Eurostat edat_lfs_9912
catalogue-table-edat_lfs_9912-source = Eurostat edat_lfs_9912
# Self-perceived health by sex, age and citizenship (EU-SILC)
catalogue-table-hlth_silc_24 = Selbst wahrgenommene Gesundheit nach Geschlecht, Alter und Staatsangehörigkeit (EU-SILC)
# Eurostat hlth_silc_24
catalogue-table-hlth_silc_24-source = Eurostat hlth_silc_24
# Mean and median income by broad group of citizenship (EU-SILC)
catalogue-table-ilc_di15 = Mittleres und medianes Einkommen nach Staatsangehörigkeitsgruppen (EU-SILC)
# Eurostat ilc_di15
catalogue-table-ilc_di15-source = Eurostat ilc_di15
# Employment by sex, age and citizenship (LFS)
catalogue-table-lfsa_egan = Erwerbstätige nach Geschlecht, Alter und Staatsangehörigkeit (AKE)
# Eurostat lfsa_egan
catalogue-table-lfsa_egan-source = Eurostat lfsa_egan
# Employment rates by sex, age and citizenship (LFS)
catalogue-table-lfsa_ergan = Erwerbstätigenquoten nach Geschlecht, Alter und Staatsangehörigkeit (AKE)
# Eurostat lfsa_ergan
catalogue-table-lfsa_ergan-source = Eurostat lfsa_ergan
# Unemployment by sex, age and citizenship (LFS)
catalogue-table-lfsa_ugan = Arbeitslose nach Geschlecht, Alter und Staatsangehörigkeit (AKE)
# Eurostat lfsa_ugan
catalogue-table-lfsa_ugan-source = Eurostat lfsa_ugan
# Unemployment rates by sex, age and citizenship (LFS)
catalogue-table-lfsa_urgan = Arbeitslosenquoten nach Geschlecht, Alter und Staatsangehörigkeit (AKE)
# Eurostat lfsa_urgan
catalogue-table-lfsa_urgan-source = Eurostat lfsa_urgan
# First permits by reason, length of validity and citizenship
catalogue-table-migr_resfirst = Erstmals erteilte Aufenthaltstitel nach Grund, Gültigkeitsdauer und Staatsangehörigkeit
# Eurostat migr_resfirst
catalogue-table-migr_resfirst-source = Eurostat migr_resfirst
# Quality of Life in European Cities 2023
catalogue-table-qol_2023 = Lebensqualität in europäischen Städten 2023
# European Commission DG REGIO
catalogue-table-qol_2023-source = Europäische Kommission, GD REGIO
# Quality of Life survey, question {code}
catalogue-table-qol_2023-other_variables = Umfrage zur Lebensqualität, Frage {"{"}code{"}"}
# Education, cities (Urban Audit)
catalogue-table-urb_ceduc = Bildung, Städte (Urban Audit)
# Eurostat urb_ceduc
catalogue-table-urb_ceduc-source = Eurostat urb_ceduc
# Labour market, cities (Urban Audit)
catalogue-table-urb_clma = Arbeitsmarkt, Städte (Urban Audit)
# Eurostat urb_clma
catalogue-table-urb_clma-source = Eurostat urb_clma
# Population on 1 January by age groups and sex, cities (Urban Audit)
catalogue-table-urb_cpop1 = Bevölkerung am 1. Januar nach Altersgruppen und Geschlecht, Städte (Urban Audit)
# Eurostat urb_cpop1
catalogue-table-urb_cpop1-source = Eurostat urb_cpop1
# Population by citizenship and country of birth, cities (Urban Audit)
catalogue-table-urb_cpopcb = Bevölkerung nach Staatsangehörigkeit und Geburtsland, Städte (Urban Audit)
# Eurostat urb_cpopcb
catalogue-table-urb_cpopcb-source = Eurostat urb_cpopcb

## The compare page: titles of the tables it charts ([compare] title)

# Low education (ISCED 0–2) of foreign citizens, 15–64
catalogue-compare-edat_lfs_9911 = Niedriger Bildungsstand (ISCED 0–2) ausländischer Staatsangehöriger, 15–64 Jahre
# Tertiary education (ISCED 5–8), 25–64
catalogue-compare-edat_lfs_9912 = Tertiärabschluss (ISCED 5–8), 25–64 Jahre
# Health perceived as good or very good, 16 and over
catalogue-compare-hlth_silc_24 = Gesundheit als gut oder sehr gut wahrgenommen, ab 16 Jahren
# Median equivalised net income, 18 and over
catalogue-compare-ilc_di15 = Median des Äquivalenznettoeinkommens, ab 18 Jahren
# Employment rate, 20–64
catalogue-compare-lfsa_ergan = Erwerbstätigenquote, 20–64 Jahre
# Unemployment rate, 20–64
catalogue-compare-lfsa_urgan = Arbeitslosenquote, 20–64 Jahre

## Variables of the tables ([[variable]] label)

# Educational attainment by citizenship (LFS)
catalogue-variable-edat_lfs_9911-edat_lfs_9911 = Bildungsstand nach Staatsangehörigkeit (AKE)
# Educational attainment (LFS)
catalogue-variable-edat_lfs_9912-edat_lfs_9912 = Bildungsstand (AKE)
# Self-perceived health (EU-SILC)
catalogue-variable-hlth_silc_24-hlth_silc_24 = Selbst wahrgenommene Gesundheit (EU-SILC)
# Median income by citizenship
catalogue-variable-ilc_di15-ilc_di15 = Medianeinkommen nach Staatsangehörigkeit
# Median equivalised net income
catalogue-variable-ilc_di15-MED_E = Median des Äquivalenznettoeinkommens
# Employed persons (LFS)
catalogue-variable-lfsa_egan-lfsa_egan = Erwerbstätige (AKE)
# Employment rate (LFS)
catalogue-variable-lfsa_ergan-lfsa_ergan = Erwerbstätigenquote (AKE)
# Unemployed persons (LFS)
catalogue-variable-lfsa_ugan-lfsa_ugan = Arbeitslose (AKE)
# Unemployment rate (LFS)
catalogue-variable-lfsa_urgan-lfsa_urgan = Arbeitslosenquote (AKE)
# First residence permits
catalogue-variable-migr_resfirst-migr_resfirst = Erstmals erteilte Aufenthaltstitel
# Students in higher education
catalogue-variable-urb_ceduc-TE1026V = Studierende im Tertiärbereich
# Unemployed persons
catalogue-variable-urb_clma-EC1010V = Arbeitslose
# Persons employed, 20–64
catalogue-variable-urb_clma-EC1177V = Erwerbstätige, 20–64 Jahre
# Population on 1 January
catalogue-variable-urb_cpop1-DE1001V = Bevölkerung am 1. Januar
# Population, men
catalogue-variable-urb_cpop1-DE1002V = Bevölkerung, Männer
# Population, women
catalogue-variable-urb_cpop1-DE1003V = Bevölkerung, Frauen
# Nationals
catalogue-variable-urb_cpopcb-DE2001V = Inländer
# EU citizens (other than nationals)
catalogue-variable-urb_cpopcb-DE2002V = Staatsangehörige anderer EU-Länder
# Non-EU citizens
catalogue-variable-urb_cpopcb-DE2003V = Staatsangehörige von Nicht-EU-Ländern
# Born in the country
catalogue-variable-urb_cpopcb-DE2007V = Im Inland geboren
# Born in another EU country
catalogue-variable-urb_cpopcb-DE2008V = In einem anderen EU-Land geboren
# Foreign-born residents
catalogue-variable-urb_cpopcb-DE2009V = Im Ausland geborene Einwohner
# Born outside the EU
catalogue-variable-urb_cpopcb-DE2010V = Außerhalb der EU geboren

## Labels of variables no table names (catalogue.toml [labels])

# Population
catalogue-label-population = Bevölkerung

## Indicators of microdata (indicators/*.toml): name and definition

# Activity rate
catalogue-indicator-activity_rate-name = Erwerbsquote
# Labour force (employed + unemployed) as a share of the population in the source's scope.
catalogue-indicator-activity_rate-definition = Erwerbspersonen (Erwerbstätige + Arbeitslose) als Anteil an der Bevölkerung im Erfassungsbereich der Quelle.
# At-risk-of-poverty rate
catalogue-indicator-at_risk_of_poverty-name = Armutsgefährdungsquote
# Persons whose equivalised disposable income is below 60% of the national median (after social transfers), as a share of all persons.
catalogue-indicator-at_risk_of_poverty-definition = Personen, deren verfügbares Äquivalenzeinkommen unter 60 % des nationalen Medians liegt (nach Sozialleistungen), als Anteil an allen Personen.
# Early leavers from education and training (18-24)
catalogue-indicator-early_leavers_18_24-name = Frühzeitige Schul- und Ausbildungsabgänger (18–24 Jahre)
# Persons aged 18-24 with at most lower secondary education who are not in education or training, as a share of all persons aged 18-24.
catalogue-indicator-early_leavers_18_24-definition = Personen im Alter von 18–24 Jahren mit höchstens einem Abschluss des Sekundarbereichs I, die sich nicht in Bildung oder Ausbildung befinden, als Anteil an allen Personen im Alter von 18–24 Jahren.
# Employment rate (20-64)
catalogue-indicator-employment_rate_20_64-name = Erwerbstätigenquote (20–64 Jahre)
# Employed persons aged 20-64 as a share of all persons aged 20-64 (Zaragoza core indicator, EU 2030 target).
catalogue-indicator-employment_rate_20_64-definition = Erwerbstätige im Alter von 20–64 Jahren als Anteil an allen Personen im Alter von 20–64 Jahren (Kernindikator von Saragossa, EU-Ziel für 2030).
# Self-perceived good or very good health
catalogue-indicator-good_health-name = Selbst wahrgenommene gute oder sehr gute Gesundheit
# Persons who perceive their health as good or very good, as a share of all persons.
catalogue-indicator-good_health-definition = Personen, die ihre Gesundheit als gut oder sehr gut wahrnehmen, als Anteil an allen Personen.
# Housing cost overburden rate
catalogue-indicator-housing_cost_overburden-name = Quote der Überbelastung durch Wohnkosten
# Persons in households where total housing costs (net of housing allowances) exceed 40% of disposable income (net of housing allowances), as a share of all persons.
catalogue-indicator-housing_cost_overburden-definition = Personen in Haushalten, deren gesamte Wohnkosten (abzüglich Wohngeld) 40 % des verfügbaren Einkommens (abzüglich Wohngeld) übersteigen, als Anteil an allen Personen.
# In-work at-risk-of-poverty rate
catalogue-indicator-in_work_poverty-name = Armutsgefährdungsquote von Erwerbstätigen
# Employed persons at risk of poverty as a share of all employed persons.
catalogue-indicator-in_work_poverty-definition = Armutsgefährdete Erwerbstätige als Anteil an allen Erwerbstätigen.
# Long-term residence share
catalogue-indicator-long_term_residence_share-name = Anteil mit langfristigem Aufenthaltsrecht
# Third-country nationals holding a long-term or permanent residence permit, as a share of all third-country nationals.
catalogue-indicator-long_term_residence_share-definition = Drittstaatsangehörige mit einem langfristigen oder unbefristeten Aufenthaltstitel als Anteil an allen Drittstaatsangehörigen.
# Low educational attainment (25-64)
catalogue-indicator-low_attainment_25_64-name = Niedriger Bildungsstand (25–64 Jahre)
# Persons aged 25-64 whose highest completed level is at most lower secondary (ISCED 0-2), as a share of all persons aged 25-64.
catalogue-indicator-low_attainment_25_64-definition = Personen im Alter von 25–64 Jahren, deren höchster Abschluss höchstens dem Sekundarbereich I entspricht (ISCED 0–2), als Anteil an allen Personen im Alter von 25–64 Jahren.
# Mean equivalised net income
catalogue-indicator-mean_equivalised_income-name = Mittleres Äquivalenznettoeinkommen
# Weighted mean of equivalised disposable household income (household income divided by the modified OECD equivalence scale), in national currency per year. A magnitude: with `--dominance` or `--p-percent`, cells where a few persons' incomes make up most of the total are suppressed as well.
catalogue-indicator-mean_equivalised_income-definition = Gewichtetes Mittel des verfügbaren Äquivalenzeinkommens der Haushalte (Haushaltseinkommen geteilt durch die modifizierte OECD-Äquivalenzskala), in Landeswährung pro Jahr. Eine Größe: mit `--dominance` oder `--p-percent` werden auch Zellen gesperrt, in denen die Einkommen weniger Personen den größten Teil der Summe ausmachen.
# Median equivalised net income
catalogue-indicator-median_equivalised_income-name = Median des Äquivalenznettoeinkommens
# Weighted median of equivalised disposable household income (household income divided by the modified OECD equivalence scale), in national currency per year.
catalogue-indicator-median_equivalised_income-definition = Gewichteter Median des verfügbaren Äquivalenzeinkommens der Haushalte (Haushaltseinkommen geteilt durch die modifizierte OECD-Äquivalenzskala), in Landeswährung pro Jahr.
# Median equivalised income relative to the reference group
catalogue-indicator-median_income_ratio_to_natives-name = Median des Äquivalenzeinkommens im Verhältnis zur Referenzgruppe
# Median equivalised net income of the group divided by the median of the reference group (nationals) in the same sex and age cell.
catalogue-indicator-median_income_ratio_to_natives-definition = Median des Äquivalenznettoeinkommens der Gruppe geteilt durch den Median der Referenzgruppe (Inländer) in derselben Geschlechts- und Altersgruppe.
# Naturalisation rate (share of foreign-born holding the citizenship)
catalogue-indicator-naturalisation_rate-name = Einbürgerungsquote (Anteil der im Ausland Geborenen mit der Staatsangehörigkeit des Landes)
# Foreign-born persons who hold the citizenship of the country of residence, as a share of all foreign-born persons (the OECD/EU survey measure of acquisition of nationality).
catalogue-indicator-naturalisation_rate-definition = Im Ausland geborene Personen mit der Staatsangehörigkeit des Wohnsitzlandes als Anteil an allen im Ausland Geborenen (das Erhebungsmaß von OECD und EU für den Erwerb der Staatsangehörigkeit).
# Young people neither in employment nor in education (16-24)
catalogue-indicator-neet_16_24-name = Junge Menschen, die weder erwerbstätig sind noch sich in Bildung befinden (16–24 Jahre)
# Persons aged under 25 who are not employed and not in education or training, as a share of all persons aged under 25.
catalogue-indicator-neet_16_24-definition = Personen unter 25 Jahren, die nicht erwerbstätig sind und sich nicht in Bildung oder Ausbildung befinden, als Anteil an allen Personen unter 25 Jahren.
# Over-qualification rate
catalogue-indicator-over_qualification-name = Überqualifizierungsquote
# Employed persons with tertiary education (ISCED 5-8) working in low or medium-skilled occupations (ISCO 4-9) as a share of employed persons with tertiary education.
catalogue-indicator-over_qualification-definition = Erwerbstätige mit Tertiärabschluss (ISCED 5–8), die in Berufen mit niedrigem oder mittlerem Qualifikationsniveau (ISCO 4–9) arbeiten, als Anteil an den Erwerbstätigen mit Tertiärabschluss.
# Overcrowding rate
catalogue-indicator-overcrowding-name = Überbelegungsquote
# Persons living in an overcrowded household (fewer rooms than Eurostat's minimum for the household's composition), as a share of all persons.
catalogue-indicator-overcrowding-definition = Personen in einem überbelegten Haushalt (weniger Räume als das von Eurostat für die Zusammensetzung des Haushalts festgelegte Minimum) als Anteil an allen Personen.
# Owner-occupation rate
catalogue-indicator-owner_occupation-name = Wohneigentumsquote
# Persons living in a dwelling owned by their household (outright or with a mortgage), as a share of all persons.
catalogue-indicator-owner_occupation-definition = Personen in einer Wohnung im Eigentum ihres Haushalts (lastenfrei oder mit Hypothek) als Anteil an allen Personen.
# Part-time employment share
catalogue-indicator-part_time-name = Teilzeitquote
# Employed persons working part-time as a share of all employed persons.
catalogue-indicator-part_time-definition = Teilzeitbeschäftigte Erwerbstätige als Anteil an allen Erwerbstätigen.
# Self-employment share
catalogue-indicator-self_employment-name = Selbstständigenquote
# Self-employed persons as a share of all employed persons.
catalogue-indicator-self_employment-definition = Selbstständige als Anteil an allen Erwerbstätigen.
# Severe material deprivation rate
catalogue-indicator-severe_deprivation-name = Quote der erheblichen materiellen Deprivation
# Persons in households that cannot afford at least four of nine deprivation items, as a share of all persons.
catalogue-indicator-severe_deprivation-definition = Personen in Haushalten, die sich mindestens vier von neun Deprivationsmerkmalen nicht leisten können, als Anteil an allen Personen.
# Temporary employment share
catalogue-indicator-temporary_contract-name = Anteil befristeter Beschäftigung
# Employees and employed persons with a temporary contract as a share of all employed persons.
catalogue-indicator-temporary_contract-definition = Arbeitnehmer und Erwerbstätige mit befristetem Vertrag als Anteil an allen Erwerbstätigen.
# Tertiary educational attainment (25-64)
catalogue-indicator-tertiary_attainment_25_64-name = Tertiärabschluss (25–64 Jahre)
# Persons aged 25-64 with tertiary education (ISCED 5-8), as a share of all persons aged 25-64.
catalogue-indicator-tertiary_attainment_25_64-definition = Personen im Alter von 25–64 Jahren mit Tertiärabschluss (ISCED 5–8) als Anteil an allen Personen im Alter von 25–64 Jahren.
# Unemployment rate
catalogue-indicator-unemployment_rate-name = Arbeitslosenquote
# Unemployed persons as a share of the labour force (employed + unemployed), ages in the source's scope (16-74 in EU-LFS terms).
catalogue-indicator-unemployment_rate-definition = Arbeitslose als Anteil an den Erwerbspersonen (Erwerbstätige + Arbeitslose), Altersgruppen im Erfassungsbereich der Quelle (in der AKE 16–74 Jahre).
# Youth unemployment rate (under 25)
catalogue-indicator-youth_unemployment-name = Jugendarbeitslosenquote (unter 25 Jahren)
# Unemployed persons aged under 25 as a share of the labour force aged under 25.
catalogue-indicator-youth_unemployment-definition = Arbeitslose unter 25 Jahren als Anteil an den Erwerbspersonen unter 25 Jahren.

## The peers' context features (peers/features.toml): label and definition

# population
catalogue-feature-population-label = Einwohnerzahl
# Population on 1 January (Urban Audit urb_cpop1 DE1001V) in the reference year; size classes as Eurostat: S 50-100k, M 100-250k, L 250-500k, XL 500k-1M, XXL over 1M (and under 50k)
catalogue-feature-population-definition = Bevölkerung am 1. Januar (Urban Audit urb_cpop1 DE1001V) im Bezugsjahr; Größenklassen wie bei Eurostat: S 50–100 Tsd., M 100–250 Tsd., L 250–500 Tsd., XL 500 Tsd.–1 Mio., XXL über 1 Mio. (und unter 50 Tsd.)
# population growth
catalogue-feature-population_growth-label = Bevölkerungswachstum
# Compound yearly change of DE1001V from the year nearest to 5 years before the reference year (at least 3 years apart, no break between) to the reference year
catalogue-feature-population_growth-definition = Durchschnittliche jährliche Veränderung von DE1001V vom Jahr, das 5 Jahren vor dem Bezugsjahr am nächsten liegt (mindestens 3 Jahre Abstand, kein Zeitreihenbruch dazwischen), bis zum Bezugsjahr
# foreign-born share
catalogue-feature-foreign_born_share-label = Anteil der im Ausland Geborenen
# Foreign-born residents (urb_cpopcb DE2009V) / population (DE1001V) of the same year × 100, latest year with both
catalogue-feature-foreign_born_share-definition = Im Ausland geborene Einwohner (urb_cpopcb DE2009V) / Bevölkerung (DE1001V) desselben Jahres × 100, letztes Jahr mit beiden Werten
# change of the foreign-born share over ~5 years
catalogue-feature-foreign_born_change_5y-label = Veränderung des Anteils der im Ausland Geborenen über ~5 Jahre
# Foreign-born share in the latest year minus the share in the year nearest to 5 years earlier (at least 3 years earlier), in percentage points
catalogue-feature-foreign_born_change_5y-definition = Anteil der im Ausland Geborenen im letzten Jahr minus der Anteil im Jahr, das 5 Jahre davor am nächsten liegt (mindestens 3 Jahre davor), in Prozentpunkten
# change of the foreign-born share over ~10 years
catalogue-feature-foreign_born_change_10y-label = Veränderung des Anteils der im Ausland Geborenen über ~10 Jahre
# Foreign-born share in the latest year minus the share in the year nearest to 10 years earlier (at least 7 years earlier), in percentage points; urb_cpopcb starts in 2015, so most cities lack it
catalogue-feature-foreign_born_change_10y-definition = Anteil der im Ausland Geborenen im letzten Jahr minus der Anteil im Jahr, das 10 Jahre davor am nächsten liegt (mindestens 7 Jahre davor), in Prozentpunkten; urb_cpopcb beginnt 2015, daher fehlt der Wert für die meisten Städte
# unemployment proxy
catalogue-feature-unemployment_proxy-label = Näherungswert der Arbeitslosigkeit
# Persons unemployed (urb_clma EC1010V) / (persons employed 20-64 (EC1177V) + unemployed) × 100, latest year with both; a proxy: the age ranges of the two differ
catalogue-feature-unemployment_proxy-definition = Arbeitslose (urb_clma EC1010V) / (Erwerbstätige 20–64 Jahre (EC1177V) + Arbeitslose) × 100, letztes Jahr mit beiden Werten; ein Näherungswert: die Altersgruppen beider Zahlen unterscheiden sich
# higher-education students per 1,000 inhabitants
catalogue-feature-students_per_1000-label = Studierende im Tertiärbereich je 1.000 Einwohner
# Students in higher education, ISCED 5-8 (urb_ceduc TE1026V) / population (DE1001V) of the same year × 1,000, latest year with both
catalogue-feature-students_per_1000-definition = Studierende im Tertiärbereich, ISCED 5–8 (urb_ceduc TE1026V) / Bevölkerung (DE1001V) desselben Jahres × 1.000, letztes Jahr mit beiden Werten
# employed aged 20-64 per 100 inhabitants
catalogue-feature-employed_per_100-label = Erwerbstätige im Alter von 20–64 Jahren je 100 Einwohner
# Persons employed aged 20-64 (urb_clma EC1177V) / population (DE1001V) of the same year × 100, latest year with both
catalogue-feature-employed_per_100-definition = Erwerbstätige im Alter von 20–64 Jahren (urb_clma EC1177V) / Bevölkerung (DE1001V) desselben Jahres × 100, letztes Jahr mit beiden Werten
# population density
catalogue-feature-density-label = Bevölkerungsdichte
# Population (DE1001V) of the year nearest to 2021 / area of the 2021 city boundary (GISCO gisco_urau_2021 AREA_KM2); only the cities in GISCO's list
catalogue-feature-density-definition = Bevölkerung (DE1001V) des Jahres, das 2021 am nächsten liegt / Fläche der Stadtgrenze von 2021 (GISCO gisco_urau_2021 AREA_KM2); nur die Städte in der Liste von GISCO
# share who say the city is a good place for immigrants
catalogue-feature-qol_good_for_immigrants-label = Anteil derer, die die Stadt für einen guten Ort für Zugewanderte halten
# Quality of Life in European Cities 2023 (qol_2023), question Q3_4, answer 1 "a good place to live" for immigrants from other countries, weighted share of all respondents (incl. don't know); 83 cities
catalogue-feature-qol_good_for_immigrants-definition = Lebensqualität in europäischen Städten 2023 (qol_2023), Frage Q3_4, Antwort 1 „ein guter Ort zum Leben“ für Zugewanderte aus anderen Ländern, gewichteter Anteil an allen Befragten (einschließlich „weiß nicht“); 83 Städte

## Sources of microdata (mappings/*.toml): name and source

# Synthetic persons (benchmark)
catalogue-mapping-bench_synthetic-name = Synthetische Personen (Benchmark)
# synthetic (bench/gen_microdata.py or observatory generate-microdata)
catalogue-mapping-bench_synthetic-source = synthetisch (bench/gen_microdata.py oder observatory generate-microdata)
# INE Spain, ECV (EU-SILC) 2020, persons 16+
catalogue-mapping-es_silc_2020-name = INE Spanien, ECV (EU-SILC) 2020, Personen ab 16 Jahren
# INE Spain, Encuesta de Condiciones de Vida 2020 (microdata via maiktreya/ECVmicrodata)
catalogue-mapping-es_silc_2020-source = INE Spanien, Encuesta de Condiciones de Vida 2020 (Mikrodaten über maiktreya/ECVmicrodata)

## Series a profile looks ahead on (outlook.toml): label

# Population on 1 January
catalogue-outlook-urb_cpop1-DE1001V-all = Bevölkerung am 1. Januar
# Non-EU citizens living in the city
catalogue-outlook-urb_cpopcb-DE2003V-all = In der Stadt lebende Staatsangehörige von Nicht-EU-Ländern
# Persons unemployed
catalogue-outlook-urb_clma-EC1010V-all = Arbeitslose
# Persons employed, aged 20–64
catalogue-outlook-urb_clma-EC1177V-all = Erwerbstätige im Alter von 20–64 Jahren
# Employment rate of non-EU citizens aged 20–64 (national)
catalogue-outlook-lfsa_ergan-lfsa_ergan-age_Y20-64_citizen_NEU27_2020_FOR = Erwerbstätigenquote der Staatsangehörigen von Nicht-EU-Ländern im Alter von 20–64 Jahren (national)
# Employment gap, non-EU citizens minus nationals aged 20–64 (national)
catalogue-outlook-lfsa_ergan-lfsa_ergan-age_Y20-64_citizen_NEU27_2020_FOR-gap-citizen_NAT = Beschäftigungslücke: Staatsangehörige von Nicht-EU-Ländern minus Inländer im Alter von 20–64 Jahren (national)

## Public-opinion items (peers/opinion.toml): wording, answer and source

# Is the city where you live a good place or not a good place to live for the following groups? - Immigrants from other countries.
catalogue-opinion-immigrants-wording = Ist die Stadt, in der Sie leben, für die folgenden Gruppen ein guter oder kein guter Ort zum Leben? - Zugewanderte aus anderen Ländern.
# A good place to live
catalogue-opinion-immigrants-answer = Ein guter Ort zum Leben
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q3_4
catalogue-opinion-immigrants-source = Eurostat/GD REGIO, Lebensqualität in europäischen Städten 2023, Frage Q3_4
# Is the city where you live a good place or not a good place to live for the following groups? - Racial and ethnic minorities.
catalogue-opinion-minorities-wording = Ist die Stadt, in der Sie leben, für die folgenden Gruppen ein guter oder kein guter Ort zum Leben? - Rassische und ethnische Minderheiten.
# A good place to live
catalogue-opinion-minorities-answer = Ein guter Ort zum Leben
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q3_2
catalogue-opinion-minorities-source = Eurostat/GD REGIO, Lebensqualität in europäischen Städten 2023, Frage Q3_2
# To what extent do you agree or disagree with each of the following statements? - Generally speaking, most people in my city can be trusted.
catalogue-opinion-trust-wording = Inwieweit stimmen Sie den folgenden Aussagen zu oder nicht zu? - Im Allgemeinen kann man den meisten Menschen in meiner Stadt vertrauen.
# Strongly or somewhat agree
catalogue-opinion-trust-answer = Stimme voll und ganz oder eher zu
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_6 (agree, top two answers)
catalogue-opinion-trust-source = Eurostat/GD REGIO, Lebensqualität in europäischen Städten 2023, Frage Q2_6 (Zustimmung, die beiden oberen Antworten)
# To what extent do you agree or disagree with each of the following statements? - I feel safe walking alone at night in my city.
catalogue-opinion-safe-at-night-wording = Inwieweit stimmen Sie den folgenden Aussagen zu oder nicht zu? - Ich fühle mich sicher, wenn ich nachts allein in meiner Stadt zu Fuß unterwegs bin.
# Strongly or somewhat agree
catalogue-opinion-safe-at-night-answer = Stimme voll und ganz oder eher zu
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_3 (agree, top two answers)
catalogue-opinion-safe-at-night-source = Eurostat/GD REGIO, Lebensqualität in europäischen Städten 2023, Frage Q2_3 (Zustimmung, die beiden oberen Antworten)
# To what extent do you agree or disagree with each of the following statements? - It is easy to find a good job in my city.
catalogue-opinion-jobs-wording = Inwieweit stimmen Sie den folgenden Aussagen zu oder nicht zu? - Es ist leicht, in meiner Stadt eine gute Arbeitsstelle zu finden.
# Strongly or somewhat agree
catalogue-opinion-jobs-answer = Stimme voll und ganz oder eher zu
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_2 (agree, top two answers)
catalogue-opinion-jobs-source = Eurostat/GD REGIO, Lebensqualität in europäischen Städten 2023, Frage Q2_2 (Zustimmung, die beiden oberen Antworten)
# To what extent do you agree or disagree with each of the following statements? - It is easy to find good housing in my city at a reasonable price.
catalogue-opinion-housing-wording = Inwieweit stimmen Sie den folgenden Aussagen zu oder nicht zu? - Es ist leicht, in meiner Stadt eine gute Wohnung zu einem angemessenen Preis zu finden.
# Strongly or somewhat agree
catalogue-opinion-housing-answer = Stimme voll und ganz oder eher zu
# Eurostat/DG REGIO, Quality of Life in European Cities 2023, question Q2_5 (agree, top two answers)
catalogue-opinion-housing-source = Eurostat/GD REGIO, Lebensqualität in europäischen Städten 2023, Frage Q2_5 (Zustimmung, die beiden oberen Antworten)

## Units written in words (one key per unit, whoever uses it)

# % a year
catalogue-unit-__a_year = % pro Jahr
# inhabitants
catalogue-unit-inhabitants = Einwohner
# inhabitants per km²
catalogue-unit-inhabitants_per_km_ = Einwohner je km²
# per 1,000
catalogue-unit-per_1_000 = je 1.000
# per 100
catalogue-unit-per_100 = je 100
# percent
catalogue-unit-percent = Prozent
# permits
catalogue-unit-permits = Aufenthaltstitel
# persons
catalogue-unit-persons = Personen
# points
catalogue-unit-points = Prozentpunkte
# ratio
catalogue-unit-ratio = Verhältnis
# thousand persons
catalogue-unit-thousand_persons = Tausend Personen
