//! What every fuzz target does with its bytes: hand them to one reader as a file in
//! memory (as an upload arrives), with a sink that keeps nothing. A reader may refuse the
//! bytes with a message — that is its job — but must not panic, hang or allocate without
//! bound; libFuzzer reports those.

use ingest::{Format, Input, Options, Sink};
use model::{Geography, Observation};

/// A sink that takes everything and keeps nothing (the readers' work is what is fuzzed).
struct Discard;

impl Sink for Discard {
    fn observation(&mut self, _obs: Observation) -> Result<(), String> {
        Ok(())
    }
    fn geography(&mut self, _geo: Geography) -> Result<(), String> {
        Ok(())
    }
    fn operation(&mut self, _op: model::FundedOperation) -> Result<(), String> {
        Ok(())
    }
    fn beneficiary_total(&mut self, _b: model::BeneficiaryTotal) -> Result<(), String> {
        Ok(())
    }
}

/// Reads `bytes` as a file called `name` with `format` (`None`: detected, as an upload
/// without a chosen format is).
pub fn read(format: Option<Format>, name: &str, bytes: &[u8]) {
    let input = Input::memory(name, bytes.to_vec());
    let _ = ingest::read(
        &input,
        format,
        &Options::default(),
        &mut Discard,
        &mut |_| {},
    );
}

/// The upload's parsing: the first byte picks a file name (its ending steers detection) and
/// an encoding the form may name; the rest is the file, its format detected.
pub fn upload(bytes: &[u8]) {
    let Some((&pick, rest)) = bytes.split_first() else {
        return;
    };
    const NAMES: [&str; 6] = ["u.csv", "u.tsv", "u.json", "u.xlsx", "u.txt", "u"];
    let name = NAMES[usize::from(pick) % NAMES.len()];
    let encodings: Vec<ingest::TextEncoding> = ingest::TextEncoding::ALL.into_iter().collect();
    let options = Options {
        encoding: encodings
            .get(usize::from(pick / 8) % (encodings.len() + 1))
            .copied(),
        ..Options::default()
    };
    let input = Input::memory(name, rest.to_vec());
    let _ = ingest::detect(&input);
    let _ = ingest::read(&input, None, &options, &mut Discard, &mut |_| {});
}
