//! Eurostat code lists, for files that carry labels instead of codes.
//!
//! Eurostat's "labels only" CSV downloads write `Females` for `F` and `Reporting
//! country` for `NAT`. Stored under labels, such values would never meet the same
//! figures imported from a coded file, so labels are mapped back to codes here. A label
//! that is not in these lists is kept as it is, and the import report says so.

/// The code for `label` in dimension `dim`, if known.
pub fn code_for(dim: &str, label: &str) -> Option<String> {
    let l = label.trim();
    if l.is_empty() {
        return None;
    }
    let fixed: &[(&str, &str)] = match dim {
        "freq" => &[
            ("Annual", "A"),
            ("Semi-annual", "S"),
            ("Quarterly", "Q"),
            ("Monthly", "M"),
        ],
        "sex" => &[("Females", "F"), ("Males", "M"), ("Total", "T")],
        "unit" => &[
            ("Percentage", "PC"),
            ("Thousand persons", "THS_PER"),
            ("Euro", "EUR"),
            ("Number", "NR"),
            ("Person", "PER"),
            ("Purchasing power standard (PPS)", "PPS"),
        ],
        "citizen" | "c_birth" => &[
            ("Total", "TOTAL"),
            ("Reporting country", "NAT"),
            ("Foreign country", "FOR"),
            ("Foreign country and stateless", "FOR_STLS"),
            ("Stateless", "STLS"),
            ("No response", "NRP"),
            (
                "EU27 countries (from 2020) except reporting country",
                "EU27_2020_FOR",
            ),
            (
                "Non-EU27 countries (from 2020) nor reporting country",
                "NEU27_2020_FOR",
            ),
            (
                "EU28 countries (2013-2020) except reporting country",
                "EU28_FOR",
            ),
            (
                "Non-EU28 countries (2013-2020) nor reporting country",
                "NEU28_FOR",
            ),
            (
                "European Free Trade Association except reporting country",
                "EFTA_FOR",
            ),
        ],
        "indic_il" => &[
            ("Median equivalised net income", "MED_E"),
            ("Mean equivalised net income", "MEI_E"),
        ],
        "geo" => COUNTRIES,
        _ => &[],
    };
    if let Some((_, c)) = fixed.iter().find(|(lab, _)| *lab == l) {
        return Some((*c).to_string());
    }
    if dim == "age" {
        return age_code(l);
    }
    None
}

/// `From 15 to 74 years` → `Y15-74`, `16 years or over` → `Y_GE16`,
/// `Less than 15 years` → `Y_LT15`, `Total` → `TOTAL`.
fn age_code(l: &str) -> Option<String> {
    if l == "Total" {
        return Some("TOTAL".into());
    }
    let words: Vec<&str> = l.split_whitespace().collect();
    match words.as_slice() {
        ["From", a, "to", b, "years"] => Some(format!("Y{a}-{b}")),
        [a, "years", "or", "over"] => Some(format!("Y_GE{a}")),
        ["Less", "than", a, "years"] => Some(format!("Y_LT{a}")),
        _ => None,
    }
}

/// Eurostat's country and aggregate names (as in its dissemination database, 2025).
pub const COUNTRIES: &[(&str, &str)] = &[
    ("Albania", "AL"),
    ("Austria", "AT"),
    ("Belgium", "BE"),
    ("Bosnia and Herzegovina", "BA"),
    ("Bulgaria", "BG"),
    ("Croatia", "HR"),
    ("Cyprus", "CY"),
    ("Czechia", "CZ"),
    ("Denmark", "DK"),
    ("Estonia", "EE"),
    ("Finland", "FI"),
    ("France", "FR"),
    ("Germany", "DE"),
    ("Greece", "EL"),
    ("Hungary", "HU"),
    ("Iceland", "IS"),
    ("Ireland", "IE"),
    ("Italy", "IT"),
    ("Kosovo*", "XK"),
    ("Latvia", "LV"),
    ("Liechtenstein", "LI"),
    ("Lithuania", "LT"),
    ("Luxembourg", "LU"),
    ("Malta", "MT"),
    ("Montenegro", "ME"),
    ("Netherlands", "NL"),
    ("North Macedonia", "MK"),
    ("Norway", "NO"),
    ("Poland", "PL"),
    ("Portugal", "PT"),
    ("Romania", "RO"),
    ("Serbia", "RS"),
    ("Slovakia", "SK"),
    ("Slovenia", "SI"),
    ("Spain", "ES"),
    ("Sweden", "SE"),
    ("Switzerland", "CH"),
    ("Türkiye", "TR"),
    ("United Kingdom", "UK"),
    ("Ukraine", "UA"),
    ("Moldova", "MD"),
    ("Georgia", "GE"),
    ("European Union - 27 countries (from 2020)", "EU27_2020"),
    ("European Union - 28 countries (2013-2020)", "EU28"),
    ("European Union - 27 countries (2007-2013)", "EU27_2007"),
    (
        "European Union (EU6-1958, EU9-1973, EU10-1981, EU12-1986, EU15-1995, EU25-2004, EU27-2007, EU28-2013, EU27-2020)",
        "EU",
    ),
    (
        "Euro area (EA11-1999, EA12-2001, EA13-2007, EA15-2008, EA16-2009, EA17-2011, EA18-2014, EA19-2015, EA20-2023)",
        "EA",
    ),
    ("Euro area - 18 countries (2014)", "EA18"),
    ("Euro area - 19 countries  (2015-2022)", "EA19"),
    ("Euro area – 20 countries (from 2023)", "EA20"),
];

/// The English name of a country code, for geographies first met in coded files.
pub fn country_name(code: &str) -> Option<&'static str> {
    COUNTRIES.iter().find(|(_, c)| *c == code).map(|(n, _)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_labels_to_codes() {
        assert_eq!(code_for("sex", "Females").as_deref(), Some("F"));
        assert_eq!(
            code_for("age", "From 15 to 74 years").as_deref(),
            Some("Y15-74")
        );
        assert_eq!(
            code_for("age", "16 years or over").as_deref(),
            Some("Y_GE16")
        );
        assert_eq!(code_for("geo", "Greece").as_deref(), Some("EL"));
        assert_eq!(
            code_for(
                "citizen",
                "Non-EU27 countries (from 2020) nor reporting country"
            )
            .as_deref(),
            Some("NEU27_2020_FOR")
        );
        assert_eq!(code_for("lev_perc", "Good"), None);
        assert_eq!(country_name("SK"), Some("Slovakia"));
    }
}
