//! Segmentation: paragraphs, sentences and tokens, each with byte offsets into the document that
//! no later stage rewrites.
//!
//! Sentence ends respect abbreviations ("U.S.", "Dr.", initials such as "R."), and citation marks
//! such as "[7]" become tokens of their own kind so that they never end up inside a name.

use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits, apostrophes, hyphens inside a word), or an abbreviation with its dots.
    Word,
    /// Digits, with inner separators ("1,500", "3.5").
    Number,
    /// One punctuation or symbol character.
    Punct,
    /// A citation mark: "[7]", "[citation needed]".
    Citation,
}

/// A token: a byte span of the document and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `doc`.
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }
}

/// A sentence: its byte span, its tokens (a range into [`Segmentation::tokens`]) and paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

/// A document split into tokens and sentences.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmentation {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl Segmentation {
    /// Splits the token that straddles byte `offset` in two, so that a span can start there.
    /// Used where a flattened infobox glued a field name to its value ("NewspaperSocialist").
    pub fn split_at(&mut self, offset: usize) {
        let Some(i) = self
            .tokens
            .iter()
            .position(|t| t.start < offset && offset < t.end)
        else {
            return;
        };
        let right = Token {
            start: offset,
            end: self.tokens[i].end,
            kind: self.tokens[i].kind,
        };
        self.tokens[i].end = offset;
        self.tokens.insert(i + 1, right);
        for s in &mut self.sentences {
            if s.tokens.start > i {
                s.tokens.start += 1;
            }
            if s.tokens.end > i {
                s.tokens.end += 1;
            }
        }
    }

    /// The tokens of sentence `index`.
    pub fn sentence_tokens(&self, index: usize) -> &[Token] {
        &self.tokens[self.sentences[index].tokens.clone()]
    }
}

/// Words after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr", "Gen", "Col", "Capt", "Lt", "Sgt", "Rev",
    "Hon", "Gov", "Sen", "Rep", "Pres", "Mt", "Ft", "vs", "etc", "e.g", "i.e", "cf", "al", "No",
    "Co", "Corp", "Inc", "Ltd", "Bros", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "approx", "ca", "c", "fl", "b", "d", "ed", "vol", "pp", "Ph.D",
];

/// Splits `text` into tokens and sentences.
///
/// ```
/// let seg = textkg::segment::segment("The U.S. group was founded by Dr. Smith. It grew.[2] Then it ended.");
/// assert_eq!(seg.sentences.len(), 3);
/// ```
pub fn segment(text: &str) -> Segmentation {
    let tokens = tokenize(text);
    let mut sentences = Vec::new();
    let mut paragraph = 0;
    let mut first = 0; // first token of the current sentence
    let mut i = 0;
    while i < tokens.len() {
        // A line break between tokens ends the sentence; a blank line also ends the paragraph.
        if i > first {
            let gap = &text[tokens[i - 1].end..tokens[i].start];
            if gap.contains('\n') {
                push_sentence(&mut sentences, &tokens, first, i, paragraph);
                if gap.matches('\n').count() > 1 {
                    paragraph += 1;
                }
                first = i;
            }
        }
        if is_terminal(text, &tokens, i) {
            // Absorb closing quotes, brackets and citation marks into this sentence.
            let mut end = i + 1;
            while end < tokens.len()
                && text[tokens[end - 1].end..tokens[end].start].is_empty()
                && (tokens[end].kind == TokenKind::Citation
                    || matches!(tokens[end].text(text), "\"" | "'" | ")" | "”" | "’" | "»"))
            {
                end += 1;
            }
            if end >= tokens.len() || starts_sentence(text, &tokens, end) {
                push_sentence(&mut sentences, &tokens, first, end, paragraph);
                first = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if first < tokens.len() {
        push_sentence(&mut sentences, &tokens, first, tokens.len(), paragraph);
    }
    Segmentation { tokens, sentences }
}

fn push_sentence(out: &mut Vec<Sentence>, tokens: &[Token], from: usize, to: usize, para: usize) {
    if from < to {
        out.push(Sentence {
            start: tokens[from].start,
            end: tokens[to - 1].end,
            tokens: from..to,
            paragraph: para,
        });
    }
}

/// Whether token `i` ends a sentence, judged from the token itself.
fn is_terminal(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i].text(text);
    match t {
        "!" | "?" | "…" => true,
        "." => {
            // "U.S. ." never occurs; a period after an abbreviation or an initial is not an end.
            if i == 0 {
                return true;
            }
            let prev = &tokens[i - 1];
            if prev.end != tokens[i].start || prev.kind != TokenKind::Word {
                return true;
            }
            let word = prev.text(text);
            let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            !(is_initial || ABBREVIATIONS.contains(&word))
        }
        _ => {
            // An abbreviation token with dots ("U.S.") ends a sentence only before a line break
            // or the end of the text; mid-line it is almost always inside the sentence.
            false
        }
    }
}

/// Whether a new sentence can start at token `i` (after whitespace).
fn starts_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let gap = &text[tokens[i - 1].end..tokens[i].start];
    if gap.is_empty() {
        return false;
    }
    let t = tokens[i].text(text);
    let first = t.chars().next().unwrap_or(' ');
    first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '\'' | '“' | '‘' | '(' | '[' | '¡' | '¿')
        || !first.is_alphabetic() && tokens[i].kind != TokenKind::Punct
}

/// Splits text into tokens. Whitespace separates; letters, digits and marks join.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let bytes = text.as_bytes();
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() || c.is_control() {
            chars.next();
            continue;
        }
        if c == '[' {
            if let Some(end) = citation_end(text, start) {
                tokens.push(Token {
                    start,
                    end,
                    kind: TokenKind::Citation,
                });
                while chars.peek().is_some_and(|&(p, _)| p < end) {
                    chars.next();
                }
                continue;
            }
        }
        if c.is_alphanumeric() {
            let mut end = start;
            let mut all_digits = true;
            while let Some(&(p, ch)) = chars.peek() {
                let joins_next = |q: usize| {
                    text[q..]
                        .chars()
                        .nth(1)
                        .is_some_and(|n| n.is_alphanumeric())
                };
                if ch.is_alphanumeric() || is_mark(ch) {
                    all_digits &= ch.is_ascii_digit();
                } else if matches!(ch, '\'' | '’' | '-' | '‐' | '_') && joins_next(p) && p > start
                {
                    all_digits = false;
                } else if matches!(ch, ',' | '.')
                    && all_digits
                    && p > start
                    && joins_next(p)
                    && text[p + 1..]
                        .chars()
                        .next()
                        .is_some_and(|n| n.is_ascii_digit())
                {
                    // "1,500", "3.5"
                } else {
                    break;
                }
                end = p + ch.len_utf8();
                chars.next();
            }
            let mut kind = if all_digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            // Dotted abbreviations: "U.S.", "U.S.A.", "e.g.", "Ph.D."
            if kind == TokenKind::Word && end - start <= 3 && bytes.get(end) == Some(&b'.') {
                let mut probe = end + 1;
                let mut dotted = end + 1;
                loop {
                    let seg: String = text[probe..]
                        .chars()
                        .take_while(|c| c.is_alphabetic())
                        .collect();
                    if seg.is_empty() || seg.chars().count() > 2 {
                        break;
                    }
                    let after = probe + seg.len();
                    if bytes.get(after) != Some(&b'.') {
                        break;
                    }
                    probe = after + 1;
                    dotted = probe;
                }
                if dotted > end + 1 {
                    while chars.peek().is_some_and(|&(p, _)| p < dotted) {
                        chars.next();
                    }
                    end = dotted;
                    kind = TokenKind::Word;
                }
            }
            tokens.push(Token { start, end, kind });
            continue;
        }
        let end = start + c.len_utf8();
        tokens.push(Token {
            start,
            end,
            kind: TokenKind::Punct,
        });
        chars.next();
    }
    tokens
}

fn is_mark(c: char) -> bool {
    // Combining marks keep accented words whole when the text is decomposed.
    matches!(c as u32, 0x300..=0x36F)
}

/// The end of a citation mark starting at `start` ("[7]", "[a]", "[citation needed]").
fn citation_end(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start + 1..];
    let close = rest.find(']')?;
    let inner = &rest[..close];
    let ok = !inner.is_empty()
        && inner.len() <= 24
        && (inner
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == ',')
            && (inner.chars().any(|c| c.is_ascii_digit())
                || inner.len() <= 2
                || inner.starts_with("citation")
                || inner.starts_with("note")));
    ok.then_some(start + 1 + close + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let text = "The U.S. group met Dr. Smith and R. Jones in 1990. It grew.";
        assert_eq!(
            sentences(text),
            [
                "The U.S. group met Dr. Smith and R. Jones in 1990.",
                "It grew."
            ]
        );
    }

    #[test]
    fn citation_marks_stay_with_their_sentence_and_out_of_words() {
        let text = "He wrote The Revolution Betrayed.[7] Then he left.";
        assert_eq!(
            sentences(text),
            ["He wrote The Revolution Betrayed.[7]", "Then he left."]
        );
        let seg = segment(text);
        assert!(seg
            .tokens
            .iter()
            .any(|t| t.kind == TokenKind::Citation && t.text(text) == "[7]"));
    }

    #[test]
    fn lines_are_sentences_and_blank_lines_paragraphs() {
        let seg = segment("Title\nLeaderSomeone\n\nBody text here.");
        assert_eq!(seg.sentences.len(), 3);
        assert_eq!(seg.sentences[2].paragraph, 1);
    }

    #[test]
    fn numbers_keep_separators() {
        let text = "It had 1,500 members and 3.5 million.";
        let toks: Vec<_> = tokenize(text)
            .iter()
            .map(|t| t.text(text).to_string())
            .collect();
        assert!(toks.contains(&"1,500".to_string()) && toks.contains(&"3.5".to_string()));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            ".",
            "[",
            "[]",
            "\u{0}\u{1}",
            "é\u{301}.",
            "a.b.c.d.",
            "U.S.",
            "[1",
        ] {
            let seg = segment(text);
            for s in &seg.sentences {
                assert!(s.start <= s.end && s.end <= text.len());
            }
        }
    }
}
