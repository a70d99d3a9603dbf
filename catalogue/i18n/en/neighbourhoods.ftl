# The neighbourhoods pages: small-area maps of foreign residents and segregation indices.

neighbourhoods-title = Neighbourhoods
neighbourhoods-lead = Where migrants live within a city: maps of small areas and segregation indices, for cities whose small-area counts and boundaries are in the observatory.
# Followed by the command that imports boundaries, in brackets.
neighbourhoods-none = No city has small-area boundaries in the store yet
# The page title of a city's neighbourhoods.
neighbourhoods-city-title = { $city } neighbourhoods
neighbourhoods-city-heading = { $city }: who lives where, area by area
neighbourhoods-flow-note = These are { $measure } in the period, not residents: each share is a share of the moves and tells where newcomers settled, not who lives there.
neighbourhoods-city-heading-flows = { $city }: where newcomers settle, area by area
neighbourhoods-notice = These figures describe places, not people: a high share is no judgement of a neighbourhood. Areas where fewer than 20 are counted ({ $measure }) are not shown.
neighbourhoods-map-caption = Source: { $source } (dataset { $dataset }). Colours: viridis steps, readable with colour-blindness and in greyscale.
# $areas: the name of the set of areas (e.g. "LOR planning areas").
neighbourhoods-map-description = Map of the { $count } { $areas }, shaded by the group's share of everybody counted ({ $measure }); areas where fewer than 20 are counted are not shown. The table below the map gives every area's figures.
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
neighbourhoods-index-dissimilarity-says = Share of the group who would have to move for an even spread (0 = even, 1 = apart)
neighbourhoods-index-isolation-says = Share of the group among the neighbours of its average member
neighbourhoods-index-interaction-says = Share of others among the neighbours of the group's average member
neighbourhoods-index-entropy-says = Theil's H: how much less mixed the areas are than the city (0 = as mixed)
neighbourhoods-index-gini-says = Gini index of the areas' shares
neighbourhoods-areas = Every area
neighbourhoods-areas-table = The map's figures as a table ({ $count } areas)
neighbourhoods-area = Area
neighbourhoods-area-code = Code
neighbourhoods-area-share = Share (%)
neighbourhoods-area-not-shown = not shown (fewer than 20 counted)
neighbourhoods-area-no-data = no data
neighbourhoods-error-no-counts = no small-area counts for { $city } in the store (Berlin has them)
neighbourhoods-error-no-boundaries = no boundaries for the areas of { $city }

# The choices of a neighbourhood view, the change and the counts by name.
# $group: a population group in words ("foreign citizens"); followed by the share in percent.
neighbourhoods-city-share-group = City-wide share ({ $group }) of all { $measure }:
neighbourhoods-map-title-group = { $group }: share of all { $measure }, { $city }, { $period }
neighbourhoods-map-value = % of all counted
neighbourhoods-error-choice = { $what } { $given }: the city's small-area data has { $choices }
neighbourhoods-notice-default = Shown instead: the default choice.
neighbourhoods-choose-areas = Areas
neighbourhoods-choose-measure = Count
neighbourhoods-choose-group = Group
neighbourhoods-choose-period = Period
neighbourhoods-choose-from = Change since
neighbourhoods-choose-no-change = (no change)
neighbourhoods-choose-show = Show
neighbourhoods-no-map = No map: the boundaries of the { $areas } are not in the store (an administrator imports them with observatory import-boundaries).
neighbourhoods-no-indices = The indices cannot be computed for this choice: an area's count is missing or the group is everybody.
neighbourhoods-over-time = Over time
neighbourhoods-period = Period
neighbourhoods-share-of = { $group } (%)
neighbourhoods-change-title = Change from { $from } to { $to }
neighbourhoods-change-lead = The change in dissimilarity, split into composition (the groups' sizes and the areas' populations changed) and redistribution (the group really living elsewhere relative to everybody), with a permutation test.
neighbourhoods-change-start = dissimilarity at the start
neighbourhoods-change-end = dissimilarity at the end
neighbourhoods-change-change = change (end minus start)
neighbourhoods-change-composition = part due to composition
neighbourhoods-change-redistribution = part due to redistribution
neighbourhoods-change-p-value = p-value (paired permutation test, { $replicates } relabellings): small = unlikely by chance
neighbourhoods-measure-inhabitants = residents
neighbourhoods-measure-pop = residents
neighbourhoods-measure-mig_ext_in = moves in from abroad
neighbourhoods-measure-mig_ext_out = moves out abroad
neighbourhoods-measure-mig_int_in = moves in from the rest of the country
neighbourhoods-measure-mig_int_out = moves out to the rest of the country
neighbourhoods-measure-mig_mov_in = moves in from elsewhere in the city
neighbourhoods-measure-mig_mov_out = moves out to elsewhere in the city
neighbourhoods-measure-mig_mov_local = moves within the area
