# The look-ahead pages: population scenarios by nationality (cohort-component projection)
# and the services they imply.

scenarios-title = Look ahead
scenarios-index-heading = Look ahead: population scenarios
scenarios-index-lead = A cohort-component projection by nationality group, sex and single year of age, with births, deaths, migration and naturalisation; and the school places, childcare, households, GPs and language courses it implies.
scenarios-example-title = Canton of Aargau (Switzerland), FSO scenarios 2025–2055
# After the example's title and a dash.
scenarios-example-note = the worked example, built in: the official parameters, reproduced to within one person in every cell.
scenarios-example-source = Swiss Federal Statistical Office (FSO), cantonal population scenarios 2025–2055, parameters and reference projection for Aargau (open use, source: FSO)
# Followed by the command line.
scenarios-own-cli = A city projects its own population from the command line with its parameters in the same layout:
# In brackets, followed by the template's folder.
scenarios-own-cli-template = see the template in
scenarios-heading = Look ahead: { $title }
scenarios-source = Source: { $source }. Method: cohort-component by nationality with naturalisation as a flow (the FSO's), reproduced to within one person in every cell of the official reference projection.
scenarios-population = Population on 31 December
scenarios-pyramid-heading = Age and nationality, { $first } and { $year }
scenarios-demand = Services needed
# Followed by a link to the CSV file.
scenarios-whole-projection = The whole projection (every year, group, sex and age, with births, deaths, migration and naturalisations):

# The groups of the worked example (Swiss canton of Aargau).
scenarios-group-ch = Swiss
scenarios-group-int = Foreign nationals
# The FSO's scenarios, and the one the reader makes with the form.
scenarios-scenario-reference = reference
scenarios-scenario-low = low
scenarios-scenario-high = high
scenarios-variant = your assumptions
# Joins the groups' names: "Swiss and Foreign nationals".
scenarios-and = and

scenarios-form-assumptions = Your assumptions (multiplying the central scenario's)
scenarios-form-immigration = Immigration ×
scenarios-form-immigration-help = arrivals from abroad and from the rest of the country
scenarios-form-emigration = Emigration ×
scenarios-form-emigration-help = departures abroad and to the rest of the country
scenarios-form-naturalisation = Naturalisation ×
scenarios-form-naturalisation-help = the rate at which foreign nationals acquire citizenship
scenarios-form-fertility = Fertility ×
scenarios-form-fertility-help = births per woman
scenarios-form-mortality = Mortality ×
scenarios-form-mortality-help = probabilities of dying
scenarios-form-from = From the year
scenarios-form-rates = Rates of the services (leave empty to leave out)
scenarios-form-childcare = Childcare take-up, ages 0–3
scenarios-form-household-size = Persons per household
scenarios-form-residents-per-gp = Residents per GP
scenarios-form-language-course = Language course take-up of arriving foreign adults
scenarios-form-share-example = a share, e.g. { $example }
scenarios-form-example = e.g. { $example }
scenarios-form-school = School places follow the compulsory school ages (kindergarten 4–5, primary 6–11, lower secondary 12–14): one place per resident child.
scenarios-form-year = Show the year
# The button that runs the projection.
scenarios-form-project = Project

scenarios-summary-caption = Population on 31 December by scenario; flows of the year
scenarios-summary-scenario = Scenario
scenarios-summary-year = Year
scenarios-summary-population = Population
scenarios-summary-births = Births
scenarios-summary-deaths = Deaths
scenarios-summary-immigrants = Immigrants
scenarios-summary-emigrants = Emigrants
scenarios-summary-naturalised = Naturalised

scenarios-pyramid-description = Population by five-year age band, men left and women right, { $groups } stacked, in { $year } (scenario: { $scenario }); the outline is { $first }.
scenarios-pyramid-title = Population by age and nationality, { $year } ({ $scenario })
scenarios-pyramid-table = The pyramid as a table
scenarios-pyramid-age = Age
scenarios-pyramid-men = { $group }, men { $year }
scenarios-pyramid-women = { $group }, women { $year }
scenarios-pyramid-all = All { $year }

scenarios-demand-lead = The central scenario's figure, with the range from the low to the high scenario.
scenarios-demand-lead-variant = The central scenario's figure, with the range from the low to the high scenario, and your assumptions' figure.
scenarios-demand-caption = Places, households and staff needed
scenarios-demand-service = Service
scenarios-demand-unit = Unit
# The figure of the reader's own assumptions.
scenarios-demand-yours = yours: { $value }
scenarios-service-kindergarten = Kindergarten places
scenarios-service-primary = Primary school places
scenarios-service-lower-secondary = Lower secondary school places
scenarios-service-childcare = Childcare places (ages 0–3)
scenarios-service-households = Households
scenarios-service-gp = General practitioners
scenarios-service-language-course = Language course places for newcomers
scenarios-unit-places = places
scenarios-unit-households = households
scenarios-unit-gps = full-time GPs

scenarios-own-heading = Your city's own scenario
scenarios-own-editors = Editors of a city can run the city's own parameters here and keep the projection as a draft of the city, which its approver publishes.
# A link to the login page, followed by scenarios-own-log-in-after.
scenarios-own-log-in = Log in
scenarios-own-log-in-after = to do so.
scenarios-own-legend = Parameters in the FSO layout (see the template), run with the assumptions above
scenarios-own-city = City
scenarios-own-city-placeholder = code, e.g. { $example }
scenarios-own-name = Name of the scenario
scenarios-own-parameters = Parameters (CSV)
scenarios-own-population = Start population (CSV, optional)
scenarios-own-submit = Run and keep as a draft of the city

# Errors of the form; $field is the form field's name (immigration, year…), $value what was entered.
scenarios-error-factor = { $field }: '{ $value }' is not a factor from { $low } to { $high }
scenarios-error-residents = { $field }: '{ $value }' is not a number of residents from { $low } to { $high }
scenarios-error-persons = { $field }: '{ $value }' is not a number of persons from { $low } to { $high }
scenarios-error-share = { $field }: '{ $value }' is not a share from { $low } to { $high }
scenarios-error-year = { $field }: '{ $value }' is not a year of the scenario ({ $first }–{ $last })
scenarios-error-unknown-parameter = unknown parameter '{ $name }'
scenarios-error-no-example = the worked example's files are not available to this server
scenarios-error-no-scenario = no scenario '{ $name }': the worked example is '{ $example }'
scenarios-error-name = give the scenario a name (letters, digits, - and _), e.g. osijek-2025
scenarios-error-not-utf8 = { $file }: the file is not UTF-8: save it as CSV UTF-8
scenarios-error-no-parameters = choose the parameter file (the FSO layout: see data/templates/projection/README.md)
