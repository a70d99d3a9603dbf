//! Place resolution for the commands: the rules live in `importer::places`.

use model::Geography;
use store::Store;

/// Finds a place by code or name (see [`importer::places::resolve`]).
pub fn resolve(store: &Store, query: &str) -> Result<Geography, String> {
    importer::places::resolve(store, query).map_err(|e| e.to_string())
}
