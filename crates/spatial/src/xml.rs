//! Writing the XML of SVG images — the choropleth maps here and the web's charts — with one
//! escaper and one way to open an accessible SVG, so that every text and every attribute
//! value (ids included) is escaped the same way.

use std::fmt::Write as _;

/// `s` safe as XML text and as an attribute value: `& < > " '` escaped. The apostrophe is
/// written `&#39;`, which both XML and HTML (where the web inlines SVG) read.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The root of an accessible SVG: its attributes, and the `<title>` and `<desc>` that
/// `aria-labelledby` points at.
#[derive(Debug, Clone, Copy)]
pub struct SvgRoot<'a> {
    /// Attributes after `xmlns`, in order; values are escaped when written.
    pub attributes: &'a [(&'a str, &'a str)],
    /// (id, text) of the root `<title>`.
    pub title: (&'a str, &'a str),
    /// (id, text) of the root `<desc>`.
    pub desc: (&'a str, &'a str),
    /// Written after the opening tag and after the title (a newline, or nothing).
    pub separator: &'a str,
}

/// Writes the opening `<svg …>` tag, the title and the description of `root` to `out`.
pub fn open_svg(out: &mut String, root: &SvgRoot<'_>) {
    out.push_str(r#"<svg xmlns="http://www.w3.org/2000/svg""#);
    for (name, value) in root.attributes {
        let _ = write!(out, r#" {name}="{}""#, escape_xml(value));
    }
    let _ = write!(
        out,
        r#">{sep}<title id="{}">{}</title>{sep}<desc id="{}">{}</desc>"#,
        escape_xml(root.title.0),
        escape_xml(root.title.1),
        escape_xml(root.desc.0),
        escape_xml(root.desc.1),
        sep = root.separator,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_texts_are_escaped() {
        let mut s = String::new();
        open_svg(
            &mut s,
            &SvgRoot {
                attributes: &[("role", "img"), ("aria-labelledby", "a\"b-t a\"b-d")],
                title: ("a\"b-t", "A & B's"),
                desc: ("a\"b-d", "<none>"),
                separator: "",
            },
        );
        assert_eq!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="a&quot;b-t a&quot;b-d"><title id="a&quot;b-t">A &amp; B&#39;s</title><desc id="a&quot;b-d">&lt;none&gt;</desc>"#
        );
    }
}
