//! Reading lexicon files: one parser a section, shared by the built-in files and user files.
//!
//! Every file is lines of TAB-separated columns, `#` comment lines and blank lines ignored, and
//! `|` separating the items of a list inside a column. A user file may switch section with a
//! line `[name]`; its rows before any such line are entries (`label<TAB>Class<TAB>aliases`).

use super::{Dataset, Entry, EntryId, HeadPosition, Lexicon, PlaceFacts, PlaceLevel, WordList};
use crate::error::{Error, Result};
use crate::resources::ontology::{ClassId, Ontology};

/// A kind of lexicon file, named as in `data/lexicons/` (and in a user file's `[name]` lines).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// `label  Class  aliases`: a user's own names.
    Entries,
    /// `label  type  aliases  demonyms  part_of`.
    Places,
    /// The generated `geo/places.tsv`: `id label class aliases demonyms part_of population
    /// source ambiguous`.
    GeoPlaces,
    /// `label  aliases  kind`.
    Ideologies,
    /// One given name a line.
    FirstNames,
    /// `word  Class  position`.
    HeadWords,
    /// `word  kind`.
    Titles,
    /// `noun  Class`.
    TypeNouns,
    /// One word a line.
    FunctionWords,
    /// One trigger (one or more words) a line.
    PhraseTriggers,
    /// `word  kind` (kind `name` for abbreviations that join names).
    Abbreviations,
    /// `name  month`.
    Months,
    /// One plural noun a line.
    CountNouns,
    /// One lower-case ordinary word a line.
    CommonWords,
    /// `name  nickname|nickname`.
    Nicknames,
    /// `list  word  value`.
    Grammar,
}

const SECTIONS: &[(&str, Section)] = &[
    ("entries", Section::Entries),
    ("places", Section::Places),
    ("geo_places", Section::GeoPlaces),
    ("ideologies", Section::Ideologies),
    ("first_names", Section::FirstNames),
    ("head_words", Section::HeadWords),
    ("titles", Section::Titles),
    ("type_nouns", Section::TypeNouns),
    ("function_words", Section::FunctionWords),
    ("phrase_triggers", Section::PhraseTriggers),
    ("abbreviations", Section::Abbreviations),
    ("months", Section::Months),
    ("count_nouns", Section::CountNouns),
    ("common_words", Section::CommonWords),
    ("nicknames", Section::Nicknames),
    ("grammar", Section::Grammar),
];

macro_rules! builtin {
    ($section:expr, $file:literal) => {
        (
            $section,
            concat!("data/lexicons/", $file),
            include_str!(concat!("../../../data/lexicons/", $file)),
        )
    };
}

/// The files shipped in `data/lexicons/`, in loading order.
pub(super) const BUILTIN: &[(Section, &str, &str)] = &[
    builtin!(Section::GeoPlaces, "geo/places.tsv"),
    builtin!(Section::Places, "places.tsv"),
    builtin!(Section::Ideologies, "ideologies.tsv"),
    builtin!(Section::FirstNames, "first_names.txt"),
    builtin!(Section::HeadWords, "head_words.tsv"),
    builtin!(Section::Titles, "titles.tsv"),
    builtin!(Section::TypeNouns, "type_nouns.tsv"),
    builtin!(Section::FunctionWords, "function_words.txt"),
    builtin!(Section::PhraseTriggers, "phrase_triggers.txt"),
    builtin!(Section::Abbreviations, "abbreviations.tsv"),
    builtin!(Section::Months, "months.tsv"),
    builtin!(Section::CountNouns, "count_nouns.txt"),
    builtin!(Section::CommonWords, "common_words.txt"),
    builtin!(Section::Nicknames, "nicknames.tsv"),
    builtin!(Section::Grammar, "grammar.tsv"),
];

/// One row: its line number and columns.
pub(super) struct Row<'a> {
    pub(super) line: usize,
    pub(super) cols: Vec<&'a str>,
}

impl<'a> Row<'a> {
    pub(super) fn col(&self, i: usize) -> &'a str {
        self.cols.get(i).copied().unwrap_or("")
    }

    /// The `|`-separated items of a column.
    pub(super) fn items(&self, i: usize) -> impl Iterator<Item = &'a str> {
        self.col(i)
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
}

pub(super) struct Context<'a> {
    path: &'a str,
    pub(super) onto: &'a Ontology,
    /// Whether the file is a user's (its places' containment comes from it).
    user: bool,
}

impl Context<'_> {
    pub(super) fn bad(&self, line: usize, message: impl Into<String>) -> Error {
        Error::BadDataFile {
            path: self.path.to_string(),
            line,
            message: message.into(),
        }
    }

    pub(super) fn class(&self, row: &Row, i: usize) -> Result<ClassId> {
        let name = row.col(i);
        match self.onto.class_named(name) {
            Some(c) if !self.onto.class(c).is_value => Ok(c),
            _ => {
                let valid: Vec<&str> = self
                    .onto
                    .classes()
                    .iter()
                    .filter(|c| !c.is_value)
                    .map(|c| c.name.as_str())
                    .collect();
                Err(self.bad(
                    row.line,
                    format!(
                        "unknown class `{name}` in column {}; valid classes: {}",
                        i + 1,
                        valid.join(", ")
                    ),
                ))
            }
        }
    }
}

pub(super) fn rows<'a>(text: &'a str, first_line: usize) -> impl Iterator<Item = Row<'a>> + 'a {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(move |(i, l)| Row {
            line: first_line + i,
            cols: l.split('\t').map(str::trim).collect(),
        })
}

impl Lexicon {
    /// Adds the rows of one section, read from `text` (whose first line is line 1).
    pub fn add_section(
        &mut self,
        section: Section,
        text: &str,
        path: &str,
        onto: &Ontology,
    ) -> Result<()> {
        let user = false;
        self.add_rows(section, text, 1, &Context { path, onto, user })
    }

    fn add_rows(&mut self, section: Section, text: &str, first: usize, cx: &Context) -> Result<()> {
        match section {
            Section::Places => return self.add_places(text, first, cx),
            Section::GeoPlaces => return self.add_geo_places(text, first, cx),
            Section::Grammar => return self.add_grammar(text, first, cx),
            _ => {}
        }
        for row in rows(text, first) {
            if row.col(0).is_empty() {
                return Err(cx.bad(row.line, "the first column is empty"));
            }
            self.add_row(section, &row, cx)?;
        }
        Ok(())
    }

    /// One row of a section whose rows stand alone.
    fn add_row(&mut self, section: Section, row: &Row, cx: &Context) -> Result<()> {
        let word = row.col(0);
        match section {
            Section::Entries => {
                let class = cx.class(row, 1)?;
                let mut names = vec![word];
                names.extend(row.items(2));
                let entry = Entry {
                    label: word.to_string(),
                    class,
                    part_of: None,
                    place: None,
                };
                self.add_entry(entry, &names, &[], false);
            }
            Section::Ideologies => self.add_ideology(row, cx),
            Section::FirstNames => self.add_to_list(WordList::FirstName, word),
            Section::FunctionWords => self.add_to_list(WordList::FunctionWord, word),
            Section::CountNouns => self.add_to_list(WordList::CountNoun, word),
            Section::CommonWords => self.add_to_list(WordList::CommonWord, word),
            Section::Nicknames => {
                for nickname in row.items(1) {
                    self.nicknames
                        .insert((word.to_string(), nickname.to_string()));
                }
            }
            Section::HeadWords => {
                let position = match row.col(2) {
                    "first" => HeadPosition::First,
                    "any" => HeadPosition::Any,
                    "head" | "" => HeadPosition::Head,
                    other => {
                        let message = format!("unknown position `{other}`; use head, first or any");
                        return Err(cx.bad(row.line, message));
                    }
                };
                let class = cx.class(row, 1)?;
                let heads = self.head_words.entry(word.to_string()).or_default();
                heads.push((class, position));
            }
            Section::Titles => {
                let kind = Some(row.col(1)).filter(|k| !k.is_empty());
                self.titles
                    .insert(word.to_string(), kind.unwrap_or("honorific").to_string());
            }
            Section::TypeNouns => {
                let class = cx.class(row, 1)?;
                self.type_nouns.insert(word.to_string(), class);
            }
            Section::PhraseTriggers => self
                .phrase_triggers
                .push(word.split_whitespace().map(str::to_lowercase).collect()),
            Section::Abbreviations => {
                self.add_to_list(WordList::Abbreviation, word);
                match row.col(1) {
                    "name" => self.add_to_list(WordList::NameAbbreviation, word),
                    "" => {}
                    other => {
                        let message = format!("unknown kind `{other}`; use `name` or nothing");
                        return Err(cx.bad(row.line, message));
                    }
                }
            }
            Section::Months => {
                let month = row.col(1).parse().ok().filter(|m| (1..=12).contains(m));
                let month: u8 = month.ok_or_else(|| {
                    cx.bad(
                        row.line,
                        "the second column must be a month number from 1 to 12",
                    )
                })?;
                self.months.insert(word.to_lowercase(), month);
            }
            Section::Places | Section::GeoPlaces | Section::Grammar => {}
        }
        Ok(())
    }

    fn add_ideology(&mut self, row: &Row, cx: &Context) {
        let label = row.col(0);
        // Ideology names are common nouns: match them capitalised or not.
        let lower = label.to_lowercase();
        let mut names = vec![label];
        if lower != label {
            names.push(&lower);
        }
        let adjectives: Vec<&str> = row.items(1).collect();
        let entry = Entry {
            label: label.to_string(),
            class: cx.onto.core.ideology,
            part_of: None,
            place: None,
        };
        self.add_entry(entry, &names, &adjectives, true);
    }

    /// Hand-written places (`places.tsv`, a user's `[places]`): `part_of` is a label, or the
    /// id of a generated place (`iso:FR`).
    fn add_places(&mut self, text: &str, first: usize, cx: &Context) -> Result<()> {
        let core = &cx.onto.core;
        let dataset = if cx.user {
            Dataset::User
        } else {
            Dataset::Textkg
        };
        let mut containment: Vec<(EntryId, &str, usize)> = Vec::new();
        for row in rows(text, first) {
            let label = row.col(0);
            if label.is_empty() {
                return Err(cx.bad(row.line, "missing label"));
            }
            let (class, level) = match row.col(1) {
                "Country" => (core.country, PlaceLevel::Country),
                "State" => (core.administrative_region, PlaceLevel::Region),
                "Region" => (core.place, PlaceLevel::Region),
                "City" => (core.city, PlaceLevel::City),
                "Continent" => (core.continent, PlaceLevel::Continent),
                other => return Err(cx.bad(row.line, format!("unknown place type `{other}`"))),
            };
            let mut names = vec![label];
            names.extend(row.items(2));
            let adjectives: Vec<&str> = row.items(3).collect();
            let entry = Entry {
                label: label.to_string(),
                class,
                part_of: None,
                place: Some(PlaceFacts::hand(level, dataset)),
            };
            let id = self.add_entry(entry, &names, &adjectives, false);
            if !row.col(4).is_empty() {
                containment.push((id, row.col(4), row.line));
            }
        }
        for (id, outer, line) in containment {
            let outer = self
                .entry_labelled(outer)
                .or_else(|| self.place_keyed(outer))
                .ok_or_else(|| {
                    cx.bad(line, format!("part_of `{outer}` is no place's label or id"))
                })?;
            self.entries[id.0 as usize].part_of = Some(outer);
        }
        Ok(())
    }

    fn add_grammar(&mut self, text: &str, first: usize, cx: &Context) -> Result<()> {
        for row in rows(text, first) {
            let (list, word, value) = (row.col(0), row.col(1), row.col(2));
            if word.is_empty() {
                return Err(cx.bad(row.line, "the second column (the word) is empty"));
            }
            if let Some(list) = WordList::from_grammar_name(list) {
                self.add_to_list(list, word);
                continue;
            }
            let words = || {
                word.split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            };
            match list {
                "pronoun" => {
                    let class = cx.class(&row, 2)?;
                    self.pronouns.insert(word.to_string(), class);
                }
                "number_scale" => {
                    let scale = value.parse().map_err(|_| cx.bad(row.line, "the third column must be a whole number"))?;
                    self.number_scales.insert(word.to_string(), scale);
                }
                "name_prefix" => self.name_prefixes.push(word.to_string()),
                "possessive" => self.possessives.push(word.to_string()),
                "adjective_suffix" => self.adjective_suffixes.push(word.to_string()),
                "inflection_suffix" => self.inflection_suffixes.push(word.to_string()),
                "ordinal_suffix" => self.ordinal_suffixes.push(word.to_string()),
                "coordinator" => {
                    self.coordinators.insert(word.to_string());
                }
                "coordination_noun" => self.coordination_nouns.push(word.to_string()),
                "phrase_continuation" => self.phrase_continuations.push(words()),
                "citation_word" => self.citation_words.push(word.to_string()),
                other => return Err(cx.bad(row.line, format!("unknown grammar list `{other}`; the lists are described in data/lexicons/README.md"))),
            }
        }
        Ok(())
    }
}

/// A user file: entries first, then any `[section]`.
pub(super) fn add_user_file(
    lex: &mut Lexicon,
    text: &str,
    path: &str,
    onto: &Ontology,
) -> Result<()> {
    let cx = Context {
        path,
        onto,
        user: true,
    };
    let mut section = Section::Entries;
    let mut start = 0;
    let mut first_line = 1;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut offset = 0;
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if let Some(name) = trimmed.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            lex.add_rows(section, &text[start..offset], first_line, &cx)?;
            section = SECTIONS
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, s)| *s)
                .ok_or_else(|| {
                    let names: Vec<&str> = SECTIONS.iter().map(|(n, _)| *n).collect();
                    cx.bad(
                        i + 1,
                        format!("unknown section `[{name}]`; sections: {}", names.join(", ")),
                    )
                })?;
            start = offset + line.len();
            first_line = i + 2;
        }
        offset += line.len();
    }
    lex.add_rows(section, &text[start..], first_line, &cx)
}
