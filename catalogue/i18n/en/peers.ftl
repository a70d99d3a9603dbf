# The context types' words (peers' typology): a type is named by its two most
# distinctive traits, joined with a comma, the first capitalised by the program.
peers-type-large-cities = large cities
peers-type-smaller-cities = smaller cities
peers-type-fast-population-growth = fast population growth
peers-type-shrinking-population = shrinking population
peers-type-slow-population-growth = slow population growth
peers-type-high-foreign-born-share = high foreign-born share
peers-type-low-foreign-born-share = low foreign-born share
peers-type-fast-rising-foreign-born-share = fast-rising foreign-born share
peers-type-falling-foreign-born-share = falling foreign-born share
peers-type-stable-foreign-born-share = stable foreign-born share
peers-type-high-unemployment = high unemployment
peers-type-low-unemployment = low unemployment
peers-type-many-students = many students
peers-type-few-students = few students
peers-type-dense = dense
peers-type-high-values = high values
peers-type-low-values = low values
peers-type-close-to-the-median-city = close to the median city

## Why a peer is similar (a city profile's "Why similar" column): one feature of a peer
## against the city asked about, the peer's value first ($peer), the city's second
## ($city); values come formatted, with their percent sign or sign (+2.0, −0.3).
# An inhabitant count in thousands and in millions, as said briefly: 95k, 1.22M.
peers-people-thousands = { $number }k
peers-people-millions = { $number }M
peers-why-population = { $peer } vs { $city } inhabitants
# The average yearly change of the population, in percent.
peers-why-population-growth = population { $peer } vs { $city } a year
peers-why-foreign-born-share = foreign-born { $peer } vs { $city }
# The change of the foreign-born share over ~5 years, in percentage points, both counted
# from the same year.
peers-why-change-5y-since = the share changed { $peer } vs { $city } points since { $year }
# The same, each counted from its own year.
peers-why-change-5y-years = the share changed { $peer } points since { $peer_year } vs { $city } since { $city_year }
# The same, without a year.
peers-why-change-5y = the share changed { $peer } vs { $city } points
# The change of the foreign-born share over ~10 years, in percentage points.
peers-why-change-10y-since = over the longer run, the share changed { $peer } vs { $city } points since { $year }
peers-why-change-10y-years = over the longer run, the share changed { $peer } points since { $peer_year } vs { $city } since { $city_year }
peers-why-change-10y = over the longer run, the share changed { $peer } vs { $city } points
peers-why-unemployment-proxy = unemployment proxy { $peer } vs { $city }
peers-why-students-per-1000 = { $peer } vs { $city } students per 1,000 inhabitants
peers-why-employed-per-100 = { $peer } vs { $city } employed 20-64 per 100 inhabitants
peers-why-density = { $peer } vs { $city } inhabitants per km²
# The Quality of Life survey: the share saying the city is a good place for immigrants.
peers-why-qol-good-for-immigrants = { $peer } vs { $city } say it is a good place for immigrants
# The lists of features on which a peer and the city are close, differ, were not compared
# ($list: the texts above joined by "; "); the three are joined by " — ".
peers-why-similar = similar: { $list }
peers-why-differs = differs: { $list }
peers-why-not-compared = not compared: { $list }
# Features not compared ($features: short names joined by ", ") as one city ($who) has no
# figure of them.
peers-why-no-figure = { $features } (no figure for { $who })
# … as neither city has a figure of them.
peers-why-no-figure-both = { $features } (no figure for { $peer } or { $city })
# The features' short names in those lists.
peers-short-population = population
peers-short-population-growth = population growth
peers-short-foreign-born-share = foreign-born share
peers-short-foreign-born-change-5y = foreign-born change over ~5 years
peers-short-foreign-born-change-10y = foreign-born change over ~10 years
peers-short-unemployment-proxy = unemployment proxy
peers-short-students = students
peers-short-employment = employment
peers-short-density = density
peers-short-qol-good-for-immigrants = QoL opinion on immigrants
