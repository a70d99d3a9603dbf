//! `observatory serve`: the observatory in a browser. Opens the store (the first start
//! has already loaded the bundled data), binds the address, prints the URL, logs one line
//! per request (`RUST_LOG=debug`) and stops cleanly on Ctrl-C or SIGTERM.

use crate::commands::Context;
use std::net::SocketAddr;

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  observatory serve                          http://127.0.0.1:8080
  observatory serve --addr 127.0.0.1:0       a free port (printed)
  observatory serve --addr 0.0.0.0:8080 --secure-cookies on   behind a TLS proxy

Accounts: `observatory create-admin --email you@city.example` creates the first administrator.")]
pub struct Args {
    /// Address to listen on
    #[arg(long, default_value = "127.0.0.1:8080", env = "OBSERVATORY_ADDR")]
    pub addr: SocketAddr,
    /// Open the observatory in the default browser
    #[arg(long)]
    pub open: bool,
    /// Mark session cookies `Secure` (sent over https only). `auto`: off on a loopback
    /// address (plain http on this machine, where browsers exempt localhost anyway), on
    /// otherwise (put a TLS proxy in front)
    #[arg(long, value_enum, default_value_t = SecureCookies::Auto)]
    pub secure_cookies: SecureCookies,
    /// Read connections to the store
    #[arg(long, default_value_t = 4)]
    pub readers: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SecureCookies {
    Auto,
    On,
    Off,
}

pub fn run(ctx: &mut Context, args: Args) -> anyhow::Result<()> {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
    let mut config = web::Config::new(ctx.store.path().to_path_buf());
    config.secure_cookies = match args.secure_cookies {
        SecureCookies::On => true,
        SecureCookies::Off => false,
        SecureCookies::Auto => !args.addr.ip().is_loopback(),
    };
    config.readers = args.readers.max(1);
    config.catalogue = catalogue::active().clone();
    config.bundle = Some(ctx.bundle.clone());
    let state = web::state(config).map_err(|e| anyhow::Error::msg(e.message))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| anyhow::anyhow!("cannot start the server's runtime: {e}"))?;
    let open = args.open;
    runtime
        .block_on(web::serve(state, args.addr, |local| {
            let url = format!("http://{local}/");
            println!("The observatory is at {url}  (Ctrl-C stops it)");
            if open {
                let _ = std::process::Command::new("xdg-open")
                    .arg(&url)
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .spawn();
            }
        }))
        .map_err(|e| anyhow::anyhow!("cannot serve on {}: {e}", args.addr))
}
