# Testi all'interno dei grafici SVG di tutte le pagine.

charts-percent = { $value }%
charts-estimated-value = { $value } (stima)
charts-no-data = Nessun dato
charts-no-figure = nessun valore
charts-legend-under = meno di { $value }
charts-legend-or-more = { $value } o più
charts-legend-all-values = tutti i valori
charts-pyramid-men = Uomini
charts-pyramid-women = Donne
charts-pyramid-all = tutti, { $year }
