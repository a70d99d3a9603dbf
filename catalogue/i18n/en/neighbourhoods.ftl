# The neighbourhoods pages: small-area maps of foreign residents and segregation indices.

neighbourhoods-title = Neighbourhoods
neighbourhoods-lead = Where migrants live within a city: maps of small areas and segregation indices, for cities whose small-area counts and boundaries are in the observatory.
# Followed by the command that imports boundaries, in brackets.
neighbourhoods-none = No city has small-area boundaries in the store yet
# The page title of a city's neighbourhoods.
neighbourhoods-city-title = { $city } neighbourhoods
neighbourhoods-city-heading = { $city }: where foreign residents live
# Followed by the share in percent.
neighbourhoods-city-share = City-wide share of foreign residents:
neighbourhoods-notice = These figures describe places, not people: a high share is no judgement of a neighbourhood. Areas with fewer than 20 residents are not shown.
neighbourhoods-map-caption = Source: { $source } (dataset { $dataset }). Colours: viridis steps, readable with colour-blindness and in greyscale.
neighbourhoods-map-title = Foreign residents as a share of residents, { $city }, { $period }
# $areas: the name of the set of areas (e.g. "LOR planning areas").
neighbourhoods-map-description = Map of the { $count } { $areas }, shaded by the share of residents with a foreign citizenship; areas with fewer than 20 residents are not shown. The table below the map gives every area's figures.
neighbourhoods-map-value = Foreign residents (% of residents)
neighbourhoods-indices = Segregation indices
neighbourhoods-index = Index
neighbourhoods-index-says = What it says
neighbourhoods-index-value = Value
# The names of the segregation indices (urban sociology): Duncan's dissimilarity index,
# Bell's isolation index, the interaction (exposure) index, Theil's entropy index, the Gini index.
neighbourhoods-index-dissimilarity = dissimilarity
neighbourhoods-index-isolation = isolation
neighbourhoods-index-interaction = interaction
neighbourhoods-index-entropy = entropy
neighbourhoods-index-gini = gini
neighbourhoods-index-dissimilarity-says = Share of foreign residents who would have to move for an even spread (0 = even, 1 = apart)
neighbourhoods-index-isolation-says = Share of foreigners among the neighbours of the average foreign resident
neighbourhoods-index-interaction-says = Share of others among the neighbours of the average foreign resident
neighbourhoods-index-entropy-says = Theil's H: how much less mixed the areas are than the city (0 = as mixed)
neighbourhoods-index-gini-says = Gini index of the areas' shares
neighbourhoods-areas = Every area
neighbourhoods-areas-table = The map's figures as a table ({ $count } areas)
neighbourhoods-area = Area
neighbourhoods-area-code = Code
neighbourhoods-area-residents = Residents
neighbourhoods-area-foreigners = Foreign residents
neighbourhoods-area-share = Share (%)
neighbourhoods-area-not-shown = not shown (fewer than 20 residents)
neighbourhoods-area-no-data = no data
neighbourhoods-error-no-counts = no small-area counts for { $city } in the store (Berlin has them)
neighbourhoods-error-no-boundaries = no boundaries for the areas of { $city }
neighbourhoods-error-no-area-counts = no counts by area for { $city }
