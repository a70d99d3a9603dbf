# Compare 2–6 cities side by side (/compare).

# The web's errors for the cities asked for (also the API's messages).
compare-error-several = '{ $name }' matches several cities: { $cities }; use a code
compare-error-no-city = no city '{ $name }'
compare-error-no-city-suggest = no city '{ $name }'; did you mean { $suggestions }?
compare-error-too-many = compare up to 6 cities at a time
compare-title = Compare cities
compare-cities-label = Cities, separated by commas
compare-cities-placeholder = 2 to 6 cities, separated by commas: Osijek, Košice, Graz
compare-button = Compare
compare-lead = Put 2 to 6 cities side by side: size, migrant population, its change, employment and the Quality of Life survey.
compare-add-one-more = Add at least one more city to { $city }.
compare-no-data = no data
compare-no-profile = no profile
compare-no-figure = no figure
compare-suppressed = suppressed
# A bar chart of one context feature: its name and unit ("Foreign-born share (%)").
compare-bar-title = { $feature } ({ $unit })
compare-bar-description = Bar chart of { $feature } for { $count } cities; the table above gives the values and years.
# "Compare: Osijek, Košice"
compare-heading = Compare: { $cities }
compare-col-feature = Feature
compare-context-type = Context type
compare-trend-title = Foreign-born share over time (%)
compare-trend-description = One line per city, each with its own dash pattern and a label at its end.
compare-trend-caption = Eurostat urb_cpopcb and urb_cpop1. Cities without a line have no foreign-born figures.
# One sentence around a link to the indicator page: before it, the link, after it.
compare-features-note = Values per feature: { $count } features from the peers catalogue; definitions on the
compare-features-note-link = indicator page
compare-features-note-after = {"."}
# A grouped chart's title: the table's title, its unit, the years, and the groups compared.
compare-groups-chart-title-citizenship = { $title } ({ $unit }), { $when }, by citizenship
compare-groups-chart-title-birth = { $title } ({ $unit }), { $when }, by country of birth
compare-groups-chart-description = Grouped bar chart: for each country of the compared cities, one bar each for { $groups }; national figures, latest year. The table after the chart gives the values, years and flags.
compare-groups-caption = Source: { $source }, national figures ({ $when }).
compare-definition = Definition
compare-figures-as-table = The figures as a table
compare-col-country-cities = Country (cities)
compare-groups-title = Migrants and nationals in the cities' countries
compare-groups-intro = Nationals, citizens of other EU countries and non-EU citizens (or the native-born and those born in another EU country or outside the EU) compared, indicator by indicator. These figures come from the EU Labour Force Survey and EU-SILC, which are national: there are no city figures by citizenship yet, so cities in the same country share one set of bars.
