# La pagina sull'API JSON (/api). Il documento OpenAPI stesso è in inglese.

api-docs-title = API
api-docs-heading = L'API JSON
api-docs-lead = Gli stessi dati delle pagine, per script e ricerca. La descrizione leggibile dalla macchina:
api-docs-lead-after = {"."}
api-docs-tokens-before = La lettura dei dati pubblicati non richiede un account. La scrittura richiede un token API (
api-docs-tokens-middle = ) inviato come
api-docs-tokens-after = {"."}
api-docs-endpoints = Endpoint
api-docs-summaries-english = Le descrizioni degli endpoint sono quelle del documento OpenAPI, in inglese.
api-docs-method = Metodo
api-docs-path = Percorso
api-docs-what = Che cosa
api-docs-error-codes = Codici di errore
api-docs-code = Codice
api-docs-http-status = Stato HTTP
api-docs-type = Tipo
