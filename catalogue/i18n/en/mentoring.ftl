# Mentoring between cities (crates/web/src/routes/mentoring.rs): a city with little
# experience of immigration (the mentee) asks an experienced city (the mentor) for
# mentoring on one focal point of a comprehensive approach to integration.

mentoring-title = Mentoring
# The title of the page of one request or pair; $id is its number.
mentoring-pair-title = Mentoring { $id }
mentoring-network-title = Mentoring between cities
mentoring-network-lead = Cities that have only recently begun to receive migrants learn from cities with a longer experience, one focal point of a comprehensive approach at a time. A city's editor asks from the city's profile; the city asked accepts or declines.
mentoring-pairs-by-focal-point = Pairs by focal point
mentoring-no-pair-yet = No mentoring pair yet. A city's editor asks for mentoring in the Mentoring section of the city's profile.
mentoring-col-focal-point = Focal point
mentoring-col-pairs = Pairs
mentoring-requests-not-accepted = Requests not accepted
mentoring-requests-private = Only the users of the two cities (and administrators) see these.
mentoring-pairs-ended = Pairs that have ended

# The status of a request (a badge).
mentoring-status-requested = requested
mentoring-status-accepted = accepted
mentoring-status-declined = declined
mentoring-status-withdrawn = withdrawn
mentoring-status-ended = ended

# Columns of a table of pairs.
mentoring-col-role = Role
# The other city of the pair.
mentoring-col-with = With
mentoring-col-mentor = Mentor
mentoring-col-mentee = Mentee
mentoring-col-status = Status
mentoring-col-since = Since
# The role of the city whose profile is shown.
mentoring-role-mentee = mentee
mentoring-role-mentor = mentor
# $area: a thematic area of the practice library narrowing the request.
mentoring-area-label = area: { $area }
# A link to the page of a request.
mentoring-details = details

# The page of one request or pair.
mentoring-pair-mentors = { $mentor } mentors { $mentee }
mentoring-pair-asks = { $mentee } asks { $mentor } for mentoring
# Followed by the focal point's title.
mentoring-pair-focal-point = focal point { $number }:
mentoring-pair-area = area { $area }
# Followed by the link to the mentor city.
mentoring-pair-mentor = Mentor
# Followed by the link to the mentee city.
mentoring-pair-mentee = mentee
mentoring-asked-on = asked on { $date }
mentoring-answered-on = answered on { $date }
mentoring-ended-on = ended on { $date }
mentoring-correspondence = Correspondence
mentoring-correspondence-private = Only the users of the two cities (and administrators) see this.
# $user: the e-mail address of a user.
mentoring-request-by = Request by { $user }
mentoring-answer-by = Answer by { $user }
mentoring-ended-by = Ended by { $user }
mentoring-no-note = no note
mentoring-practices-title = Practices of the two cities on this topic
mentoring-practices-all = This focal point maps to no thematic area of the practice library, so every practice of the two cities is listed.
# $areas: thematic areas of the practice library, separated by commas.
mentoring-practices-in-areas = Practices of { $mentor } and { $mentee } in the practice library's { $areas }.
mentoring-practices-none = The practice library has no practice of either city here yet.

# The steps of a request: buttons, and the note that goes with them.
mentoring-step-accept = Accept
mentoring-step-accept-note = A note to the asking city (optional)
mentoring-step-decline = Decline
mentoring-step-decline-note = Why, or whom to ask instead (optional)
mentoring-step-withdraw = Withdraw the request
mentoring-step-end = End the pair
mentoring-step-end-note = What came of it (optional)

# The Mentoring section of a city profile.
# Followed by a link to the network's page.
mentoring-section-intro = Pairs of this city with experienced or newcomer cities, each on one focal point of a comprehensive approach.
mentoring-section-all-pairs = All pairs of the network
mentoring-section-no-pair = No mentoring pair for { $city } yet.
# A link to the login page, followed by mentoring-section-log-in-after.
mentoring-section-log-in = Log in
mentoring-section-log-in-after = as an editor of { $city } to ask a city for mentoring.
mentoring-requests-to = Requests to { $city }
# After the link to the asking city.
mentoring-incoming-asks = asks for mentoring on focal point { $number }: { $title }
mentoring-suggested = Suggested mentors
mentoring-suggested-no-profile = No suggestions: the city has no context profile to compare.
mentoring-suggested-none-qualifies = no city qualifies as a mentor of { $city }
# $why: the reason there is none, without a full stop.
mentoring-suggested-none = No suggestion: { $why }. Any city may still be asked.
# Followed by the command "observatory mentors" and a closing parenthesis.
mentoring-suggested-rule = Similar to { $city } today, with a longer immigration experience and better outcomes (the rule of

# The form to ask for mentoring.
mentoring-ask-title = Ask a city to mentor { $city }
mentoring-ask-city = City to ask (name or code)
mentoring-ask-other-city = or another city (name or code)
mentoring-ask-city-placeholder = e.g. Zagreb or HR001C
mentoring-ask-area = Thematic area (optional)
mentoring-ask-area-any = the focal point's areas
mentoring-ask-message = What would { $city } like to learn?
mentoring-ask-submit = Ask for mentoring

# Errors of the forms.
mentoring-error-log-in = log in as an editor of your city to ask for mentoring or to answer a request
mentoring-error-choose-mentor = choose a suggested mentor or name another city
mentoring-error-no-step = no step '{ $step }' (accept, decline, withdraw, end)
mentoring-error-not-public = no public mentoring pair { $id }: log in to see your city's requests
# $code: what the user gave; the command in backticks is a command line, not translated.
mentoring-error-unknown-city = '{ $code }' is not a city in the store: give an Urban Audit city code such as HR004C (`observatory list geographies --level city` lists them)
# $level: the kind of place (in English, from the data).
mentoring-error-not-a-city = { $name } ({ $code }) is a { $level }, not a city: mentoring is between Urban Audit cities (codes ending in C)
mentoring-error-self = { $name } cannot mentor itself: choose another city
# $known: the focal points' ids (fp1, fp2, …).
mentoring-error-unknown-topic = '{ $given }' is not a focal point: choose one of { $known }
# $known: the thematic areas' names as the form takes them.
mentoring-error-unknown-area = '{ $given }' is not a thematic area of the practice library: choose one of { $known }
# $topic: a focal point's id (fp1); $status: a status of mentoring-status-….
mentoring-error-duplicate = { $mentee } already asked { $mentor } for mentoring on { $topic } (request { $id }, { $status }): one open request per pair and topic
# $status: a status of mentoring-status-….
mentoring-error-cannot-accept = mentoring request { $id } is { $status }: it cannot be accepted
mentoring-error-cannot-decline = mentoring request { $id } is { $status }: it cannot be declined
mentoring-error-cannot-withdraw = mentoring request { $id } is { $status }: it cannot be withdrawn
mentoring-error-cannot-end = mentoring request { $id } is { $status }: it cannot be ended
mentoring-error-not-found = no mentoring request { $id }

# Why a city is suggested as a mentor; the parts in brackets are comparisons "mentor vs mentee".
mentoring-reason = similar today ({ $similar }); foreign-born { $share_then } already in { $year_then } vs { $share_first } in { $year_first } ({ $points } points more experience); outcomes (mentor vs mentee): { $outcomes }
mentoring-reason-better = { $outcome } (better)
