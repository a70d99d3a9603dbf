# Texty v grafech SVG na všech stránkách.

charts-percent = { $value } %
charts-estimated-value = { $value } (odhad)
charts-no-data = Žádná data
charts-no-figure = bez údaje
charts-legend-under = pod { $value }
charts-legend-or-more = { $value } a více
charts-legend-all-values = všechny hodnoty
charts-pyramid-men = Muži
charts-pyramid-women = Ženy
charts-pyramid-all = všichni, { $year }
