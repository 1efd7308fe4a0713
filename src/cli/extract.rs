//! `textkg extract`: statements to standard output, as JSONL records or RDF; no store.

use super::args::ExtractArgs;
use super::formats::{extract_format, ExtractFormat};
use super::{extractor, Globals};
use crate::pipeline::{thread_pool, Extraction, Extractor, StreamOptions};
use crate::rdf::{records, serializer, to_quads};
use crate::text::load::{sources, validate};
use anyhow::Result;
use oxigraph::io::{RdfFormat, WriterQuadSerializer};
use oxigraph::model::QuadRef;
use std::io::{BufWriter, Write};

/// Where statements go: JSONL records, or an RDF serializer writing as it goes (memory does not
/// grow with the corpus; Turtle declares its prefixes once, first).
enum Sink<W: Write> {
    Jsonl(W),
    Rdf(RdfFormat, Box<WriterQuadSerializer<W>>),
}

impl<W: Write> Sink<W> {
    fn new(format: ExtractFormat, extractor: &Extractor, out: W) -> Self {
        match format {
            ExtractFormat::Jsonl => Sink::Jsonl(out),
            ExtractFormat::Rdf(rdf) => Sink::Rdf(
                rdf,
                Box::new(serializer(rdf, &extractor.namespaces).for_writer(out)),
            ),
        }
    }

    fn write(&mut self, ex: &Extraction, extractor: &Extractor) -> crate::error::Result<()> {
        match self {
            Sink::Jsonl(out) => {
                for record in records(ex.graph(), &extractor.ontology) {
                    serde_json::to_writer(&mut *out, &record).map_err(std::io::Error::from)?;
                    out.write_all(b"\n")?;
                }
            }
            Sink::Rdf(format, writer) => {
                for quad in to_quads(ex.graph(), &extractor.ontology, &extractor.namespaces) {
                    if format.supports_datasets() {
                        writer.serialize_quad(&quad)?;
                    } else {
                        writer.serialize_triple(QuadRef::from(&quad))?;
                    }
                }
            }
        }
        Ok(())
    }

    fn finish(self) -> crate::error::Result<()> {
        let mut out = match self {
            Sink::Jsonl(out) => out,
            Sink::Rdf(_, writer) => writer.finish()?,
        };
        out.flush()?;
        Ok(())
    }
}

pub fn run(g: &Globals, args: ExtractArgs) -> Result<()> {
    let format = extract_format(&args.format)?;
    let extractor = extractor(g, &args.extraction)?;
    let pool = thread_pool(args.extraction.jobs)?;
    let sources = sources(&args.paths)?;
    let total = validate(&sources, &args.paths)?;
    let mut sink = Sink::new(format, &extractor, BufWriter::new(std::io::stdout().lock()));
    let mut session = extractor.session();
    let bar = g.progress(total, "extracting");
    let options = StreamOptions {
        shard: args.extraction.shard,
        pool: Some(&pool),
    };
    session.stream(&sources, options, &|n| bar.inc(n), |extractions| {
        for ex in &extractions {
            sink.write(ex, &extractor)?;
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    sink.finish()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// A writer whose bytes can be read while its owner still holds it.
    #[derive(Clone, Default)]
    struct Shared(Rc<RefCell<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn rdf_is_written_as_documents_are_extracted_not_at_the_end() {
        let extractor = Extractor::builtin().unwrap();
        let ex = extractor.extract(Document::from_text(
            "acme",
            "# Acme League\n\nThe Acme League was founded in 1901 by Jane Smith.",
        ));
        for format in ["turtle", "ntriples", "nquads", "trig"] {
            let out = Shared::default();
            let mut sink = Sink::new(extract_format(format).unwrap(), &extractor, out.clone());
            sink.write(&ex, &extractor).unwrap();
            let written = out.0.borrow().len();
            assert!(
                written > 500,
                "{format}: {written} bytes out before the end"
            );
            sink.finish().unwrap();
        }
    }
}
