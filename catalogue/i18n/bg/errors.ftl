# Собствените грешки на сайта: заглавието на страница с грешка (HTTP статусът) и
# съобщенията, които всяка страница или извикване на API може да даде.

errors-status-bad-request = Невалидна заявка
errors-status-unauthorized = Необходим е вход
errors-status-forbidden = Не е разрешено
errors-status-not-found = Не е намерено
errors-status-conflict = Конфликт
errors-status-payload-too-large = Твърде голямо съдържание
errors-status-unprocessable = Съдържанието не може да бъде обработено
errors-status-too-many-requests = Твърде много заявки
errors-status-internal = Вътрешна грешка на сървъра

errors-no-page = няма страница на адрес { $path }
errors-forbidden = Вашият профил няма роля, която позволява това за този град
errors-internal = възникна грешка на сървъра; дневникът показва каква
errors-log-in = влезте (или изпратете API токен), за да направите това
errors-csrf = този формуляр е изтекъл или не идва от този сайт: презаредете страницата и опитайте отново
errors-bearer-expected = Authorization: очаква се `Bearer obs_…` (API токен от `observatory create-token`)
errors-unknown-token = непознат или отменен API токен
errors-too-many-logins = твърде много неуспешни опити за вход: изчакайте 15 минути и опитайте отново
errors-wrong-credentials = грешен имейл или парола
