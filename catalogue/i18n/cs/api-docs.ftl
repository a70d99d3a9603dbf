# Stránka o rozhraní JSON API (/api). Samotný dokument OpenAPI je v angličtině.

api-docs-title = API
api-docs-heading = Rozhraní JSON API
api-docs-lead = Stejná data jako na stránkách, pro skripty a výzkum. Strojově čitelný popis:
api-docs-lead-after = {"."}
api-docs-tokens-before = Ke čtení zveřejněných dat není potřeba účet. K zápisu je potřeba token API (
api-docs-tokens-middle = ) posílaný jako
api-docs-tokens-after = {"."}
api-docs-endpoints = Koncové body
api-docs-summaries-english = Popisy koncových bodů pocházejí z dokumentu OpenAPI a jsou v angličtině.
api-docs-method = Metoda
api-docs-path = Cesta
api-docs-what = Co
api-docs-error-codes = Kódy chyb
api-docs-code = Kód
api-docs-http-status = Stav HTTP
api-docs-type = Typ
