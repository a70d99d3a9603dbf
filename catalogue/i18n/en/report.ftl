# The City Integration Report (crates/city-report): a printed document for a city council.

report-title = City Integration Report
# The document's title: the report of one city.
report-title-of = City Integration Report: { $city }
# Before the page number in the page footer: "Page 3 / 12".
report-page = Page
report-year = Figures up to { $year }
report-latest = Latest published figures
report-code = Place code { $code }
report-contents = Contents
report-left-out = Not in this report
report-published-only = Only published figures are shown. The figures, their intervals and flags are the same as on the observatory's pages and in its CSV downloads.
report-source = Source: { $source }
report-no-data = no data
report-download-pdf = Download PDF
report-print-hint = This page prints as the report (A4, page numbers, a new page for each chapter).
# The link on the city's profile page.
report-profile-link = City Integration Report (print, PDF)
report-no-chromium = The PDF cannot be made on this server: Chromium, which prints it, is not installed. Open the report page and print it from your browser, or ask the administrators to install Chromium.
# Shown in place of a value withheld to protect confidentiality (flag c).
report-suppressed = suppressed
report-withheld = withheld to protect confidentiality

report-profile-title = City profile
report-profile-none = No context profile: the city lacks population figures.
report-profile-residents = residents
report-profile-born-abroad = born abroad
report-profile-change = change of the foreign-born share in about five years (percentage points)
report-profile-type = context type and size class
report-profile-trend-title = Foreign-born residents as a share of the population, { $city }
report-profile-trend-desc = Line chart of the foreign-born share by year, from { $first } to { $last }; the table below gives the values.

report-indicators-title = Indicators by thematic area
report-indicators-intro = The latest published figure of each series for the city, with its 95% confidence interval where it is a survey estimate, and the gap to nationals (percentage points, for rates of the same year). Letters beside a value are Eurostat's flags.
report-indicators-none = No published figures for this place yet.
report-indicators-more = { $count ->
    [one] One more row of { $indicator } is in the CSV download.
   *[other] { $count } more rows of { $indicator } are in the CSV download.
}
report-national-title = Migrants and nationals in { $country }
report-national-intro = These outcomes are measured by the EU Labour Force Survey and EU-SILC at national level: no city-level figure exists for them yet. They show the national context of the city's migrant groups.
report-flags-legend = Flags:

report-col-indicator = Indicator
report-col-group = Group
report-col-period = Period
report-col-value = Value
report-col-interval = 95% interval
report-col-gap = Gap to nationals
report-col-year = Year
report-col-foreign-born-share = Foreign-born share (%)
report-col-rank = Rank
report-col-city = City
report-col-country = Country
report-col-distance = Distance
report-col-index = Index
report-col-area = Area
report-col-residents = Residents
report-col-foreigners = Foreign residents
report-col-share = Foreign residents (%)
report-col-focal-point = Focal point
report-col-score = Score
report-col-target = Target
report-col-baseline = Baseline
report-col-goal = Target value
report-col-latest = Latest value
report-col-progress = Way to the target
report-col-scenario = Scenario
report-col-start = Population, first year
report-col-end = Population, last year
report-col-foreign-share-end = Foreign nationals, last year (%)

report-group-everybody = everybody
report-group-nationals = nationals
report-group-eu-citizens = citizens of other EU countries
report-group-non-eu-citizens = non-EU citizens
report-group-foreign-citizens = foreign citizens
report-group-native-born = native-born
report-group-born-eu = born in another EU country
report-group-born-non-eu = born outside the EU
report-group-foreign-born = foreign-born
report-group-women = women
report-group-men = men

report-peers-title = Peers and benchmarks
report-peers-none = No peers: the city has too few context figures to be compared.
report-peers-intro = { $count ->
    [one] The most similar city by { $features }.
   *[other] The { $count } most similar cities by { $features }.
}
report-benchmark-title = Benchmark: { $indicator }
report-benchmark-chart = { $indicator } of the city and its peers
report-benchmark-desc = Bars: the city (dark, first) and each peer (blue); values are written beside the bars.
report-benchmark-this-city = { $city } (this city)
report-benchmark-summary = { $count ->
    [one] Peers: median { $median }, quartiles { $q1 }–{ $q3 } (one city).
   *[other] Peers: median { $median }, quartiles { $q1 }–{ $q3 } ({ $count } cities).
}
report-benchmark-position = { $count ->
    [one] The city ranks { $rank } of one city.
   *[other] The city ranks { $rank } of { $count } cities.
}

report-neighbourhoods-title = Neighbourhoods
report-neighbourhoods-none = The city has no small-area counts of residents in the observatory.
report-neighbourhoods-intro = { $count ->
    [one] One area ({ $scheme }), { $period }.
   *[other] { $count } areas ({ $scheme }), { $period }.
}
report-neighbourhoods-city-share = Foreign residents over these areas: { $share } % of residents.
report-area-few = not shown (fewer than 20 residents)
report-index-dissimilarity = Dissimilarity: share of foreign residents who would have to move for an even spread (0 = even, 1 = apart)
report-index-isolation = Isolation: share of foreigners among the neighbours of the average foreign resident
report-index-interaction = Interaction: share of others among the neighbours of the average foreign resident
report-index-entropy = Theil's H: how much less mixed the areas are than the city (0 = as mixed)
report-index-gini = Gini index of the areas' shares

report-audit-title = Audit results
report-audit-none = No audit has been run for this city.
report-audit-intro = { $count ->
    [one] { $title } (answers to { $closes }), one respondent.
   *[other] { $title } (answers to { $closes }), { $count } respondents.
}

report-agenda-title = City Integration Agenda and its progress
report-agenda-none = The city has no published City Integration Agenda.
report-agenda-intro = { $title } (version { $version }).
report-agenda-actions = { $count ->
    [one] (one action)
   *[other] ({ $count } actions)
}

report-scenarios-title = Scenarios and service demand
report-scenarios-none = No population scenario has been published for this city.
report-scenarios-demand = The demand for services (school places, childcare, GPs, language courses) follows from these scenarios and the service rates a city sets on the observatory's scenarios page.

report-sources-title = Sources and definitions
report-sources-none = No sources: the report shows no published figures.
report-definitions = Definitions

report-method-title = Method
report-method-intervals-title = Intervals
report-method-intervals = Survey estimates are computed from weighted microdata; their 95% confidence interval comes from the design-based standard error (Taylor linearisation or replicate weights, as the survey provides). Figures from registers and censuses have no interval.
report-method-flags-title = Flags
report-method-flags = Flags are Eurostat's letters, kept as the source gives them: b break in time series, c confidential, d definition differs, e estimated, f forecast, p provisional, r revised, s Eurostat estimate, u low reliability. Estimates whose coefficient of variation is high are flagged u.
report-method-suppression-title = Suppression
report-method-suppression = A cell marked confidential (flag c), or a survey cell with too few respondents to publish, is withheld: it shows no value, in this report as on the web and in the CSV. A cell whose value could be worked out from the others is withheld too (secondary suppression).
report-method-gap-title = Gap to nationals
report-method-gap = The gap is the difference between a group's rate and the nationals' rate of the same series and year, in percentage points. It is not computed for head counts, nor for a withheld cell.
report-method-peers-title = Peers
report-method-peers = Peers are the cities nearest to this one by the context features listed in the peers chapter. Each feature is standardised robustly (minus its median, divided by its interquartile range / 1.349), so that no feature weighs more for its unit; the distance is the weighted distance over the standardised features two cities both have. The benchmark places the city among its peers by their median and quartiles.
report-method-neighbourhoods-title = Neighbourhood indices
report-method-neighbourhoods = The segregation indices compare the counts of foreign residents and of all residents over the city's areas with boundaries; areas with fewer than 20 residents show no share but count in the indices.
