# Die Seite über die JSON-API (/api). Das OpenAPI-Dokument selbst ist englisch.

api-docs-title = API
api-docs-heading = Die JSON-API
api-docs-lead = Dieselben Daten wie auf den Seiten, für Skripte und Forschung. Die maschinenlesbare Beschreibung:
api-docs-lead-after = {"."}
api-docs-tokens-before = Zum Lesen veröffentlichter Daten ist kein Konto nötig. Zum Schreiben braucht es ein API-Token (
api-docs-tokens-middle = ), gesendet als
api-docs-tokens-after = {"."}
api-docs-endpoints = Endpunkte
api-docs-summaries-english = Die Beschreibungen der Endpunkte stammen aus dem OpenAPI-Dokument und sind englisch.
api-docs-method = Methode
api-docs-path = Pfad
api-docs-what = Was
api-docs-error-codes = Fehlercodes
api-docs-code = Code
api-docs-http-status = HTTP-Status
api-docs-type = Typ
