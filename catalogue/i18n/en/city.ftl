# A city's profile (/cities/<code>).

# The web's error for an unknown code (also the API's message).
city-unknown-place = no place with the code '{ $code }': search for it by name on the home page or in /api/v1/cities?q=…
# The population group of all residents (no breakdown).
city-group-everybody = everybody
city-breadcrumb-cities = Cities
# Levels of a place: Eurostat's Urban Audit levels.
city-level-city = City (Urban Audit)
city-level-municipality = municipality
city-level-greater-city = Greater city
city-level-functional-urban-area = Functional urban area
city-level-country = Country
city-level-place = Place
# "· code HR004C": the place's code follows.
city-code = code
# "· context type: <the type of the city>"
city-context-type = context type:
# After the context type, when the type's label names a trait the city does not have.
city-context-weak-fit = a weak fit: unlike its type in { $features }
city-compare-link = compare with other cities
city-neighbourhood-map-link = neighbourhood map
city-indicators-title = Indicators by area
# The intro of the indicators is one sentence around a link: before it, the link, after it.
city-indicators-intro = The latest figure of each series for the city. The gap is the difference to nationals of the same figure (percentage points for rates). Hover or focus a flag for its meaning;
city-indicators-intro-link = definitions and sources
city-indicators-intro-after = are one click away.
city-national-title = Migrants and nationals in { $country }
city-national-intro = These outcomes are measured by the EU Labour Force Survey and EU-SILC at national level: no city-level figure exists for them yet. They show the national context of the city's migrant groups.
city-peers-title = Similar cities
city-no-profile = No context profile: the city lacks population figures.
city-municipality-no-profile = { $name } is a municipality outside Eurostat's Urban Audit: Eurostat publishes no city figures for it, so there is no context profile and no peers here. Its own figures come in through the upload (Data), best in the tidy layout; the national figures below are its country's.
city-municipality-upload-link = Upload figures
# The context cards.
city-card-residents = residents
city-card-population-break = Eurostat's { $period } figure, { $value }, is marked as a break in the series and is far from the year before: not shown as the population.
# "· size class M": the class's code (S, M, L, XL, XXL) follows.
city-card-size-class = size class
city-size-class-under-50k = under 50k
city-card-born-abroad = born abroad
city-card-foreign-born-change = change of the foreign-born share in ~5 years (percentage points)
# "context type (typology)": the link to the typology is in the brackets.
city-card-context-type = context type
city-card-typology = typology
city-trend-chart-title = Foreign-born residents as a share of the population, { $city }
city-trend-chart-description = Line chart of the foreign-born share by year, from { $from } to { $to }; the table below gives the values.
city-trend-series = foreign-born share
city-trend-caption = Foreign-born share (%), Eurostat urb_cpopcb / urb_cpop1 (DE2009V ÷ DE1001V).
city-trend-estimated = Hollow dots and the years marked e are estimates of Eurostat (flag e, often interpolated between census years), not counts.
city-figures-as-table = The figures as a table
city-year = Year
city-foreign-born-share-percent = Foreign-born share (%)
# Why a city has no foreign-born share (the reason, in English, follows).
city-foreign-born-missing = Foreign-born share: { $reason }
city-suppressed = suppressed
city-suppressed-title = withheld to protect confidentiality
# A suppressed survey estimate, with the rule that suppressed it (a code).
city-suppressed-because = suppressed ({ $reason })
city-no-figures = No published figures for this place yet.
city-col-indicator = Indicator
city-col-group = Group
city-col-period = Period
city-col-value = Value
city-col-gap = Gap to nationals
city-col-source = Source
city-col-estimate = Estimate
# The 95% confidence interval of an estimate.
city-col-ci = 95% CI
city-col-gap-short = Gap
city-col-reliability = Reliability
city-col-status = Status
city-col-submission = Submission
city-col-city = City
city-col-why-similar = Why similar
city-col-distance = Distance
city-definition-and-source = definition and source
# "12 more rows in the CSV download": the link follows.
city-more-rows = { $count } more rows in the
city-more-rows-link = CSV download
# "Employment rate, Croatia, 2024"
city-national-heading = { $indicator }, { $country }, { $period }
city-national-chart-title = { $indicator } in { $country }, { $period }, by citizenship
city-national-chart-description = Dot chart: nationals (square, the reference) and other citizenship groups (dots); the table gives the values and the gap.
city-source = Source: { $source }.
city-definition = Definition
city-estimates-title = Computed indicators (survey estimates)
city-estimates-intro = Estimated from weighted microdata with 95% confidence intervals; cells too small to publish are shown as suppressed, low reliability is flagged.
city-estimates-chart-title = Survey estimates with 95% confidence intervals
city-estimates-chart-description = Dots with horizontal lines for the confidence intervals; suppressed cells are written out.
# An estimate of sufficient reliability.
city-reliability-ok = ok
city-no-peers = No peers: the city has too few context figures to be compared.
# "The 10 most similar cities by population, foreign-born share, …."
city-peers-intro = The { $count } most similar cities by { $features }.
# Why a city has fewer peers than asked for (a web page: no command-line option named).
city-peers-note-too-few-features = { $city } has only { $have } of the { $total } features of the distance: no city can be compared with it
city-peers-note-few-comparable = only { $count } cities meet the constraints and share enough features with { $city }
city-benchmark-title = Benchmark: { $indicator }
city-benchmark-this-city = { $city } (this city)
city-no-data = no data
city-benchmark-chart-title = { $indicator } of the city and its peers
city-benchmark-chart-description = Bars: the city (black, first) and each peer (blue); values are written beside the bars.
city-benchmark-summary = Peers: median { $median }, quartiles { $q1 }–{ $q3 } ({ $count } cities).
# The city's place among itself and its peers; $rank is the place in figures ("3rd").
city-benchmark-rank-highest = { $rank } highest of { $of } (the city and its peers with a value)
city-benchmark-rank-best-higher = { $rank } best of { $of } (higher is better; the city and its peers with a value)
city-benchmark-rank-best-lower = { $rank } best of { $of } (lower is better; the city and its peers with a value)
city-benchmark-no-value = { $city } has no value of { $indicator }
city-benchmark-no-peer-value = none of the { $count } peers of { $city } has a value of { $indicator }
city-benchmark-sentence = { $indicator }: { $city } { $value }; peers' median { $median } (quartiles { $q1 } – { $q3 }, range { $min } – { $max }, { $count } peers)
city-benchmark-none-better = no peer does better
# The peers doing better than the city, each with its value.
city-benchmark-better = doing better: { $cities }
city-drafts-title = Unpublished figures of this city
city-drafts-intro = Only you and others with a role for this city see these: they are not public until an approver publishes them.
city-drafts-none = No open submissions.
city-drafts-upload = Upload figures
city-drafts-submission = Submission { $id }
city-drafts-values = { $count } values

# Population groups, part by part ("non-EU citizens, women, 20–64"; parts joined by ", ").
# By citizenship:
city-group-nationals = nationals
city-group-eu-citizens = citizens of other EU countries
city-group-non-eu-citizens = non-EU citizens
city-group-foreign-citizens = foreign citizens
city-group-stateless = stateless
# $country is a country's code (HR, UA).
city-group-citizens-of = citizens of { $country }
# $code is an aggregate's code as Eurostat writes it.
city-group-citizenship-code = citizenship { $code }
# By country of birth:
city-group-native-born = native-born
city-group-born-other-eu = born in another EU country
city-group-born-outside-eu = born outside the EU
city-group-foreign-born = foreign-born
city-group-born-in = born in { $country }
city-group-birth-code = country of birth { $code }
city-group-women = women
city-group-men = men
# The reason for a first residence permit.
city-group-permit = permit: { $reason }
city-group-permit-work = work
city-group-permit-family = family
city-group-permit-education = education
city-group-permit-protection = protection
city-group-permit-other = other reasons
# The duration of stay, as coded.
city-group-stay = stay: { $code }
city-group-with-migration-background = with migration background
city-group-without-migration-background = without migration background
city-group-migration-background-from = migration background from { $code }
