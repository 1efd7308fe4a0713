//! `textkg export`: the store in a standard RDF format.

use super::args::ExportArgs;
use super::{write_atomically, Globals};
use crate::rdf::{rdf_format, rdf_format_of_path};
use crate::store::{Access, KgStore};
use anyhow::Result;
use oxigraph::io::RdfFormat;
use std::io::Write;

pub fn run(g: &Globals, args: ExportArgs) -> Result<()> {
    let format = match (&args.format, &args.output) {
        (Some(f), _) => rdf_format(f)?,
        (None, Some(path)) => rdf_format_of_path(path)?,
        (None, None) => RdfFormat::Turtle,
    };
    let store = g.open(Access::ReadOnly)?;
    let graph = args.graph.as_deref();
    let Some(path) = &args.output else {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        store.dump(format, graph, &mut out)?;
        out.flush()?;
        return Ok(());
    };
    // "….gz" is compressed, for the bulk loaders of large triple stores.
    let gzip = path.extension().is_some_and(|e| e == "gz");
    write_atomically(path, |file| dump(&store, format, graph, file, gzip))?;
    if !g.quiet {
        eprintln!("wrote {}", path.display());
    }
    Ok(())
}

fn dump(
    store: &KgStore,
    format: RdfFormat,
    graph: Option<&str>,
    file: std::fs::File,
    gzip: bool,
) -> crate::error::Result<()> {
    let mut w = std::io::BufWriter::new(file);
    if gzip {
        let mut gz = flate2::write::GzEncoder::new(w, flate2::Compression::fast());
        store.dump(format, graph, &mut gz)?;
        w = gz.finish()?;
    } else {
        store.dump(format, graph, &mut w)?;
    }
    w.flush()?;
    Ok(())
}
