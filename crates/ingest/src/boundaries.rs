//! Boundary files (GeoJSON, shapefile) are recognised here so that `import` can say where
//! they go; their geometry is read by the `spatial` crate and stored by the boundary import.

use crate::input::Input;
use crate::{ImportReport, IngestError, Progress, Sink};

/// GeoJSON or shapefile boundaries of small areas.
#[derive(Debug)]
pub struct Boundaries;

impl crate::Reader for Boundaries {
    fn name(&self) -> &'static str {
        "boundaries"
    }
    fn description(&self) -> &'static str {
        "GeoJSON or shapefile boundaries (loaded with `observatory import-boundaries`)"
    }
    fn claims(&self, sniff: &crate::Sniff<'_>) -> bool {
        sniff.name.ends_with(".geojson") || sniff.name.ends_with(".shp")
    }
    fn read(
        &self,
        input: &Input,
        _dataset: &str,
        _options: &crate::Options,
        _sink: &mut dyn Sink,
        _progress: Progress<'_>,
    ) -> Result<ImportReport, IngestError> {
        Err(IngestError::unsupported(
            input.path(),
            crate::Format::BOUNDARIES,
        ))
    }
}
