//! The same plans on a Ballista cluster: a scheduler and an executor started in this process
//! on loopback (ephemeral port), reached through `df://localhost:PORT` exactly as
//! `observatory compute --cluster` does; results must be identical to the embedded run.

use crate::{catalogue, repo, rt};
use engine::generate::{GenerateOptions, generate};
use engine::{Engine, Request, Results};

async fn start_cluster() -> String {
    use ballista_core::serde::BallistaCodec;
    use ballista_core::serde::protobuf::scheduler_grpc_client::SchedulerGrpcClient;
    let addr = ballista_scheduler::standalone::new_standalone_scheduler()
        .await
        .expect("scheduler starts");
    let url = format!("http://localhost:{}", addr.port());
    let client = loop {
        match SchedulerGrpcClient::connect(url.clone()).await {
            Ok(c) => break c,
            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(100)).await,
        }
    };
    ballista_executor::new_standalone_executor(client, 2, BallistaCodec::default())
        .await
        .expect("executor starts");
    format!("df://localhost:{}", addr.port())
}

fn same(a: &Results, b: &Results) {
    assert_eq!(a.indicators.len(), b.indicators.len());
    for (x, y) in a.indicators.iter().zip(&b.indicators) {
        assert_eq!(x.indicator.id, y.indicator.id);
        assert_eq!(x.cells, y.cells, "{}", x.indicator.id);
    }
}

#[test]
fn ballista_cluster_gives_identical_results() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("persons.parquet");
    let opts = GenerateOptions {
        persons: 20_000,
        replicates: 80,
        row_group: 5_000,
        ..Default::default()
    };
    generate(&path, &opts, |_| {}).unwrap();
    let cat = catalogue();
    let synthetic = Request {
        input: vec![path],
        mapping: "bench_synthetic".into(),
        indicators: vec![],
        by: vec!["citizenship".into(), "sex".into(), "age".into()],
        options: Default::default(),
        raking: None,
    };
    // the real survey, with raking to population margins and magnitude rules on a mean: the
    // calibration pre-pass and the top-contributions query run on the cluster too
    let mut options = engine::ComputeOptions::default();
    options.primary.dominance = Some(stats::disclosure::DominanceRule { n: 1, k: 60.0 });
    options.primary.p_percent = Some(stats::disclosure::PPercentRule { p: 10.0 });
    let silc = Request {
        input: vec![repo().join("data/spain-eu-silc/ecv2020_persons16plus_joined_extract.csv")],
        mapping: "es_silc_2020".into(),
        indicators: vec![
            "at_risk_of_poverty".into(),
            "employment_rate_20_64".into(),
            "median_equivalised_income".into(),
            "mean_equivalised_income".into(),
        ],
        by: vec!["citizenship".into(), "sex".into()],
        options,
        raking: Some(
            engine::calibration::RakingSpec::load(
                &repo().join("catalogue/raking/es_2020_example.toml"),
            )
            .unwrap(),
        ),
    };
    let rt = rt();
    rt.block_on(async {
        let url = start_cluster().await;
        let cluster = Engine::cluster(&url).await.unwrap();
        for req in [&synthetic, &silc] {
            let local = engine::compute(&Engine::embedded(), &cat, req)
                .await
                .unwrap();
            let remote = engine::compute(&cluster, &cat, req).await.unwrap();
            same(&local, &remote);
            assert_eq!(local.notes, remote.notes);
        }
    });
}
