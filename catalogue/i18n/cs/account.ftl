# Přihlášení a role uživatelského účtu.

account-log-in-title = Přihlášení
account-logged-in-as = Přihlášený účet: { $email }.
account-log-in-lead = Pro redaktory a schvalovatele měst, čtenáře sítě a národní úrovně a administrátory. Všichni ostatní vidí zveřejněné údaje bez účtu.
account-email = E-mail
account-password = Heslo
account-log-in-button = Přihlásit se
account-created-by-admin-before = Účty vytváří administrátor (
account-created-by-admin-after = ).
account-error-credentials = Nesprávný e-mail nebo heslo.
account-error-locked = Příliš mnoho neúspěšných přihlášení: počkejte 15 minut a zkuste to znovu.
account-error-csrf = platnost tohoto přihlašovacího formuláře skončila nebo nepochází z tohoto webu: znovu načtěte stránku a zkuste to znovu
account-error-form = přihlašovací formulář nelze přečíst: { $message }

account-role-admin = administrátor
account-role-viewer = čtenář
account-role-editor = redaktor
account-role-approver = schvalovatel
