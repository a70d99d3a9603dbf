//! The accounts' command line. The binary flattens [`Command`] into its own commands and
//! prints what [`run`] returns, so `observatory create-admin …` and `observatory users
//! disable …` are parsed and carried out here, by the rules the admin page uses too.

use crate::{AccountError, NewAccount, PasswordHash, Result, TOKEN_DAYS, UserOp};
use std::io::{BufRead, IsTerminal};
use store::Store;
use store::users::{Grant, Role, User};

/// Who the command line acts as in the audit log.
const ACTOR: &str = "cli";

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Create the first administrator (asks for a password; there is no default one)
    CreateAdmin(AdminArgs),
    /// Add a user with a role: admin, viewer, or editor/approver of one city
    AddUser(UserArgs),
    /// Create an API token for a user (for scripts: Authorization: Bearer obs_…)
    CreateToken(TokenArgs),
    /// Accounts: list them, disable or enable, delete, reset a password, change a role, list and revoke API tokens
    #[command(subcommand)]
    Users(Users),
}

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
    #[command(flatten)]
    pub role: RoleArgs,
    /// Read the password from standard input (one line) instead of a prompt
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, clap::Args)]
pub struct RoleArgs {
    /// admin, viewer, editor or approver
    #[arg(long)]
    pub role: String,
    /// The city (code or name) of an editor or approver
    #[arg(long)]
    pub city: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct TokenArgs {
    /// Whose token (it acts with their roles): e-mail or #id
    #[arg(long)]
    pub email: String,
    /// What the token is for
    #[arg(long, default_value = "script")]
    pub name: String,
    /// Days until the token is refused (1 to 365)
    #[arg(long, default_value_t = TOKEN_DAYS)]
    pub days: i64,
}

#[derive(Debug, clap::Subcommand)]
#[command(
    after_help = "A user is named by e-mail or by #id as `observatory users list` shows it.
Examples:
  observatory users list
  observatory users disable ana@osijek.hr
  observatory users role ana@osijek.hr --role approver --city Osijek
  echo 'a new long password' | observatory users password ana@osijek.hr --password-stdin
  observatory users tokens
  observatory users revoke 3
Every change is in the audit log (the admin page shows it)."
)]
pub enum Users {
    /// Every account: roles, state, API tokens
    List,
    /// Disable an account: no login, sessions end, API tokens refused; nothing deleted
    Disable { user: String },
    /// Enable a disabled account again
    Enable { user: String },
    /// Delete an account with its roles, sessions and tokens (its history stays in the audit log)
    Delete {
        user: String,
        /// Confirm the deletion
        #[arg(long)]
        yes: bool,
    },
    /// Set a new password (the user's sessions end)
    Password {
        user: String,
        /// Read the password from standard input (one line) instead of a prompt
        #[arg(long)]
        password_stdin: bool,
    },
    /// Give the user one role in place of the current ones
    Role {
        user: String,
        #[command(flatten)]
        role: RoleArgs,
    },
    /// API tokens (never the tokens themselves): of one user, or of all
    Tokens { user: Option<String> },
    /// Revoke an API token by its number in `users tokens`
    Revoke { token: i64 },
}

/// Carries out `command` on `store`; returns what goes to standard output (messages for
/// a person go to standard error, so that `create-token`'s output is the token alone).
pub fn run(store: &mut Store, command: Command) -> Result<String> {
    match command {
        Command::CreateAdmin(a) => {
            let admin = Grant {
                role: Role::Admin,
                city: String::new(),
            };
            create(store, &a.email, &a.name, admin, a.password_stdin)
        }
        Command::AddUser(a) => {
            let grant = crate::grant(store, &a.role.role, a.role.city.as_deref())?;
            create(store, &a.email, &a.name, grant, a.password_stdin)
        }
        Command::CreateToken(a) => {
            let user = crate::find(store, &a.email)?;
            let token = crate::issue_token(store, ACTOR, user.id, &a.name, a.days)?;
            eprintln!(
                "API token for {} (valid {} days; shown once, only its hash is stored):",
                user.email, a.days
            );
            Ok(format!("{token}\n"))
        }
        Command::Users(u) => users(store, u),
    }
}

fn users(store: &mut Store, command: Users) -> Result<String> {
    let (user, op, done) = match command {
        Users::List => return Ok(user_table(&store.users()?)),
        Users::Tokens { user } => return token_table(store, user.as_deref()),
        Users::Revoke { token } => {
            crate::revoke(store, ACTOR, token)?;
            return Ok(format!("revoked API token #{token}\n"));
        }
        Users::Disable { user } => (user, UserOp::Disable, "disabled"),
        Users::Enable { user } => (user, UserOp::Enable, "enabled"),
        Users::Delete { user, yes } => {
            if !yes {
                return Err(AccountError::Confirm(user));
            }
            (user, UserOp::Delete, "deleted")
        }
        Users::Password {
            user,
            password_stdin,
        } => {
            crate::find(store, &user)?;
            let hash = PasswordHash::new(&read_password(password_stdin)?)?;
            (user, UserOp::Password(hash), "has a new password")
        }
        Users::Role { user, role } => {
            let grant = crate::grant(store, &role.role, role.city.as_deref())?;
            (user, UserOp::Role(grant), "has a new role")
        }
    };
    let found = crate::find(store, &user)?;
    crate::change(store, ACTOR, found.id, &op)?;
    let after = store.user(found.id)?;
    Ok(format!(
        "user #{} {} {done}{}\n",
        found.id,
        found.email,
        after
            .map(|u| format!(": {}", roles(&u)))
            .unwrap_or_default()
    ))
}

fn create(store: &mut Store, email: &str, name: &str, grant: Grant, stdin: bool) -> Result<String> {
    // The e-mail is checked before the password is asked for.
    crate::check_email(email)?;
    let account = NewAccount::new(
        email,
        name,
        PasswordHash::new(&read_password(stdin)?)?,
        grant,
    )?;
    let id = account.create(store, ACTOR)?;
    Ok(format!(
        "created user #{id} {}: {}\n",
        account.email,
        grant_label(&account.grant)
    ))
}

/// A password from standard input (one line) or, at a terminal, typed twice at a prompt.
fn read_password(from_stdin: bool) -> Result<String> {
    let io = |e: std::io::Error| AccountError::Input(e.to_string());
    if from_stdin || !std::io::stdin().is_terminal() {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(io)?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_string());
    }
    let prompt = format!(
        "Password ({} characters or more): ",
        crate::MIN_PASSWORD_CHARS
    );
    let first = rpassword::prompt_password(prompt).map_err(io)?;
    let second = rpassword::prompt_password("The same again: ").map_err(io)?;
    if first != second {
        return Err(AccountError::Input("the two passwords differ".into()));
    }
    Ok(first)
}

fn grant_label(g: &Grant) -> String {
    if g.city.is_empty() {
        g.role.as_str().to_string()
    } else {
        format!("{} of {}", g.role.as_str(), g.city)
    }
}

fn roles(u: &User) -> String {
    let list: Vec<String> = u.grants.iter().map(grant_label).collect();
    match list.is_empty() {
        true => "no role".into(),
        false => list.join(", "),
    }
}

/// One account per line, aligned; the columns a person scans first come first.
fn user_table(users: &[User]) -> String {
    let rows: Vec<[String; 5]> = users
        .iter()
        .map(|u| {
            [
                format!("#{}", u.id),
                u.email.clone(),
                roles(u),
                if u.disabled { "disabled" } else { "enabled" }.into(),
                u.name.clone(),
            ]
        })
        .collect();
    table(["user", "e-mail", "roles", "state", "name"], rows)
}

fn token_table(store: &Store, user: Option<&str>) -> Result<String> {
    let users = match user {
        Some(who) => vec![crate::find(store, who)?],
        None => store.users()?,
    };
    let mut rows = Vec::new();
    for u in &users {
        for t in store.api_tokens(u.id)? {
            let ends = t.expires_at.map_or("never".to_string(), crate::day);
            let state = if t.expired() { "expired" } else { "valid" };
            rows.push([
                format!("#{}", t.id),
                u.email.clone(),
                t.name.clone(),
                t.created_at.chars().take(10).collect(),
                format!("{ends} ({state})"),
            ]);
        }
    }
    Ok(table(["token", "user", "for", "created", "expires"], rows))
}

/// The listing as the other commands print theirs ([`report::Table`]); "(none)" when empty.
fn table<const N: usize>(head: [&str; N], rows: Vec<[String; N]>) -> String {
    let mut t = report::Table::new(head.to_vec());
    let empty = rows.is_empty();
    for r in rows {
        t.push(r.to_vec());
    }
    let mut out = t.render();
    if empty {
        out.push_str("(none)\n");
    }
    out
}
