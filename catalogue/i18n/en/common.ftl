# The page shell and words every page uses. English is the source language: every key
# here must exist in each language's common.ftl (the completeness test checks).

site-name = Integration Observatory
page-title = { $title } · Integration Observatory
skip-to-content = Skip to the content
nav-main = Main
nav-cities = Cities
nav-compare = Compare
nav-neighbourhoods = Neighbourhoods
nav-look-ahead = Look ahead
nav-practices = Practices
nav-mentoring = Mentoring
nav-funding = Funding
nav-audits = Audits
nav-indicators = Indicators
nav-data = Data
nav-api = API
nav-admin = Admin
account-log-out = Log out
account-log-in = Log in
language-switch = Language
footer-sources = Figures from Eurostat, the European Commission, Amt für Statistik Berlin-Brandenburg and the cities themselves, each with its source and licence.
footer-provenance = Imports and provenance
footer-openapi = OpenAPI
error-title = Error
error-code = Error code:
error-back = Back to the cities
download-table = Download this table:

# Eurostat's observation flags (the letters are Eurostat's, in every language).
flag-b = break in time series
flag-c = confidential
flag-d = definition differs
flag-e = estimated
flag-f = forecast
flag-m = missing: data cannot exist
flag-n = not significant
flag-p = provisional
flag-r = revised
flag-s = Eurostat estimate
flag-u = low reliability
flag-z = not applicable
flags-legend = What the flags mean
