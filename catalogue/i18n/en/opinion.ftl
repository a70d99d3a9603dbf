# A city's public-opinion page (/cities/<code>/opinion): the Quality of Life in European
# Cities 2023 items of catalogue/peers/opinion.toml for the city and its peers.

# The link on the city's profile.
opinion-profile-link = public opinion
opinion-title = Public opinion: { $city }
opinion-intro = What residents of { $city } and of its peers answered in the survey on the Quality of Life in European Cities 2023 (Eurostat and the European Commission's DG REGIO). The questions keep the questionnaire's order and are not ranked against each other; the peers keep the order of their similarity to { $city }, not of their answers.
opinion-peers-intro = { $count ->
    [one] The peer is the city most similar to { $city } by { $features }, among the cities the survey covered (the peers on its profile may differ).
   *[other] The peers are the { $count } cities most similar to { $city } by { $features }, among the cities the survey covered (the peers on its profile may differ).
}
opinion-peers-none = { $city } has no peers to compare with: its profile lacks the figures to find them.
opinion-method-title = How to read the figures
opinion-method-base = Each share is the survey's weighted share of all respondents, including those who did not know or did not answer (shown in their own column); the number of respondents is unweighted.
opinion-method-interval = The intervals are 95% intervals on the logit scale. The survey publishes the weighted shares and the unweighted number of respondents, not its weights, so each interval treats the share as if it came from a simple random sample of that many respondents. The design effect of the weighting is not published: the intervals are too narrow by its square root.
opinion-method-difference = A peer's share is called higher or lower when a two-sided test of its difference from the city's share (z = difference ÷ √(SE₁² + SE₂²)) gives p below 5%; otherwise there is no clear difference.
# Above each table; $variable is the question's code (Q3_4).
opinion-caption = Share answering “{ $answer }” ({ $variable }). Source: { $source }.
opinion-col-city = City
opinion-col-share = “{ $answer }” (%)
opinion-col-interval = 95% interval (%)
opinion-col-n = Respondents
opinion-col-dont-know = Don't know or no answer (%)
opinion-col-compared = Compared with { $city }
opinion-col-source = Source
opinion-this-city = the city itself
opinion-not-surveyed = not surveyed
opinion-no-survey = { $city } was not among the cities of the survey: it has no figures of its own, and its peers cannot be compared with it.
opinion-no-comparison = no comparison
opinion-interval = { $lower } – { $upper }
# $points is the peer's share minus the city's, in percentage points (+12.1, −3.4).
opinion-verdict-higher = higher ({ $points } points, { $p })
opinion-verdict-lower = lower ({ $points } points, { $p })
opinion-verdict-none = no clear difference ({ $points } points, { $p })
opinion-p = p = { $p }
opinion-p-below = p < { $p }
opinion-back = Back to the profile of { $city }

# On the city's profile, in place of the survey's answer rows.
opinion-profile-heading = Public opinion (Quality of Life survey)
opinion-profile-caption = What residents of { $city } answered in the Quality of Life in European Cities 2023 survey, with 95% intervals from the number of respondents.
opinion-profile-col-question = Question and answer counted
opinion-profile-col-share = Share (%)
opinion-profile-col-peers = The peers' shares against this city
# $compared peers have a share; of them $higher are higher, $lower lower, $same alike at the 5% level.
opinion-profile-peers = { $compared ->
    [one] of 1 peer: { $higher } higher, { $lower } lower, { $same } no clear difference
   *[other] of { $compared } peers: { $higher } higher, { $lower } lower, { $same } no clear difference
}
opinion-profile-more = Every figure with the peers' values and the tests: public opinion in { $city }.
opinion-profile-downloads = The answers to the survey's other questions are in the downloads below.
