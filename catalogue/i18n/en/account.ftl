# Logging in, and the roles an account can hold.

account-log-in-title = Log in
account-logged-in-as = You are logged in as { $email }.
account-log-in-lead = For city editors, approvers, network viewers and administrators. Everybody else sees the published figures without an account.
account-email = E-mail
account-password = Password
account-log-in-button = Log in
# Followed by the command that creates accounts, then account-created-by-admin-after.
account-created-by-admin-before = Accounts are created by an administrator (
account-created-by-admin-after = ).
account-error-credentials = Wrong e-mail or password.
account-error-locked = Too many failed logins: wait 15 minutes and try again.
account-error-csrf = this login form has expired or did not come from this site: reload the page and try again
# $message: the web server's own text, in English.
account-error-form = the login form could not be read: { $message }

# The roles, as badges on the administration page.
account-role-admin = admin
account-role-viewer = viewer
account-role-editor = editor
account-role-approver = approver
