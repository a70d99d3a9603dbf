# Текстове в SVG диаграмите на всички страници.

charts-percent = { $value }%
charts-estimated-value = { $value } (оценка)
charts-no-data = Няма данни
charts-no-figure = няма стойност
charts-legend-under = под { $value }
charts-legend-or-more = { $value } или повече
charts-legend-all-values = всички стойности
charts-pyramid-men = Мъже
charts-pyramid-women = Жени
charts-pyramid-all = всички, { $year } г.
