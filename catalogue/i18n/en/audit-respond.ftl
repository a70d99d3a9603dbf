# Answering an audit round: the respondent's pages (no account: the invitation's code is
# the key). Addressed to the respondent, formally. "Receipt": a code handed out after an
# anonymous response, to change the answers later. The questions, options and groups are
# the framework's own texts, translated elsewhere.

audit-respond-title = Questionnaire
audit-respond-cannot-open = This questionnaire cannot be opened
audit-respond-type-code = Type a code
audit-respond-about = About the audits
audit-respond-saved = Your answers are saved.
audit-respond-error-lost-code = the form lost its code: follow your link again
audit-respond-thanks = Thank you
# $evidence: what the question asks to rely on.
audit-respond-evidence = Evidence: { $evidence }
audit-respond-dont-know = Don't know
audit-respond-no-answer = No answer (yet)
# Followed by links to the observatory's pages.
audit-respond-figures = Figures in the observatory that bear on it:
audit-respond-evidence-comment = Evidence or comment (optional)
audit-respond-comment = Comment (optional)
audit-respond-review = Review and submit
audit-respond-focal-of = Focal point { $page } of { $total }
audit-respond-priorities = Stakeholder priorities
# After the round's title, before the respondent's stakeholder group.
audit-respond-answer-as = you answer as:
audit-respond-progress = Page { $page } of { $pages } · { $answered } of { $total } answered
# $closes: a date (2026-03-31).
audit-respond-stage-submitted = Your response is submitted; you can still change it until { $closes }.
audit-respond-stage-amending = You are changing your submitted answers (with your receipt); they are saved with every page, until { $closes }.
audit-respond-stage-draft = Your answers are saved as a draft with every page: come back with the same link to go on. Nothing counts until you submit.
# Followed by the key question of the focal point.
audit-respond-key-question = The key question of this focal point:
audit-respond-submit = Submit my answers
audit-respond-next = Save and continue
audit-respond-save = Save draft
audit-respond-previous = Previous page
audit-respond-pages = Pages of the questionnaire
audit-respond-all-focal = The ten focal points
# $open: the questions without an answer; $total: all questions.
audit-respond-left-open = { $open } of { $total } left without an answer: they count as unanswered (like "don't know", not as a score). You can go back to any page below.
audit-respond-all-answered = Every question has an answer.
audit-respond-anonymous = This round is anonymous: once you submit, nothing in the observatory's database links your answers to your invitation. You get a receipt instead: keep it to change your answers until { $closes }.
audit-respond-named = This round is a named panel: your answers keep your name, and you can change them with the same link until { $closes }.
audit-respond-min-group = Your group's results are shown only when at least { $count } people of your group have answered.
# $title: the round's title.
audit-respond-submitted = Your answers to “{ $title }” are submitted.
audit-respond-receipt = Your receipt
# Followed by the link /audit, then audit-respond-receipt-after.
audit-respond-receipt-before = Write it down or print this page: it is shown only now. With it you can change your answers until { $closes } at
audit-respond-receipt-after = {"."} Your invitation's code no longer works, and nothing links the receipt to it.
audit-respond-change-until = You can change your answers with the same link until { $closes }.
audit-respond-entry-title = Answer an audit
audit-respond-entry-lead = Type the code of your invitation (or the receipt you were given after answering, to change your answers). Dashes and spaces do not matter.
audit-respond-code = Code
audit-respond-open = Open the questionnaire
