//! `textkg graph`: the relationship graph as a picture.

use super::args::GraphArgs;
use super::formats::{view_format, ViewFormat, VIEW_FORMATS};
use super::{read_text, write_atomically, Globals};
use crate::error::Error;
use crate::resources::Ontology;
use crate::store::Access;
use crate::view;
use anyhow::Result;
use std::io::Write;

pub fn run(g: &Globals, args: GraphArgs) -> Result<()> {
    let format = match (&args.format, &args.output) {
        (Some(f), _) => view_format(f)?,
        (None, Some(path)) => view_format(path.extension().and_then(|e| e.to_str()).unwrap_or(""))
            .map_err(|_| Error::UnknownFormat {
                what: "output file",
                given: path.display().to_string(),
                valid: format!("{VIEW_FORMATS} (by extension .dot .svg .html .mmd .graphml .json); or give --format"),
            })?,
        (None, None) => ViewFormat::Dot,
    };
    let selection = view::Selection {
        query: args.query.as_deref().map(read_text).transpose()?,
        focus: args.focus,
        depth: args.depth,
        predicates: args.predicate,
        types: args.types,
        limit: args.limit,
        literal_nodes: args.literal_nodes,
    };
    let store = g.open(Access::ReadOnly)?;
    let onto = Ontology::builtin()?;
    let (graph, omitted) = view::load(&store, &onto, &selection)?;
    let narrowed = selection.limit.is_some()
        || selection.focus.is_some()
        || !selection.types.is_empty()
        || !selection.predicates.is_empty();
    if !g.quiet && narrowed && (omitted.nodes > 0 || omitted.edges > 0) {
        eprintln!(
            "showing {} nodes and {} edges; left out {} nodes and {} edges (widen --limit, --depth or the filters to see more)",
            graph.node_count(),
            graph.edge_count(),
            omitted.nodes,
            omitted.edges
        );
    }
    let title = match &selection.focus {
        Some(f) => format!("textkg: {f}"),
        None => "textkg graph".to_string(),
    };
    let text = match format {
        ViewFormat::Dot => view::to_dot(&graph, &onto),
        ViewFormat::Svg => view::to_svg(&graph, &onto)?,
        ViewFormat::Html => view::to_html(&graph, &onto, &title),
        ViewFormat::Mermaid => view::to_mermaid(&graph, &onto),
        ViewFormat::GraphMl => view::to_graphml(&graph),
        ViewFormat::Json => serde_json::to_string_pretty(&view::to_cytoscape(&graph, &onto))?,
    };
    let Some(path) = &args.output else {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        out.write_all(text.as_bytes())?;
        out.flush()?;
        return Ok(());
    };
    write_atomically(path, |mut file| Ok(file.write_all(text.as_bytes())?))?;
    if !g.quiet {
        eprintln!(
            "wrote {} ({} nodes, {} edges)",
            path.display(),
            graph.node_count(),
            graph.edge_count()
        );
    }
    Ok(())
}
