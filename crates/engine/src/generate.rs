//! Synthetic person-level microdata for tests and benchmarks, at any size (10 million
//! persons and more), streamed to Parquet (zstd) in row groups of one million.
//!
//! The columns are those of the reference benchmark's generator (`bench/gen_microdata.py`,
//! mapped by `catalogue/mappings/bench_synthetic.toml`), so the observatory and the
//! DuckDB/Polars scripts can run on either file. The margins follow the real Spanish EU-SILC
//! 2020 (see [`MARGINS`]); the generator is deterministic for a given seed (its own
//! xoshiro256** generator: no dependency, same output on every platform).

use crate::{EngineError, Result};
use datafusion::arrow::array::{ArrayRef, Float32Array, Int8Array, Int64Array, RecordBatch};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::parquet::basic::{Compression, ZstdLevel};
use datafusion::parquet::file::properties::WriterProperties;
use std::path::Path;
use std::sync::Arc;

/// Margins by citizenship (index 0 Spanish, 1 other EU, 2 non-EU), computed once from
/// `data/spain-eu-silc/ecv2020_persons16plus_joined_extract.csv` (persons with PB040 > 0,
/// weighted by PB040; citizenship PB220A; activity from PL031; education from PE040; age
/// 2020 − PB140; equivalised income HY020 / HX240). E.g. the at-risk-of-poverty rates are the
/// published 17.1% / 36.3% / 49.5%.
#[derive(Debug, Clone, Copy)]
pub struct Margins {
    pub share: [f64; 3],
    pub female: [f64; 3],
    pub age_under_35: [f64; 3],
    pub age_65_plus: [f64; 3],
    /// Employment rate at 20–64.
    pub employed_20_64: [f64; 3],
    /// Unemployed share of the active.
    pub unemployed_of_active: [f64; 3],
    pub selfemp_of_employed: [f64; 3],
    pub parttime_of_employed: [f64; 3],
    /// ISCED 0–2 and 5–8 at 25–64.
    pub educ_low: [f64; 3],
    pub educ_high: [f64; 3],
    pub poverty: [f64; 3],
    pub deprivation: [f64; 3],
    pub good_health: [f64; 3],
    pub owner: [f64; 3],
    /// Weighted median equivalised income (EUR).
    pub median_income: [f64; 3],
}

pub const MARGINS: Margins = Margins {
    share: [0.9087, 0.0285, 0.0628],
    female: [0.512, 0.5355, 0.5305],
    age_under_35: [0.2159, 0.2659, 0.3682],
    age_65_plus: [0.2564, 0.1072, 0.0768],
    employed_20_64: [0.6523, 0.6649, 0.4995],
    unemployed_of_active: [0.1902, 0.2394, 0.3581],
    selfemp_of_employed: [0.1347, 0.188, 0.1232],
    parttime_of_employed: [0.1204, 0.2107, 0.1981],
    educ_low: [0.3463, 0.2559, 0.4807],
    educ_high: [0.4334, 0.3759, 0.2374],
    poverty: [0.1708, 0.3633, 0.4949],
    deprivation: [0.0513, 0.1179, 0.2351],
    good_health: [0.7264, 0.7459, 0.7794],
    owner: [0.8142, 0.3785, 0.2502],
    median_income: [17043.0, 12957.0, 9821.0],
};

/// The generator of the synthetic persons: `stats::rng`'s xoshiro256**, with the draws the
/// generator needs.
#[derive(Debug, Clone)]
pub struct Rng(stats::rng::Xoshiro256);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(stats::rng::Xoshiro256::seed(seed))
    }
    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }
    /// Uniform in [0, 1).
    #[inline]
    pub fn uniform(&mut self) -> f64 {
        self.0.uniform()
    }
    #[inline]
    fn bern(&mut self, p: f64) -> i8 {
        i8::from(self.uniform() < p)
    }
    /// Standard normal (Box–Muller, one of the pair).
    #[inline]
    pub fn normal(&mut self) -> f64 {
        let u1 = 1.0 - self.uniform();
        let u2 = self.uniform();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }
}

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct GenerateOptions {
    pub persons: u64,
    pub replicates: usize,
    pub seed: u64,
    pub row_group: usize,
}

impl Default for GenerateOptions {
    fn default() -> Self {
        GenerateOptions {
            persons: 100_000,
            replicates: 80,
            seed: 20_261_122,
            row_group: 1_000_000,
        }
    }
}

fn schema(replicates: usize) -> Arc<Schema> {
    let mut fields = vec![Field::new("pid", DataType::Int64, false)];
    for c in INT8_COLUMNS {
        fields.push(Field::new(*c, DataType::Int8, false));
    }
    fields.push(Field::new("income", DataType::Float32, false));
    fields.push(Field::new("w", DataType::Float32, false));
    for r in 1..=replicates {
        fields.push(Field::new(format!("rw{r}"), DataType::Float32, false));
    }
    Arc::new(Schema::new(fields))
}

const INT8_COLUMNS: &[&str] = &[
    "citizenship",
    "sex",
    "age",
    "activity",
    "selfemp",
    "parttime",
    "temporary",
    "educ",
    "in_education",
    "overqual",
    "early_leaver",
    "poverty",
    "deprivation",
    "health_good",
    "owner",
    "overcrowded",
    "cost_overburden",
    "long_term_resident",
];

fn batch(
    rng: &mut Rng,
    start: u64,
    n: usize,
    opts: &GenerateOptions,
    schema: &Arc<Schema>,
) -> Result<RecordBatch> {
    let m = &MARGINS;
    let mut ints: Vec<Vec<i8>> = vec![Vec::with_capacity(n); INT8_COLUMNS.len()];
    let mut income = Vec::with_capacity(n);
    let mut w = Vec::with_capacity(n);
    let mut reps: Vec<Vec<f32>> = vec![Vec::with_capacity(n); opts.replicates];
    for _ in 0..n {
        let u = rng.uniform();
        let c = if u < m.share[0] {
            0
        } else if u < m.share[0] + m.share[1] {
            1
        } else {
            2
        };
        let sex = 1 + rng.bern(m.female[c]);
        let ua = rng.uniform();
        let age: i8 = if ua < m.age_under_35[c] {
            16 + (rng.uniform() * 19.0) as i8
        } else if ua < m.age_under_35[c] + m.age_65_plus[c] {
            65 + (rng.uniform() * 10.0) as i8
        } else {
            35 + (rng.uniform() * 30.0) as i8
        };
        let working_age = (20..=64).contains(&age);
        let p_emp = if working_age {
            m.employed_20_64[c]
        } else {
            m.employed_20_64[c] * 0.3
        };
        let ue = m.unemployed_of_active[c];
        let p_unemp = p_emp * ue / (1.0 - ue);
        let uact = rng.uniform();
        let activity: i8 = if uact < p_emp {
            1
        } else if uact < p_emp + p_unemp {
            2
        } else {
            3
        };
        let emp = activity == 1;
        let ue_ = rng.uniform();
        let educ: i8 = if ue_ < m.educ_low[c] {
            1
        } else if ue_ < m.educ_low[c] + m.educ_high[c] {
            3
        } else {
            2
        };
        let in_edu = i8::from(age < 25 && activity != 1 && rng.uniform() < 0.6);
        let selfemp = i8::from(emp && rng.uniform() < m.selfemp_of_employed[c]);
        let parttime = i8::from(emp && rng.uniform() < m.parttime_of_employed[c]);
        let temporary = i8::from(emp && rng.uniform() < [0.22, 0.30, 0.40][c]);
        let overqual = i8::from(emp && educ == 3 && rng.uniform() < [0.30, 0.40, 0.55][c]);
        let early = i8::from((18..=24).contains(&age) && educ == 1 && in_edu == 0);
        let poverty = rng.bern(m.poverty[c]);
        // poorer persons are more often deprived, overburdened and overcrowded
        let dep = rng.bern(m.deprivation[c] * if poverty == 1 { 2.2 } else { 0.6 });
        let health = rng.bern(m.good_health[c] * if age >= 65 { 0.7 } else { 1.08 });
        let owner = rng.bern(m.owner[c]);
        let overcrowded = rng.bern([0.05, 0.14, 0.22][c]);
        let burden = rng.bern([0.08, 0.16, 0.22][c] * if poverty == 1 { 2.5 } else { 0.7 });
        let ltr = i8::from(c == 2 && rng.uniform() < 0.45);
        let inc = m.median_income[c]
            * (0.55 * rng.normal()).exp()
            * if poverty == 1 { 0.45 } else { 1.15 };
        for (col, v) in ints.iter_mut().zip([
            c as i8 + 1,
            sex,
            age,
            activity,
            selfemp,
            parttime,
            temporary,
            educ,
            in_edu,
            overqual,
            early,
            poverty,
            dep,
            health,
            owner,
            overcrowded,
            burden,
            ltr,
        ]) {
            col.push(v);
        }
        income.push(inc as f32);
        // Gamma(4, 250): a sum of four exponentials
        let g = -250.0
            * ((1.0 - rng.uniform())
                * (1.0 - rng.uniform())
                * (1.0 - rng.uniform())
                * (1.0 - rng.uniform()))
            .ln();
        w.push(g as f32);
        for r in reps.iter_mut() {
            r.push((g * (1.0 + 0.25 * rng.normal())).max(0.0) as f32);
        }
    }
    let mut cols: Vec<ArrayRef> = vec![Arc::new(Int64Array::from_iter_values(
        start as i64..start as i64 + n as i64,
    ))];
    for c in ints {
        cols.push(Arc::new(Int8Array::from(c)));
    }
    cols.push(Arc::new(Float32Array::from(income)));
    cols.push(Arc::new(Float32Array::from(w)));
    for r in reps {
        cols.push(Arc::new(Float32Array::from(r)));
    }
    RecordBatch::try_new(schema.clone(), cols).map_err(|e| EngineError::Io(e.to_string()))
}

/// Writes `opts.persons` synthetic persons to `path`; calls `progress(done)` after every
/// row group.
pub fn generate(path: &Path, opts: &GenerateOptions, mut progress: impl FnMut(u64)) -> Result<()> {
    let io = |e: String| EngineError::Io(format!("{}: {e}", path.display()));
    let file = std::fs::File::create(path).map_err(|e| io(e.to_string()))?;
    let schema = schema(opts.replicates);
    let props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(
            ZstdLevel::try_new(1).map_err(|e| io(e.to_string()))?,
        ))
        .set_max_row_group_row_count(Some(opts.row_group))
        .build();
    let mut writer =
        ArrowWriter::try_new(file, schema.clone(), Some(props)).map_err(|e| io(e.to_string()))?;
    let mut rng = Rng::new(opts.seed);
    let mut done = 0u64;
    while done < opts.persons {
        let n = (opts.persons - done).min(opts.row_group as u64) as usize;
        let b = batch(&mut rng, done, n, opts, &schema)?;
        writer.write(&b).map_err(|e| io(e.to_string()))?;
        writer.flush().map_err(|e| io(e.to_string()))?;
        done += n as u64;
        progress(done);
    }
    writer.close().map_err(|e| io(e.to_string()))?;
    Ok(())
}
