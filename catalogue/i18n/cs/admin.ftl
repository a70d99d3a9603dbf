# Stránka správy (jen administrátoři): uživatelské účty, jejich role a tokeny API a
# záznam změn.

admin-title = Správa
admin-users = Uživatelé
admin-email = E-mail
admin-name = Jméno
admin-roles = Role
admin-account = Účet
admin-api-tokens = Tokeny API
admin-since = Od
admin-disabled = zablokován
admin-active = aktivní
admin-add-user = Přidat uživatele
admin-initial-password = Počáteční heslo (alespoň 12 znaků)
admin-role = Role
admin-city-code = Kód města (redaktoři a schvalovatelé)
admin-add-user-button = Přidat uživatele
admin-audit-log = Záznam změn
admin-audit-log-note = Každá změna: kdo, co, kdy, stará a nová hodnota. Nejnovější jako první.
admin-when = Kdy
admin-who = Kdo
admin-what = Co
admin-target = Předmět
admin-old = Původní
admin-new = Nové

admin-role-editor = redaktor města
admin-role-approver = schvalovatel města
admin-role-viewer = čtenář sítě / národní úrovně
admin-role-admin = administrátor

admin-tokens-none = žádné
admin-token-expired = platnost skončila { $day }
admin-token-until = platí do { $day }
admin-token-never-expires = platnost nikdy neskončí
admin-revoke = Zrušit

admin-change-user = Změnit účet { $email }
admin-enable = Odblokovat účet
admin-disable = Zablokovat účet (ukončí jeho relace, odmítne jeho tokeny)
admin-new-role = Nová role (nahradí dosavadní)
admin-change-role = Změnit roli
admin-new-password = Nové heslo (alespoň 12 znaků; ukončí relace uživatele)
admin-reset-password = Obnovit heslo
admin-token-name = Nový token API: název
admin-token-name-placeholder = noční nahrávání
admin-token-days = Platnost skončí po (dny, 1–{ $max })
admin-create-token = Vytvořit token
admin-delete-confirm = Smazat { $email } s rolemi, relacemi a tokeny (záznam změn zachová, co účet udělal)
admin-delete = Smazat účet

admin-token-page-title = Token API
admin-token-created = Token API byl vytvořen
admin-token-copy-now = { $days ->
    [one] Zkopírujte si ho hned: zobrazí se jen tentokrát (observatoř uchovává jen jeho SHA-256). Jeho platnost skončí za { $days } den.
    [few] Zkopírujte si ho hned: zobrazí se jen tentokrát (observatoř uchovává jen jeho SHA-256). Jeho platnost skončí za { $days } dny.
    [many] Zkopírujte si ho hned: zobrazí se jen tentokrát (observatoř uchovává jen jeho SHA-256). Jeho platnost skončí za { $days } dne.
   *[other] Zkopírujte si ho hned: zobrazí se jen tentokrát (observatoř uchovává jen jeho SHA-256). Jeho platnost skončí za { $days } dní.
}
admin-back = Zpět na správu

admin-error-no-operation = operace „{ $op }“ neexistuje (disable, enable, delete, password, role, tokens)
admin-error-role = role: admin, viewer, editor nebo approver
admin-error-city = město: žádné místo s kódem „{ $city }“
admin-error-password = heslo: alespoň 12 znaků
admin-error-days-range = dny: od 1 do { $max }
admin-error-days-number = dny: celý počet dní
admin-error-no-user = uživatel { $id } neexistuje
admin-error-email = e-mail: očekává se e-mailová adresa
admin-error-confirm-delete = smazání potvrďte zaškrtnutím políčka

admin-places = Místa mimo Urban Audit
admin-places-lead = Obec, kterou Urban Audit Eurostatu nepokrývá, získá svou stránku, místo ve vyhledávání a nahrávání dat, jakmile je zde přidána podle svého kódu LAU (seznam místních správních jednotek GISCO). Jejím editorům se pak přidělí její kód.
admin-places-none = Zatím nebyla přidána žádná obec.
admin-place-code = Kód LAU
admin-place-code-hint = Kód země, podtržítko a národní kód obce, jako v seznamu LAU GISCO.
admin-place-lau-list = Seznamy LAU Eurostatu
admin-place-name = Název
admin-place-region = Region NUTS 3 (nepovinné)
admin-place-region-hint = Pět znaků začínajících kódem země; seznam nabízí regiony měst Urban Auditu dané země. Prázdné: země.
admin-add-place = Přidat místo
admin-error-place = Místo nebylo přidáno: { $message }
