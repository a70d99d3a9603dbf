# Рамката на страницата и думите, които всяка страница използва (превод от английски).

site-name = Обсерватория за интеграция
page-title = { $title } · Обсерватория за интеграция
skip-to-content = Към съдържанието
nav-main = Основно меню
nav-cities = Градове
nav-compare = Сравнение
nav-neighbourhoods = Квартали
nav-look-ahead = Перспективи
nav-practices = Добри практики
nav-mentoring = Наставничество
nav-funding = Финансиране
nav-audits = Одити
nav-indicators = Показатели
nav-data = Данни
nav-api = API
nav-admin = Администриране
account-log-out = Изход
account-log-in = Вход
language-switch = Език
footer-sources = Данни от Евростат, Европейската комисия, Amt für Statistik Berlin-Brandenburg и самите градове, всяко с посочен източник и лиценз.
footer-provenance = Импортирани данни и произход
footer-openapi = OpenAPI
error-title = Грешка
error-code = Код на грешката:
error-back = Обратно към градовете
download-table = Изтегляне на таблицата:

# Флаговете на Евростат за наблюденията (буквите са на Евростат, еднакви за всички езици).
flag-b = прекъсване на времевия ред
flag-c = поверителни
flag-d = различна дефиниция
flag-e = оценка
flag-f = прогноза
flag-m = липсващи: данните не могат да съществуват
flag-n = незначими
flag-p = предварителни
flag-r = ревизирани
flag-s = оценка на Евростат
flag-u = ниска надеждност
flag-z = не е приложимо
flags-legend = Значение на флаговете
