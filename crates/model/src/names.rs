//! Finding places by the names people type.
//!
//! "Kosice" must find Košice and "sao paulo" São Paulo: names are compared after
//! folding case and accents. Unknown or ambiguous names get suggestions ranked by edit
//! distance, so a typo never ends in a bare "not found".

use unicode_normalization::UnicodeNormalization;

/// Folds a name for comparison: lower case, accents removed, letters that do not
/// decompose (ß, ł, ø, đ, æ) spelled out, punctuation and runs of spaces collapsed.
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = true;
    for c in name.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        let mapped: &str = match c {
            'ß' => "ss",
            'ł' | 'Ł' => "l",
            'ø' | 'Ø' => "o",
            'đ' | 'Đ' | 'ð' => "d",
            'æ' | 'Æ' => "ae",
            'œ' | 'Œ' => "oe",
            'ı' => "i",
            'þ' => "th",
            _ => "",
        };
        if !mapped.is_empty() {
            out.push_str(mapped);
            space = false;
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Levenshtein distance on characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The outcome of looking a name up among candidates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup<T> {
    Found(T),
    /// Several candidates match equally well.
    Ambiguous(Vec<T>),
    /// Nothing matches; the closest names, best first.
    NotFound(Vec<T>),
}

/// Looks `query` up among `(name, item)` candidates: an exact folded match wins, then a
/// unique prefix or word match; otherwise suggestions within a small edit distance.
pub fn lookup<T: Clone>(query: &str, candidates: &[(String, T)]) -> Lookup<T> {
    let q = fold(query);
    let folded: Vec<String> = candidates.iter().map(|(n, _)| fold(n)).collect();
    let exact: Vec<usize> = (0..folded.len()).filter(|&i| folded[i] == q).collect();
    if exact.len() == 1 {
        return Lookup::Found(candidates[exact[0]].1.clone());
    }
    if exact.len() > 1 {
        return Lookup::Ambiguous(exact.iter().map(|&i| candidates[i].1.clone()).collect());
    }
    // "Frankfurt" finds "Frankfurt am Main"; "Praha" finds "Praha" before "Praha-západ".
    let partial: Vec<usize> = (0..folded.len())
        .filter(|&i| {
            !q.is_empty()
                && (folded[i].starts_with(&format!("{q} "))
                    || folded[i].split([' ', '/', '(']).any(|w| w == q))
        })
        .collect();
    if partial.len() == 1 {
        return Lookup::Found(candidates[partial[0]].1.clone());
    }
    if partial.len() > 1 {
        return Lookup::Ambiguous(partial.iter().map(|&i| candidates[i].1.clone()).collect());
    }
    let mut scored: Vec<(usize, usize)> = folded
        .iter()
        .enumerate()
        .map(|(i, f)| {
            // Compare with the whole name and with its first word, so that "Koshice"
            // still finds "Košice (greater city)".
            let first = f.split(' ').next().unwrap_or(f);
            let d = edit_distance(&q, f).min(edit_distance(&q, first));
            let d = if f.contains(&q) && !q.is_empty() {
                d.min(2)
            } else {
                d
            };
            (d, i)
        })
        .filter(|&(d, _)| d <= (q.chars().count() / 3).max(2))
        .collect();
    scored.sort();
    Lookup::NotFound(
        scored
            .into_iter()
            .take(5)
            .map(|(_, i)| candidates[i].1.clone())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold("Košice"), "kosice");
        assert_eq!(fold("  São   Paulo "), "sao paulo");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Gießen"), "giessen");
        assert_eq!(fold("Frankfurt (Oder)"), "frankfurt oder");
    }

    #[test]
    fn finds_and_suggests() {
        let c = vec![
            ("Košice".to_string(), 1),
            ("Praha".to_string(), 2),
            ("Frankfurt am Main".to_string(), 3),
            ("Frankfurt (Oder)".to_string(), 4),
        ];
        assert_eq!(lookup("KOSICE", &c), Lookup::Found(1));
        assert_eq!(lookup("praha", &c), Lookup::Found(2));
        assert_eq!(lookup("Frankfurt", &c), Lookup::Ambiguous(vec![3, 4]));
        assert_eq!(lookup("Koshice", &c), Lookup::NotFound(vec![1]));
        let g = vec![("Košice (greater city)".to_string(), 9)];
        assert_eq!(lookup("Koshice", &g), Lookup::NotFound(vec![9]));
        assert_eq!(lookup("kosice", &g), Lookup::Found(9));
        assert_eq!(lookup("Zzzzzzzz", &c), Lookup::NotFound(vec![]));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
