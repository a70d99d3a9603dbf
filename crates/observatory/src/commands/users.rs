//! Accounts from the command line: `create-admin` (the first administrator — there is no
//! default password), `add-user` (a role, scoped to a city for editors and approvers) and
//! `create-token` (an API token for scripts, shown once and stored hashed).

use crate::commands::Context;
use std::io::{BufRead, IsTerminal};
use store::users::{Grant, Role};

#[derive(Debug, clap::Args)]
pub struct AdminArgs {
    /// The administrator's e-mail (their login)
    #[arg(long)]
    pub email: String,
    #[arg(long, default_value = "Administrator")]
    pub name: String,
    /// Read the password from standard input (one line) instead of a prompt
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Roles: admin, viewer (network/national: reads every city), editor (uploads and submits one city's figures), approver (publishes or returns them).
Example: observatory add-user --email ana@osijek.hr --role editor --city Osijek --password-stdin"
)]
pub struct UserArgs {
    #[arg(long)]
    pub email: String,
    #[arg(long, default_value = "")]
    pub name: String,
    /// admin, viewer, editor or approver
    #[arg(long)]
    pub role: String,
    /// The city (code or name) of an editor or approver
    #[arg(long)]
    pub city: Option<String>,
    /// Read the password from standard input (one line) instead of a prompt
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, clap::Args)]
pub struct TokenArgs {
    /// Whose token (it acts with their roles)
    #[arg(long)]
    pub email: String,
    /// What the token is for
    #[arg(long, default_value = "script")]
    pub name: String,
}

fn read_password(from_stdin: bool) -> Result<String, String> {
    let password = if from_stdin || !std::io::stdin().is_terminal() {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| format!("cannot read the password: {e}"))?;
        line.trim_end_matches(['\r', '\n']).to_string()
    } else {
        let first = rpassword::prompt_password("Password (12 characters or more): ")
            .map_err(|e| format!("cannot read the password: {e}"))?;
        let second = rpassword::prompt_password("The same again: ")
            .map_err(|e| format!("cannot read the password: {e}"))?;
        if first != second {
            return Err("the two passwords differ".into());
        }
        first
    };
    if password.chars().count() < 12 {
        return Err("the password needs at least 12 characters".into());
    }
    Ok(password)
}

fn create(
    ctx: &mut Context,
    email: &str,
    name: &str,
    grant: Grant,
    stdin: bool,
) -> Result<(), String> {
    if !email.contains('@') {
        return Err(format!("--email: '{email}' is not an e-mail address"));
    }
    let password = read_password(stdin)?;
    let hash = web::auth::hash_password(&password)?;
    let role = grant.role;
    let city = grant.city.clone();
    let id = ctx
        .store
        .create_user("cli", email, name, &hash, &[grant])
        .map_err(|e| e.to_string())?;
    println!(
        "created user #{id} {email}: {}{}",
        role.as_str(),
        if city.is_empty() {
            String::new()
        } else {
            format!(" of {city}")
        }
    );
    Ok(())
}

pub fn create_admin(ctx: &mut Context, args: AdminArgs) -> Result<(), String> {
    create(
        ctx,
        &args.email,
        &args.name,
        Grant {
            role: Role::Admin,
            city: String::new(),
        },
        args.password_stdin,
    )
}

pub fn add_user(ctx: &mut Context, args: UserArgs) -> Result<(), String> {
    let role = Role::parse(&args.role).ok_or_else(|| {
        format!(
            "--role: '{}': choose admin, viewer, editor or approver",
            args.role
        )
    })?;
    let city = if role.is_global() {
        String::new()
    } else {
        let c = args.city.as_deref().ok_or_else(|| {
            format!(
                "--city: an {} acts for one city; give its name or code",
                role.as_str()
            )
        })?;
        crate::places::resolve(&ctx.store, c)?.code.to_string()
    };
    create(
        ctx,
        &args.email,
        &args.name,
        Grant { role, city },
        args.password_stdin,
    )
}

pub fn create_token(ctx: &mut Context, args: TokenArgs) -> Result<(), String> {
    let user = ctx
        .store
        .user_by_email(&args.email)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| {
            format!(
                "no user {}: create one with `observatory add-user`",
                args.email
            )
        })?;
    let token = web::auth::new_api_token();
    ctx.store
        .create_api_token("cli", user.id, &args.name, &web::auth::sha256_hex(&token))
        .map_err(|e| e.to_string())?;
    eprintln!(
        "API token for {} (shown once; only its hash is stored):",
        user.email
    );
    println!("{token}");
    Ok(())
}
