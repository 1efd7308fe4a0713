//! `textkg query` and `textkg update`: SPARQL 1.1 on the store.

use super::args::{QueryArgs, UpdateArgs};
use super::formats::{results_format, ResultsFormat};
use super::results::write_results;
use super::{text_or_file, Globals};
use crate::rdf::rdf_format;
use crate::store::Access;
use anyhow::{Context, Result};
use std::io::{IsTerminal, Write};

pub fn run(g: &Globals, args: QueryArgs) -> Result<()> {
    let query = text_or_file(args.query, args.file.as_deref(), "query")?;
    let format = match args.results_format.as_deref() {
        Some(name) => results_format(name)?,
        None if std::io::stdout().is_terminal() => ResultsFormat::Table,
        None => ResultsFormat::Json,
    };
    let graph_format = rdf_format(&args.format)?;
    let store = g.open(Access::ReadOnly)?;
    let results = store.query(&query)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write_results(results, format, graph_format, store.namespaces(), &mut out)?;
    out.flush()?;
    Ok(())
}

pub fn update(g: &Globals, args: UpdateArgs) -> Result<()> {
    let update = text_or_file(args.update, args.file.as_deref(), "update")?;
    let store = g.open(Access::ReadWrite)?;
    store
        .update(&update)
        .with_context(|| format!("updating the store {}", g.store.display()))?;
    if !g.quiet {
        eprintln!("update applied");
    }
    Ok(())
}
