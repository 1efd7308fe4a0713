//! The `textkg` command: arguments ([`args`]), one file a subcommand, and what they share
//! (opening the store, reading files, building the extractor, progress bars). Subcommands
//! return `anyhow` errors with context saying what was being done; `main.rs` prints them.

pub mod args;
mod build;
mod eval;
mod export;
mod extract;
mod formats;
mod graph;
mod query;
mod results;
mod serve;
mod stats;
mod train;

pub use args::{Cli, Command, ExtractionArgs, GlobalArgs};

use crate::error::Error;
use crate::pipeline::Extractor;
use crate::rdf::Namespaces;
use crate::relate::model::PairModel;
use crate::store::{Access, KgStore};
use anyhow::{Context as _, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// The default store location.
pub const DEFAULT_STORE: &str = "textkg.db";

/// What every subcommand reads of the global options.
#[derive(Debug, Clone)]
pub struct Globals {
    pub store: PathBuf,
    pub memory: bool,
    pub quiet: bool,
    pub namespaces: Namespaces,
}

impl Globals {
    /// Checks the global options: a base IRI must be an absolute IRI.
    pub fn new(g: &GlobalArgs) -> crate::error::Result<Self> {
        let namespaces = match &g.base_iri {
            Some(base) => Namespaces::new(base)?,
            None => Namespaces::default(),
        };
        Ok(Globals {
            store: g
                .store
                .clone()
                .unwrap_or_else(|| PathBuf::from(DEFAULT_STORE)),
            memory: g.memory,
            quiet: g.quiet,
            namespaces,
        })
    }

    /// Opens the store (in memory with `--memory`).
    pub fn open(&self, access: Access) -> Result<KgStore> {
        let store = if self.memory {
            KgStore::memory()
        } else {
            KgStore::open(&self.store, access)
        };
        Ok(store?.with_namespaces(self.namespaces.clone()))
    }

    /// A progress bar on a terminal; hidden with `--quiet`, when piped, or for one item.
    pub fn progress(&self, len: usize, what: &str) -> ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() || len < 2 {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template(
            "{spinner} {msg} [{bar:30}] {pos}/{len} ({per_sec}, {eta} left)",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        bar.set_message(what.to_string());
        bar
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let g = Globals::new(&cli.global)?;
    match cli.command {
        Command::Build(args) => build::run(&g, args),
        Command::Extract(args) => extract::run(&g, args),
        Command::Query(args) => query::run(&g, args),
        Command::Update(args) => query::update(&g, args),
        Command::Export(args) => export::run(&g, args),
        Command::Stats(args) => stats::run(&g, args),
        Command::Serve(args) => serve::run(&g, args),
        Command::Graph(args) => graph::run(&g, args),
        Command::Train(args) => train::run(&g, args),
        Command::Eval(args) => eval::run(&g, args),
    }
}

/// A UTF-8 text file, or a clear error naming it.
pub fn read_text(path: &Path) -> crate::error::Result<String> {
    let bytes = std::fs::read(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound {
            path: path.to_path_buf(),
        },
        _ => Error::Unreadable {
            path: path.to_path_buf(),
            source,
        },
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        Error::NotUtf8 {
            path: path.display().to_string(),
            offset,
            line: 1 + e.as_bytes()[..offset]
                .iter()
                .filter(|&&b| b == b'\n')
                .count(),
        }
    })
}

/// The text given on the command line, or read from `--file`.
fn text_or_file(text: Option<String>, file: Option<&Path>, what: &str) -> Result<String> {
    match (text, file) {
        (Some(t), _) => Ok(t),
        (None, Some(f)) => Ok(read_text(f)?),
        (None, None) => Err(Error::BadArgument {
            argument: "--file",
            message: format!("no {what} given"),
        }
        .into()),
    }
}

/// The extractor with the user's rules, lexicons and model, minting under the global base.
pub fn extractor(g: &Globals, args: &ExtractionArgs) -> Result<Extractor> {
    let mut ex = Extractor::builtin().context("loading the built-in extractor")?;
    ex.namespaces = g.namespaces.clone();
    if args.no_model {
        ex.model = None;
    }
    ex.world_knowledge = !args.no_world_knowledge;
    if let Some(path) = &args.model {
        ex.model = Some(PairModel::parse(
            &read_text(path)?,
            &path.display().to_string(),
        )?);
    }
    for path in &args.rules {
        ex.add_rules(&read_text(path)?, &path.display().to_string())?;
    }
    for path in &args.lexicon {
        ex.add_lexicon(&read_text(path)?, &path.display().to_string())?;
    }
    Ok(ex)
}

/// Writes `text` to `path` through a temporary file beside it, so that a failure leaves no
/// half-written file.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(std::fs::File) -> crate::error::Result<()>,
) -> Result<()> {
    let tmp = path.with_extension("textkg-partial");
    let file = std::fs::File::create(&tmp).map_err(|source| Error::Unwritable {
        path: tmp.clone(),
        source,
    })?;
    if let Err(e) = write(file) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e.into());
    }
    std::fs::rename(&tmp, path).with_context(|| format!("moving {} into place", path.display()))?;
    Ok(())
}
