//! Lexicons of general knowledge, read from `data/lexicons/` (embedded at build time) and from
//! user files (`--lexicon FILE`): places with their demonyms, ideologies with their adjectives,
//! given names, head words that type a name ("… Party"), and titles that precede a person.
//!
//! All files are TSV with `#` comment lines and `|`-separated lists inside a field.

use crate::error::{Error, Result};
use std::collections::HashMap;

/// How a surface form refers to its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurfaceKind {
    /// The name itself or an alias ("United States", "U.S.").
    Name,
    /// An adjective or demonym ("American", "Marxist"): it points at the entry without naming it.
    Adjective,
}

/// A lexicon entry a surface form points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Canonical label ("United States").
    pub label: String,
    /// Ontology class name ("Country").
    pub class: String,
    /// Containing place, for places.
    pub part_of: Option<String>,
}

/// Where a head word must stand in a name to type it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadPosition {
    /// Last word: "Labour Party".
    Head,
    /// First word: "University of Chicago".
    First,
    /// Anywhere.
    Any,
}

/// All lexicons, indexed for lookup.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Exact surface form → (entry index, kind). Case-sensitive, as written in text.
    surfaces: HashMap<String, Vec<(usize, SurfaceKind)>>,
    entries: Vec<Entry>,
    /// Longest surface form, in words.
    pub max_words: usize,
    first_names: std::collections::HashSet<String>,
    head_words: HashMap<String, Vec<(String, HeadPosition)>>,
    titles: HashMap<String, String>,
    /// First words of the ideas named in several words ("socialist" of "socialist feminist"),
    /// so that looking for them costs one probe a word.
    idea_starts: std::collections::HashSet<String>,
}

const PLACES: &str = include_str!("../data/lexicons/places.tsv");
const IDEOLOGIES: &str = include_str!("../data/lexicons/ideologies.tsv");
const FIRST_NAMES: &str = include_str!("../data/lexicons/first_names.txt");
const HEAD_WORDS: &str = include_str!("../data/lexicons/head_words.tsv");
const TITLES: &str = include_str!("../data/lexicons/titles.tsv");

fn rows<'a>(text: &'a str) -> impl Iterator<Item = (usize, Vec<&'a str>)> + 'a {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

fn list<'a>(field: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    field
        .copied()
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

impl Lexicon {
    /// The lexicons shipped in `data/lexicons/`.
    ///
    /// ```
    /// let lex = textkg::Lexicon::builtin();
    /// let hit = lex.lookup("Marxist").expect("an ideology adjective");
    /// assert_eq!(hit[0].0.label, "Marxism");
    /// ```
    pub fn builtin() -> Self {
        let mut lex = Lexicon::default();
        // The embedded files are checked by tests; a malformed row is skipped rather than fatal.
        let _ = lex.add_places(PLACES, "data/lexicons/places.tsv");
        let _ = lex.add_ideologies(IDEOLOGIES, "data/lexicons/ideologies.tsv");
        lex.first_names = FIRST_NAMES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        for (_, f) in rows(HEAD_WORDS) {
            if let (Some(word), Some(class)) = (f.first(), f.get(1)) {
                let pos = match f.get(2).copied().unwrap_or("head") {
                    "first" => HeadPosition::First,
                    "any" => HeadPosition::Any,
                    _ => HeadPosition::Head,
                };
                lex.head_words
                    .entry(word.to_string())
                    .or_default()
                    .push((class.to_string(), pos));
            }
        }
        for (_, f) in rows(TITLES) {
            if let Some(word) = f.first() {
                let kind = f.get(1).copied().unwrap_or("honorific");
                lex.titles.insert(word.to_string(), kind.to_string());
            }
        }
        lex
    }

    fn add_entry(&mut self, entry: Entry, names: &[&str], adjectives: &[&str]) {
        let index = self.entries.len();
        self.entries.push(entry);
        for (forms, kind) in [
            (names, SurfaceKind::Name),
            (adjectives, SurfaceKind::Adjective),
        ] {
            for form in forms {
                let words = form.split_whitespace().count();
                self.max_words = self.max_words.max(words);
                if words > 1 && self.entries[index].class == "Ideology" {
                    let first = form.split_whitespace().next().unwrap_or_default();
                    self.idea_starts.insert(first.to_string());
                }
                let hits = self.surfaces.entry(form.to_string()).or_default();
                if !hits.iter().any(|(i, _)| *i == index) {
                    hits.push((index, kind));
                }
            }
        }
    }

    fn add_places(&mut self, text: &str, path: &str) -> Result<()> {
        for (line, f) in rows(text) {
            let label = *f.first().ok_or_else(|| bad(path, line, "missing label"))?;
            let class = match f.get(1).copied().unwrap_or("") {
                "Country" => "Country",
                "State" => "AdministrativeRegion",
                "Region" => "Place",
                "City" => "City",
                "Continent" => "Continent",
                other => return Err(bad(path, line, &format!("unknown place type `{other}`"))),
            };
            let mut names = vec![label];
            names.extend(list(f.get(2)));
            let adjectives: Vec<&str> = list(f.get(3)).collect();
            let part_of = f.get(4).filter(|s| !s.is_empty()).map(|s| s.to_string());
            self.add_entry(
                Entry {
                    label: label.to_string(),
                    class: class.to_string(),
                    part_of,
                },
                &names,
                &adjectives,
            );
        }
        Ok(())
    }

    fn add_ideologies(&mut self, text: &str, path: &str) -> Result<()> {
        for (line, f) in rows(text) {
            let label = *f.first().ok_or_else(|| bad(path, line, "missing label"))?;
            // Ideology names are common nouns: match them capitalised or not.
            let lower = label.to_lowercase();
            let mut names = vec![label];
            if lower != label {
                names.push(&lower);
            }
            let adjectives: Vec<&str> = list(f.get(1)).collect();
            let owned: Vec<String> = names.iter().map(|s| s.to_string()).collect();
            let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
            self.add_entry(
                Entry {
                    label: label.to_string(),
                    class: "Ideology".to_string(),
                    part_of: None,
                },
                &refs,
                &adjectives,
            );
        }
        Ok(())
    }

    /// Adds a user lexicon: TSV rows `label<TAB>Class<TAB>alias|alias…`, where Class is an
    /// ontology class name. Errors name the line.
    pub fn add_user_file(&mut self, text: &str, path: &str, onto: &crate::Ontology) -> Result<()> {
        for (line, f) in rows(text) {
            let label = f.first().copied().filter(|s| !s.is_empty());
            let label =
                label.ok_or_else(|| bad(path, line, "missing label in the first column"))?;
            let class = f.get(1).copied().unwrap_or("");
            if onto.class(class).is_none() {
                let valid: Vec<&str> = onto.classes.keys().map(String::as_str).collect();
                return Err(bad(
                    path,
                    line,
                    &format!(
                        "unknown class `{class}` in the second column; valid classes: {}",
                        valid.join(", ")
                    ),
                ));
            }
            let mut names = vec![label];
            names.extend(list(f.get(2)));
            self.add_entry(
                Entry {
                    label: label.to_string(),
                    class: class.to_string(),
                    part_of: None,
                },
                &names,
                &[],
            );
        }
        Ok(())
    }

    /// Entries a surface form (exactly as written) points at.
    pub fn lookup(&self, surface: &str) -> Option<Vec<(&Entry, SurfaceKind)>> {
        let hits = self.surfaces.get(surface)?;
        Some(hits.iter().map(|&(i, k)| (&self.entries[i], k)).collect())
    }

    /// Whether an idea named in several words may start with `word`.
    pub fn starts_multiword_idea(&self, word: &str) -> bool {
        self.idea_starts.contains(word)
    }

    /// The entry with this canonical label, if any.
    pub fn entry(&self, label: &str) -> Option<&Entry> {
        self.lookup(label)?
            .into_iter()
            .find(|(e, k)| *k == SurfaceKind::Name && e.label == label)
            .map(|(e, _)| e)
    }

    /// Whether `word` is a common given name.
    pub fn is_first_name(&self, word: &str) -> bool {
        self.first_names.contains(word)
    }

    /// The class a head word gives a name, if it stands at the right position.
    pub fn head_class(&self, word: &str, position: HeadPosition) -> Option<&str> {
        self.head_words.get(word)?.iter().find_map(|(class, pos)| {
            (*pos == position || *pos == HeadPosition::Any).then_some(class.as_str())
        })
    }

    /// Whether `word` is a title that precedes a person's name ("Dr.", "President").
    pub fn is_title(&self, word: &str) -> bool {
        self.titles.contains_key(word) || self.titles.contains_key(word.trim_end_matches('.'))
    }
}

fn bad(path: &str, line: usize, message: &str) -> Error {
    Error::BadDataFile {
        path: path.to_string(),
        line,
        message: message.to_string(),
    }
}
