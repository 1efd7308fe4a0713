//! The lexicon: every English word list the extractor reads, from `data/lexicons/` (embedded at
//! build time) and from user files (`--lexicon FILE`), which extend any of them.
//!
//! Entries name things (places with their demonyms, ideologies with their adjectives, a user's
//! own names); word lists say how English is written (given names, head words that type a name,
//! titles, abbreviations, months, count nouns, and the closed-class words of `grammar.tsv`).
//! The file formats are described in `data/lexicons/README.md`; [`load`] reads them.

mod load;
mod places;

use crate::error::Result;
use crate::resources::ontology::{ClassId, Ontology};
use rustc_hash::{FxHashMap, FxHashSet};

pub use load::Section;
pub use places::{
    Ambiguity, Dataset, Datasets, PlaceFacts, PlaceLevel, ALONE_CITY_POPULATION,
    ALONE_NAMED_CITY_POPULATION,
};

/// How a surface form refers to its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurfaceKind {
    /// The name itself or an alias ("United States", "U.S.").
    Name,
    /// An adjective or demonym ("American", "Marxist"): it points at the entry without naming it.
    Adjective,
}

/// An entry of the lexicon, by its place in the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(u32);

/// A named thing the lexicon knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Canonical label ("United States").
    pub label: String,
    pub class: ClassId,
    /// The containing place, for places.
    pub part_of: Option<EntryId>,
    /// What the lexicon knows of a place besides its names (`None` for other entries).
    pub place: Option<PlaceFacts>,
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

/// The closed word lists of `grammar.tsv` (and the open ones kept as plain sets), each a bit, so
/// that one lookup tells every list a word is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordList {
    NameConnector = 0,
    NameSuffix,
    PluralPronoun,
    /// Pronouns that determine a noun ("his family") and so start no clause.
    PossessiveDeterminer,
    /// Verbs said only of people, after which a name is a person's ("Murphy lives in …").
    PersonVerb,
    Demonstrative,
    LeadingArticle,
    Copula,
    Article,
    DefinitionEnd,
    PhraseDeterminer,
    PhraseBoundary,
    PhraseListJoiner,
    PhrasePairJoiner,
    Genitive,
    InfinitiveMarker,
    InfinitiveNoun,
    ListHead,
    ListConjunction,
    Preposition,
    YearPreposition,
    /// Words after which an ambiguous name is read as a place ("born in Reading"), lower case.
    PlacePreposition,
    CountNoun,
    /// Lower-case ordinary English words ("branches"), to tell them from surnames.
    CommonWord,
    FunctionWord,
    FirstName,
    /// Abbreviations after which a period does not end a sentence ("Dr.").
    Abbreviation,
    /// Abbreviations that join the words of a name ("St. Louis", "Martin Luther King Jr.").
    NameAbbreviation,
}

impl WordList {
    fn bit(self) -> u32 {
        1 << self as u32
    }

    /// The list a `grammar.tsv` name stands for (lists with values are read apart).
    fn from_grammar_name(name: &str) -> Option<Self> {
        Some(match name {
            "name_connector" => WordList::NameConnector,
            "name_suffix" => WordList::NameSuffix,
            "plural_pronoun" => WordList::PluralPronoun,
            "possessive_determiner" => WordList::PossessiveDeterminer,
            "person_verb" => WordList::PersonVerb,
            "demonstrative" => WordList::Demonstrative,
            "leading_article" => WordList::LeadingArticle,
            "copula" => WordList::Copula,
            "article" => WordList::Article,
            "definition_end" => WordList::DefinitionEnd,
            "phrase_determiner" => WordList::PhraseDeterminer,
            "phrase_boundary" => WordList::PhraseBoundary,
            "phrase_list_joiner" => WordList::PhraseListJoiner,
            "phrase_pair_joiner" => WordList::PhrasePairJoiner,
            "genitive" => WordList::Genitive,
            "infinitive_marker" => WordList::InfinitiveMarker,
            "infinitive_noun" => WordList::InfinitiveNoun,
            "list_head" => WordList::ListHead,
            "list_conjunction" => WordList::ListConjunction,
            "year_preposition" => WordList::YearPreposition,
            "preposition" => WordList::Preposition,
            "place_preposition" => WordList::PlacePreposition,
            _ => return None,
        })
    }
}

/// All lexicons, indexed for lookup. Build one with [`Lexicon::builtin`], extend it with
/// [`Lexicon::add_file`].
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Exact surface form → entries. Case-sensitive, as written in text.
    surfaces: FxHashMap<String, Vec<(EntryId, SurfaceKind)>>,
    entries: Vec<Entry>,
    /// Canonical label → entry; labels are unique (see `register_label`).
    labels: FxHashMap<String, EntryId>,
    /// The keys of generated places (`gn:4887398`) → entry.
    place_keys: FxHashMap<String, EntryId>,
    /// Longest surface form, in words.
    max_words: usize,
    /// Heads of surfaces of several tokens ("San" of "San Diego", "U" of "U.S."), so that longer
    /// spans are looked up only where one may start (see [`Lexicon::may_start_longer`]).
    multi_heads: FxHashSet<String>,
    /// First words of the ideas named in several words ("socialist" of "socialist feminist"),
    /// so that looking for them costs one probe a word.
    idea_starts: FxHashSet<String>,
    /// Word → the [`WordList`]s it is in, as bits.
    lists: FxHashMap<String, u32>,
    head_words: FxHashMap<String, Vec<(ClassId, HeadPosition)>>,
    titles: FxHashMap<String, String>,
    type_nouns: FxHashMap<String, ClassId>,
    /// Stance triggers, longest first, each as its words.
    phrase_triggers: Vec<Vec<String>>,
    months: FxHashMap<String, u8>,
    pronouns: FxHashMap<String, ClassId>,
    number_scales: FxHashMap<String, i64>,
    name_prefixes: Vec<String>,
    possessives: Vec<String>,
    adjective_suffixes: Vec<String>,
    inflection_suffixes: Vec<String>,
    ordinal_suffixes: Vec<String>,
    coordinators: FxHashSet<String>,
    coordination_nouns: Vec<String>,
    phrase_continuations: Vec<Vec<String>>,
    citation_words: Vec<String>,
    /// (given name, nickname) pairs: ("Philip", "Phil").
    nicknames: FxHashSet<(String, String)>,
}

impl Lexicon {
    /// The lexicons shipped in `data/lexicons/`. Their class names are checked against the
    /// ontology, like a user's.
    ///
    /// ```
    /// let onto = textkg::Ontology::builtin()?;
    /// let lex = textkg::Lexicon::builtin(&onto)?;
    /// let hit = lex.lookup("Marxist").expect("an ideology adjective");
    /// assert_eq!(lex.entry(hit[0].0).label, "Marxism");
    /// assert!(lex.is(textkg::resources::WordList::Abbreviation, "Dr"));
    /// # Ok::<(), textkg::Error>(())
    /// ```
    pub fn builtin(onto: &Ontology) -> Result<Self> {
        let mut lex = Lexicon::default();
        for (section, path, text) in load::BUILTIN {
            lex.add_section(*section, text, path, onto)?;
        }
        lex.finish();
        Ok(lex)
    }

    /// Adds a user file: rows `label<TAB>Class<TAB>alias|alias…` (entries), and after a line
    /// `[section]` rows of any built-in list in that list's format (`[abbreviations]`,
    /// `[grammar]`, `[first_names]`…). Errors name the file and line.
    pub fn add_file(&mut self, text: &str, path: &str, onto: &Ontology) -> Result<()> {
        load::add_user_file(self, text, path, onto)?;
        self.finish();
        Ok(())
    }

    /// Derived indexes, once every file is in.
    fn finish(&mut self) {
        self.phrase_triggers
            .sort_by_key(|t| std::cmp::Reverse(t.len()));
    }

    fn add_entry(
        &mut self,
        entry: Entry,
        names: &[&str],
        adjectives: &[&str],
        idea: bool,
    ) -> EntryId {
        let id = self.add_surfaces(entry, names, adjectives, idea);
        self.register_label(id);
        id
    }

    /// An entry whose label [`Lexicon::register_label`] makes findable later (once its
    /// containers are known).
    fn add_entry_unlabelled(
        &mut self,
        entry: Entry,
        names: &[&str],
        adjectives: &[&str],
    ) -> EntryId {
        self.add_surfaces(entry, names, adjectives, false)
    }

    fn add_surfaces(
        &mut self,
        entry: Entry,
        names: &[&str],
        adjectives: &[&str],
        idea: bool,
    ) -> EntryId {
        let id = EntryId(self.entries.len() as u32);
        self.entries.push(entry);
        for (forms, kind) in [
            (names, SurfaceKind::Name),
            (adjectives, SurfaceKind::Adjective),
        ] {
            for form in forms {
                if form.contains(|c: char| !c.is_alphanumeric())
                    && !self.multi_heads.contains(head(form))
                {
                    self.multi_heads.insert(head(form).to_string());
                }
                let words = form.split_whitespace().count();
                self.max_words = self.max_words.max(words);
                if words > 1 && idea {
                    let first = form.split_whitespace().next().unwrap_or_default();
                    self.idea_starts.insert(first.to_string());
                }
                let hits = self.surfaces.entry(form.to_string()).or_default();
                if !hits.iter().any(|(i, _)| *i == id) {
                    hits.push((id, kind));
                }
            }
        }
        id
    }

    fn add_to_list(&mut self, list: WordList, word: &str) {
        *self.lists.entry(word.to_string()).or_default() |= list.bit();
    }

    /// Entries a surface form (exactly as written) points at, the first-listed first.
    pub fn lookup(&self, surface: &str) -> Option<&[(EntryId, SurfaceKind)]> {
        self.surfaces.get(surface).map(Vec::as_slice)
    }

    /// The first entry a surface form points at.
    pub fn first_entry(&self, surface: &str) -> Option<(&Entry, SurfaceKind)> {
        let (id, kind) = *self.lookup(surface)?.first()?;
        Some((self.entry(id), kind))
    }

    /// An entry by id.
    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id.0 as usize]
    }

    /// The entry with this canonical label, if any. Labels are unique: of several places of one
    /// name, the first listed keeps it and the others are qualified ("Dublin, Ohio").
    pub fn entry_labelled(&self, label: &str) -> Option<EntryId> {
        self.labels.get(label).copied()
    }

    /// The generated place with this key (`gn:4887398`, `iso:US-IL`), if any.
    pub fn place_keyed(&self, key: &str) -> Option<EntryId> {
        self.place_keys.get(key).copied()
    }

    /// Whether any entry the surface points at has a class for which `test` holds.
    pub fn any_entry(&self, surface: &str, test: impl Fn(&Entry) -> bool) -> bool {
        self.lookup(surface)
            .is_some_and(|hits| hits.iter().any(|(e, _)| test(self.entry(*e))))
    }

    /// The longest surface form, in words.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// Whether a surface of several tokens may start with this token (`false` rules it out).
    pub fn may_start_longer(&self, token: &str) -> bool {
        self.multi_heads.contains(head(token))
    }

    /// Whether an idea named in several words may start with `word`.
    pub fn starts_multiword_idea(&self, word: &str) -> bool {
        self.idea_starts.contains(word)
    }

    /// Whether `word`, exactly as written, is in the list.
    pub fn is(&self, list: WordList, word: &str) -> bool {
        self.lists
            .get(word)
            .is_some_and(|bits| bits & list.bit() != 0)
    }

    /// Whether a word, in any case, is an ordinary English word: the word list knows it, or
    /// its stem before an inflection ("Headquartered"), or each part of a hyphenated word
    /// ("Co-founded" needs only its last part).
    ///
    /// ```
    /// let onto = textkg::Ontology::builtin()?;
    /// let lex = textkg::Lexicon::builtin(&onto)?;
    /// assert!(lex.is_common_word("Branches"));
    /// assert!(lex.is_common_word("Headquartered"));
    /// assert!(!lex.is_common_word("Khatib"));
    /// # Ok::<(), textkg::Error>(())
    /// ```
    pub fn is_common_word(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        let last = lower.rsplit('-').next().unwrap_or(&lower);
        let known = |w: &str| self.is(WordList::CommonWord, w);
        known(&lower)
            || known(last)
            || self.inflection_suffixes.iter().any(|suffix| {
                last.strip_suffix(suffix.as_str())
                    .is_some_and(|stem| stem.len() > 2 && known(stem))
            })
    }

    /// Whether two given names may name the same person: equal, or one a nickname of the
    /// other ("Phil" and "Philip"), or one the other's initial ("P." and "Philip").
    ///
    /// ```
    /// let onto = textkg::Ontology::builtin()?;
    /// let lex = textkg::Lexicon::builtin(&onto)?;
    /// assert!(lex.same_given_name("Phil", "Philip"));
    /// assert!(lex.same_given_name("Philip", "P."));
    /// assert!(!lex.same_given_name("Maddy", "Ken"));
    /// # Ok::<(), textkg::Error>(())
    /// ```
    pub fn same_given_name(&self, a: &str, b: &str) -> bool {
        let initial = |short: &str, long: &str| {
            let letters = short.trim_end_matches('.');
            short.ends_with('.') && letters.chars().count() == 1 && long.starts_with(letters)
        };
        let nickname = |x: &str, y: &str| self.nicknames.contains(&(x.to_string(), y.to_string()));
        a == b || nickname(a, b) || nickname(b, a) || initial(a, b) || initial(b, a)
    }

    /// The class a head word gives a name, if it stands at the right position.
    pub fn head_class(&self, word: &str, position: HeadPosition) -> Option<ClassId> {
        self.head_words.get(word)?.iter().find_map(|(class, pos)| {
            (*pos == position || *pos == HeadPosition::Any).then_some(*class)
        })
    }

    /// Whether `word` is a title that precedes a person's name ("Dr.", "President").
    pub fn is_title(&self, word: &str) -> bool {
        self.titles.contains_key(word) || self.titles.contains_key(word.trim_end_matches('.'))
    }

    /// The class a common noun implies ("album" → `Album`), from `type_nouns.tsv`.
    pub fn noun_class(&self, noun: &str) -> Option<ClassId> {
        self.type_nouns.get(noun).copied()
    }

    /// The stance triggers, longest first, each as its lower-case words.
    pub fn phrase_triggers(&self) -> &[Vec<String>] {
        &self.phrase_triggers
    }

    /// The number of a month name or abbreviation as written in text ("May", "Sept.", "Dec").
    pub fn month(&self, word: &str) -> Option<u8> {
        let word = word.trim_end_matches('.');
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        self.months.get(&word.to_lowercase()).copied()
    }

    /// The class a pronoun refers to ("he" → Person).
    pub fn pronoun(&self, word: &str) -> Option<ClassId> {
        self.pronouns.get(word).copied()
    }

    /// The multiplier of a number word ("million" → 1,000,000).
    pub fn number_scale(&self, word: &str) -> Option<i64> {
        self.number_scales.get(word).copied()
    }

    /// The word without an article prefix that keeps names capitalised ("al-Assad" → "Assad").
    pub fn strip_name_prefix<'w>(&self, word: &'w str) -> &'w str {
        self.name_prefixes
            .iter()
            .find_map(|p| word.strip_prefix(p.as_str()))
            .unwrap_or(word)
    }

    /// A name without its possessive ending ("ISO's" → "ISO").
    pub fn strip_possessive<'w>(&self, name: &'w str) -> &'w str {
        self.possessives
            .iter()
            .find_map(|p| name.strip_suffix(p.as_str()))
            .unwrap_or(name)
    }

    /// Whether a lower-case word looks like an adjective by its ending ("economic").
    pub fn looks_adjectival(&self, word: &str) -> bool {
        self.adjective_suffixes
            .iter()
            .any(|suffix| word.len() > suffix.len() + 2 && word.ends_with(suffix.as_str()))
    }

    /// Whether a word ends like an ordinal number ("4th").
    pub fn has_ordinal_suffix(&self, word: &str) -> bool {
        self.ordinal_suffixes
            .iter()
            .any(|s| word.ends_with(s.as_str()))
    }

    /// Whether the text between two ideas coordinates them ("and", ", as well as").
    pub fn is_coordinator(&self, between: &str) -> bool {
        self.coordinators.contains(between)
    }

    /// The text after a generic noun that may close the first of two coordinated ideas
    /// ("ideas and particularly" → "and particularly").
    pub fn strip_coordination_noun<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.coordination_nouns
            .iter()
            .find_map(|noun| text.strip_prefix(noun.as_str()))
    }

    /// Whether the lower-case words at the start of `words` continue a phrase ("as well as").
    pub fn phrase_continuation_at(&self, words: &[String]) -> Option<usize> {
        self.phrase_continuations
            .iter()
            .find(|c| words.len() >= c.len() && words[..c.len()] == c[..])
            .map(Vec::len)
    }

    /// Whether the inside of a bracket starts like a citation note ("citation needed").
    pub fn starts_with_citation_word(&self, inner: &str) -> bool {
        self.citation_words
            .iter()
            .any(|w| inner.starts_with(w.as_str()))
    }

    /// The key under which names are compared: case, punctuation, white space and a leading
    /// article ignored.
    ///
    /// ```
    /// let onto = textkg::Ontology::builtin()?;
    /// let lex = textkg::Lexicon::builtin(&onto)?;
    /// assert_eq!(lex.normalise("The  U.S.-Soviet"), "u s soviet");
    /// # Ok::<(), textkg::Error>(())
    /// ```
    pub fn normalise(&self, name: &str) -> String {
        let lower = name.to_lowercase();
        let mut out = String::with_capacity(lower.len());
        for word in lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            if out.is_empty() && self.is(WordList::LeadingArticle, word) {
                continue;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        out
    }

    /// The entries that contain a place, innermost first (at most eight steps).
    pub fn containers(&self, place: EntryId) -> Vec<EntryId> {
        let mut out = Vec::new();
        let mut current = self.entry(place).part_of;
        while let Some(outer) = current {
            if out.len() >= 8 || out.contains(&outer) {
                break;
            }
            out.push(outer);
            current = self.entry(outer).part_of;
        }
        out
    }
}

/// The leading letters and digits of a text ("U" of "U.S.", "St" of "St. Louis").
fn head(text: &str) -> &str {
    let end = text
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(text.len());
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> (Ontology, Lexicon) {
        let onto = Ontology::builtin().expect("ontology");
        let lex = Lexicon::builtin(&onto).expect("every embedded lexicon file parses");
        (onto, lex)
    }

    #[test]
    fn places_know_their_containers() {
        let (onto, lex) = builtin();
        let chicago = lex.entry_labelled("Chicago").expect("Chicago");
        let labels: Vec<&str> = lex
            .containers(chicago)
            .into_iter()
            .map(|e| lex.entry(e).label.as_str())
            .collect();
        assert_eq!(labels, ["Illinois", "United States", "North America"]);
        assert_eq!(lex.entry(chicago).class, onto.core.city);
    }

    #[test]
    fn demonyms_and_adjectives_point_at_their_entry() {
        let (onto, lex) = builtin();
        let (entry, kind) = lex.first_entry("British").expect("British");
        assert_eq!(
            (entry.label.as_str(), kind),
            ("United Kingdom", SurfaceKind::Adjective)
        );
        let (entry, _) = lex.first_entry("socialism").expect("lower-case ideology");
        assert_eq!(entry.class, onto.core.ideology);
    }

    #[test]
    fn word_lists_answer_membership_and_values() {
        let (onto, lex) = builtin();
        assert!(lex.is(WordList::NameConnector, "van"));
        assert!(!lex.is(WordList::NameConnector, "Van"));
        assert!(lex.is(WordList::NameAbbreviation, "St"));
        assert_eq!(lex.month("Sept."), Some(9));
        assert_eq!(lex.month("may"), None, "months are capitalised");
        assert_eq!(lex.pronoun("She"), Some(onto.core.person));
        assert_eq!(lex.number_scale("million"), Some(1_000_000));
        assert_eq!(lex.strip_name_prefix("al-Assad"), "Assad");
        assert_eq!(lex.strip_possessive("ISO's"), "ISO");
        assert!(lex.looks_adjectival("economic") && !lex.looks_adjectival("tic"));
        assert!(lex.is_coordinator("as well as"));
        assert_eq!(lex.strip_coordination_noun("ideas and"), Some(" and"));
        assert!(lex
            .phrase_triggers()
            .windows(2)
            .all(|w| w[0].len() >= w[1].len()));
    }

    #[test]
    fn user_files_add_entries_and_extend_any_list() {
        let (onto, mut lex) = builtin();
        let text = "Acme League\tOrganization\tAL|the League\n[abbreviations]\nDept\t\n[grammar]\ncopula\tremains\n";
        lex.add_file(text, "mine.tsv", &onto)
            .expect("a valid user file");
        let (entry, _) = lex.first_entry("AL").expect("an alias");
        assert_eq!(entry.label, "Acme League");
        assert!(lex.is(WordList::Abbreviation, "Dept"));
        assert!(lex.is(WordList::Copula, "remains"));
    }

    #[test]
    fn unknown_classes_and_sections_name_the_line() {
        let (onto, mut lex) = builtin();
        let err = lex
            .add_file("Acme\tOrganisation\n", "mine.tsv", &onto)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("mine.tsv:1:") && err.contains("unknown class"),
            "{err}"
        );
        let err = lex
            .add_file("[abbreviation]\nDept\n", "mine.tsv", &onto)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("mine.tsv:1:") && err.contains("abbreviations"),
            "{err}"
        );
        let err = lex
            .add_file("[grammar]\npronoun\tthey\tGroup\n", "mine.tsv", &onto)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("mine.tsv:2:"), "{err}");
    }

    #[test]
    fn normalising_ignores_case_punctuation_and_a_leading_article() {
        let (_, lex) = builtin();
        assert_eq!(
            lex.normalise("The International Socialist Organization"),
            "international socialist organization"
        );
        assert_eq!(lex.normalise("the"), "");
        assert_eq!(lex.normalise("Hal  Draper's"), "hal draper s");
    }
}
