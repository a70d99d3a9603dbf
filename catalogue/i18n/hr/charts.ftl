# Tekstovi u SVG grafikonima na svim stranicama.

charts-percent = { $value } %
charts-estimated-value = { $value } (procjena)
charts-no-data = Nema podataka
charts-no-figure = nema podatka
charts-legend-under = ispod { $value }
charts-legend-or-more = { $value } ili više
charts-legend-all-values = sve vrijednosti
charts-pyramid-men = Muškarci
charts-pyramid-women = Žene
charts-pyramid-all = svi, { $year }.
