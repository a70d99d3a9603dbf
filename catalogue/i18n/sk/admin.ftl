# Stránka správy (len administrátori): používateľské účty, ich roly a tokeny API a záznam
# zmien.

admin-title = Správa
admin-users = Používatelia
admin-email = E-mail
admin-name = Meno
admin-roles = Roly
admin-account = Účet
admin-api-tokens = Tokeny API
admin-since = Od
admin-disabled = zablokovaný
admin-active = aktívny
admin-add-user = Pridať používateľa
admin-initial-password = Počiatočné heslo (aspoň 12 znakov)
admin-role = Rola
admin-city-code = Kód mesta (redaktori a schvaľovatelia)
admin-add-user-button = Pridať používateľa
admin-audit-log = Záznam zmien
admin-audit-log-note = Každá zmena: kto, čo, kedy, stará a nová hodnota. Najnovšie ako prvé.
admin-when = Kedy
admin-who = Kto
admin-what = Čo
admin-target = Predmet
admin-old = Pôvodné
admin-new = Nové

admin-role-editor = redaktor mesta
admin-role-approver = schvaľovateľ mesta
admin-role-viewer = čitateľ siete / národnej úrovne
admin-role-admin = administrátor

admin-tokens-none = žiadne
admin-token-expired = platnosť skončila { $day }
admin-token-until = platí do { $day }
admin-token-never-expires = platnosť nikdy neskončí
admin-revoke = Zrušiť

admin-change-user = Zmeniť účet { $email }
admin-enable = Odblokovať účet
admin-disable = Zablokovať účet (ukončí jeho relácie, odmietne jeho tokeny)
admin-new-role = Nová rola (nahradí doterajšie)
admin-change-role = Zmeniť rolu
admin-new-password = Nové heslo (aspoň 12 znakov; ukončí relácie používateľa)
admin-reset-password = Obnoviť heslo
admin-token-name = Nový token API: názov
admin-token-name-placeholder = nočné nahrávanie
admin-token-days = Platnosť skončí po (dni, 1–{ $max })
admin-create-token = Vytvoriť token
admin-delete-confirm = Vymazať { $email } s rolami, reláciami a tokenmi (záznam zmien zachová, čo účet urobil)
admin-delete = Vymazať účet

admin-token-page-title = Token API
admin-token-created = Token API bol vytvorený
admin-token-copy-now = { $days ->
    [one] Skopírujte ho teraz: zobrazí sa len tento raz (observatórium uchováva len jeho SHA-256). Jeho platnosť skončí o { $days } deň.
    [few] Skopírujte ho teraz: zobrazí sa len tento raz (observatórium uchováva len jeho SHA-256). Jeho platnosť skončí o { $days } dni.
    [many] Skopírujte ho teraz: zobrazí sa len tento raz (observatórium uchováva len jeho SHA-256). Jeho platnosť skončí o { $days } dňa.
   *[other] Skopírujte ho teraz: zobrazí sa len tento raz (observatórium uchováva len jeho SHA-256). Jeho platnosť skončí o { $days } dní.
}
admin-back = Späť na správu

admin-error-no-operation = operácia „{ $op }“ neexistuje (disable, enable, delete, password, role, tokens)
admin-error-role = rola: admin, viewer, editor alebo approver
admin-error-city = mesto: žiadne miesto s kódom „{ $city }“
admin-error-password = heslo: aspoň 12 znakov
admin-error-days-range = dni: od 1 do { $max }
admin-error-days-number = dni: celý počet dní
admin-error-no-user = používateľ { $id } neexistuje
admin-error-email = e-mail: očakáva sa e-mailová adresa
admin-error-confirm-delete = na potvrdenie vymazania začiarknite políčko

admin-places = Miesta mimo Urban Audit
admin-places-lead = Obec, ktorú Urban Audit Eurostatu nepokrýva, získa svoju stránku, miesto vo vyhľadávaní a nahrávanie údajov, keď je tu pridaná podľa svojho kódu LAU (zoznam miestnych správnych jednotiek GISCO). Jej editorom sa potom pridelí jej kód.
admin-places-none = Zatiaľ nebola pridaná žiadna obec.
admin-place-code = Kód LAU
admin-place-code-hint = Kód krajiny, podčiarkovník a národný kód obce, ako v zozname LAU GISCO.
admin-place-lau-list = Zoznamy LAU Eurostatu
admin-place-name = Názov
admin-place-region = Región NUTS 3 (nepovinné)
admin-place-region-hint = Päť znakov začínajúcich kódom krajiny; zoznam ponúka regióny miest Urban Auditu danej krajiny. Prázdne: krajina.
admin-add-place = Pridať miesto
admin-error-place = Miesto nebolo pridané: { $message }
