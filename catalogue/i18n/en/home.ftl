# The home page: find a city, the tile map of the countries, every city by country.

home-title = Cities
home-search-title = Find a city
home-heading = How are migrants doing in your city?
home-lead = Figures for { $count } European cities from Eurostat's city statistics, the EU's migrant-integration tables and the Quality of Life survey, with each city's own figures once published. Every figure shows its source, definition and uncertainty.
home-search-label = City name or code
# Examples of names the search finds without their accents (Košice, Malmö).
home-search-placeholder = City name, e.g. Kosice, Osijek, Malmo
home-search-button = Find
# "Several cities match <what was typed>:" — the text typed goes between the two.
home-several-before = Several cities match
home-several-after = :
# "No city is called <what was typed>." — the text typed goes between the two.
home-none-before = No city is called
home-none-after = {"."}
# "Did you mean: Košice, Kočevje?" — the names go between the two.
home-did-you-mean = Did you mean:
home-did-you-mean-after = ?
# Cards under the search: a number above each label.
home-card-cities = { $count ->
    [one] city
   *[other] cities
}
home-card-countries = { $count ->
    [one] country
   *[other] countries
}
# Under the name of the city whose neighbourhoods are mapped (Berlin).
home-card-neighbourhood-maps = neighbourhood maps
# Under "2–6".
home-card-side-by-side = cities side by side
home-by-country-title = Cities by country
home-download-list = Download the list:
# A tile of the map, as its tooltip and for screen readers: the country, the median share,
# of how many of its cities, the years of the figures.
home-tile-label = { $country }: median foreign-born share { $share } over { $with_share } of its { $count } cities ({ $years }); open the list of cities
home-tile-label-no-figure = { $country }: { $count } cities, no foreign-born figure; open the list of cities
home-map-title = Foreign-born residents in the cities of each country
home-map-description = A schematic tile map of Europe, not to scale: one square per country with cities, placed roughly where the country lies, labelled with its code and the median share of foreign-born residents among its cities ({ $years }; each city's latest year), darker for higher shares; hatched where no city has a figure. Each square links to the country's list of cities. The table after the map gives the same figures.
home-map-legend = Median foreign-born share
home-map-heading = Foreign-born residents by country
home-map-intro = Each square is a country (a schematic layout, not a map to scale). Its shade and number give the median share of residents born abroad among its cities with a figure, each city in its latest year; select a square for the country's cities.
home-map-caption = Eurostat urb_cpopcb and urb_cpop1 (foreign-born ÷ population, per city).
home-definition = Definition
home-map-as-table = The map as a table
home-col-country = Country
home-col-cities = Cities
home-col-with-figure = Cities with a figure
home-col-median = Median foreign-born share (%)
home-col-years = Years
home-no-figure = no figure
home-off-map = Not on the map (no place in its layout): { $countries }.
