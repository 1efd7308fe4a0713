//! `textkg stats`: documents, quads, entities by class, statements by property.

use super::args::StatsArgs;
use super::Globals;
use crate::store::Access;
use anyhow::Result;
use std::io::Write;

pub fn run(g: &Globals, args: StatsArgs) -> Result<()> {
    let store = g.open(Access::ReadOnly)?;
    let stats = store.stats()?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &stats)?;
        writeln!(out)?;
    } else {
        writeln!(out, "documents   {}", stats.documents)?;
        writeln!(out, "quads       {}", stats.triples)?;
        writeln!(out, "entities    {}", stats.entities)?;
        writeln!(out, "statements  {}", stats.statements)?;
        writeln!(out, "\nentities by class")?;
        for (k, n) in &stats.entities_by_class {
            writeln!(out, "  {n:>8}  {k}")?;
        }
        writeln!(out, "\nstatements by property")?;
        for (k, n) in &stats.statements_by_property {
            writeln!(out, "  {n:>8}  {k}")?;
        }
    }
    out.flush()?;
    Ok(())
}
