//! Segmentation: paragraphs, sentences and tokens, each with byte offsets into the document that
//! no later stage rewrites.
//!
//! Sentence ends respect abbreviations ("U.S.", "Dr.", initials such as "R."), and citation marks
//! such as "[7]" become tokens of their own kind so that they never end up inside a name.

use crate::resources::{Lexicon, WordList};
use crate::text::id::{IdVec, SentenceId};
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
    pub sentences: IdVec<SentenceId, Sentence>,
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
        for s in self.sentences.iter_mut() {
            if s.tokens.start > i {
                s.tokens.start += 1;
            }
            if s.tokens.end > i {
                s.tokens.end += 1;
            }
        }
    }

    /// The tokens of a sentence.
    pub fn sentence_tokens(&self, sentence: SentenceId) -> &[Token] {
        &self.tokens[self.sentences[sentence].tokens.clone()]
    }

    /// The text of a sentence.
    pub fn sentence_text<'t>(&self, text: &'t str, sentence: SentenceId) -> &'t str {
        let s = &self.sentences[sentence];
        &text[s.start..s.end]
    }
}

/// Whether a line reads as prose rather than as a title, a heading or an infobox field: more
/// than three words ending like a sentence (closing quotes, brackets and citation marks aside),
/// or more than fourteen words whatever their end.
///
/// ```
/// use textkg::text::is_prose;
/// assert!(is_prose("The group was founded in 1977.[2]"));
/// assert!(!is_prose("International Socialist Organization"));
/// assert!(!is_prose("Founded 1977"));
/// ```
pub fn is_prose(line: &str) -> bool {
    let words = line.split_whitespace().count();
    if words > 14 {
        return true;
    }
    let mut end = line.trim_end();
    loop {
        let before = end;
        end = end.trim_end_matches(['"', '\'', ')', '”', '’', '»']);
        if let Some(open) = end.strip_suffix(']').and_then(|e| e.rfind('[')) {
            end = &end[..open];
        }
        if end == before {
            break;
        }
    }
    words > 3 && end.ends_with(['.', '!', '?'])
}

/// Splits `text` into tokens and sentences; periods after the lexicon's abbreviations
/// (`data/lexicons/abbreviations.tsv`) and after initials do not end a sentence.
///
/// ```
/// let onto = textkg::Ontology::builtin()?;
/// let lexicon = textkg::Lexicon::builtin(&onto)?;
/// let seg = textkg::text::segment("The U.S. group was founded by Dr. Smith. It grew.[2] Then it ended.", &lexicon);
/// assert_eq!(seg.sentences.len(), 3);
/// # Ok::<(), textkg::Error>(())
/// ```
pub fn segment(text: &str, lexicon: &Lexicon) -> Segmentation {
    let tokens = tokenize(text, lexicon);
    let mut sentences = IdVec::new();
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
        if is_terminal(text, &tokens, i, lexicon) {
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

fn push_sentence(
    out: &mut IdVec<SentenceId, Sentence>,
    tokens: &[Token],
    from: usize,
    to: usize,
    para: usize,
) {
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
fn is_terminal(text: &str, tokens: &[Token], i: usize, lexicon: &Lexicon) -> bool {
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
            !(is_initial || lexicon.is(WordList::Abbreviation, word))
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
pub fn tokenize(text: &str, lexicon: &Lexicon) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() || c.is_control() {
            chars.next();
            continue;
        }
        let citation = (c == '[')
            .then(|| citation_end(text, start, lexicon))
            .flatten()
            .map(|end| (end, TokenKind::Citation));
        let (end, kind) = citation
            .or_else(|| c.is_alphanumeric().then(|| word_end(text, start)))
            .unwrap_or((start + c.len_utf8(), TokenKind::Punct));
        tokens.push(Token { start, end, kind });
        while chars.peek().is_some_and(|&(p, _)| p < end) {
            chars.next();
        }
    }
    tokens
}

/// The end and kind of the word or number that starts at `start`: letters, digits and marks,
/// inner apostrophes and hyphens ("don't", "Marxist-Leninist"), inner separators of numbers
/// ("1,500", "3.5"), and the dots of short abbreviations ("U.S.", "e.g.", "Ph.D.").
fn word_end(text: &str, start: usize) -> (usize, TokenKind) {
    let joins_next = |q: usize| {
        text[q..]
            .chars()
            .nth(1)
            .is_some_and(|n| n.is_alphanumeric())
    };
    let mut end = start;
    let mut all_digits = true;
    for (p, ch) in text[start..].char_indices().map(|(i, ch)| (start + i, ch)) {
        if ch.is_alphanumeric() || is_mark(ch) {
            all_digits &= ch.is_ascii_digit();
        } else if matches!(ch, '\'' | '’' | '-' | '‐' | '_') && joins_next(p) && p > start {
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
    }
    if all_digits {
        return (end, TokenKind::Number);
    }
    (dotted_end(text, start, end).unwrap_or(end), TokenKind::Word)
}

/// Where a dotted abbreviation that starts with the word `start..end` ends: "U.S.", "U.S.A.",
/// "e.g.", "Ph.D." (letters of one or two in each part after the first).
fn dotted_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if end - start > 3 || bytes.get(end) != Some(&b'.') {
        return None;
    }
    let mut probe = end + 1;
    let mut dotted = end + 1;
    loop {
        let part = text[probe..].chars().take_while(|c| c.is_alphabetic());
        let (count, len) = part.fold((0, 0), |(n, l), c| (n + 1, l + c.len_utf8()));
        if count == 0 || count > 2 {
            break;
        }
        let after = probe + len;
        if bytes.get(after) != Some(&b'.') {
            break;
        }
        probe = after + 1;
        dotted = probe;
    }
    (dotted > end + 1).then_some(dotted)
}

fn is_mark(c: char) -> bool {
    // Combining marks keep accented words whole when the text is decomposed.
    matches!(c as u32, 0x300..=0x36F)
}

/// The end of a citation mark starting at `start` ("[7]", "[a]", "[citation needed]").
fn citation_end(text: &str, start: usize, lexicon: &Lexicon) -> Option<usize> {
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
                || lexicon.starts_with_citation_word(inner)));
    ok.then_some(start + 1 + close + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Ontology;
    use crate::text::id::Id;

    fn lexicon() -> Lexicon {
        Lexicon::builtin(&Ontology::builtin().expect("ontology")).expect("lexicon")
    }

    fn segment(text: &str) -> Segmentation {
        super::segment(text, &lexicon())
    }

    fn tokenize(text: &str) -> Vec<Token> {
        super::tokenize(text, &lexicon())
    }

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
        assert_eq!(seg.sentences[SentenceId::new(2)].paragraph, 1);
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
