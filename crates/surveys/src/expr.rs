//! The XLSForm expressions of `relevant` and `constraint` columns that the observatory
//! evaluates itself, a small part of ODK's XPath:
//!
//! * references `${question}`, and `.` for the question's own answer (constraints only);
//! * literals: `'text'` or `"text"`, numbers (`15`, `-2.5`), `true()`, `false()`;
//! * comparisons `=`, `!=`, `<`, `<=`, `>`, `>=`;
//! * `and`, `or`, `not(…)`, parentheses;
//! * `selected(${q}, 'choice')` and `count-selected(${q})`.
//!
//! Anything else — arithmetic, paths (`../q`), other functions (`regex`, `today`,
//! `string-length`, …) — is refused with the position and what is not supported, so that a
//! form never carries a condition the observatory would evaluate differently from ODK.
//!
//! **Values** follow XPath 1.0 as ODK Collect does: an unanswered question is the empty text;
//! a multiple choice is its choice names separated by spaces; `=` and `!=` compare as numbers
//! when either side is a number, as booleans when either is a boolean, else as texts;
//! `<`, `<=`, `>`, `>=` compare as numbers, and two texts that are not numbers (ISO dates
//! such as `'2024-01-31'`) compare as texts, which orders ISO dates correctly. A comparison
//! with an unanswered number is false (it is NaN), except `!=`, which is true.

use crate::answer::{Answer, Answers};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A parsed expression with its source text.
#[derive(Debug, Clone, PartialEq)]
pub struct Expression {
    source: String,
    expr: Expr,
}

/// The syntax tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Text(String),
    Number(f64),
    Bool(bool),
    /// `${name}`.
    Ref(String),
    /// `.`: the answer being checked.
    Current,
    Compare(Box<Expr>, Op, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    /// `selected(answer, 'choice')`.
    Selected(Box<Expr>, String),
    /// `count-selected(answer)`.
    CountSelected(Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// Why an expression was refused: the position (1-based character) and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExprError {
    pub position: usize,
    pub message: String,
}

impl fmt::Display for ExprError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at character {}: {}", self.position, self.message)
    }
}

impl std::error::Error for ExprError {}

const SUPPORTED: &str = "supported are ${question}, '.', texts, numbers, = != < <= > >=, and, or, not(), selected(), count-selected(), true(), false()";

impl Expression {
    pub fn parse(source: &str) -> Result<Expression, ExprError> {
        let tokens = lex(source)?;
        let mut p = Parser { tokens, at: 0 };
        let expr = p.or()?;
        if let Some(t) = p.peek() {
            return Err(ExprError {
                position: t.position,
                message: format!(
                    "unexpected {} after a complete expression",
                    t.kind.describe()
                ),
            });
        }
        Ok(Expression {
            source: source.to_string(),
            expr,
        })
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn expr(&self) -> &Expr {
        &self.expr
    }

    /// The questions referred to with `${…}`, in order of appearance (repeats included).
    pub fn references(&self) -> Vec<&str> {
        let mut out = Vec::new();
        walk(&self.expr, &mut |e| {
            if let Expr::Ref(name) = e {
                out.push(name.as_str());
            }
        });
        out
    }

    /// The expression uses `.`.
    pub fn uses_current(&self) -> bool {
        let mut found = false;
        walk(&self.expr, &mut |e| found |= matches!(e, Expr::Current));
        found
    }

    /// Whether the condition holds for these answers, `current` being the answer `.` stands
    /// for.
    pub fn holds(&self, answers: &Answers, current: Option<&Answer>) -> bool {
        truthy(&eval(&self.expr, answers, current))
    }
}

impl fmt::Display for Expression {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

impl Serialize for Expression {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.source)
    }
}

impl<'de> Deserialize<'de> for Expression {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let source = String::deserialize(d)?;
        Expression::parse(&source).map_err(serde::de::Error::custom)
    }
}

fn walk<'e>(e: &'e Expr, f: &mut dyn FnMut(&'e Expr)) {
    f(e);
    match e {
        Expr::Compare(a, _, b) | Expr::And(a, b) | Expr::Or(a, b) => {
            walk(a, f);
            walk(b, f);
        }
        Expr::Not(a) | Expr::Selected(a, _) | Expr::CountSelected(a) => walk(a, f),
        Expr::Text(_) | Expr::Number(_) | Expr::Bool(_) | Expr::Ref(_) | Expr::Current => {}
    }
}

// ---------------------------------------------------------------------------------------
// Lexing

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ref(String),
    Dot,
    Text(String),
    Number(f64),
    Name(String),
    Op(Op),
    Open,
    Close,
    Comma,
}

impl Tok {
    fn describe(&self) -> String {
        match self {
            Tok::Ref(n) => format!("${{{n}}}"),
            Tok::Dot => "'.'".into(),
            Tok::Text(t) => format!("the text '{t}'"),
            Tok::Number(n) => format!("the number {n}"),
            Tok::Name(n) => format!("'{n}'"),
            Tok::Op(op) => format!("'{}'", op_text(*op)),
            Tok::Open => "'('".into(),
            Tok::Close => "')'".into(),
            Tok::Comma => "','".into(),
        }
    }
}

fn op_text(op: Op) -> &'static str {
    match op {
        Op::Eq => "=",
        Op::Ne => "!=",
        Op::Lt => "<",
        Op::Le => "<=",
        Op::Gt => ">",
        Op::Ge => ">=",
    }
}

#[derive(Debug, Clone)]
struct Token {
    kind: Tok,
    position: usize,
}

fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':')
}

fn lex(src: &str) -> Result<Vec<Token>, ExprError> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let err = |i: usize, message: String| ExprError {
        position: i + 1,
        message,
    };
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        let push = |out: &mut Vec<Token>, kind| {
            out.push(Token {
                kind,
                position: start + 1,
            })
        };
        match c {
            c if c.is_whitespace() => i += 1,
            '$' => {
                if chars.get(i + 1) != Some(&'{') {
                    return Err(err(i, "'$' must start a reference such as ${age}".into()));
                }
                let close = chars[i + 2..]
                    .iter()
                    .position(|&c| c == '}')
                    .ok_or_else(|| err(i, "the reference has no closing '}'".into()))?;
                let name: String = chars[i + 2..i + 2 + close].iter().collect();
                let name = name.trim().to_string();
                if name.is_empty()
                    || !name.chars().next().is_some_and(is_name_start)
                    || !name.chars().all(is_name_char)
                {
                    return Err(err(i, format!("'${{{name}}}' is not a question name")));
                }
                push(&mut out, Tok::Ref(name));
                i += close + 3;
            }
            '\'' | '"' => {
                let close = chars[i + 1..]
                    .iter()
                    .position(|&q| q == c)
                    .ok_or_else(|| err(i, format!("the text has no closing {c}")))?;
                push(
                    &mut out,
                    Tok::Text(chars[i + 1..i + 1 + close].iter().collect()),
                );
                i += close + 2;
            }
            '.' if chars.get(i + 1) == Some(&'.') => {
                return Err(err(
                    i,
                    "paths such as ../question are not supported; refer to the question as ${question}"
                        .into(),
                ));
            }
            '.' if !chars.get(i + 1).is_some_and(char::is_ascii_digit) => {
                push(&mut out, Tok::Dot);
                i += 1;
            }
            c if c.is_ascii_digit() || c == '.' => {
                let mut j = i;
                while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == '.') {
                    j += 1;
                }
                let text: String = chars[i..j].iter().collect();
                let n: f64 = text
                    .parse()
                    .map_err(|_| err(i, format!("'{text}' is not a number")))?;
                push(&mut out, Tok::Number(n));
                i = j;
            }
            '-' if chars
                .get(i + 1)
                .is_some_and(|c| c.is_ascii_digit() || *c == '.')
                && !matches!(
                    out.last().map(|t: &Token| &t.kind),
                    Some(Tok::Ref(_) | Tok::Dot | Tok::Text(_) | Tok::Number(_) | Tok::Close)
                ) =>
            {
                let mut j = i + 1;
                while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == '.') {
                    j += 1;
                }
                let text: String = chars[i..j].iter().collect();
                let n: f64 = text
                    .parse()
                    .map_err(|_| err(i, format!("'{text}' is not a number")))?;
                push(&mut out, Tok::Number(n));
                i = j;
            }
            '=' => {
                push(&mut out, Tok::Op(Op::Eq));
                i += 1;
            }
            '!' if chars.get(i + 1) == Some(&'=') => {
                push(&mut out, Tok::Op(Op::Ne));
                i += 2;
            }
            '<' | '>' => {
                let eq = chars.get(i + 1) == Some(&'=');
                let op = match (c, eq) {
                    ('<', false) => Op::Lt,
                    ('<', true) => Op::Le,
                    ('>', false) => Op::Gt,
                    _ => Op::Ge,
                };
                push(&mut out, Tok::Op(op));
                i += if eq { 2 } else { 1 };
            }
            '(' => {
                push(&mut out, Tok::Open);
                i += 1;
            }
            ')' => {
                push(&mut out, Tok::Close);
                i += 1;
            }
            ',' => {
                push(&mut out, Tok::Comma);
                i += 1;
            }
            '+' | '-' | '*' | '|' => {
                return Err(err(
                    i,
                    format!("arithmetic and unions ('{c}') are not supported; {SUPPORTED}"),
                ));
            }
            '/' => {
                return Err(err(
                    i,
                    "paths such as /data/question are not supported; refer to the question as ${question}"
                        .into(),
                ));
            }
            c if is_name_start(c) => {
                let mut j = i;
                while j < chars.len() && is_name_char(chars[j]) {
                    j += 1;
                }
                push(&mut out, Tok::Name(chars[i..j].iter().collect()));
                i = j;
            }
            c => return Err(err(i, format!("unexpected character '{c}'; {SUPPORTED}"))),
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// Parsing

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn end_position(&self) -> usize {
        self.tokens.last().map_or(1, |t| t.position + 1)
    }

    fn next(&mut self, expected: &str) -> Result<Token, ExprError> {
        let t = self.tokens.get(self.at).cloned().ok_or_else(|| ExprError {
            position: self.end_position(),
            message: format!("the expression ends where {expected} was expected"),
        })?;
        self.at += 1;
        Ok(t)
    }

    fn expect(&mut self, kind: Tok, expected: &str) -> Result<(), ExprError> {
        let t = self.next(expected)?;
        if t.kind == kind {
            Ok(())
        } else {
            Err(ExprError {
                position: t.position,
                message: format!("expected {expected}, found {}", t.kind.describe()),
            })
        }
    }

    fn keyword(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token { kind: Tok::Name(n), .. }) if n == word)
    }

    fn or(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.and()?;
        while self.keyword("or") {
            self.at += 1;
            left = Expr::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.equality()?;
        while self.keyword("and") {
            self.at += 1;
            left = Expr::And(Box::new(left), Box::new(self.equality()?));
        }
        Ok(left)
    }

    fn equality(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.relational()?;
        while let Some(Token {
            kind: Tok::Op(op @ (Op::Eq | Op::Ne)),
            ..
        }) = self.peek()
        {
            let op = *op;
            self.at += 1;
            left = Expr::Compare(Box::new(left), op, Box::new(self.relational()?));
        }
        Ok(left)
    }

    fn relational(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.primary()?;
        while let Some(Token {
            kind: Tok::Op(op @ (Op::Lt | Op::Le | Op::Gt | Op::Ge)),
            ..
        }) = self.peek()
        {
            let op = *op;
            self.at += 1;
            left = Expr::Compare(Box::new(left), op, Box::new(self.primary()?));
        }
        Ok(left)
    }

    fn primary(&mut self) -> Result<Expr, ExprError> {
        let t = self.next("a value")?;
        match t.kind {
            Tok::Ref(name) => Ok(Expr::Ref(name)),
            Tok::Dot => Ok(Expr::Current),
            Tok::Text(s) => Ok(Expr::Text(s)),
            Tok::Number(n) => Ok(Expr::Number(n)),
            Tok::Open => {
                let e = self.or()?;
                self.expect(Tok::Close, "')'")?;
                Ok(e)
            }
            Tok::Name(name) => {
                if !matches!(
                    self.peek(),
                    Some(Token {
                        kind: Tok::Open,
                        ..
                    })
                ) {
                    return Err(ExprError {
                        position: t.position,
                        message: match name.as_str() {
                            "and" | "or" => format!("'{name}' needs a condition on its left"),
                            "div" | "mod" => {
                                format!("arithmetic ('{name}') is not supported; {SUPPORTED}")
                            }
                            _ => format!(
                                "'{name}' is not understood: refer to a question as ${{{name}}} and put texts in quotes ('{name}')"
                            ),
                        },
                    });
                }
                self.at += 1;
                self.call(&name, t.position)
            }
            other => Err(ExprError {
                position: t.position,
                message: format!("expected a value, found {}", other.describe()),
            }),
        }
    }

    fn call(&mut self, name: &str, position: usize) -> Result<Expr, ExprError> {
        match name {
            "true" | "false" => {
                self.expect(Tok::Close, "')'")?;
                Ok(Expr::Bool(name == "true"))
            }
            "not" => {
                let e = self.or()?;
                self.expect(Tok::Close, "')'")?;
                Ok(Expr::Not(Box::new(e)))
            }
            "selected" => {
                let answer = self.answer_argument(name)?;
                self.expect(Tok::Comma, "',' and the choice's name")?;
                let t = self.next("the choice's name")?;
                let choice = match t.kind {
                    Tok::Text(s) => s.trim().to_string(),
                    Tok::Number(n) => number_text(n),
                    other => {
                        return Err(ExprError {
                            position: t.position,
                            message: format!(
                                "selected() takes the choice's name in quotes, found {}",
                                other.describe()
                            ),
                        });
                    }
                };
                self.expect(Tok::Close, "')'")?;
                Ok(Expr::Selected(Box::new(answer), choice))
            }
            "count-selected" => {
                let answer = self.answer_argument(name)?;
                self.expect(Tok::Close, "')'")?;
                Ok(Expr::CountSelected(Box::new(answer)))
            }
            other => Err(ExprError {
                position,
                message: format!("the function {other}() is not supported; {SUPPORTED}"),
            }),
        }
    }

    fn answer_argument(&mut self, function: &str) -> Result<Expr, ExprError> {
        let t = self.next("a question")?;
        match t.kind {
            Tok::Ref(name) => Ok(Expr::Ref(name)),
            Tok::Dot => Ok(Expr::Current),
            other => Err(ExprError {
                position: t.position,
                message: format!(
                    "{function}() takes a question (${{question}} or '.'), found {}",
                    other.describe()
                ),
            }),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Evaluation

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Text(String),
    Number(f64),
    Bool(bool),
}

/// A number as XLSForm writes it: `4`, not `4.0`.
pub(crate) fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

fn answer_value(a: Option<&Answer>) -> Value {
    match a {
        None => Value::Text(String::new()),
        Some(Answer::Choice(c)) => Value::Text(c.clone()),
        Some(Answer::Choices(cs)) => Value::Text(cs.join(" ")),
        Some(Answer::Number(n)) => Value::Number(*n),
        Some(Answer::Date(d)) => Value::Text(d.clone()),
        Some(Answer::Text(t)) => Value::Text(t.clone()),
    }
}

fn number(v: &Value) -> f64 {
    match v {
        Value::Number(n) => *n,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::Text(t) => {
            let t = t.trim();
            // XPath's Number: optional minus, digits, optional fraction; nothing else.
            let body = t.strip_prefix('-').unwrap_or(t);
            if !body.is_empty()
                && body.chars().all(|c| c.is_ascii_digit() || c == '.')
                && body.chars().filter(|&c| c == '.').count() <= 1
                && body != "."
            {
                t.parse().unwrap_or(f64::NAN)
            } else {
                f64::NAN
            }
        }
    }
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Number(n) => *n != 0.0 && !n.is_nan(),
        Value::Text(t) => !t.is_empty(),
    }
}

fn text(v: &Value) -> String {
    match v {
        Value::Text(t) => t.clone(),
        Value::Number(n) => number_text(*n),
        Value::Bool(b) => b.to_string(),
    }
}

fn eval(e: &Expr, answers: &Answers, current: Option<&Answer>) -> Value {
    match e {
        Expr::Text(t) => Value::Text(t.clone()),
        Expr::Number(n) => Value::Number(*n),
        Expr::Bool(b) => Value::Bool(*b),
        Expr::Ref(name) => answer_value(answers.get(name)),
        Expr::Current => answer_value(current),
        Expr::And(a, b) => {
            Value::Bool(truthy(&eval(a, answers, current)) && truthy(&eval(b, answers, current)))
        }
        Expr::Or(a, b) => {
            Value::Bool(truthy(&eval(a, answers, current)) || truthy(&eval(b, answers, current)))
        }
        Expr::Not(a) => Value::Bool(!truthy(&eval(a, answers, current))),
        Expr::Selected(a, choice) => {
            let v = text(&eval(a, answers, current));
            Value::Bool(v.split_whitespace().any(|c| c == choice))
        }
        Expr::CountSelected(a) => {
            let v = text(&eval(a, answers, current));
            Value::Number(v.split_whitespace().count() as f64)
        }
        Expr::Compare(a, op, b) => {
            let (a, b) = (eval(a, answers, current), eval(b, answers, current));
            Value::Bool(compare(&a, *op, &b))
        }
    }
}

fn compare(a: &Value, op: Op, b: &Value) -> bool {
    match op {
        Op::Eq | Op::Ne => {
            let equal = match (a, b) {
                (Value::Bool(_), _) | (_, Value::Bool(_)) => truthy(a) == truthy(b),
                (Value::Number(_), _) | (_, Value::Number(_)) => number(a) == number(b),
                _ => text(a) == text(b),
            };
            // XPath: NaN != anything is true, NaN = anything false; the number comparison
            // above already gives both.
            if op == Op::Eq { equal } else { !equal }
        }
        _ => {
            let (x, y) = (number(a), number(b));
            let ordering = if !x.is_nan() && !y.is_nan() {
                x.partial_cmp(&y)
            } else if let (Value::Text(s), Value::Text(t)) = (a, b)
                && !s.is_empty()
                && !t.is_empty()
                && x.is_nan()
                && y.is_nan()
            {
                Some(s.cmp(t))
            } else {
                None
            };
            match ordering {
                None => false,
                Some(o) => match op {
                    Op::Lt => o.is_lt(),
                    Op::Le => o.is_le(),
                    Op::Gt => o.is_gt(),
                    _ => o.is_ge(),
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    fn holds(src: &str, a: &Answers, current: Option<&Answer>) -> bool {
        Expression::parse(src).unwrap().holds(a, current)
    }

    #[test]
    fn comparisons_of_choices_numbers_and_texts() {
        let a = answers(&[
            ("employed", Answer::Choice("yes".into())),
            ("age", Answer::Number(34.0)),
            ("langs", Answer::Choices(vec!["de".into(), "hr".into()])),
            ("arrived", Answer::Date("2019-05-01".into())),
            ("trust", Answer::Choice("4".into())),
        ]);
        assert!(holds("${employed} = 'yes'", &a, None));
        assert!(!holds("${employed} != 'yes'", &a, None));
        assert!(holds("${age} >= 18 and ${age} < 65", &a, None));
        assert!(!holds("${age} > 34", &a, None));
        assert!(holds("${age} <= 34.0", &a, None));
        assert!(
            holds("${trust} >= 4", &a, None),
            "a scale's choice compares as a number"
        );
        assert!(holds("selected(${langs}, 'hr')", &a, None));
        assert!(!holds("selected(${langs}, 'en')", &a, None));
        assert!(holds("count-selected(${langs}) = 2", &a, None));
        assert!(
            holds("${arrived} < '2020-01-01'", &a, None),
            "ISO dates as texts"
        );
        assert!(holds(
            "not(${employed} = 'no') and (${age} = 1 or ${age} = 34)",
            &a,
            None
        ));
        assert!(holds("selected(${employed}, 'yes')", &a, None));
    }

    #[test]
    fn unanswered_questions_are_empty_texts_and_nan() {
        let a = Answers::new();
        assert!(!holds("${age} >= 18", &a, None));
        assert!(!holds("${age} < 18", &a, None));
        assert!(holds("${age} != 18", &a, None));
        assert!(holds("${employed} != 'yes'", &a, None));
        assert!(holds("${employed} = ''", &a, None));
        assert!(holds("count-selected(${langs}) = 0", &a, None));
        assert!(!holds("${employed}", &a, None));
    }

    #[test]
    fn the_current_answer_is_the_dot() {
        let a = answers(&[("age", Answer::Number(30.0))]);
        let years = Answer::Number(12.0);
        assert!(holds(". <= ${age} and . >= 0", &a, Some(&years)));
        assert!(!holds(". > ${age}", &a, Some(&years)));
        let langs = Answer::Choices(vec!["a".into(), "b".into(), "c".into()]);
        assert!(!holds("count-selected(.) <= 2", &a, Some(&langs)));
        assert!(holds("-1 < .", &a, Some(&years)));
        let e = Expression::parse(". <= ${age}").unwrap();
        assert!(e.uses_current());
        assert_eq!(e.references(), vec!["age"]);
    }

    #[test]
    fn precedence_or_binds_looser_than_and() {
        let a = answers(&[("x", Answer::Number(1.0))]);
        // true or (false and false)
        assert!(holds("${x} = 1 or ${x} = 2 and ${x} = 3", &a, None));
        assert!(!holds("(${x} = 1 or ${x} = 2) and ${x} = 3", &a, None));
    }

    #[test]
    fn what_is_not_supported_is_refused_with_its_position() {
        let cases = [
            ("regex(., '[a-z]+')", 1, "regex() is not supported"),
            ("${a} + 1 > 2", 6, "arithmetic"),
            ("../zone = 'x'", 1, "paths"),
            ("${a} = 'x", 8, "no closing '"),
            ("${a} = ", 7, "ends where a value was expected"),
            ("${a} = yes", 8, "put texts in quotes"),
            ("(${a} = 1", 10, "ends where ')' was expected"),
            ("${a} = 1 )", 10, "unexpected ')'"),
            ("today() > .", 1, "today() is not supported"),
            ("selected('x', 'y')", 10, "takes a question"),
            ("${} = 1", 1, "not a question name"),
            ("${a} div 2", 6, "unexpected 'div'"),
        ];
        for (src, position, words) in cases {
            let e = Expression::parse(src).unwrap_err();
            assert!(e.message.contains(words), "{src}: {e}");
            assert_eq!(e.position, position, "{src}: {e}");
        }
    }

    #[test]
    fn serialises_as_its_source() {
        let e = Expression::parse("selected(${q}, 'a')").unwrap();
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(json, r#""selected(${q}, 'a')""#);
        let back: Expression = serde_json::from_str(&json).unwrap();
        assert_eq!(back, e);
        assert!(serde_json::from_str::<Expression>(r#""regex(.,'x')""#).is_err());
    }
}
