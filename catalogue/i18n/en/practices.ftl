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
