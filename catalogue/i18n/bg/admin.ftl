# Страницата за администриране (само за администратори): потребителски профили, техните
# роли и API токени, и регистърът на промените.

admin-title = Администриране
admin-users = Потребители
admin-email = Имейл
admin-name = Име
admin-roles = Роли
admin-account = Профил
admin-api-tokens = API токени
admin-since = От
admin-disabled = деактивиран
admin-active = активен
admin-add-user = Добавяне на потребител
admin-initial-password = Първоначална парола (поне 12 знака)
admin-role = Роля
admin-city-code = Код на града (редактори и одобряващи)
admin-add-user-button = Добавяне на потребител
admin-audit-log = Регистър на промените
admin-audit-log-note = Всяка промяна: кой, какво, кога, старата и новата стойност. Най-новите първи.
admin-when = Кога
admin-who = Кой
admin-what = Какво
admin-target = Обект
admin-old = Старо
admin-new = Ново

admin-role-editor = редактор на града
admin-role-approver = одобряващ за града
admin-role-viewer = читател на мрежата / на национално ниво
admin-role-admin = администратор

admin-tokens-none = няма
admin-token-expired = изтекъл на { $day }
admin-token-until = валиден до { $day }
admin-token-never-expires = без срок на валидност
admin-revoke = Отмяна

admin-change-user = Промяна на { $email }
admin-enable = Активиране на профила
admin-disable = Деактивиране на профила (прекратява сесиите му, отхвърля токените му)
admin-new-role = Нова роля (заменя досегашните)
admin-change-role = Промяна на ролята
admin-new-password = Нова парола (поне 12 знака; прекратява сесиите на потребителя)
admin-reset-password = Нулиране на паролата
admin-token-name = Нов API токен: име
admin-token-name-placeholder = нощно качване
admin-token-days = Изтича след (дни, 1–{ $max })
admin-create-token = Създаване на токен
admin-delete-confirm = Изтриване на { $email } с ролите, сесиите и токените му (регистърът на промените запазва какво е направил профилът)
admin-delete = Изтриване на профила

admin-token-page-title = API токен
admin-token-created = API токенът е създаден
admin-token-copy-now = { $days ->
    [one] Копирайте го сега: показва се само този път (обсерваторията пази само неговия SHA-256). Изтича след { $days } ден.
   *[other] Копирайте го сега: показва се само този път (обсерваторията пази само неговия SHA-256). Изтича след { $days } дни.
}
admin-back = Обратно към администрирането

admin-error-no-operation = няма операция „{ $op }“ (disable, enable, delete, password, role, tokens)
admin-error-role = роля: admin, viewer, editor или approver
admin-error-city = град: няма място с код „{ $city }“
admin-error-password = парола: поне 12 знака
admin-error-days-range = дни: от 1 до { $max }
admin-error-days-number = дни: цяло число дни
admin-error-no-user = няма потребител { $id }
admin-error-email = имейл: очаква се имейл адрес
admin-error-confirm-delete = отметнете квадратчето, за да потвърдите изтриването

admin-places = Места извън Urban Audit
admin-places-lead = Община, която Urban Audit на Евростат не обхваща, получава своя страница, място в търсенето и качване на данни, щом бъде добавена тук със своя LAU код (списъкът на GISCO с местни административни единици). На нейните редактори след това се предоставя нейният код.
admin-places-none = Все още няма добавени места.
admin-place-code = LAU код
admin-place-code-hint = Кодът на държавата, долна черта и националният код на общината, както в списъка LAU на GISCO.
admin-place-lau-list = Списъците LAU на Евростат
admin-place-name = Име
admin-place-region = Регион NUTS 3 (по избор)
admin-place-region-hint = Пет знака, започващи с кода на държавата; списъкът предлага регионите на градовете от Urban Audit в държавата. Празно: държавата.
admin-add-place = Добавяне на място
admin-error-place = Мястото не беше добавено: { $message }
