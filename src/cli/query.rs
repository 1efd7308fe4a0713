//! `textkg query` and `textkg update`: SPARQL 1.1 on the store.

use super::args::{QueryArgs, UpdateArgs};
use super::formats::{results_format, ResultsFormat};
use super::results::write_results;
use super::{text_or_file, Globals};
use crate::error::Error;
use crate::rdf::rdf_format;
use crate::store::deadline::Deadline;
use crate::store::Access;
use anyhow::{bail, Context, Result};
use std::io::{IsTerminal, Write};
use std::time::Duration;

pub fn run(g: &Globals, args: QueryArgs) -> Result<()> {
    let query = text_or_file(args.query, args.file.as_deref(), "query")?;
    let format = match args.results_format.as_deref() {
        Some(name) => results_format(name)?,
        None if std::io::stdout().is_terminal() => ResultsFormat::Table,
        None => ResultsFormat::Json,
    };
    let graph_format = rdf_format(&args.format)?;
    let store = g.open(Access::ReadOnly)?;
    if !store.is_query(&query) && store.is_update(&query) {
        bail!("this is an update, use `textkg update`");
    }
    let work = || {
        let results = store.query(&query)?;
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        write_results(results, format, graph_format, store.namespaces(), &mut out)?;
        out.flush()?;
        Ok(())
    };
    let Some(seconds) = args.timeout else {
        return work().map_err(anyhow::Error::from);
    };
    match Deadline::after(Duration::from_secs(seconds)).run(work) {
        Err(Error::Cancelled) => bail!(
            "the query ran longer than --timeout {seconds} s and was cancelled; make it narrower \
             (more specific patterns, LIMIT) or allow more time"
        ),
        other => Ok(other?),
    }
}

pub fn update(g: &Globals, args: UpdateArgs) -> Result<()> {
    let update = text_or_file(args.update, args.file.as_deref(), "update")?;
    // Opening for writing would create a store: an update needs one that exists.
    if !g.memory && !g.store.exists() {
        return Err(Error::NoStore {
            path: g.store.clone(),
        }
        .into());
    }
    let store = g.open(Access::ReadWrite)?;
    if !store.is_update(&update) && store.is_query(&update) {
        bail!("this is a query, use `textkg query`");
    }
    store
        .update(&update)
        .with_context(|| format!("updating the store {}", g.store.display()))?;
    if !g.quiet {
        eprintln!("update applied");
    }
    Ok(())
}
