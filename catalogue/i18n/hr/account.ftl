# Prijava i uloge korisničkog računa.

account-log-in-title = Prijava
account-logged-in-as = Prijavljeni ste kao { $email }.
account-log-in-lead = Za urednike i odobravatelje gradova, preglednike mreže i nacionalne razine te administratore. Svi ostali vide objavljene podatke bez korisničkog računa.
account-email = E-pošta
account-password = Lozinka
account-log-in-button = Prijavi se
account-created-by-admin-before = Korisničke račune izrađuje administrator (
account-created-by-admin-after = ).
account-error-credentials = Pogrešna e-pošta ili lozinka.
account-error-locked = Previše neuspjelih prijava: pričekajte 15 minuta i pokušajte ponovno.
account-error-csrf = ovaj obrazac za prijavu je istekao ili nije došao s ove stranice: ponovno učitajte stranicu i pokušajte ponovno
account-error-form = obrazac za prijavu nije moguće pročitati: { $message }

account-role-admin = administrator
account-role-viewer = preglednik
account-role-editor = urednik
account-role-approver = odobravatelj
