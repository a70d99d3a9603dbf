# A city's own surveys: the staff's pages (questionnaires, fielding, invitations, weighting,
# results) and the respondent's pages (one section of the questionnaire per page). The
# questionnaire's own texts come from the city's XLSForm, in the languages it has.

nav-surveys = Surveys
surveys-title = Surveys
surveys-heading = The city's own surveys
surveys-lead = A city asks migrants and residents about their lives, on a questionnaire it brings as an XLSForm (the ODK and KoboToolbox standard). The answers are weighted to the city's population, and every result is an estimate with its interval; cells with too few respondents are withheld.
surveys-invited-before = Invited to answer a survey?
surveys-invited-link = Type your code
surveys-own = Your city's surveys
surveys-col-survey = Survey
surveys-col-city = City
surveys-col-access = Access
surveys-col-dates = Dates
surveys-col-status = Status
surveys-col-questionnaire = Questionnaire
surveys-col-version = Version
surveys-status-open = open
surveys-status-closed = closed
surveys-questionnaires = Questionnaires
surveys-no-questionnaires = Your city keeps no questionnaire yet.
surveys-download = download
surveys-import-heading = Bring a questionnaire
surveys-import-note = An XLSForm workbook (.xlsx) with the sheets survey, choices and settings. A changed form becomes a new version; a version in use never changes. Start from the observatory's template:
surveys-template-link = the city survey of migrants (English, German, Croatian)
surveys-field-file = XLSForm workbook
surveys-import-button = Check and keep the questionnaire
surveys-form-problems = { $count ->
        [one] The questionnaire has { $count } problem:
       *[other] The questionnaire has { $count } problems:
    }
surveys-col-sheet = Sheet
surveys-col-row = Row
surveys-col-column = Column
surveys-col-problem = Problem
surveys-form-nothing-kept = Nothing was kept. Correct the workbook and bring it again.
surveys-open-heading = Field a survey
surveys-field-title = Title of the survey
surveys-respondents = Respondents
surveys-mode-anonymous = Anonymous: no answer can be linked to the code it was given with
surveys-mode-named = Named: the city knows who answered
surveys-mode-anonymous-short = anonymous
surveys-mode-named-short = named
surveys-access-invitation = By invitation: one code per respondent, handed out on paper or by mail
surveys-access-open = Open link: anyone with the link answers, each with a code of their own to resume
surveys-access-invitation-short = by invitation
surveys-access-open-short = open link
surveys-field-opens = Opens on
surveys-field-closes = Closes on
surveys-open-button = Field the survey
surveys-questionnaire-line = Questionnaire: { $title } — { $questions } questions on { $pages } pages, in { $languages }.
surveys-anonymous-note = Anonymous: the stored answers carry no trace of the code they were given with, and the results are shown only when the survey is closed.
surveys-responses = Responses
surveys-counts = { $used } answered of { $issued } codes issued.
surveys-codes-heading = { $count ->
        [one] { $count } new code
       *[other] { $count } new codes
    }
surveys-codes-once = Print or send them now: the observatory keeps only a fingerprint of each code and cannot show them again.
surveys-open-link = The survey's open link:
surveys-issue = Issue codes
surveys-field-count = How many codes
surveys-close = Close the survey
surveys-close-note = Once closed, no more answers are taken; the results can then be weighted and read.
surveys-weighting = Weighting
surveys-weighted = { $weighted } responses weighted ({ $unplaced } could not be placed); design effect { $deff }, effective sample size { $neff }; weights from { $min } to { $max }.
surveys-not-weighted = Not weighted yet: every respondent counts alike.
surveys-field-margins = Margins file (TOML)
surveys-margins-hint = The city's population by the classes of the questions the answers are raked to, e.g. [[margin]] question = "sex", totals = {"{"} F = 51200, M = 48800 {"}"}; the same file as for "observatory survey weight".
surveys-weight-button = Weight the responses
surveys-store-margins-hint = Or weight to what the observatory holds for the city: its population born in the country and born abroad (Eurostat urb_cpop1 and urb_cpopcb, the latest year), by the answers to "birth_group". Eurostat has no population by sex and age for cities: those margins need a file.
surveys-store-margins-button = Weight to the population born here and abroad
surveys-raked-to = Raked to: { $source }
surveys-results = Results
surveys-see-results = See the results
surveys-raw-responses = raw responses (CSV)
surveys-codebook = their codebook (JSON)
surveys-results-after-close = The results of an anonymous survey are shown once it is closed.
surveys-results-heading = Results: { $title }
surveys-results-lead = { $responses } responses.
surveys-results-weighted = Weighted to the city's population (raking).
surveys-results-unweighted = Unweighted: every respondent counts alike.
surveys-results-note = Shares in percent with their 95% interval; n is the number of respondents who answered. A figure from fewer than { $min } respondents is withheld, and so is one that would give it back; "u" marks a figure of low reliability.
surveys-by = Break down by
surveys-by-none = (no breakdown)
surveys-by-button = Show
surveys-download-csv = Download the estimates (CSV)
surveys-col-domain = Respondents
surveys-col-answer = Answer
surveys-col-estimate = Estimate
surveys-col-interval = 95% interval
surveys-domain-all = all
surveys-domain-not-answered = did not answer
surveys-stat-mean = mean score
surveys-stat-top-two = top two points (share)
surveys-flag-low = low reliability
surveys-withheld-small = withheld: too few respondents
surveys-withheld-complementary = withheld: it would give a small cell back
surveys-withheld-unreliable = withheld: too few respondents for a reliable estimate
surveys-texts-withheld = { $count } answers, withheld: fewer than the minimum to be listed.
surveys-error-log-in = Log in with your city's account to see its surveys.
surveys-error-no-survey = There is no survey { $id }.
surveys-error-no-questionnaire = There is no questionnaire { $id }.
surveys-error-no-file = Choose a file to send.
surveys-error-questionnaire = Choose the questionnaire to field.
surveys-error-count = Give a number of codes from 1 to { $max }.
surveys-error-margins-utf8 = The margins file is not text in UTF-8: save it as plain text (UTF-8) and send it again.
surveys-error-margins = The margins file cannot be read: { $message }

survey-respond-title = Survey
survey-respond-cannot-open = The survey cannot be opened
survey-respond-type-code = Type your code
survey-respond-entry-title = Answer a survey
survey-respond-entry-lead = Type the code on your letter. Dashes and capital letters do not matter.
survey-respond-code = Your code
survey-respond-open = Open the survey
survey-respond-error-unknown-code = This code opens no survey: check it against the letter (dashes and capital letters do not matter).
survey-respond-error-used = This code has been used: the answers were sent, and it cannot answer again.
survey-respond-error-closed = The survey is closed: answers are no longer taken.
survey-respond-error-invitation-only = This survey is answered by invitation only: use the code on your letter.
survey-respond-error-lost-code = The page came without its code: open the survey again from your link.
survey-respond-error-too-many = Too many surveys were started from your address in the last minutes. Please try again later.
survey-respond-languages = Language of the questionnaire
survey-respond-page = Page { $page }
survey-respond-review = Check and send
survey-respond-progress = Page { $page } of { $pages }
survey-respond-progress-review = All { $pages } pages answered: check and send
survey-respond-problems = { $count ->
        [one] { $count } answer needs your attention:
       *[other] { $count } answers need your attention:
    }
survey-respond-saved = Your answers are saved. You can come back with the same link.
survey-respond-more = Your answers opened further questions on this page.
survey-respond-started = Your code is { $code }. Note it down: with it you can come back and go on where you stopped.
survey-respond-required = (required)
survey-respond-next = Save and continue
survey-respond-save = Save
survey-respond-previous = Back
survey-respond-submit = Send my answers
survey-respond-answered = { $count ->
        [one] You have given { $count } answer.
       *[other] You have given { $count } answers.
    }
survey-respond-anonymous = This survey is anonymous: your answers are stored without any link to your code, and results are only published for groups of at least five people.
survey-respond-named = The city knows who received your code.
survey-respond-final = Once sent, the answers cannot be changed. The survey closes on { $closes }.
survey-respond-pages = Pages of the questionnaire
survey-respond-thanks = Thank you
survey-respond-submitted = Your answers to "{ $title }" were received.
survey-respond-open-lead = Anyone may answer until { $closes }. You will get a code with which you can come back and go on.
survey-respond-start = Start the survey
survey-problem-required = An answer is required.
survey-problem-whole-number = "{ $value }" is not a whole number.
survey-problem-number = "{ $value }" is not a number.
survey-problem-date = "{ $value }" is not a date.
survey-problem-choice = "{ $value }" is not one of the choices.
survey-problem-one-answer = Only one answer can be given.
survey-problem-constraint = The answer is not accepted: check it.
survey-problem-not-a-question = This is not a question of this page.

# Publication of a survey's results and a city's surveys over time (on its opinion page).
surveys-publication = Publication
surveys-published = The results are published.
surveys-published-link = See the published results
surveys-submitted = The results are with the approver:
surveys-submission-link = submission { $id }
surveys-publish-after-close = The results can be sent for publication once the survey is closed.
surveys-submit-note = The results as they are now (with the weights; small cells withheld) go to the city's approver, frozen; answers in words are counted, never published.
surveys-submit-button = Send the results for publication
surveys-not-submitted = The results have not been sent for publication.
surveys-error-unpublished = Survey { $id } has no published results.
surveys-published-lead = The results of a survey of { $city }, fielded from { $opens } to { $closes }, with { $responses } responses, as the city published them.
surveys-texts-not-published = { $count } answers in words: counted, not published (a sentence can name its writer).
surveys-own-heading = { $city }'s own surveys
surveys-own-intro = What { $city } asked in its own surveys, as it published the results. Between two rounds of the same questionnaire, each figure of the whole sample published in both is compared.
surveys-own-responses = { $responses } responses
surveys-own-nothing-to-compare = { $before } and { $after } have no figure published in both to compare.
surveys-own-caption = From { $before } to { $after }: each figure with its 95% interval, the change and the probability that it is real
surveys-col-question = Question
surveys-own-col-change = Change (points)
surveys-own-col-probability = Probability that the change is real
surveys-own-col-verdict = Verdict
surveys-own-method = The two rounds are independent samples: the change's standard error is √(SE₁² + SE₂²). The probability that the change is real is Φ(|z|), the probability under a flat prior that the true change has the sign observed; a change is called a rise or a fall when p < 5%.
surveys-own-rose = rose (p = { $p })
surveys-own-fell = fell (p = { $p })
surveys-own-no-change = no clear change (p = { $p })

# The questionnaire editor (/surveys/questionnaires/<id>/edit).
editor-title = Edit: { $title }
editor-lead = Version { $version }. Choose the questions to ask, reword them and their hints in each language, say which answers are required and title the pages; the questionnaire is kept as its next version (a fielded version never changes).
editor-xlsform-note = New questions, choice lists and skip logic are written in the XLSForm:
editor-xlsform-link = download this version as XLSForm
editor-questionnaire-title = Title of the questionnaire
editor-page = Page { $number }
editor-page-title = Title of the page
editor-save = Keep as the next version
editor-keep = Ask this question
editor-required = An answer is required
editor-asked-when = Asked when: { $condition }
editor-wording = Wording ({ $language })
editor-hints = Hints
editor-hint = Hint ({ $language })
editor-edit-link = edit
editor-start-heading = Start from the template
editor-start-note = The observatory's questionnaire for people who moved to the city (English, German, Croatian): keep it for your city, then choose and reword its questions in the editor.
editor-start-button = Start from the template
