//! The extraction pipeline: the text layer, then the statement producers in stages, then IRIs
//! and linking. [`Extractor`] holds what the stages read (ontology, lexicon, rules, the infobox
//! table, the pair model); [`Extraction`] holds what they produce for one document;
//! [`Session`] is the one place where entities are linked across documents, so that a library
//! user and the command line give the same IRIs for the same inputs.

use crate::error::{Error, Result};
use crate::rdf::{DocumentGraph, Namespaces};
use crate::relate::geo::{DocumentCountry, Geography, DOCUMENT_COUNTRY_RULE};
use crate::relate::infobox::InfoboxFacts;
use crate::relate::model::PairModel;
use crate::relate::rules::RuleSet;
use crate::relate::{
    coordination::Coordination, dedup, inverses, Object, Producer, Resources, Statement,
};
use crate::resources::{Lexicon, Ontology};
use crate::text::load::{for_each_document, Source};
use crate::text::{AliasRegistry, Analysis, Document, EntityId, FieldTable, IdVec, Profile, Value};
use rayon::prelude::*;

/// Everything extracted from one document.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub analysis: Analysis,
    pub statements: Vec<Statement>,
    /// Each entity's IRI: minted from its label, or another document's (see [`Session`]).
    pub iris: IdVec<EntityId, String>,
}

impl Extraction {
    /// The extraction as the RDF layer reads it.
    pub fn graph(&self) -> DocumentGraph<'_> {
        DocumentGraph {
            analysis: &self.analysis,
            statements: &self.statements,
            iris: &self.iris,
        }
    }

    /// The document extracted.
    pub fn document(&self) -> &Document {
        &self.analysis.document
    }
}

/// The configured pipeline. Cheap to share across threads.
#[derive(Debug, Clone)]
pub struct Extractor {
    pub ontology: Ontology,
    pub lexicon: Lexicon,
    pub rules: RuleSet,
    pub fields: FieldTable,
    /// The statistical relation model run after the rules (`None` to use the rules alone).
    pub model: Option<PairModel>,
    /// Where entity and document IRIs are minted.
    pub namespaces: Namespaces,
    /// Whether to state what the lexicon's data sets know (which place lies in which) of the
    /// places a document names; `false` keeps only what its sentences state (`--no-world-knowledge`).
    pub world_knowledge: bool,
    geography: Geography,
    document_country: DocumentCountry,
}

impl Extractor {
    /// The pipeline with the built-in ontology, lexicons, rules and model.
    ///
    /// ```
    /// use textkg::{Document, Extractor};
    /// let extractor = Extractor::builtin()?;
    /// let doc = Document::from_text("acme", "# Acme League\n\nThe Acme League was founded in 1901 by Jane Smith.");
    /// let ex = extractor.extract(doc);
    /// let props: Vec<&str> = ex.statements.iter().map(|s| extractor.ontology.property_name(s.property)).collect();
    /// assert!(props.contains(&"inception") && props.contains(&"foundedBy"));
    /// # Ok::<(), textkg::Error>(())
    /// ```
    pub fn builtin() -> Result<Self> {
        let ontology = Ontology::builtin()?;
        let model = PairModel::builtin()?;
        let geography = Geography::new(&ontology)?;
        Ok(Extractor {
            lexicon: Lexicon::builtin(&ontology)?,
            fields: FieldTable::builtin(&ontology)?,
            rules: RuleSet::builtin(&ontology)?,
            model: Some(model).filter(|m| !m.properties.is_empty()),
            namespaces: Namespaces::default(),
            world_knowledge: true,
            geography,
            document_country: DocumentCountry(geography),
            ontology,
        })
    }

    /// Adds a user rule file (TOML, the same syntax as `data/rules/core.toml`).
    pub fn add_rules(&mut self, text: &str, path: &str) -> Result<()> {
        self.rules.add_file(text, path, &self.ontology)
    }

    /// Adds a user lexicon file (see [`Lexicon::add_file`]).
    pub fn add_lexicon(&mut self, text: &str, path: &str) -> Result<()> {
        self.lexicon.add_file(text, path, &self.ontology)
    }

    fn resources(&self) -> Resources<'_> {
        Resources {
            lexicon: &self.lexicon,
            onto: &self.ontology,
            world_knowledge: self.world_knowledge,
        }
    }

    /// The producers, in stages: each stage reads what the earlier ones stated, and is followed
    /// by what the ontology says follows the other way round. The model reads what the rules
    /// stated and adds what they missed.
    fn stages(&self) -> Vec<Vec<&dyn Producer>> {
        let rules: Vec<&dyn Producer> = vec![
            &self.rules,
            &self.geography,
            &self.document_country,
            &InfoboxFacts,
            &Coordination,
        ];
        let mut stages = vec![rules];
        if let Some(model) = &self.model {
            stages.push(vec![model]);
        }
        stages
    }

    /// The statements of one analysed document.
    pub fn relate(&self, analysis: &Analysis) -> Vec<Statement> {
        let cx = self.resources();
        let mut statements: Vec<Statement> = Vec::new();
        for stage in self.stages() {
            let before = statements.len();
            for producer in stage {
                let new = producer.produce(&cx, analysis, &statements);
                statements.extend(new);
            }
            if statements.len() > before {
                let implied = inverses::implied(&self.ontology, &statements[before..]);
                statements.extend(implied);
                statements = dedup(statements);
            }
        }
        statements.retain(|s| self.geography.admissible(&self.ontology, analysis, s));
        statements
    }

    /// Runs every stage on one document, with IRIs minted from its entities' labels (no
    /// linking to other documents: use a [`Session`] for that).
    pub fn extract(&self, document: Document) -> Extraction {
        let analysis = Analysis::of(document, &self.lexicon, &self.ontology, &self.fields);
        let statements = self.relate(&analysis);
        let iris = analysis
            .resolution
            .entities
            .iter()
            .map(|e| self.namespaces.entity_iri(&e.label))
            .collect();
        Extraction {
            analysis,
            statements,
            iris,
        }
    }

    /// What each entity's document says that tells it from a namesake: its class, its country
    /// or citizenship, its year of birth or founding.
    fn profiles(&self, ex: &Extraction) -> IdVec<EntityId, Profile> {
        let onto = &self.ontology;
        let entities = &ex.analysis.resolution.entities;
        let mut profiles: IdVec<EntityId, Profile> = entities
            .iter()
            .map(|e| Profile {
                class: Some(e.class).filter(|&c| c != onto.core.entity),
                ..Profile::default()
            })
            .collect();
        let named = |names: &[&str], p| names.iter().any(|n| onto.property_named(n) == Some(p));
        // The document's country is a guess about everything it names: no evidence of identity.
        let stated = ex
            .statements
            .iter()
            .filter(|s| s.rule != DOCUMENT_COUNTRY_RULE);
        for s in stated {
            let profile = &mut profiles[s.subject];
            match &s.object {
                Object::Entity(o) if named(&["country", "citizenship"], s.property) => {
                    profile
                        .country
                        .get_or_insert_with(|| entities[*o].label.clone());
                }
                Object::Value(Value::Date(d)) if named(&["birthDate", "inception"], s.property) => {
                    profile.year.get_or_insert(d.year);
                }
                _ => {}
            }
        }
        profiles
    }

    /// A session that links what it extracts across documents.
    pub fn session(&self) -> Session<'_> {
        Session {
            extractor: self,
            registry: AliasRegistry::default(),
        }
    }
}

/// Whether a document belongs to shard I of N: a stable hash (SHA-256) of its id, so that
/// every machine splits a corpus the same way.
pub fn in_shard(id: &str, shard: Option<(u64, u64)>) -> bool {
    let Some((i, n)) = shard else { return true };
    use sha2::Digest;
    let digest = sha2::Sha256::digest(id.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(first) % n == i
}

/// Documents handed to the extraction threads at once: enough to keep them busy, few enough
/// that memory stays bounded whatever the corpus size.
const BATCH_DOCUMENTS: usize = 256;
const BATCH_BYTES: usize = 8 << 20;

/// How [`Session::stream`] runs.
#[derive(Debug, Clone, Copy, Default)]
pub struct StreamOptions<'p> {
    /// Only the documents of shard I of N.
    pub shard: Option<(u64, u64)>,
    /// The threads to extract on (the global pool if none).
    pub pool: Option<&'p rayon::ThreadPool>,
}

/// Extraction across documents: an entity named in one document only by an alias that an
/// earlier document (or the store) gave a fuller name gets that entity's IRI.
#[derive(Debug)]
pub struct Session<'e> {
    extractor: &'e Extractor,
    registry: AliasRegistry,
}

impl<'e> Session<'e> {
    /// A session that starts from names already known (a store's, say).
    pub fn with_registry(extractor: &'e Extractor, registry: AliasRegistry) -> Self {
        Session {
            extractor,
            registry,
        }
    }

    /// Extracts one document and links it to everything this session has seen.
    ///
    /// ```
    /// use textkg::{Document, Extractor};
    /// let extractor = Extractor::builtin()?;
    /// let mut session = extractor.session();
    /// session.extract(Document::from_text("a", "The Acme Workers League (AWL) was founded in 1901."));
    /// let second = session.extract(Document::from_text("b", "The AWL was dissolved in 1950."));
    /// assert!(second.iris.iter().any(|iri| iri.ends_with("/Acme_Workers_League")));
    /// # Ok::<(), textkg::Error>(())
    /// ```
    pub fn extract(&mut self, document: Document) -> Extraction {
        let mut ex = self.extractor.extract(document);
        self.link(&mut ex);
        ex
    }

    /// Extracts documents in parallel and links them in input order: the same IRIs as
    /// extracting them one by one.
    pub fn extract_batch(
        &mut self,
        documents: Vec<Document>,
        pool: Option<&rayon::ThreadPool>,
    ) -> Vec<Extraction> {
        let extractor = self.extractor;
        let run = || -> Vec<Extraction> {
            documents
                .into_par_iter()
                .map(|d| extractor.extract(d))
                .collect()
        };
        let mut extractions = match pool {
            Some(pool) => pool.install(run),
            None => run(),
        };
        for ex in &mut extractions {
            self.link(ex);
        }
        extractions
    }

    /// The one place where entities get other documents' IRIs, or IRIs of their own where a
    /// namesake differs.
    fn link(&mut self, ex: &mut Extraction) {
        let extractor = self.extractor;
        let lexicon = &extractor.lexicon;
        let entities = &ex.analysis.resolution.entities;
        self.registry.link(entities, &mut ex.iris, lexicon);
        let profiles = extractor.profiles(ex);
        let mint = |label: &str| extractor.namespaces.entity_iri(label);
        self.registry.separate(
            entities,
            &profiles,
            &mut ex.iris,
            &extractor.ontology,
            &mint,
        );
        self.registry.learn(entities, &ex.iris, lexicon);
    }

    /// Streams the documents of `sources` through the extractor in bounded batches, in input
    /// order, and calls `each` with each batch's extractions (linked); `progress` with the number
    /// of documents done after each batch.
    pub fn stream(
        &mut self,
        sources: &[Source],
        options: StreamOptions,
        progress: &dyn Fn(u64),
        mut each: impl FnMut(Vec<Extraction>) -> Result<()>,
    ) -> Result<()> {
        let mut batch: Vec<Document> = Vec::new();
        let mut bytes = 0;
        let mut flush = |session: &mut Self, batch: &mut Vec<Document>| -> Result<()> {
            let docs = std::mem::take(batch);
            let n = docs.len() as u64;
            let extractions = session.extract_batch(docs, options.pool);
            for ex in &extractions {
                let doc = ex.document();
                if ex.analysis.segmentation.sentences.len() <= 1 && doc.text.len() > 2000 {
                    tracing::warn!(
                        "{}: no sentence boundary found in {} bytes; is it prose?",
                        doc.source,
                        doc.text.len()
                    );
                }
            }
            progress(n);
            each(extractions)
        };
        for source in sources {
            for_each_document(source, |doc| {
                if !in_shard(&doc.id, options.shard) {
                    return Ok(());
                }
                bytes += doc.text.len();
                batch.push(doc);
                if batch.len() >= BATCH_DOCUMENTS || bytes >= BATCH_BYTES {
                    bytes = 0;
                    flush(self, &mut batch)?;
                }
                Ok(())
            })?;
        }
        if !batch.is_empty() {
            flush(self, &mut batch)?;
        }
        Ok(())
    }
}

/// A thread pool of `jobs` threads (one a core if `None`).
pub fn thread_pool(jobs: Option<usize>) -> Result<rayon::ThreadPool> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = jobs {
        builder = builder.num_threads(n.max(1));
    }
    builder.build().map_err(|e| Error::BadArgument {
        argument: "--jobs",
        message: format!("cannot start the extraction threads: {e}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iri_of<'a>(ex: &'a Extraction, label: &str) -> &'a str {
        let entities = &ex.analysis.resolution.entities;
        let (id, _) = entities
            .iter_enumerated()
            .find(|(_, e)| e.label == label)
            .unwrap_or_else(|| panic!("no entity {label} in {entities:?}"));
        &ex.iris[id]
    }

    #[test]
    fn namesakes_stay_apart_when_their_documents_tell_them_apart() {
        let extractor = Extractor::builtin().unwrap();
        let mut session = extractor.session();
        let uk = session.extract(Document::from_text(
            "uk",
            "The Labour Party is a political party in the United Kingdom. It was founded in 1900.",
        ));
        let norway = session.extract(Document::from_text(
            "no",
            "The Labour Party is a political party in Norway. It was founded in 1887.",
        ));
        let silent = session.extract(Document::from_text(
            "x",
            "Tony Blair led the Labour Party for thirteen years.",
        ));
        let (a, b) = (iri_of(&uk, "Labour Party"), iri_of(&norway, "Labour Party"));
        assert_ne!(a, b, "two countries, two parties");
        assert!(b.ends_with("Labour_Party_Norway"), "{b}");
        assert_eq!(
            iri_of(&silent, "Labour Party"),
            a,
            "nothing tells it apart: it joins"
        );

        let painter = session.extract(Document::from_text(
            "p",
            "John Smith (born 1920) was an American painter.",
        ));
        let actor = session.extract(Document::from_text(
            "a",
            "John Smith (born 1950) is an American actor.",
        ));
        assert_ne!(iri_of(&painter, "John Smith"), iri_of(&actor, "John Smith"));
    }
}
