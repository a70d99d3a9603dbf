# "Use of municipal services" on a city's profile: what departments report with the
# service-use template, per 1,000 residents of each group.

services-title = Use of municipal services
services-intro = Users of each service reported by the city's departments, per 1,000 residents of the group. The gap is the difference to the native-born (for country of birth) or to nationals (for citizenship). The counts are all the users, not a sample: the rates have no sampling error. The population is of the period's year, or of the latest year before it (in brackets).
services-col-group = Group
services-col-users = Users
services-col-population = Population
services-col-rate = Per 1,000
services-col-gap = Gap
services-no-population = not known
services-source = Source: { $source }.
