# Страницата за JSON API (/api). Самият документ OpenAPI е на английски.

api-docs-title = API
api-docs-heading = JSON API
api-docs-lead = Същите данни като на страниците, за скриптове и изследвания. Машинночетимото описание:
api-docs-lead-after = {"."}
api-docs-tokens-before = За четене на публикувани данни не е нужен профил. За запис е нужен API токен (
api-docs-tokens-middle = ), изпратен като
api-docs-tokens-after = {"."}
api-docs-endpoints = Крайни точки
api-docs-summaries-english = Описанията на крайните точки са тези от документа OpenAPI, на английски.
api-docs-method = Метод
api-docs-path = Път
api-docs-what = Какво
api-docs-error-codes = Кодове на грешки
api-docs-code = Код
api-docs-http-status = HTTP статус
api-docs-type = Тип
