# Texty v grafoch SVG na všetkých stránkach.

charts-percent = { $value } %
charts-estimated-value = { $value } (odhad)
charts-no-data = Žiadne údaje
charts-no-figure = bez údaja
charts-legend-under = pod { $value }
charts-legend-or-more = { $value } a viac
charts-legend-all-values = všetky hodnoty
charts-pyramid-men = Muži
charts-pyramid-women = Ženy
charts-pyramid-all = všetci, { $year }
