//! Places: what a data set says of each place entry (its key, population, the ways its label is
//! ambiguous, where its containment comes from), the generated `geo/places.tsv` (section
//! `geo_places`, containment by id), unique labels for places that share a name, and the
//! containment path with the data sets it rests on.

use super::{Entry, EntryId, Lexicon};
use crate::error::Result;

/// A data set the lexicon's world knowledge (which place lies in which) comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dataset {
    /// textkg's hand-written lexicon (`data/lexicons/places.tsv`, `geo/hand_places.tsv`).
    Textkg = 0,
    /// GeoNames (cities and their first-level divisions, countries' continents), CC BY 4.0.
    GeoNames,
    /// ISO 3166 (countries and their first-level subdivisions), from Debian's iso-codes.
    Iso3166,
    /// A user's `--lexicon` file.
    User,
}

impl Dataset {
    pub const ALL: [Dataset; 4] = [
        Dataset::Textkg,
        Dataset::GeoNames,
        Dataset::Iso3166,
        Dataset::User,
    ];

    /// Its name, as the statement record writes it.
    pub fn name(self) -> &'static str {
        match self {
            Dataset::Textkg => "textkg lexicon",
            Dataset::GeoNames => "GeoNames",
            Dataset::Iso3166 => "ISO 3166",
            Dataset::User => "user lexicon",
        }
    }

    /// The page that identifies it (the textkg and user lexicons have IRIs of textkg's own).
    pub fn iri(self) -> &'static str {
        match self {
            Dataset::Textkg => "https://w3id.org/textkg/dataset/lexicon",
            Dataset::GeoNames => "https://www.geonames.org/",
            Dataset::Iso3166 => "https://www.iso.org/iso-3166-country-codes.html",
            Dataset::User => "https://w3id.org/textkg/dataset/user-lexicon",
        }
    }

    /// Its licence, where it has one of its own.
    pub fn licence(self) -> Option<&'static str> {
        match self {
            Dataset::GeoNames => Some("https://creativecommons.org/licenses/by/4.0/"),
            _ => None,
        }
    }
}

/// A set of [`Dataset`]s, as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Datasets(u8);

impl Datasets {
    pub fn with(self, d: Dataset) -> Self {
        Datasets(self.0 | 1 << d as u8)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The data sets, in the order of [`Dataset::ALL`].
    pub fn iter(self) -> impl Iterator<Item = Dataset> {
        Dataset::ALL
            .into_iter()
            .filter(move |d| self.0 & 1 << *d as u8 != 0)
    }
}

/// How a place's label may mean something else (column `ambiguous` of `geo/places.tsv`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ambiguity(u8);

impl Ambiguity {
    /// A common English word ("Mobile", "Reading").
    pub const WORD: Ambiguity = Ambiguity(1);
    /// A given name ("Florence", "Jackson").
    pub const GIVEN_NAME: Ambiguity = Ambiguity(2);
    /// A frequent surname ("Lincoln", "Houston").
    pub const SURNAME: Ambiguity = Ambiguity(4);
    /// Another place of comparable size has the name ("Springfield").
    pub const SHARED: Ambiguity = Ambiguity(8);

    pub fn contains(self, other: Ambiguity) -> bool {
        self.0 & other.0 != 0
    }

    fn parse(field: &str) -> std::result::Result<Self, String> {
        let mut bits = 0;
        for flag in field.split('|').filter(|f| !f.is_empty()) {
            bits |= match flag {
                "word" => 1,
                "given-name" => 2,
                "surname" => 4,
                "shared" => 8,
                other => return Err(format!("unknown ambiguity flag `{other}`")),
            };
        }
        Ok(Ambiguity(bits))
    }
}

/// The level of a place in the containment hierarchy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceLevel {
    Continent,
    Country,
    /// A first-level division, or a region.
    Region,
    City,
}

/// What the lexicon knows of a place entry besides its names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceFacts {
    /// Its key in the data set (`gn:4887398`, `iso:US-IL`), empty for hand-written and user rows.
    pub key: Box<str>,
    pub level: PlaceLevel,
    pub population: Option<u64>,
    pub ambiguity: Ambiguity,
    /// Where its `part_of` comes from.
    pub containment: Dataset,
    /// Whether its names were written by hand (textkg's lexicon or a user's): they were chosen
    /// to be read as places wherever they stand.
    pub hand_named: bool,
}

/// Cities of at least this many people whose label is no word, given name, surname or name of a
/// comparable place are read as places without context.
pub const ALONE_CITY_POPULATION: u64 = 100_000;
/// Cities whose label is also a given name or surname need this many people to stand alone.
pub const ALONE_NAMED_CITY_POPULATION: u64 = 1_000_000;

impl PlaceFacts {
    /// Facts of a hand-written row.
    pub(super) fn hand(level: PlaceLevel, containment: Dataset) -> Self {
        PlaceFacts {
            key: "".into(),
            level,
            population: None,
            ambiguity: Ambiguity::default(),
            containment,
            hand_named: true,
        }
    }

    /// Whether the name is read as this place where it stands alone, with no place context (a
    /// preposition such as "in", a containing place after a comma): hand-written names;
    /// countries, continents and divisions whose label is no common word or personal name;
    /// cities of [`ALONE_CITY_POPULATION`] whose label is not ambiguous at all, and of
    /// [`ALONE_NAMED_CITY_POPULATION`] whose label is also a personal name. A label that is a
    /// common word ("Mobile", "Reading") always needs context.
    ///
    /// ```
    /// let onto = textkg::Ontology::builtin()?;
    /// let lex = textkg::Lexicon::builtin(&onto)?;
    /// let alone = |name: &str| lex.place_facts(lex.entry_labelled(name).unwrap()).unwrap().stands_alone();
    /// assert!(alone("Chicago") && alone("Essen") && alone("Houston"));
    /// assert!(!alone("Mobile") && !alone("Jackson") && !alone("Lincoln"));
    /// # Ok::<(), textkg::Error>(())
    /// ```
    pub fn stands_alone(&self) -> bool {
        let a = self.ambiguity;
        let personal = a.contains(Ambiguity::GIVEN_NAME) || a.contains(Ambiguity::SURNAME);
        if self.hand_named {
            return true;
        }
        if a.contains(Ambiguity::WORD) {
            return false;
        }
        let population = self.population.unwrap_or(0);
        match self.level {
            PlaceLevel::City if personal => population >= ALONE_NAMED_CITY_POPULATION,
            PlaceLevel::City => population >= ALONE_CITY_POPULATION,
            _ => !personal,
        }
    }
}

fn level(class: &str) -> Option<PlaceLevel> {
    Some(match class {
        "Continent" => PlaceLevel::Continent,
        "Country" => PlaceLevel::Country,
        "AdministrativeRegion" | "State" | "Region" => PlaceLevel::Region,
        "City" => PlaceLevel::City,
        _ => return None,
    })
}

/// The data set a generated row's `part_of` comes from: a city's division and a country's
/// continent from GeoNames, a division's country from ISO 3166, the rest from textkg.
fn containment_of(key: &str, level: PlaceLevel, sources: &str) -> Dataset {
    let geonames = sources.split('|').any(|s| s == "geonames");
    match level {
        _ if key.starts_with("gn:") => Dataset::GeoNames,
        PlaceLevel::Region if key.starts_with("iso:") => Dataset::Iso3166,
        PlaceLevel::Country if geonames => Dataset::GeoNames,
        _ => Dataset::Textkg,
    }
}

impl Lexicon {
    /// The rows of `geo/places.tsv`: `id label class aliases demonyms part_of population source
    /// ambiguous`, `part_of` by id (see `data/lexicons/geo/README.md`).
    pub(super) fn add_geo_places(
        &mut self,
        text: &str,
        first: usize,
        cx: &super::load::Context,
    ) -> Result<()> {
        let rows = text.lines().count();
        self.entries.reserve(rows);
        self.surfaces.reserve(rows * 2);
        self.labels.reserve(rows);
        self.place_keys.reserve(rows);
        let mut added = Vec::with_capacity(rows);
        let mut containment: Vec<(EntryId, &str, usize)> = Vec::with_capacity(rows);
        for row in super::load::rows(text, first) {
            if row.cols.len() != 9 {
                let found = row.cols.len();
                return Err(cx.bad(row.line, format!("expected 9 columns, found {found}")));
            }
            let (key, label, class) = (row.col(0), row.col(1), row.col(2));
            let level = level(class)
                .ok_or_else(|| cx.bad(row.line, format!("unknown place class `{class}`")))?;
            let population = match row.col(6) {
                "" => None,
                n => Some(n.parse().map_err(|_| cx.bad(row.line, "bad population"))?),
            };
            let ambiguity = Ambiguity::parse(row.col(8)).map_err(|m| cx.bad(row.line, m))?;
            let sources = row.col(7);
            let facts = PlaceFacts {
                key: key.into(),
                level,
                population,
                ambiguity,
                containment: containment_of(key, level, sources),
                hand_named: sources.split('|').any(|s| s == "textkg-hand"),
            };
            let mut names = vec![label];
            names.extend(row.items(3));
            let adjectives: Vec<&str> = row.items(4).collect();
            let entry = Entry {
                label: label.to_string(),
                class: cx.class(&row, 2)?,
                part_of: None,
                place: Some(facts),
            };
            let id = self.add_entry_unlabelled(entry, &names, &adjectives);
            if self.place_keys.insert(key.to_string(), id).is_some() {
                return Err(cx.bad(row.line, format!("duplicate id `{key}`")));
            }
            added.push(id);
            if !row.col(5).is_empty() {
                containment.push((id, row.col(5), row.line));
            }
        }
        for (id, outer, line) in containment {
            let outer = self
                .place_keys
                .get(outer)
                .ok_or_else(|| cx.bad(line, format!("part_of `{outer}` is no id")))?;
            self.entries[id.0 as usize].part_of = Some(*outer);
        }
        for id in added {
            self.register_label(id);
        }
        Ok(())
    }

    /// Makes an entry findable by its label; a label another entry has already is qualified by
    /// the nearest container of another name ("Dublin, Ohio"), else by its key.
    pub(super) fn register_label(&mut self, id: EntryId) {
        let label = &self.entry(id).label;
        if !self.labels.contains_key(label) {
            self.labels.insert(label.clone(), id);
            return;
        }
        let label = label.clone();
        let container = self
            .containers(id)
            .into_iter()
            .map(|c| self.entry(c).label.as_str())
            .find(|c| *c != label);
        let mut qualified = match container {
            Some(c) => format!("{label}, {c}"),
            None => format!("{label} ({})", id.0),
        };
        if self.labels.contains_key(&qualified) {
            let key = self.place_facts(id).map_or("", |f| &f.key);
            qualified = format!("{label} ({})", if key.is_empty() { "?" } else { key });
        }
        if self.labels.contains_key(&qualified) {
            qualified = format!("{label} ({})", id.0);
        }
        self.entries[id.0 as usize].label = qualified.clone();
        self.labels.insert(qualified, id);
    }

    /// What the lexicon knows of a place entry besides its names.
    pub fn place_facts(&self, id: EntryId) -> Option<&PlaceFacts> {
        self.entry(id).place.as_ref()
    }

    /// Whether `surface` names an entry that is no place, or a place with hand-written names (not
    /// "University", a city of Florida that only GeoNames lists).
    pub fn knows_by_hand(&self, surface: &str) -> bool {
        self.lookup(surface)
            .into_iter()
            .flatten()
            .any(|(e, _)| self.place_facts(*e).is_none_or(|f| f.hand_named))
    }

    /// Whether the first place `surface` names (as a name or a demonym) has hand-written names:
    /// one chosen to be read as a place wherever it stands.
    pub fn names_hand_written_place(&self, surface: &str) -> bool {
        self.lookup(surface)
            .into_iter()
            .flatten()
            .find_map(|(e, _)| self.place_facts(*e))
            .is_some_and(|f| f.hand_named)
    }

    /// The data sets that put `inner` inside `outer` (following `part_of`), and the keys of the
    /// rows whose containment was followed; `None` if the lexicon does not put it there.
    pub fn containment_path(
        &self,
        inner: EntryId,
        outer: EntryId,
    ) -> Option<(Datasets, Vec<EntryId>)> {
        let mut datasets = Datasets::default();
        let mut path = Vec::new();
        let mut current = inner;
        for _ in 0..8 {
            let facts = self.place_facts(current);
            datasets = datasets.with(facts.map_or(Dataset::User, |f| f.containment));
            path.push(current);
            current = self.entry(current).part_of?;
            if current == outer {
                return Some((datasets, path));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Ontology;

    fn builtin() -> (Ontology, Lexicon) {
        let onto = Ontology::builtin().expect("ontology");
        let lex = Lexicon::builtin(&onto).expect("lexicon");
        (onto, lex)
    }

    #[test]
    fn generated_places_resolve_containment_by_id() {
        let (onto, lex) = builtin();
        let essen = lex.entry_labelled("Essen").expect("Essen");
        let chain: Vec<&str> = lex
            .containers(essen)
            .into_iter()
            .map(|e| lex.entry(e).label.as_str())
            .collect();
        assert_eq!(chain, ["North Rhine-Westphalia", "Germany", "Europe"]);
        assert_eq!(lex.entry(essen).class, onto.core.city);
        assert_eq!(&*lex.place_facts(essen).unwrap().key, "gn:2928810");
    }

    #[test]
    fn shared_labels_are_qualified_by_their_container() {
        let (_, lex) = builtin();
        let dublin = lex.entry_labelled("Dublin").expect("Dublin");
        let ireland = lex.entry_labelled("Ireland").expect("Ireland");
        assert!(
            lex.containers(dublin).contains(&ireland),
            "the largest keeps the name"
        );
        let ohio = lex.entry_labelled("Dublin, Ohio").expect("Dublin, Ohio");
        assert_eq!(lex.entry(ohio).label, "Dublin, Ohio");
        let hits = lex.lookup("Dublin").expect("the bare name");
        assert!(hits.iter().any(|(e, _)| *e == ohio));
        assert!(lex.entry_labelled("Georgia, United States").is_some());
    }

    #[test]
    fn containment_paths_name_their_data_sets() {
        let (_, lex) = builtin();
        let chicago = lex.entry_labelled("Chicago").unwrap();
        let us = lex.entry_labelled("United States").unwrap();
        let (datasets, path) = lex
            .containment_path(chicago, us)
            .expect("Chicago is in the US");
        let names: Vec<&str> = datasets.iter().map(Dataset::name).collect();
        assert_eq!(names, ["GeoNames", "ISO 3166"]);
        assert_eq!(path.len(), 2);
        let scotland = lex.entry_labelled("Scotland").unwrap();
        let uk = lex.entry_labelled("United Kingdom").unwrap();
        let (datasets, _) = lex.containment_path(scotland, uk).unwrap();
        assert_eq!(datasets.iter().collect::<Vec<_>>(), [Dataset::Iso3166]);
        let middle_east = lex
            .entry_labelled("Middle East")
            .expect("a hand-written region");
        assert!(lex.place_facts(middle_east).unwrap().hand_named);
        assert!(lex.containment_path(us, chicago).is_none());
    }

    #[test]
    fn ambiguity_flags_parse_and_reject_unknown_ones() {
        let a = Ambiguity::parse("word|surname").unwrap();
        assert!(a.contains(Ambiguity::WORD) && a.contains(Ambiguity::SURNAME));
        assert!(!a.contains(Ambiguity::GIVEN_NAME));
        assert!(Ambiguity::parse("rare").is_err());
    }
}
