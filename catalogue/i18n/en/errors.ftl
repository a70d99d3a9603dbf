# The web's own errors: the heading of an error page (the HTTP status) and the messages of
# the errors every page or API call can meet. They are shown on the error page and as the
# "message" of the API's error answer (its "code" stays the same in every language).

errors-status-bad-request = Bad Request
errors-status-unauthorized = Unauthorized
errors-status-forbidden = Forbidden
errors-status-not-found = Not Found
errors-status-conflict = Conflict
errors-status-payload-too-large = Payload Too Large
# The file was received but its content cannot be used.
errors-status-unprocessable = Unprocessable Entity
errors-status-too-many-requests = Too Many Requests
errors-status-internal = Internal Server Error

errors-no-page = no page at { $path }
errors-forbidden = your account has no role that allows this for this city
errors-internal = something went wrong on the server; the log says what
errors-log-in = log in (or send an API token) to do this
errors-csrf = this form has expired or did not come from this site: reload the page and try again
# Keep `Bearer obs_…` and `observatory create-token` as they are (with the backticks): a header and a command.
errors-bearer-expected = Authorization: expected `Bearer obs_…` (an API token from `observatory create-token`)
errors-unknown-token = unknown or revoked API token
errors-too-many-logins = too many failed logins: wait 15 minutes and try again
errors-wrong-credentials = wrong e-mail or password
