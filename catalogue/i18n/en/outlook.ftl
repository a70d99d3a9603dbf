# "Look ahead" on a city's profile: forecasts with prediction intervals and progress verdicts.

# The group of a series: all residents, or a gap between two groups ("non-EU citizens,
# 20–64 minus nationals, 20–64").
outlook-all-residents = all residents
outlook-gap = { $group } minus { $reference }
outlook-title = Look ahead
# The intro is one text around a link to the population scenarios: before it, the link, after it.
outlook-intro = Forecasts from each series' own history since its last break: the method is chosen by how well it would have forecast the series' past (rolling-origin backtest), and the bands are 80% and 95% prediction intervals calibrated on those past errors. Verdicts: Eurostat's SDG assessment without a target (growth of at least 1% a year in the desired direction is significant progress); gaps by the Open SDG method.
outlook-intro-link = Population scenarios
outlook-intro-after = look further ahead.
outlook-no-series = No series with enough history to look ahead on.
# Why a series has no forecast (the reason, in English, follows).
outlook-no-forecast = No forecast: { $reason }.
# $probability is a percentage, formatted already ("87%").
outlook-probability = probability the change is real: { $probability }
# The chart's description and caption: the series, its group, the observed periods, the
# last period forecast, the forecasting method, the forecast with its unit and 80% interval.
outlook-description = { $series } ({ $group }), observed { $from }–{ $to }, forecast to { $until } by { $model }: { $value } { $unit } (80% interval { $low }–{ $high }).
outlook-chart-title = { $series }: forecast
outlook-as-table = The forecast as a table
outlook-col-period = Period
outlook-col-forecast = Forecast
outlook-col-interval-80 = 80% interval
outlook-col-interval-95 = 95% interval
# The progress methods (Eurostat's EU SDG monitoring; Statistics Canada's Open SDG measure).
outlook-method-eurostat = Eurostat SDG progress assessment
outlook-method-open-sdg = Open SDG / Statistics Canada progress measure
# Verdicts, as Eurostat's SDG monitoring report and Open SDG name them.
outlook-verdict-significant-progress-towards-target = significant progress towards the target
outlook-verdict-moderate-progress-towards-target = moderate progress towards the target
outlook-verdict-insufficient-progress-towards-target = insufficient progress towards the target
outlook-verdict-movement-away-from-target = movement away from the target
outlook-verdict-significant-progress = significant progress
outlook-verdict-moderate-progress = moderate progress
outlook-verdict-moderate-movement-away = moderate movement away
outlook-verdict-significant-movement-away = significant movement away
outlook-verdict-target-achieved = target achieved
outlook-verdict-on-track = on track
outlook-verdict-acceleration-needed = progress made but acceleration needed
outlook-verdict-limited-progress = limited progress
outlook-verdict-deterioration = deterioration
outlook-verdict-not-assessable = not assessable

# Notes under a forecast chart.
outlook-note-break = break in series in { $period }: only the values since then are used
outlook-note-naive = { $n } points: naive forecast (too short to estimate a trend or compare models)
outlook-note-combination = { $n } points: the combination of ETS, Theta and drift (too short to choose by backtest)
