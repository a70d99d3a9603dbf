# Texte in den SVG-Diagrammen aller Seiten.

charts-percent = { $value } %
charts-estimated-value = { $value } (geschätzt)
charts-no-data = Keine Daten
charts-no-figure = kein Wert
charts-legend-under = unter { $value }
charts-legend-or-more = { $value } oder mehr
charts-legend-all-values = alle Werte
charts-pyramid-men = Männer
charts-pyramid-women = Frauen
charts-pyramid-all = alle, { $year }
