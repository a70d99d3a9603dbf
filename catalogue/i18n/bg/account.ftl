# Вход и ролите на потребителски профил.

account-log-in-title = Вход
account-logged-in-as = Влезли сте като { $email }.
account-log-in-lead = За редактори и одобряващи от градовете, читатели от мрежата и на национално ниво и администратори. Всички останали виждат публикуваните данни без профил.
account-email = Имейл
account-password = Парола
account-log-in-button = Вход
account-created-by-admin-before = Профилите се създават от администратор (
account-created-by-admin-after = ).
account-error-credentials = Грешен имейл или парола.
account-error-locked = Твърде много неуспешни опити за вход: изчакайте 15 минути и опитайте отново.
account-error-csrf = този формуляр за вход е изтекъл или не идва от този сайт: презаредете страницата и опитайте отново
account-error-form = формулярът за вход не може да бъде прочетен: { $message }

account-role-admin = администратор
account-role-viewer = читател
account-role-editor = редактор
account-role-approver = одобряващ
