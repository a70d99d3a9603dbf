//! From what a user types to an FTS5 query: every word becomes a quoted prefix term
//! (`"sprachkurs"*`), and the words are ANDed. A word is a run of letters and digits, so
//! nothing the user types (quotes, `*`, `:`, `^`, parentheses, `NEAR`, `OR`) can reach FTS5
//! as syntax: at worst it is a word to look for.

/// The most words a query keeps (the rest are dropped: a search box is not a document).
pub const MAX_WORDS: usize = 12;

/// The FTS5 query of `text`, or None when it has no word to look for.
pub fn fts_query(text: &str) -> Option<String> {
    let terms: Vec<String> = words(text).map(|w| format!("\"{w}\"*")).collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

/// The words of `text`: runs of letters and digits (any script), at most [`MAX_WORDS`].
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_quoted_prefixes_anded() {
        assert_eq!(
            fts_query("language course").as_deref(),
            Some("\"language\"* AND \"course\"*")
        );
        assert_eq!(fts_query("Košice").as_deref(), Some("\"Košice\"*"));
        assert_eq!(fts_query("  ").as_deref(), None);
    }

    #[test]
    fn fts_syntax_typed_by_a_user_stays_words() {
        assert_eq!(
            fts_query("\"a\" OR title:b* NEAR(c)").as_deref(),
            Some("\"a\"* AND \"OR\"* AND \"title\"* AND \"b\"* AND \"NEAR\"* AND \"c\"*")
        );
        assert_eq!(fts_query("\"*^-:()").as_deref(), None);
        assert_eq!(words(&"w ".repeat(40)).count(), MAX_WORDS);
    }
}
