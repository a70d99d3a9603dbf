//! Text that is not UTF-8. Offices in Croatia, Czechia and Slovakia often save CSV files in
//! Windows-1250 (Central European), and in Italy, Germany and Austria in Windows-1252: the
//! reader never guesses. A file that is not UTF-8 is refused with the encoding it most
//! likely is — a word of the file read that way, for the user to recognise — and the user
//! chooses: `--encoding windows-1250` (or the upload form's Encoding), or saves it as UTF-8.

use crate::error::IngestError;
use crate::input::Input;

/// The encodings a user may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Windows1250,
    Windows1252,
    Iso8859_2,
}

impl TextEncoding {
    pub const ALL: [TextEncoding; 4] = [
        TextEncoding::Utf8,
        TextEncoding::Windows1250,
        TextEncoding::Windows1252,
        TextEncoding::Iso8859_2,
    ];

    /// The name on the command line and the upload form.
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Windows1250 => "windows-1250",
            TextEncoding::Windows1252 => "windows-1252",
            TextEncoding::Iso8859_2 => "iso-8859-2",
        }
    }

    /// What the encoding is for, in words.
    pub fn description(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "Unicode",
            TextEncoding::Windows1250 => {
                "Central European: Croatian, Czech, Slovak, Polish, Hungarian"
            }
            TextEncoding::Windows1252 => "Western European: Italian, German, French, Spanish",
            TextEncoding::Iso8859_2 => "Central European, ISO (Latin-2)",
        }
    }

    /// `windows-1250`, `cp1250`, `latin-2`, … (case ignored).
    pub fn parse(text: &str) -> Option<TextEncoding> {
        let t = text.trim().to_ascii_lowercase().replace('_', "-");
        Some(match t.as_str() {
            "utf-8" | "utf8" => TextEncoding::Utf8,
            "windows-1250" | "cp1250" | "win1250" => TextEncoding::Windows1250,
            "windows-1252" | "cp1252" | "win1252" | "latin-1" | "latin1" | "iso-8859-1" => {
                TextEncoding::Windows1252
            }
            "iso-8859-2" | "latin-2" | "latin2" => TextEncoding::Iso8859_2,
            _ => return None,
        })
    }

    fn codec(self) -> &'static encoding_rs::Encoding {
        match self {
            TextEncoding::Utf8 => encoding_rs::UTF_8,
            TextEncoding::Windows1250 => encoding_rs::WINDOWS_1250,
            TextEncoding::Windows1252 => encoding_rs::WINDOWS_1252,
            TextEncoding::Iso8859_2 => encoding_rs::ISO_8859_2,
        }
    }
}

/// The input as UTF-8 text in memory (a byte-order mark of UTF-8 is kept for the readers).
/// A file that does not decode cleanly in the chosen encoding is refused: a wrong choice
/// must not turn into wrong names.
pub fn transcode(input: &Input, encoding: TextEncoding) -> Result<Input, IngestError> {
    if encoding == TextEncoding::Utf8 {
        return Ok(input.clone());
    }
    let bytes = input.bytes()?;
    let (text, had_errors) = encoding.codec().decode_without_bom_handling(&bytes);
    if had_errors {
        return Err(IngestError::Encoding {
            location: crate::error::Location {
                file: input.path().to_path_buf(),
                ..Default::default()
            },
            byte: 0,
            suggestion: format!("the file is not {} either", encoding.name()),
        });
    }
    Ok(Input::memory(
        input.path().to_path_buf(),
        text.into_owned().into_bytes(),
    ))
}

/// Letters that only Windows-1250 gives at their byte values, and that the languages it is
/// for use (ř ć đ ť ď ľ ĺ ő ű ł ś ź ą ę): Windows-1252 reads the same bytes as ø æ ð and
/// symbols, which Western text hardly has.
const CENTRAL: &str = "řćđťďľĺőűłśźąęŘĆĐŤĎĽĹŐŰŁŚŹĄĘ";
/// Letters at byte values the two encodings read differently (à è ì ò ù in Windows-1252,
/// ŕ č ě ň ů in Windows-1250): Italian has them at the end of a word ("città", "Forlì"),
/// the Slavic languages anywhere ("Čakovec", "Děčín").
const AMBIGUOUS: &str = "àèìòùÀÈÌÒÙ";

/// The encoding a non-UTF-8 text most likely is, with a word of it read that way, or None
/// when its letters say nothing (German umlauts are the same bytes in both).
pub fn suggest(bytes: &[u8]) -> Option<(TextEncoding, String)> {
    let (central_text, _) = encoding_rs::WINDOWS_1250.decode_without_bom_handling(bytes);
    let (western_text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    let mut central = central_text
        .chars()
        .filter(|c| CENTRAL.contains(*c))
        .count();
    let mut western = 0;
    let chars: Vec<char> = western_text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if AMBIGUOUS.contains(*c) {
            let word_end = chars.get(i + 1).is_none_or(|n| !n.is_alphabetic());
            if word_end {
                western += 1;
            } else {
                central += 1;
            }
        }
    }
    let word = |text: &str| {
        text.split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_ascii() && w.chars().all(char::is_alphabetic))
            .unwrap_or_default()
            .to_string()
    };
    match (central, western) {
        (0, 0) => None,
        (c, w) if c >= w => Some((TextEncoding::Windows1250, word(&central_text))),
        _ => Some((TextEncoding::Windows1252, word(&western_text))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_croatian_file_in_windows_1250_is_recognised_and_read() {
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1250.encode("geo_name,Value\nČakovec,1\nĐakovo,2\nKošice,3\n");
        let (enc, word) = suggest(&bytes).unwrap();
        assert_eq!((enc, word.as_str()), (TextEncoding::Windows1250, "Čakovec"));
        let input = Input::memory("x.csv", bytes.into_owned());
        let text = String::from_utf8(
            transcode(&input, enc)
                .unwrap()
                .bytes()
                .unwrap()
                .into_owned(),
        )
        .unwrap();
        assert!(text.contains("Đakovo") && text.contains("Košice"));
    }

    #[test]
    fn an_italian_file_in_windows_1252_is_recognised() {
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1252.encode("comune,Value\nCittà di Castello,1\nForlì,2\n");
        let (enc, word) = suggest(&bytes).unwrap();
        assert_eq!((enc, word.as_str()), (TextEncoding::Windows1252, "Città"));
    }

    #[test]
    fn names_parse() {
        for e in TextEncoding::ALL {
            assert_eq!(TextEncoding::parse(e.name()), Some(e));
        }
        assert_eq!(
            TextEncoding::parse("CP1250"),
            Some(TextEncoding::Windows1250)
        );
        assert_eq!(
            TextEncoding::parse("latin-1"),
            Some(TextEncoding::Windows1252)
        );
        assert_eq!(TextEncoding::parse("ebcdic"), None);
    }
}
