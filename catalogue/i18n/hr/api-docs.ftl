# Stranica o JSON API-ju (/api). Sam dokument OpenAPI je na engleskom.

api-docs-title = API
api-docs-heading = JSON API
api-docs-lead = Isti podaci kao na stranicama, za skripte i istraživanje. Strojno čitljiv opis:
api-docs-lead-after = {"."}
api-docs-tokens-before = Za čitanje objavljenih podataka nije potreban korisnički račun. Za pisanje je potreban API token (
api-docs-tokens-middle = ) poslan kao
api-docs-tokens-after = {"."}
api-docs-endpoints = Krajnje točke
api-docs-summaries-english = Opisi krajnjih točaka preuzeti su iz dokumenta OpenAPI i na engleskom su.
api-docs-method = Metoda
api-docs-path = Putanja
api-docs-what = Što
api-docs-error-codes = Kôdovi pogrešaka
api-docs-code = Kôd
api-docs-http-status = HTTP status
api-docs-type = Vrsta
