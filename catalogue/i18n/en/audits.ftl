# The participatory city audits: the list of rounds, a round as its city's staff run it,
# the invitations to print, and the results. "Round": one run of the questionnaire in a
# city, with its dates. "Focal point": one of the ten focal points of a comprehensive
# integration approach (ReSOMA). The framework's own texts (questions, groups, focal
# points) are catalogue texts, translated elsewhere.

audits-title = Audits
audits-heading = Assessing policy together
audits-lead = A city's administration, other public bodies, civil society, migrant and refugee representatives, employers and researchers score the same questions on the ten focal points of a comprehensive integration approach. The results show where their views diverge and where the bottlenecks are; the City Integration Agenda turns them into goals, actions and targets.
# Followed by a link "Type your code" and "or follow the link you received."
audits-invited-before = Invited to answer?
audits-invited-link = Type your code
audits-invited-after = or follow the link you received.
audits-own-rounds = Your city's rounds
audits-published = Published results
audits-none-published = No city has published the results of an audit yet.
# Table headers of the list of rounds.
audits-col-round = Round
audits-col-city = City
audits-col-questionnaire = Questionnaire
audits-col-dates = Dates
audits-col-status = Status
# The questionnaire and the kind of respondents of a round, in the list of rounds.
audits-row-questionnaire = { $kind ->
        [audit] audit
       *[priorities] priorities
    }, { $mode ->
        [anonymous] anonymous
       *[named] named
    }
# $title: the framework's title; $reference: its identifier and version (comprehensive-approach 1.0).
audits-framework-summary = The framework: { $title } ({ $reference })
audits-framework-option = { $title } ({ $reference })
audits-focal-questions = { $title } — { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }

# The status of a round.
audits-status-published = results published
# $status: the status of the results sent for approval.
audits-status-submission = { $status ->
        [draft] results draft
        [submitted] results submitted
        [published] results published
       *[returned] results returned
    }
audits-status-open = open
audits-status-closed = closed
audits-submission-status = { $status ->
        [draft] draft
        [submitted] submitted
        [published] published
       *[returned] returned
    }

# The form to open a round.
audits-open-heading = Open a round
audits-city-placeholder = City code, e.g. HR004C
audits-field-title = Title (optional)
audits-title-placeholder = e.g. Osijek 2026: city audit
audits-field-framework = Framework
audits-kind-audit = The audit: every question of every focal point
audits-kind-priorities = Stakeholder priorities: each focal point rated 1–5 for importance
audits-respondents = Respondents
audits-mode-anonymous = Anonymous: no response can be linked to its invitation
audits-mode-named = Named: an expert panel; each response keeps its respondent
audits-field-opens = Opens on
audits-field-closes = Closes on
audits-field-min-group = Fewest respondents for a group's results to be shown (3 or more)
audits-open-button = Open the round
audits-error-kind = choose the questionnaire: audit or priorities
audits-error-mode = choose anonymous or named respondents
audits-error-min-group = the smallest group shown is a whole number of respondents, 3 or more
audits-error-log-in = log in with an account of the city to see its audit rounds
audits-error-no-round = no audit round { $id }
audits-error-unpublished = audit round { $id } has no published results
audits-error-count = how many invitations: a whole number

# A round, as its city's staff run it. The parts of one line, joined by " · ".
audits-round-kind = { $kind ->
        [audit] the audit questionnaire
       *[priorities] stakeholder priorities
    }
audits-round-mode = { $mode ->
        [anonymous] anonymous
       *[named] named panel
    }
# $opens, $closes: dates (2026-03-01).
audits-round-dates = answers from { $opens } to { $closes }
audits-round-min-group = groups shown from { $count ->
        [one] { $count } respondent
       *[other] { $count } respondents
    }
audits-round-framework = framework { $reference }
audits-anonymous-note = Anonymous: once a response is submitted, nothing in the database links it to the invitation it came from — this page can tell how many invitations of each group were used, never which. Results are computed once the round is closed.
audits-invitations = Invitations
audits-invitations-none = None issued yet.
audits-col-group = Group
audits-col-issued = Issued
audits-col-answered = Answered
audits-named-answered = Who has answered (named panel)
# $label: the respondent's name; $group: the stakeholder group; $answered: yes or no.
audits-named-row = { $label } — { $group }: { $answered ->
        [yes] answered
       *[no] not yet
    }
# A heading and the button of the form.
audits-issue = Issue invitations
audits-field-group = Stakeholder group
audits-field-count = How many
audits-field-names = The respondents' names, one a line
# The invitations are issued "as" a list or a CSV file.
audits-format = As
audits-format-list = a list to print and hand out
audits-format-csv = a CSV file for a mail merge
audits-codes-once = The codes are shown this once and kept only as hashes: print or save them now. The observatory sends no e-mail.
# A heading and the button of the form.
audits-close = Close the round
audits-close-note = No more answers after closing; drafts not submitted are deleted.
audits-results = Results
audits-see-results = See the results
audits-raw-responses = the raw responses (CSV, the city's own)
audits-submit-note = Send the results — scores only, without comments — to your city's approver, who publishes them.
audits-submit-button = Submit the results for approval
# "The results are [submission 12] (submitted)."; the middle part is a link. Another
# phrasing is fine, e.g. "Results: [submission 12] (submitted)."
audits-submission-before = The results are
audits-submission-link = submission { $id }
# $status: a word of audits-submission-status.
audits-submission-after = ({ $status }).

# The invitations to print: one each to cut out and hand out.
audits-back-to-round = Back to the round
audits-print-note = print this page (the site's menus are left out), cut along the lines and hand out one each. The codes are not shown again.
audits-invitations-heading = { $count ->
        [one] { $count } invitation
       *[other] { $count } invitations
    }: { $group }
audits-invite-as = You are invited to take part as:
# Followed by the link to the questionnaire.
audits-invite-open = Open
# "or go to [address] and type the code [code]"
audits-invite-go-before = or go to
audits-invite-go-after = and type the code
audits-invite-dates = Open from { $opens } to { $closes }. The code works once; keep it to yourself.
audits-invite-anonymous = Your answers cannot be linked to this code once you have submitted them.

# The results of a round.
audits-results-title = Results: { $title }
audits-the-round = the round
audits-results-framework = framework { $reference }: { $title }
audits-not-published = Not published: only your city's editors and approvers see these results, with the respondents' comments. The public sees them once your approver publishes them (without the comments).
# $source, $authorship: the framework's citation (as the framework gives it).
audits-framework-source = Source of the framework: { $source } { $authorship }
audits-download = Download:
audits-download-results = results (CSV)
audits-download-raw = raw responses (CSV, the city's own)
audits-who-answered = Who answered
audits-respondents-count = { $count ->
        [one] { $count } respondent.
       *[other] { $count } respondents.
    }
audits-col-shown = Shown
# In the respondents column of a group withheld: "fewer than 5".
audits-fewer-than = fewer than { $min }
audits-shown-yes = yes
audits-withheld-counted = no (fewer than the threshold): counted in the overall with the other small groups
audits-withheld-left-out = no (fewer than the threshold): left out of every figure
# $min: the threshold of respondents; $groups: the groups withheld, separated by commas.
audits-note-counted = Groups with fewer than { $min } respondents are not shown: { $groups }. Together they have at least { $min }, so they count in the overall figures.
audits-note-left-out = Groups with fewer than { $min } respondents are not shown: { $groups }. Together they have fewer than { $min }, so they are left out of the overall figures too: counted there, their answers could be computed back from the groups shown.
audits-note-public = Groups with fewer than { $min } respondents are not shown; their answers count in the overall figures only where that cannot give them away.
audits-by-focal = Scores by focal point
audits-by-focal-caption = Score per focal point, overall and per stakeholder group
audits-by-principle = Scores by guiding principle
audits-by-principle-caption = Score per guiding principle (the questions each informs)
audits-col-overall = Overall
audits-col-gap = Perception gap
audits-col-rank-range = Rank (range)
# Under a group's score: n = the number of respondents, sd = the standard deviation of their scores.
audits-cell-n = n { $n }
audits-cell-sd = , sd { $sd }
# A difference of scores on the scale 0–100; $points is formatted, $count chooses the plural.
audits-points = { $count ->
        [one] { $points } point
       *[other] { $points } points
    }
audits-scores-note = Scores from 0 to 100 (the mean of the options chosen; "don't know" is not a score: ? counts them). n: respondents of the group with a score here; sd: the spread of their own scores. ⚑: a perception gap of 25 points or more between the highest and the lowest group.
audits-gaps = Perception gaps
audits-gaps-too-few = Fewer than two groups can be shown: there is no gap to report.
audits-gaps-none = No focal point or principle where the groups' scores differ by 25 points or more.
# $high, $low: the groups with the highest and the lowest score; the scores follow each.
audits-gap-row = { $high } { $high_score } vs { $low } { $low_score }
audits-bottlenecks = Bottlenecks and opportunities
audits-lowest = Lowest-scoring questions
audits-highest = Highest-scoring questions
audits-comments-heading = Evidence and comments, by focal point
audits-no-comments = No comments.
audits-questions = Questions
# Followed by links to the observatory's pages.
audits-in-observatory = In the observatory:
audits-col-question = Question
audits-col-dont-know = Don't know
audits-robustness = How robust is the ranking?
# $low, $high: percentages (80, 120).
audits-robustness-method = Rank ranges: (a) every question weight anywhere between { $low }% and { $high }% of its value, all at once — exact bounds, since a focal point's score depends on its own questions' weights only; (b) the overall recomputed with one stakeholder group left out at a time (groups not shown, together). Rank 1 is the highest score; equal scores share a rank.
audits-comparison = Compared with the previous round and with peer cities
audits-comparison-none = No earlier round of this city and no peer city's published round use the same framework version yet.
audits-comparison-note = Only rounds of the same framework version compare: other questions give other scores. Peer cities are the observatory's most similar cities; their published rounds only.
audits-col-focal = Focal point
audits-col-this-round = This round
# $closes: the date the previous round closed.
audits-col-previous = Previous ({ $closes })
audits-col-change = Change
audits-col-peers-median = Peers' median
audits-priorities = Priorities
audits-col-rank = Rank
audits-col-mean-groups = Mean (groups equal)
audits-col-mean-all = Mean (all respondents)
# n: the number of respondents.
audits-col-n = n
audits-priorities-note = Ratings from 1 (not important at all) to 5 (very important). "Mean (all respondents)" is the ReSOMA survey's weighted average; "groups equal" weighs every stakeholder group the same.

# The observatory's pages a framework's question links to.
audits-capability-observatory = Integration indicators of the city (this observatory)
audits-capability-data = The city's own figures
audits-capability-service-demand = Population scenarios and service demand
audits-capability-neighbourhoods = Neighbourhood figures and segregation indices
audits-capability-practices = Practices of other cities
audits-capability-peers = Comparison with similar cities
audits-capability-outlook = Look ahead: forecasts and progress
