# The indicator catalogue (/indicators): definitions, methods, context features, coverage.

indicators-title = Indicators
indicators-lead = What each figure means, how it is computed, against whom the gap is measured, and where the data comes from.
indicators-computed-title = Integration indicators (computed from microdata)
indicators-none = The catalogue has no indicators of microdata.
# After the indicator's id: "(employment_rate, version 2)".
indicators-version = version { $version }
indicators-area = Area
indicators-method = Method
# "rate in percent": the kind of indicator and its unit.
indicators-method-text = { $kind } in { $unit }
# Each followed by an expression of the catalogue (code, not translated).
indicators-population = population:
indicators-counted-when = counted when
indicators-value = value
# Kinds of indicator.
indicators-kind-rate = rate
indicators-kind-share = share
indicators-kind-mean = mean
indicators-kind-median = median
indicators-kind-ratio-of-medians = ratio of medians
indicators-kind-total = total
indicators-kind-count = count
indicators-reference-group = Reference group
# "citizenship = NAT (gap in percentage points)": a dimension and a code (not translated),
# and how the gap to that group is measured.
indicators-reference = { $dimension } = { $code } (gap in { $gap })
indicators-gap-percentage-points = percentage points
indicators-gap-ratio = ratio
indicators-gap-none = none
indicators-broken-down-by = Broken down by
indicators-sources-title = Sources of the computed indicators
indicators-features-title = City context features (for peers and comparisons)
indicators-col-feature = Feature
indicators-col-definition = Definition
indicators-col-unit = Unit
# The feature's weight in the distance between cities.
indicators-col-weight = Weight
indicators-datasets-title = Datasets in the observatory: coverage
indicators-col-dataset = Dataset
indicators-col-places = Places
indicators-col-series = Series
indicators-col-values = Values
indicators-col-periods = Periods
