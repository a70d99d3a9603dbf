//! The binary copied alone into an empty folder, as a town hall without the source tree
//! would run it: it loads the data built into it on the first start and serves every page.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn alone(bin: &Path, dir: &Path) -> Command {
    let mut c = Command::new(bin);
    c.current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dir)
        .env("OBSERVATORY_DB", dir.join("observatory.db"));
    c
}

fn get(port: u16, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, text)
}

#[test]
fn a_copied_binary_loads_its_data_and_serves_every_page() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("observatory");
    std::fs::copy(env!("CARGO_BIN_EXE_observatory"), &bin).unwrap();
    let empty = dir.path().join("work");
    std::fs::create_dir(&empty).unwrap();

    let out = alone(&bin, &empty).arg("init").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("the data built into this program"),
        "{stderr}"
    );
    assert!(!stderr.contains("warning"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    // The same count as a first start from the repository's data/ (tests/cli.rs).
    let n: u64 = stdout
        .split(", ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    assert!(n > 400_000, "{stdout}");
    let listing = alone(&bin, &empty)
        .args(["list", "imports", "--format", "csv"])
        .output()
        .unwrap();
    let imports = String::from_utf8_lossy(&listing.stdout);
    assert!(
        imports.contains("berlin-lor-planning-areas-until-2020.geojson")
            || imports.contains("geojson"),
        "{imports}"
    );

    // A free port: bind, read it, let go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = alone(&bin, &empty)
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let pages = [
        "/",
        "/cities/HR005C",
        "/cities/DE001C",
        "/compare",
        "/neighbourhoods",
        "/neighbourhoods/DE001C",
        "/indicators",
        "/data",
        "/login",
        "/api",
        "/api/v1/openapi.json",
        "/assets/style.css",
    ];
    let mut failures = Vec::new();
    for p in pages {
        let (status, body) = get(port, p);
        if status != 200 {
            failures.push(format!("{p}: {status} {}", &body[..body.len().min(300)]));
        }
    }
    let _ = server.kill();
    let _ = server.wait();
    assert!(failures.is_empty(), "{failures:#?}");
}
