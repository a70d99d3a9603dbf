# The page for people about the JSON API (/api). The OpenAPI document itself is in English.

api-docs-title = API
api-docs-heading = The JSON API
# Followed by a link "OpenAPI 3.1", then api-docs-lead-after.
api-docs-lead = The same data as the pages, for scripts and research. The machine-readable description:
api-docs-lead-after = {"."}
# The sentence is cut around two pieces of code: a command that makes a token, and the header that sends it.
api-docs-tokens-before = Reading published data needs no account. Writing needs an API token (
api-docs-tokens-middle = ) sent as
api-docs-tokens-after = {"."}
api-docs-endpoints = Endpoints
# Shown to readers of the other languages only, above the list of endpoints.
api-docs-summaries-english = The descriptions of the endpoints are those of the OpenAPI document, in English.
api-docs-method = Method
api-docs-path = Path
api-docs-what = What
api-docs-error-codes = Error codes
api-docs-code = Code
api-docs-http-status = HTTP status
api-docs-type = Type
