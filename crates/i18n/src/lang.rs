//! The languages, and choosing one from what a reader asked for.

/// A language of the observatory. The order is the order of the language switcher.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Bg,
    Hr,
    It,
    Sk,
    Cs,
}

impl Lang {
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::De,
        Lang::Bg,
        Lang::Hr,
        Lang::It,
        Lang::Sk,
        Lang::Cs,
    ];

    /// The BCP 47 tag (`<html lang>`, `Content-Language`, file folders).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Bg => "bg",
            Lang::Hr => "hr",
            Lang::It => "it",
            Lang::Sk => "sk",
            Lang::Cs => "cs",
        }
    }

    /// The language's name in itself, as a language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Bg => "Български",
            Lang::Hr => "Hrvatski",
            Lang::It => "Italiano",
            Lang::Sk => "Slovenčina",
            Lang::Cs => "Čeština",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The language of a tag or locale name: `de`, `de-AT`, `cs_CZ.UTF-8`, `HR`. Only the
    /// primary language counts (Austrian German is German).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The best of our languages for an `Accept-Language` header (RFC 9110 §12.5.4):
    /// the highest `q` among the ones we speak, the header's order breaking ties; English
    /// when none is spoken (or the header is empty or malformed).
    pub fn negotiate(accept_language: &str) -> Lang {
        let mut best: Option<(f32, Lang)> = None;
        for part in accept_language.split(',') {
            let mut pieces = part.split(';');
            let Some(lang) = pieces.next().and_then(Lang::from_tag) else {
                continue;
            };
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
                best = Some((q, lang));
            }
        }
        best.map(|(_, l)| l).unwrap_or_default()
    }

    /// The language of the process's locale, as POSIX programs read it: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG` (the first that is set and not empty); English for `C`,
    /// `POSIX` or a language we do not speak.
    pub fn from_env() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::from_tag(&v))
            .unwrap_or_default()
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::from_tag(s).ok_or_else(|| {
            format!(
                "no language '{s}': the observatory speaks {}",
                Lang::ALL.map(|l| l.tag()).join(", ")
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_quality_that_we_speak_wins() {
        assert_eq!(
            Lang::negotiate("fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7"),
            Lang::De
        );
        assert_eq!(Lang::negotiate("en;q=0.5, cs;q=0.9"), Lang::Cs);
        assert_eq!(Lang::negotiate("hr-HR"), Lang::Hr);
        assert_eq!(Lang::negotiate("de-AT, de;q=0.9"), Lang::De);
        assert_eq!(Lang::negotiate("sk;q=0, it"), Lang::It);
        assert_eq!(Lang::negotiate("fr, pl"), Lang::En);
        assert_eq!(Lang::negotiate(""), Lang::En);
        assert_eq!(Lang::negotiate(";;,q=x"), Lang::En);
    }

    #[test]
    fn locale_names_of_posix_are_read() {
        assert_eq!(Lang::from_tag("cs_CZ.UTF-8"), Some(Lang::Cs));
        assert_eq!(Lang::from_tag("bg_BG@euro"), Some(Lang::Bg));
        assert_eq!(Lang::from_tag("C.UTF-8"), None);
        assert_eq!("HR".parse::<Lang>(), Ok(Lang::Hr));
        assert!("xx".parse::<Lang>().is_err());
    }
}
