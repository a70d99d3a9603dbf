//! Numbers in the reader's locale: CLDR's decimal and grouping symbols and grouping rules
//! (Czech groups with a no-break space and not below five digits? CLDR decides, not us),
//! through ICU4X's compiled data.

use crate::Lang;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;
use std::sync::OnceLock;

fn formatter(lang: Lang) -> &'static DecimalFormatter {
    static FORMATTERS: OnceLock<Vec<DecimalFormatter>> = OnceLock::new();
    let all = FORMATTERS.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                // Every tag is a plain language subtag that CLDR has: these cannot fail.
                let locale = Locale::try_from_str(l.tag()).unwrap_or(Locale::UNKNOWN);
                DecimalFormatter::try_new(locale.into(), Default::default())
                    .or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()))
                    .expect("ICU4X's compiled data has a root decimal format")
            })
            .collect()
    });
    &all[lang.index()]
}

impl Lang {
    /// `value` with `decimals` digits after the separator, rounded half away from zero as
    /// printed figures are, in this language's format: `number(1234.5, 1)` is "1,234.5" in
    /// English, "1 234,5" in Czech (a no-break space), "1.234,5" in German. Not a number
    /// or infinite: "–".
    pub fn number(self, value: f64, decimals: usize) -> String {
        if !value.is_finite() {
            return "–".into();
        }
        // Rust's `{:.N}` rounds the binary value exactly; the decimal text is then exact.
        let text = format!("{value:.decimals$}");
        match text.parse::<Decimal>() {
            Ok(d) => formatter(self).format_to_string(&d),
            Err(_) => text,
        }
    }

    /// A whole number (a count of persons, a year's euros) in this language's format.
    pub fn integer(self, value: i64) -> String {
        formatter(self).format_to_string(&Decimal::from(value))
    }

    /// A share, `value` in percent, with a narrow no-break space before `%` where the
    /// language writes one (all but English and Bulgarian? the messages decide: this is
    /// only the number).
    pub fn percent_number(self, value: f64, decimals: usize) -> String {
        self.number(value, decimals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seven_locales_format_as_cldr_says() {
        // Expected values: CLDR 47 (the data ICU4X 2.4 compiles in): decimal and group
        // symbols and minimum grouping digits of each locale.
        let n = 1234567.891;
        assert_eq!(Lang::En.number(n, 1), "1,234,567.9");
        assert_eq!(Lang::De.number(n, 1), "1.234.567,9");
        assert_eq!(Lang::Hr.number(n, 1), "1.234.567,9");
        assert_eq!(Lang::It.number(n, 1), "1.234.567,9");
        assert_eq!(Lang::Cs.number(n, 1), "1\u{a0}234\u{a0}567,9");
        assert_eq!(Lang::Sk.number(n, 1), "1\u{a0}234\u{a0}567,9");
        assert_eq!(Lang::Bg.number(n, 1), "1\u{a0}234\u{a0}567,9");
        assert_eq!(Lang::En.number(-0.05, 1), "-0.1");
        assert_eq!(Lang::De.number(2.0, 0), "2");
        assert_eq!(Lang::En.number(f64::NAN, 1), "–");
        assert_eq!(Lang::Cs.integer(-12000), "-12\u{a0}000");
    }
}
