//! Command-line arguments, all in one place (clap derive).

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// textkg: turn encyclopedia-style text into an RDF knowledge graph you can query and export.
#[derive(Debug, Parser)]
#[command(name = "textkg", version, about, long_about = None, after_help = "\
Examples:
  textkg build data/corpus                      # extract the articles into ./textkg.db
  textkg query 'SELECT ?year { ?org tkg:inception ?year }'
  textkg export -o graph.ttl                    # the whole graph as Turtle
  textkg stats")]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every subcommand accepts, before or after its name.
#[derive(Debug, Args, Clone)]
pub struct GlobalArgs {
    /// The store folder (RocksDB) [default: ./textkg.db]
    #[arg(long, global = true, env = "TEXTKG_STORE", value_name = "PATH")]
    pub store: Option<PathBuf>,
    /// Use an in-memory store: nothing is read from or written to disk.
    #[arg(long, global = true, conflicts_with = "store")]
    pub memory: bool,
    /// Print nothing but results and errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Mint entity, document and statement IRIs under this base (build, extract), and answer
    /// them at /entity/… (serve) [default: https://w3id.org/textkg/]
    #[arg(long, global = true, env = "TEXTKG_BASE_IRI", value_name = "IRI")]
    pub base_iri: Option<String>,
    /// More detail on stderr (-v, -vv).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract documents and write their graphs to the store.
    #[command(after_help = "\
Inputs: .txt and .md files, folders (walked for .txt, .md and .jsonl), .jsonl files with one
{\"id\", \"title\"?, \"text\"} object a line, and `-` for stdin. Each document gets its own named
graph; building a document again replaces it.

Examples:
  textkg build data/corpus
  textkg --store /tmp/kg.db build articles/ more.jsonl
  cat article.txt | textkg build -
  textkg build --shard 0/4 wiki.jsonl.gz                      # one machine's quarter
  textkg build --endpoint http://127.0.0.1:7878/store wiki.jsonl.gz   # into an external store")]
    Build(BuildArgs),
    /// Extract documents and write the statements to stdout; no store.
    #[command(after_help = "\
Formats: jsonl (one statement record a line, the default), turtle, ntriples, nquads, trig.

Examples:
  textkg extract data/corpus/international-socialist-organization.txt
  textkg extract --format turtle article.txt > article.ttl")]
    Extract(ExtractArgs),
    /// Run a SPARQL 1.1 query (textkg's prefixes are predeclared).
    #[command(after_help = "\
The default graph is the union of all graphs unless the query says FROM. Predeclared prefixes:
tkg ent doc stmt rdf rdfs owl xsd schema org foaf prov skos dcterms nif wd wdt.

Examples:
  textkg query 'SELECT ?org ?year { ?org tkg:inception ?year }'
  textkg query --file influences.rq --results-format csv
  textkg query 'CONSTRUCT { ?s tkg:influencedBy ?o } WHERE { ?s tkg:influencedBy ?o }'
  textkg query --timeout 10 --file heavy.rq          # give up after 10 s")]
    Query(QueryArgs),
    /// Run a SPARQL 1.1 Update on the store.
    #[command(after_help = "\
Example:
  textkg update 'DELETE WHERE { GRAPH ?g { ?s tkg:opposes ?o } }'")]
    Update(UpdateArgs),
    /// Write the graph in a standard RDF format.
    #[command(after_help = "\
Triple formats (turtle, ntriples, rdfxml) merge all graphs; trig and nquads keep one graph per
document. The format is guessed from -o's extension.

Examples:
  textkg export > kg.ttl
  textkg export -o kg.nq
  textkg export --graph https://w3id.org/textkg/doc/international-socialist-organization --format trig")]
    Export(ExportArgs),
    /// Score extraction against gold documents: precision, recall, F1.
    #[command(after_help = "\
Gold files use the Re-DocRED record format (data/eval/README.md). Scores: all triples, triples
whose subject is the article's own entity, and per property.

Examples:
  textkg eval --gold data/eval/redocred-dev-measure.jsonl
  textkg eval --gold data/gold/international-socialist-organization.jsonl --relations P571,P737
  textkg eval --gold data/gold/international-socialist-organization.jsonl --errors
  textkg eval --rules --gold data/eval/knowledgenet-dev-look.jsonl --gold data/gold/international-socialist-organization.jsonl")]
    Eval(EvalArgs),
    /// Train the statistical relation model on gold documents (run after the rules).
    #[command(after_help = "\
Fits one logistic regression a property over pairs of mentions in a sentence, and picks each
property's threshold by cross-validation: a property is predicted only where, on held-out
documents, the rules plus the model score a higher F1 than the rules alone and what the model
adds is at least --min-precision precise. The result is a TSV like `data/model/pairs.tsv`: use
it with --model FILE, or put it there and rebuild textkg to ship it. Your --rules and --lexicon
shape the features, so train with the same ones you extract with.

Examples:
  textkg train --gold data/eval/redocred-dev-look.jsonl -o data/model/pairs.tsv
  textkg eval --gold data/eval/redocred-dev-measure.jsonl            # rules and model
  textkg eval --gold data/eval/redocred-dev-measure.jsonl --no-model # rules alone")]
    Train(TrainArgs),
    /// Draw the relationship graph: DOT, SVG, an interactive HTML page, Mermaid, GraphML, JSON.
    #[command(after_help = "\
The format is guessed from -o's extension (.dot .svg .html .mmd .graphml .json); SVG is laid out
in-process (no Graphviz needed), HTML is one offline page (search, filters, layouts, evidence).

Examples:
  textkg graph --format html -o kg.html
  textkg graph --format svg -o kg.svg --focus \"Hal Draper\" --depth 2
  textkg graph --predicate influencedBy --predicate foundedBy --format dot | dot -Tpng > kg.png
  textkg graph --query subgraph.rq --format graphml -o subgraph.graphml")]
    Graph(GraphArgs),
    /// Serve the store over HTTP: SPARQL 1.1 Protocol, entity pages, a query page.
    #[command(after_help = "\
Endpoints: /sparql (and /query, /update), /store?graph=IRI (Graph Store Protocol, read),
/entity/NAME (HTML for browsers, RDF for RDF clients), /view (the graph page), / (query page).
Read-only unless --update-token is set; updates then need `Authorization: Bearer TOKEN`.
Every request ends by --timeout-s (504). Idle connections close after 30 s, a request head must
arrive within 10 s, a GET URI over 8 KB gets 414 (send long queries with POST). --cors also
answers browsers' preflight requests. With --memory the store starts empty (the ontology
only): build into a store on disk and serve that, or load data with --update-token and POST
/update.

Examples:
  textkg serve
  textkg serve --bind 127.0.0.1:8080 --timeout-s 10 --cors '*'
  curl -H 'Accept: text/csv' 'http://127.0.0.1:7878/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%203'")]
    Serve(ServeArgs),
    /// Summarise the store: documents, triples, entities by class, statements by property.
    #[command(after_help = "Examples:\n  textkg stats\n  textkg stats --json")]
    Stats(StatsArgs),
}

/// The arguments of `textkg build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Files, folders or `-` (stdin).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Push each document's graph to this SPARQL 1.1 Graph Store Protocol endpoint (for
    /// example Oxigraph's `http://host:7878/store`) instead of the local store.
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// Where --endpoint records what it pushed, so that an interrupted push resumes
    /// [default: textkg-push.checkpoint].
    #[arg(long, value_name = "FILE", requires = "endpoint")]
    pub checkpoint: Option<PathBuf>,
    #[command(flatten)]
    pub extraction: ExtractionArgs,
}

/// The arguments of `textkg extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// jsonl, turtle, ntriples, nquads, trig, rdfxml, jsonld
    #[arg(long, short, default_value = "jsonl")]
    pub format: String,
    #[command(flatten)]
    pub extraction: ExtractionArgs,
}

/// The arguments of `textkg query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The query text (or use --file).
    #[arg(required_unless_present = "file", conflicts_with = "file")]
    pub query: Option<String>,
    /// Read the query from a file.
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// SELECT/ASK results: table, json, csv, tsv, xml [default: table on a terminal, else json]
    #[arg(long, value_name = "FORMAT")]
    pub results_format: Option<String>,
    /// CONSTRUCT/DESCRIBE results: turtle, ntriples, nquads, trig, rdfxml, jsonld
    #[arg(long, default_value = "turtle")]
    pub format: String,
    /// Cancel the query after this many seconds (exit 1).
    #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout: Option<u64>,
}

/// The arguments of `textkg update`.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[arg(required_unless_present = "file", conflicts_with = "file")]
    pub update: Option<String>,
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// The arguments of `textkg export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// turtle, ntriples, nquads, trig, rdfxml, jsonld [default: turtle, or from -o]
    #[arg(long, short)]
    pub format: Option<String>,
    /// Only this named graph (a document's IRI, or the ontology's).
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Write to a file instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The arguments of `textkg eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold JSONL file(s).
    #[arg(long, required = true, value_name = "FILE")]
    pub gold: Vec<PathBuf>,
    /// Only these properties (Wikidata ids, comma-separated or repeated).
    #[arg(long, value_delimiter = ',', value_name = "P…")]
    pub relations: Vec<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Also list every wrong prediction (with its rule and sentence) and every missed triple.
    #[arg(long)]
    pub errors: bool,
    /// Instead of the scores, list every rule with its correct and wrong predictions on each
    /// gold file.
    #[arg(long, conflicts_with_all = ["errors", "json"])]
    pub rules: bool,
    #[command(flatten)]
    pub extraction: ExtractionArgs,
}

/// The arguments of `textkg train`.
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Gold JSONL file(s) to learn from.
    #[arg(long, required = true, value_name = "FILE")]
    pub gold: Vec<PathBuf>,
    /// Where to write the model (TSV).
    #[arg(long, short, value_name = "FILE")]
    pub output: PathBuf,
    /// Cross-validation folds for choosing thresholds.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(2..=50))]
    pub folds: u16,
    /// Passes over the training data.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=100))]
    pub epochs: u16,
    /// Switch a property on only where what the model adds was at least this precise on
    /// held-out documents.
    #[arg(long, default_value_t = 0.6, value_name = "P")]
    pub min_precision: f32,
    #[command(flatten)]
    pub extraction: ExtractionArgs,
}

/// The arguments of `textkg graph`.
#[derive(Debug, Args)]
pub struct GraphArgs {
    /// dot, svg, html, mermaid, graphml, json [default: from -o, else dot]
    #[arg(long, short)]
    pub format: Option<String>,
    /// Write to a file instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Centre on this entity (IRI, label or alias).
    #[arg(long, value_name = "ENTITY")]
    pub focus: Option<String>,
    /// Steps from --focus.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Only this property (name, tkg: name, IRI or Wikidata id); repeatable.
    #[arg(long, value_name = "PROPERTY")]
    pub predicate: Vec<String>,
    /// Only entities of this class (and its subclasses); repeatable.
    #[arg(long = "type", value_name = "CLASS")]
    pub types: Vec<String>,
    /// A SPARQL CONSTRUCT or SELECT ?s ?p ?o whose triples are the graph.
    #[arg(long, value_name = "FILE")]
    pub query: Option<PathBuf>,
    /// At most this many nodes (the best connected, or the nearest to --focus).
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Show dates and numbers as nodes instead of as properties of their node.
    #[arg(long)]
    pub literal_nodes: bool,
}

/// The arguments of `textkg serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on (loopback by default).
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub bind: std::net::SocketAddr,
    /// Allow browsers on this origin (`*` for any).
    #[arg(long, value_name = "ORIGIN")]
    pub cors: Option<String>,
    /// Each request's time, in seconds: its query is then cancelled and it gets 504 (an answer
    /// already streaming is cut off).
    #[arg(long = "timeout-s", default_value_t = 30)]
    pub timeout_s: u64,
    /// Allow SPARQL updates with `Authorization: Bearer TOKEN` (not empty).
    #[arg(long, env = "TEXTKG_UPDATE_TOKEN", value_name = "TOKEN")]
    pub update_token: Option<String>,
    /// Largest request body, in kilobytes (413 beyond).
    #[arg(long, default_value_t = 1024)]
    pub max_body_kb: usize,
    /// Requests handled at once; more get 503 with Retry-After.
    #[arg(long, default_value_t = 64)]
    pub max_concurrent: usize,
    /// Open connections; past it the one idle longest is closed, and when none is idle the
    /// new one gets 503.
    #[arg(long, default_value_t = 1024)]
    pub max_connections: usize,
}

/// The arguments of `textkg stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Options of the extractor.
#[derive(Debug, Args, Clone, Default)]
pub struct ExtractionArgs {
    /// Extra rules (TOML, as data/rules/core.toml); repeatable.
    #[arg(long, value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// Extra lexicon (TSV: label, class, aliases); repeatable.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,
    /// Use the rules alone, without the statistical relation model.
    #[arg(long, conflicts_with = "model")]
    pub no_model: bool,
    /// A relation model made by `textkg train`, instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// State only what sentences say: not what the lexicon's data sets (GeoNames, ISO 3166, the
    /// hand-written lexicon) know of which named place lies in which.
    #[arg(long)]
    pub no_world_knowledge: bool,
    /// Extraction threads [default: one a core]. The output is the same whatever the number.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Only this shard of the documents, I of N (0 ≤ I < N), split by a hash of the id: the
    /// same split on every machine.
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    pub shard: Option<(u64, u64)>,
}

fn parse_shard(s: &str) -> Result<(u64, u64), String> {
    let (i, n) = s.split_once('/').ok_or("expected I/N, such as 0/4")?;
    let (i, n): (u64, u64) = (
        i.trim().parse().map_err(|_| "I must be a number")?,
        n.trim().parse().map_err(|_| "N must be a number")?,
    );
    if n == 0 || i >= n {
        return Err(format!("shard {i}/{n}: need 0 ≤ I < N"));
    }
    Ok((i, n))
}
