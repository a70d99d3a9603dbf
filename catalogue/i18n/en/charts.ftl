# Texts inside the SVG charts of every page (legends, notes instead of a missing mark).

# A share in percent: the number (formatted already) and the percent sign as the language
# writes it (CLDR's percent pattern: "12.5%" in English, "12,5 %" with a no-break space in
# German, Czech, Slovak and Croatian).
charts-percent = { $value }%
charts-estimated-value = { $value } (estimated)
charts-no-data = No data
# Written where a bar would be, when a group has no value.
charts-no-figure = no figure
# The legend of a map's colour classes: the lowest class, the highest, and a map of one class.
charts-legend-under = under { $value }
charts-legend-or-more = { $value } or more
charts-legend-all-values = all values
# A population pyramid: the two halves, and the outline of the first year's totals.
charts-pyramid-men = Men
charts-pyramid-women = Women
charts-pyramid-all = all, { $year }
