# Stránka o rozhraní JSON API (/api). Samotný dokument OpenAPI je v angličtine.

api-docs-title = API
api-docs-heading = Rozhranie JSON API
api-docs-lead = Rovnaké údaje ako na stránkach, pre skripty a výskum. Strojovo čitateľný opis:
api-docs-lead-after = {"."}
api-docs-tokens-before = Na čítanie zverejnených údajov nie je potrebný účet. Na zápis je potrebný token API (
api-docs-tokens-middle = ) posielaný ako
api-docs-tokens-after = {"."}
api-docs-endpoints = Koncové body
api-docs-summaries-english = Opisy koncových bodov pochádzajú z dokumentu OpenAPI a sú v angličtine.
api-docs-method = Metóda
api-docs-path = Cesta
api-docs-what = Čo
api-docs-error-codes = Kódy chýb
api-docs-code = Kód
api-docs-http-status = Stav HTTP
api-docs-type = Typ
