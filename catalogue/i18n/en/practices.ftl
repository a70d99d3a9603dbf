# The practice library: documented integration practices of cities, searched with facets,
# and the recommendations on a city profile.

practices-title = Practice library
practices-lead = Documented integration practices of cities, each with its source. Search folds case and accents and finds words across the languages of the records (Sprachkurs, jazykový kurz, language course); the start of a word is enough.
practices-search-label = Search practices
practices-search-placeholder = e.g. language course, Košice, counselling
# The search button.
practices-search = Search
# Followed by the filters, each "facet = value (remove)".
practices-filtered-by = Filtered by:
practices-filter-remove = remove
practices-facets = Facets
practices-results = Results
# After the number of practices found (shown in bold before it).
practices-found = { $count ->
        [one] practice
       *[other] practices
    }
practices-found-for = { $count ->
        [one] practice
       *[other] practices
    } for “{ $query }”
practices-none = No practice matches. Try fewer or shorter words, or remove a filter.
# The navigation between pages of results.
practices-pages = Pages
practices-previous = ← previous
practices-next = next →
practices-facet-thematic-area = Thematic area
practices-facet-country = Country
practices-facet-city-context = City context
practices-facet-target-group = Target group
practices-facet-evidence-level = Evidence level
practices-field-city = City
practices-field-country = Country
practices-field-level = Level
practices-field-thematic-area-source = Thematic area (source)
practices-field-thematic-areas = Thematic areas (observatory)
practices-field-target-group-source = Target group (source)
practices-field-target-groups = Target groups (observatory)
practices-field-city-context = City context
practices-field-period = Period
practices-field-lead-organisation = Lead organisation
practices-field-partners = Partners
practices-field-funding = Funding
practices-field-outcomes = Outcomes reported
practices-field-evidence-level = Evidence level
practices-field-notes = Notes
practices-period-from = from { $start }
practices-period-until = until { $end }
practices-not-stated = not stated by the source
practices-city-profile = City profile
practices-sources = Sources
# "Repository owner/name, path at commit abc123".
practices-repository = Repository
practices-at-commit = at commit
practices-summaries-note = The description and outcomes are short summaries in the library's own words; the sources' texts belong to their publishers.
practices-recommended = Recommended for this city
practices-no-recommendations = No recommendations: { $reason }
# $context: the city's context (e.g. "medium city"). Followed by a link to the practice
# library and practices-recommended-after.
practices-recommended-context = Practices of the city's peers and of other cities of its kind ({ $context }) in the
practices-recommended-size = Practices of the city's peers and of other cities of its size in the
practices-recommended-link = practice library
practices-recommended-after = , those in the city's weakest fields first. Each says why it is here.
practices-error-page = page: a whole number from 1
practices-error-not-found = no practice with the id '{ $id }': search the library at /practices
# A recommendation's reason. $city: the city the practice comes from; $practice: the
# practice with its evidence level (practices-reason-practice); $field: the thematic
# area(s) it is in; $weakness: the city's weak figure in that field (practices-gap-… or
# practices-benchmark). The city is one of the city's peers (-peer), of the same country
# (-country), of the same context, $context e.g. "medium city" (-context), or none of these (-other).
practices-reason-peer = { $city }, a peer, documents { $practice } in { $field }.
practices-reason-peer-where = { $city }, a peer, documents { $practice } in { $field }, where { $weakness }.
practices-reason-country = { $city }, in your country, documents { $practice } in { $field }.
practices-reason-country-where = { $city }, in your country, documents { $practice } in { $field }, where { $weakness }.
practices-reason-context = { $city }, a { $context } like yours, documents { $practice } in { $field }.
practices-reason-context-where = { $city }, a { $context } like yours, documents { $practice } in { $field }, where { $weakness }.
practices-reason-other = { $city } documents { $practice } in { $field }.
practices-reason-other-where = { $city } documents { $practice } in { $field }, where { $weakness }.
# The practice with its evidence level: $name is the level's word (e.g. "monitored"),
# $level the level's id (described, monitored, evaluated, evaluated-with-a-comparison-group)
# for a language whose adjective changes with it. (The English keeps "a" before every level.)
practices-reason-practice = { $level ->
       *[other] a { $name } practice
    }
# The field of a practice whose areas the vocabulary does not name.
practices-reason-no-field = a field the vocabulary does not name
# The last two of a list of thematic areas: "education, housing and language".
practices-reason-and = { $rest } and { $last }
# A gap to nationals in the national figures of a country: $indicator e.g. "employment rate
# (20–64)", $group e.g. "non-EU citizens" (catalogue texts); $value, $reference: the group's
# and the nationals' rates (percent, formatted); $points: the difference in percentage points.
practices-gap-lower = { $country }'s { $indicator } of { $group } is { $value } against { $reference } for nationals ({ $period }), { $points } points lower
practices-gap-higher = { $country }'s { $indicator } of { $group } is { $value } against { $reference } for nationals ({ $period }), { $points } points higher
# $gap: practices-gap-lower or -higher; the gap's rank among the city's weakest fields.
practices-gap-widest = { $gap }, the widest gap of the national figures
practices-gap-second = { $gap }, the second widest gap of the national figures
practices-gap-nth = { $gap }, the widest gap but { $n } of the national figures
# The city's rank among itself and its peers on a peer feature ($indicator); $value: the
# city's value, $median: the peers' median, with their units.
practices-benchmark = your city ranks { $rank } of { $of } among itself and its peers on { $indicator } ({ $value }, the peers' median { $median })
# Why a city has no recommendation. $count: the practices of the library; $peers: the
# peers' names; $context: the city's context (e.g. "medium city").
practices-empty-library = The practice library is empty: import a practice file first.
practices-empty-peers-context = Nothing to recommend yet: none of the { $count } practices in the library comes from one of { $city }'s peers ({ $peers }), none from another { $context }, and none from another city of its country.
practices-empty-peers = Nothing to recommend yet: none of the { $count } practices in the library comes from one of { $city }'s peers ({ $peers }), its size class is unknown, so no city shares its context, and none comes from another city of its country.
practices-empty-no-peers-context = Nothing to recommend yet: { $city } has no peers (too few context figures to compare), none from another { $context }, and none from another city of its country.
practices-empty-no-peers = Nothing to recommend yet: { $city } has no peers (too few context figures to compare), its size class is unknown, so no city shares its context, and none comes from another city of its country.
