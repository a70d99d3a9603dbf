//! `observatory report CITY -o FILE`: the City Integration Report (the `city-report`
//! crate), as HTML or as PDF by the file's extension, in the language of `--lang` or of
//! the shell's locale (`LANG`).

use super::Context;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
The report holds the city's profile, its indicators by area with intervals and flags, its
peers, neighbourhoods, audit, agenda and scenarios where they exist, sources and a method
annex; published figures only. A PDF is printed by a local Chromium (OBSERVATORY_CHROMIUM or
`chromium` on the PATH); without one, ask for .html and print it from a browser.

Examples:
  observatory report Osijek --lang hr -o osijek-2024.pdf
  LANG=de_AT.UTF-8 observatory report Wien -o wien.html")]
pub struct Args {
    /// The city: name or Urban Audit code
    pub city: String,
    /// The file to write: .pdf or .html
    #[arg(short, long)]
    pub output: std::path::PathBuf,
    /// en, de, bg, hr, it, sk or cs [default: from LC_ALL, LC_MESSAGES or LANG, else en]
    #[arg(long)]
    pub lang: Option<i18n::Lang>,
    /// The year of the figures [default: the latest of each]
    #[arg(long)]
    pub year: Option<i32>,
}

pub fn run(ctx: &mut Context, args: Args) -> anyhow::Result<()> {
    let city = importer::places::resolve(&ctx.store, &args.city)?;
    let lang = args.lang.unwrap_or_else(i18n::Lang::from_env);
    let catalogue: &catalogue::Catalogue = catalogue::active();
    city_report::write(
        &ctx.store,
        catalogue,
        city.code.as_str(),
        args.year,
        lang,
        &args.output,
    )?;
    println!("{} ({lang}): {}", city.name, args.output.display());
    Ok(())
}
