//! Literal values: dates as precise as the text gives them, and integers.

use std::fmt;

/// A calendar date with optional month and day: "1977", "May 1917", "4 May 1917".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    /// The XSD datatype local name that fits the precision: `gYear`, `gYearMonth` or `date`.
    pub fn datatype(&self) -> &'static str {
        match (self.month, self.day) {
            (Some(_), Some(_)) => "date",
            (Some(_), None) => "gYearMonth",
            _ => "gYear",
        }
    }
}

impl fmt::Display for Date {
    /// The XSD lexical form.
    ///
    /// ```
    /// use textkg::text::Date;
    /// assert_eq!(Date { year: 1917, month: Some(5), day: Some(4) }.to_string(), "1917-05-04");
    /// assert_eq!(Date { year: 1977, month: None, day: None }.to_string(), "1977");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// A literal object of a statement.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Value {
    Date(Date),
    Integer(i64),
    Text(String),
}

impl Value {
    /// The XSD datatype local name.
    pub fn datatype(&self) -> &'static str {
        match self {
            Value::Date(d) => d.datatype(),
            Value::Integer(_) => "integer",
            Value::Text(_) => "string",
        }
    }

    /// The lexical form.
    pub fn lexical(&self) -> String {
        match self {
            Value::Date(d) => d.to_string(),
            Value::Integer(i) => i.to_string(),
            Value::Text(t) => t.clone(),
        }
    }
}

/// Parses an integer as written ("1,500", "1500"); `None` for anything else.
pub fn parse_integer(text: &str) -> Option<i64> {
    let digits: String = text.chars().filter(|c| *c != ',').collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) || digits.len() > 15 {
        return None;
    }
    digits.parse().ok()
}
