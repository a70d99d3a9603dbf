# Stranica administracije (samo administratori): korisnički računi, njihove uloge i API
# tokeni te zapisnik promjena.

admin-title = Administracija
admin-users = Korisnici
admin-email = E-pošta
admin-name = Ime
admin-roles = Uloge
admin-account = Račun
admin-api-tokens = API tokeni
admin-since = Od
admin-disabled = onemogućen
admin-active = aktivan
admin-add-user = Dodavanje korisnika
admin-initial-password = Početna lozinka (najmanje 12 znakova)
admin-role = Uloga
admin-city-code = Kôd grada (urednici i odobravatelji)
admin-add-user-button = Dodaj korisnika
admin-audit-log = Zapisnik promjena
admin-audit-log-note = Svaka promjena: tko, što, kada, stara i nova vrijednost. Najnovije prve.
admin-when = Kada
admin-who = Tko
admin-what = Što
admin-target = Predmet
admin-old = Staro
admin-new = Novo

admin-role-editor = urednik grada
admin-role-approver = odobravatelj grada
admin-role-viewer = preglednik mreže / nacionalne razine
admin-role-admin = administrator

admin-tokens-none = nema
admin-token-expired = istekao { $day }
admin-token-until = vrijedi do { $day }
admin-token-never-expires = nikad ne istječe
admin-revoke = Opozovi

admin-change-user = Promjena računa { $email }
admin-enable = Omogući račun
admin-disable = Onemogući račun (završava njegove sesije, odbija njegove tokene)
admin-new-role = Nova uloga (zamjenjuje dosadašnje)
admin-change-role = Promijeni ulogu
admin-new-password = Nova lozinka (najmanje 12 znakova; završava sesije korisnika)
admin-reset-password = Ponovno postavi lozinku
admin-token-name = Novi API token: naziv
admin-token-name-placeholder = noćno učitavanje
admin-token-days = Istječe nakon (dana, 1–{ $max })
admin-create-token = Izradi token
admin-delete-confirm = Izbriši { $email } s ulogama, sesijama i tokenima (zapisnik promjena čuva što je račun učinio)
admin-delete = Izbriši račun

admin-token-page-title = API token
admin-token-created = API token izrađen
admin-token-copy-now = { $days ->
    [one] Kopirajte ga sada: prikazuje se samo ovaj put (opservatorij čuva samo njegov SHA-256). Istječe za { $days } dan.
    [few] Kopirajte ga sada: prikazuje se samo ovaj put (opservatorij čuva samo njegov SHA-256). Istječe za { $days } dana.
   *[other] Kopirajte ga sada: prikazuje se samo ovaj put (opservatorij čuva samo njegov SHA-256). Istječe za { $days } dana.
}
admin-back = Natrag na administraciju

admin-error-no-operation = nema operacije „{ $op }” (disable, enable, delete, password, role, tokens)
admin-error-role = uloga: admin, viewer, editor ili approver
admin-error-city = grad: nema mjesta s kôdom „{ $city }”
admin-error-password = lozinka: najmanje 12 znakova
admin-error-days-range = dani: od 1 do { $max }
admin-error-days-number = dani: cijeli broj dana
admin-error-no-user = nema korisnika { $id }
admin-error-email = e-pošta: očekuje se adresa e-pošte
admin-error-confirm-delete = označite okvir da biste potvrdili brisanje

admin-places = Mjesta izvan Urban Audita
admin-places-lead = Općina ili grad koji Eurostatov Urban Audit ne obuhvaća dobiva svoju stranicu, mjesto u pretraživanju i svoje učitavanje podataka čim se ovdje doda prema svojoj LAU oznaci (GISCO-ov popis lokalnih upravnih jedinica). Njegovim urednicima tada se dodjeljuje njegova oznaka.
admin-places-none = Još nije dodano nijedno mjesto.
admin-place-code = LAU oznaka
admin-place-code-hint = Oznaka zemlje, podvlaka i nacionalna oznaka jedinice lokalne samouprave, kao u GISCO-ovu LAU popisu.
admin-place-lau-list = Eurostatovi LAU popisi
admin-place-name = Naziv
admin-place-region = NUTS 3 regija (neobavezno)
admin-place-region-hint = Pet znakova koji počinju oznakom zemlje; popis nudi regije gradova Urban Audita te zemlje. Prazno: zemlja.
admin-add-place = Dodaj mjesto
admin-error-place = Mjesto nije dodano: { $message }
