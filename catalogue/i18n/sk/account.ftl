# Prihlásenie a roly používateľského účtu.

account-log-in-title = Prihlásenie
account-logged-in-as = Prihlásený účet: { $email }.
account-log-in-lead = Pre redaktorov a schvaľovateľov miest, čitateľov siete a národnej úrovne a administrátorov. Všetci ostatní vidia zverejnené údaje bez účtu.
account-email = E-mail
account-password = Heslo
account-log-in-button = Prihlásiť sa
account-created-by-admin-before = Účty vytvára administrátor (
account-created-by-admin-after = ).
account-error-credentials = Nesprávny e-mail alebo heslo.
account-error-locked = Príliš veľa neúspešných prihlásení: počkajte 15 minút a skúste to znova.
account-error-csrf = platnosť tohto prihlasovacieho formulára skončila alebo nepochádza z tejto stránky: znova načítajte stránku a skúste to znova
account-error-form = prihlasovací formulár nebolo možné prečítať: { $message }

account-role-admin = administrátor
account-role-viewer = čitateľ
account-role-editor = redaktor
account-role-approver = schvaľovateľ
