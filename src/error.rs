//! Typed errors of the library. Every variant says what went wrong, where (file, line, byte
//! offset) and, where there is one, what to do about it; a variant that wraps another error
//! keeps it as its source. The application (`main.rs` and `cli/`) adds what it was doing with
//! `anyhow`.

use std::path::PathBuf;

/// An error from a lower library (the store, a parser) kept as a source.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// The error type of every fallible textkg operation.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input path does not exist.
    #[error("{path}: no such file or folder; check the path")]
    NotFound { path: PathBuf },
    /// An input exists but cannot be read.
    #[error("{path}: cannot be read ({source}); check its permissions")]
    Unreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An output file cannot be written.
    #[error("{path}: cannot be written ({source}); check that its folder exists and is writable")]
    Unwritable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An input is not valid UTF-8.
    #[error("{path}: not valid UTF-8 at byte offset {offset} (line {line}); convert it to UTF-8 (e.g. `iconv -t UTF-8`)")]
    NotUtf8 {
        path: String,
        offset: usize,
        line: usize,
    },
    /// An input holds no text at all.
    #[error("{path}: empty input, nothing to extract")]
    EmptyInput { path: String },
    /// No documents were found under the given paths.
    #[error("no documents found in {paths}; textkg reads .txt, .md and .jsonl files, folders of them, and `-` for stdin")]
    NoDocuments { paths: String },
    /// A line of a JSONL input is malformed.
    #[error("{path}:{line}: {message}; each line must be a JSON object {{\"id\", \"title\"?, \"text\"}}")]
    BadJsonl {
        path: String,
        line: usize,
        message: String,
    },
    /// Two inputs carry the same document id.
    #[error("document id `{id}` appears twice ({first} and {second}); ids must be unique within one run")]
    DuplicateId {
        id: String,
        first: String,
        second: String,
    },
    /// A format name is not one of the valid ones (a usage error).
    #[error("unknown {what} format `{given}`; valid formats: {valid}")]
    UnknownFormat {
        what: &'static str,
        given: String,
        valid: String,
    },
    /// An argument's value cannot be used (a usage error).
    #[error("{argument}: {message}")]
    BadArgument {
        argument: &'static str,
        message: String,
    },
    /// The base IRI is not an absolute IRI (a usage error).
    #[error("the base IRI `{given}` is not an absolute IRI ({source}); give one such as https://kg.example.org/")]
    BadBaseIri {
        given: String,
        #[source]
        source: oxrdf::IriParseError,
    },
    /// A SPARQL query or update does not parse.
    #[error("SPARQL syntax error: {message}")]
    SparqlSyntax { message: String },
    /// A SPARQL query uses something textkg does not do (SERVICE: it does not federate).
    #[error("{message}")]
    Unsupported { message: String },
    /// A SPARQL query or update failed while running.
    #[error("SPARQL evaluation failed: {message}")]
    SparqlEvaluation { message: String },
    /// The store is held by another process.
    #[error("the store {path} is locked by another running textkg (a build, update or serve); wait for it to finish, or read it with query/export/stats, which open it read-only")]
    StoreLocked { path: PathBuf },
    /// The path exists but is not a textkg store.
    #[error("{path} is not a textkg store ({reason}); choose another path with --store")]
    NotAStore { path: PathBuf, reason: String },
    /// A read-only command was pointed at a store that does not exist yet.
    #[error("no store at {path}; run `textkg build PATH...` first, or point --store at an existing store")]
    NoStore { path: PathBuf },
    /// A named graph asked for is not in the store.
    #[error("no graph <{iri}> in the store; `textkg query 'SELECT DISTINCT ?g {{ GRAPH ?g {{}} }}'` lists them")]
    NoSuchGraph { iri: String },
    /// An entity asked for (by IRI, label or alias) is not in the store.
    #[error("no entity `{name}` in the store; try its label, an alias or its IRI")]
    NoSuchEntity { name: String },
    /// A data file (rules, lexicon, ontology, model) is malformed.
    #[error("{path}:{line}: {message}")]
    BadDataFile {
        path: String,
        line: usize,
        message: String,
    },
    /// A query was cancelled (it ran past its time limit).
    #[error("the query was cancelled: it ran longer than the time limit")]
    Cancelled,
    /// The underlying store failed.
    #[error("store error: {0}")]
    Storage(#[source] BoxError),
    /// The server cannot listen on its address.
    #[error("cannot listen on {address}: {source}; is another server using that port?")]
    Bind {
        address: String,
        #[source]
        source: std::io::Error,
    },
    /// Pushing to an external store failed.
    #[error("{endpoint}: {message}")]
    Push { endpoint: String, message: String },
    /// A graph could not be drawn.
    #[error("{0}")]
    View(String),
    /// Writing output failed.
    #[error("cannot write output: {0}")]
    Io(#[from] std::io::Error),
}

/// Result alias for textkg operations.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Whether this error is a broken pipe on output (which the CLI treats as success).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }

    /// Whether this is a usage error (exit code 2): a format, argument or base IRI the user gave.
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            Error::UnknownFormat { .. } | Error::BadArgument { .. } | Error::BadBaseIri { .. }
        )
    }
}

#[cfg(feature = "store")]
impl From<oxigraph::store::StorageError> for Error {
    fn from(e: oxigraph::store::StorageError) -> Self {
        match e {
            oxigraph::store::StorageError::Io(io)
                if io.kind() == std::io::ErrorKind::BrokenPipe =>
            {
                Error::Io(io)
            }
            e => Error::Storage(Box::new(e)),
        }
    }
}

#[cfg(feature = "store")]
impl From<oxigraph::store::SerializerError> for Error {
    fn from(e: oxigraph::store::SerializerError) -> Self {
        match e {
            oxigraph::store::SerializerError::Io(io) => Error::Io(io),
            other => Error::Storage(Box::new(other)),
        }
    }
}
