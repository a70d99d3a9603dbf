# The administration page (administrators only): accounts, their roles and API tokens,
# and the audit log of every change.

admin-title = Administration
admin-users = Users
admin-email = E-mail
admin-name = Name
admin-roles = Roles
# Column header: whether the account is active or disabled.
admin-account = Account
admin-api-tokens = API tokens
# Column header: when the account was created.
admin-since = Since
admin-disabled = disabled
admin-active = active
admin-add-user = Add a user
admin-initial-password = Initial password (12 characters or more)
admin-role = Role
admin-city-code = City code (editors and approvers)
admin-add-user-button = Add user
admin-audit-log = Audit log
admin-audit-log-note = Every change: who, what, when, the old and the new value. Latest first.
# Column headers of the audit log: the change's target (an account, a submission), its old and its new value.
admin-when = When
admin-who = Who
admin-what = What
admin-target = Target
admin-old = Old
admin-new = New

# The roles to choose from.
admin-role-editor = city editor
admin-role-approver = city approver
admin-role-viewer = network/national viewer
admin-role-admin = administrator

# A user's API tokens.
admin-tokens-none = none
# $day: the date (2027-03-01) on which the token expired or will expire.
admin-token-expired = expired { $day }
admin-token-until = until { $day }
admin-token-never-expires = never expires
admin-revoke = Revoke

# The forms that change one account.
admin-change-user = Change { $email }
admin-enable = Enable the account
admin-disable = Disable the account (ends its sessions, refuses its tokens)
admin-new-role = New role (replaces the current ones)
admin-change-role = Change the role
admin-new-password = New password (12 characters or more; ends the user's sessions)
admin-reset-password = Reset the password
admin-token-name = New API token: name
admin-token-name-placeholder = nightly upload
admin-token-days = Expires after (days, 1–{ $max })
admin-create-token = Create a token
admin-delete-confirm = Delete { $email } with its roles, sessions and tokens (the audit log keeps what they did)
admin-delete = Delete the account

# The page that shows a new token once.
admin-token-page-title = API token
admin-token-created = API token created
admin-token-copy-now = { $days ->
    [one] Copy it now: it is shown only this once (the observatory keeps only its SHA-256). It expires in { $days } day.
   *[other] Copy it now: it is shown only this once (the observatory keeps only its SHA-256). It expires in { $days } days.
}
admin-back = Back to the administration

# Errors of the forms. The words before the colon (role, city, password, days, email) name the form's field.
# disable, enable, delete, password, role, tokens are the operations' names in the address: keep them.
admin-error-no-operation = no operation '{ $op }' (disable, enable, delete, password, role, tokens)
# admin, viewer, editor, approver: the role's names as the form and the command line send them.
admin-error-role = role: admin, viewer, editor or approver
admin-error-city = city: no place with the code '{ $city }'
admin-error-password = password: at least 12 characters
admin-error-days-range = days: from 1 to { $max }
admin-error-days-number = days: a whole number of days
admin-error-no-user = no user { $id }
admin-error-email = email: expected an e-mail address
admin-error-confirm-delete = tick the box to confirm the deletion

# Places the bundled files lack: towns outside the Urban Audit, added by their LAU id.
# $message: the library's English (what was entered, what to enter).
admin-places = Places outside the Urban Audit
admin-places-lead = A town that Eurostat's Urban Audit does not cover gets its page, its place in the search and its uploads once it is added here, by its LAU id (GISCO's list of local administrative units). Its editors are then granted its code.
admin-places-none = No town added yet.
admin-place-code = LAU id
admin-place-code-hint = The country code, an underscore and the national municipality code, as in GISCO's LAU list (in Italy ISTAT's six digits).
admin-place-lau-list = Eurostat's LAU lists
admin-place-name = Name
admin-place-region = NUTS 3 region (optional)
admin-place-region-hint = Five characters starting with the country code; the list offers the regions of the country's Urban Audit cities. Empty: the country.
admin-add-place = Add place
admin-error-place = The place was not added: { $message }
