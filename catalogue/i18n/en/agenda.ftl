# The City Integration Agenda (crates/web/src/routes/agenda.rs): a city's goals per focal
# point, actions and targets, drafted by its editor and published by its approver.

# The name of the document (a page title, a breadcrumb).
agenda-name = City Integration Agenda
agenda-of-city = City Integration Agenda of { $city }
agenda-none-published = No published agenda yet.
agenda-versions = Versions
agenda-versions-none = None yet.
# A link to one version of the agenda: its number and its title.
agenda-version-title = Version { $version }: { $title }
agenda-start = Start the agenda
agenda-start-new-version = Start a new version (a copy of the latest)
agenda-field-title = Title
agenda-field-summary = Summary
agenda-field-round = Follows from the audit round
# The choice of no audit round in a list of audit rounds.
agenda-field-round-none = none
agenda-start-drafting = Start drafting
# Breadcrumb: City Integration Agenda › version 2
agenda-breadcrumb-version = version { $version }
# An option of the target form: a statistical series, its latest value and the period of it.
agenda-series-latest = { $series } — latest { $value } ({ $period })

# The workflow status of a version (a badge).
agenda-status-draft = draft
agenda-status-submitted = submitted
agenda-status-published = published
agenda-status-returned = returned

# The heading of a version: "Version 2 · draft · updated 2026-03-01 · follows from audit round 4"
agenda-version = Version { $version }
agenda-updated = updated { $date }
agenda-follows-from = follows from
agenda-audit-round = audit round { $round }
# $amounts: sums per currency, e.g. "120,000 EUR, 5,000 CZK".
agenda-budget = Budget of the actions: { $amounts }
agenda-download = Download:
agenda-print = print this page for a paper copy
agenda-no-goals = No goals yet.
agenda-goal-label = Goal:
agenda-actions = Actions
agenda-col-action = Action
agenda-col-responsible = Responsible, partners
agenda-col-when = When
agenda-col-budget = Budget
agenda-col-funding = Funding
agenda-col-status = Status
# Under the responsible department: the partners of an action.
agenda-with-partners = with { $partners }
agenda-targets = Targets
agenda-col-series = Series
agenda-col-baseline = Baseline
agenda-col-target = Target
agenda-col-progress = Progress
agenda-progress-note = Progress: Eurostat's SDG assessment of the values since the baseline year against the growth the target needs, and the latest value's share of the way.

# An action's status.
agenda-action-status-planned = planned
agenda-action-status-ongoing = ongoing
agenda-action-status-completed = completed
agenda-action-status-cancelled = cancelled

# The funds an action can draw on.
agenda-fund-esf-plus = ESF+ (European Social Fund Plus)
agenda-fund-amif = AMIF (Asylum, Migration and Integration Fund)
agenda-fund-national = National funds
agenda-fund-municipal = The city's own budget
agenda-fund-other = Other
agenda-fund-none = No funding needed or not yet known

# A target's progress: Eurostat's SDG progress assessment (with a target).
agenda-not-assessable-yet = not assessable yet
agenda-verdict-significant-progress = significant progress towards the target
agenda-verdict-moderate-progress = moderate progress towards the target
agenda-verdict-insufficient-progress = insufficient progress towards the target
agenda-verdict-movement-away = movement away from the target
agenda-verdict-not-assessable = not assessable
# $value is the latest value of the series, $year its year.
agenda-latest = latest { $value } ({ $year })
# $share is a percentage, formatted already (80).
agenda-share-of-way = { $share }% of the way from the baseline to the target

# Buttons of the editor.
agenda-remove-goal = remove this goal
agenda-remove-action = remove this action
agenda-remove-target = remove this target
agenda-add-action-summary = Add an action to this goal
agenda-field-description = Description
agenda-field-department = Responsible department
agenda-field-partners = Partners
agenda-field-starts = Starts (2026, 2026-09 or 2026-09-01)
agenda-field-ends = Ends
agenda-field-budget = Budget
agenda-field-currency = Currency
agenda-field-fund = Fund
agenda-field-funding-source = Funding source (programme, call, budget line)
agenda-field-status = Status
agenda-add-action = Add the action
agenda-add-target-summary = Add a target to this goal
agenda-field-series = Series (the city's, or its country's for outcomes measured nationally)
agenda-field-baseline-value = Baseline value
agenda-field-baseline-year = Baseline year
agenda-field-target-value = Target value
agenda-field-target-year = Target year
agenda-add-target = Add the target
agenda-add-goal-title = Add a goal
agenda-field-focal-point = Focal point
agenda-field-goal = Goal
agenda-add-goal = Add the goal
agenda-send-title = Send for approval
agenda-send-note = Once sent, this version is fixed; the city's approver publishes it (or sends it back with a comment). A later change is a new version.
agenda-submit = Submit the agenda for approval

# Errors of the forms.
agenda-error-no-published = no published agenda { $id }
agenda-error-no-agenda = no agenda { $id }
agenda-error-log-in = log in to draft the agenda
agenda-error-choose-round = choose an audit round
agenda-error-no-framework = no framework '{ $framework }'
agenda-error-choose-series = choose one of the series offered
# $kind is what the form sent, not one of the three.
agenda-error-not-an-item = '{ $kind }' is not a goal, action or target
agenda-error-goal-number = the goal is a number
agenda-error-budget-number = the budget is a number
agenda-error-baseline-value-number = the baseline value is a number
agenda-error-baseline-year-number = the baseline year is a number
agenda-error-target-value-number = the target value is a number
agenda-error-target-year-number = the target year is a number
agenda-error-item-number = the item is a number

# The agenda's section of the city profile.
agenda-section-title = Assessing policy together
# Followed by a link to the audit round's results.
agenda-section-latest-audit = Latest published audit:
# After the link to the audit round: the date its answers were due.
agenda-section-answers-to = (answers to { $date }).
agenda-section-no-audit = No published audit round yet.
agenda-section-about-audits = About the audits
agenda-section-none = No published City Integration Agenda yet.
# After the agenda's title.
agenda-section-version = (version { $version })
agenda-section-actions =
    { $count ->
        [one] ({ $count } action)
       *[other] ({ $count } actions)
    }
