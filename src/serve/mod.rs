//! `textkg serve`: the SPARQL 1.1 Protocol over HTTP, the Graph Store Protocol for reading,
//! linked-data entity pages, and a query page — all served from the binary, on loopback by
//! default, read-only unless an update token is set.
//!
//! Every request has a deadline (`--timeout-s`) that stops its work: see [`http`] for the
//! connections and [`crate::store::deadline`] for the queries.

mod entity;
pub mod http;
mod negotiate;
mod stream;

pub use negotiate::negotiate;

use crate::error::Error;
use crate::store::deadline::Deadline;
use crate::store::{KgStore, QueryOptions};
use oxhttp::model::header::{HeaderName, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use stream::InFlight;

const PAGE: &str = include_str!("page.html");

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The address to listen on.
    pub bind: SocketAddr,
    /// `Access-Control-Allow-Origin` for browsers on other origins (and answers to their
    /// preflight requests).
    pub cors: Option<String>,
    /// Each request's time: past it, its query is cancelled and its answer is 504 (or, when
    /// it was already streaming, cut off).
    pub timeout: Duration,
    /// Updates need `Authorization: Bearer <token>`; without one the server is read-only.
    pub update_token: Option<String>,
    /// The largest request body (413 beyond).
    pub max_body_bytes: usize,
    /// Requests handled at once (503 beyond).
    pub max_concurrent: usize,
    /// Open connections; past it, the one idle longest is closed to make room.
    pub max_connections: usize,
    /// How long an open connection may wait for its next request.
    pub idle_timeout: Duration,
    /// How long a client may take to send a request head.
    pub head_timeout: Duration,
    /// The longest request URI (414 beyond: long queries go by POST).
    pub max_uri_bytes: usize,
    /// Rows shown in the page's table (the protocol itself returns every row).
    pub max_html_rows: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: SocketAddr::from(([127, 0, 0, 1], 7878)),
            cors: None,
            timeout: Duration::from_secs(30),
            update_token: None,
            max_body_bytes: 1 << 20,
            max_concurrent: 64,
            max_connections: 1024,
            idle_timeout: Duration::from_secs(30),
            head_timeout: Duration::from_secs(10),
            max_uri_bytes: 8 * 1024,
            max_html_rows: 1000,
        }
    }
}

struct Shared {
    store: KgStore,
    config: Config,
    in_flight: Arc<AtomicUsize>,
    /// Parsed once at start-up, not on every entity or graph request.
    ontology: crate::resources::Ontology,
}

/// Serves until the process ends.
pub fn serve(store: KgStore, config: Config) -> crate::error::Result<()> {
    let bind = config.bind;
    let listener = std::net::TcpListener::bind(bind).map_err(|source| Error::Bind {
        address: bind.to_string(),
        source,
    })?;
    let limits = http::Limits {
        max_connections: config.max_connections,
        idle: config.idle_timeout,
        head: config.head_timeout,
        max_uri: config.max_uri_bytes,
        max_head: 64 * 1024,
        // A body a little over the limit still arrives whole, so that the 413 is a clean answer.
        max_body: config.max_body_bytes,
        request: config.timeout,
        server: concat!("textkg/", env!("CARGO_PKG_VERSION")),
    };
    let shared = Arc::new(Shared {
        ontology: crate::resources::Ontology::builtin()?,
        store,
        config,
        in_flight: Arc::new(AtomicUsize::new(0)),
    });
    eprintln!("textkg is serving http://{bind}/ (SPARQL at /sparql); Ctrl-C stops it");
    http::serve(
        listener,
        limits,
        Arc::new(move |request: &mut Request<Body>, deadline: &Deadline| {
            handle(&shared, request, deadline)
        }),
    );
    Ok(())
}

struct Failure(StatusCode, String);

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        let status = match e {
            Error::SparqlSyntax { .. }
            | Error::SparqlEvaluation { .. }
            | Error::Unsupported { .. } => StatusCode::BAD_REQUEST,
            Error::Cancelled => StatusCode::GATEWAY_TIMEOUT,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        Failure(status, e.to_string())
    }
}

fn text(status: StatusCode, message: impl Into<String>) -> Response<Body> {
    let mut body = message.into();
    body.push('\n');
    response(status, "text/plain; charset=utf-8", body.into_bytes())
}

fn response(status: StatusCode, content_type: &str, body: Vec<u8>) -> Response<Body> {
    let mut r = Response::new(Body::from(body));
    *r.status_mut() = status;
    if let Ok(v) = HeaderValue::from_str(content_type) {
        r.headers_mut().insert(CONTENT_TYPE, v);
    }
    r
}

fn set(r: &mut Response<Body>, name: &'static str, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        r.headers_mut().insert(HeaderName::from_static(name), v);
    }
}

fn handle(shared: &Shared, request: &mut Request<Body>, deadline: &Deadline) -> Response<Body> {
    if request.method() == Method::OPTIONS {
        return preflight(shared);
    }
    // Overload: answer at once rather than queue without bound.
    let running = shared.in_flight.fetch_add(1, Ordering::SeqCst);
    let in_flight = InFlight(shared.in_flight.clone());
    let mut r = if running >= shared.config.max_concurrent {
        let mut r = text(
            StatusCode::SERVICE_UNAVAILABLE,
            "the server is busy; retry shortly",
        );
        set(&mut r, "retry-after", "1");
        r
    } else {
        let answer = deadline.run(|| {
            Ok(match route(shared, request, deadline, in_flight) {
                Ok(r) => r,
                Err(Failure(status, message)) => text(status, message),
            })
        });
        answer.unwrap_or_else(|e| {
            let Failure(status, message) = e.into();
            text(status, message)
        })
    };
    if let Some(origin) = &shared.config.cors {
        set(&mut r, "access-control-allow-origin", origin);
        if origin != "*" {
            set(&mut r, "vary", "Origin");
        }
    }
    r
}

/// `OPTIONS`: what the server allows; with `--cors`, the answer to a browser's preflight.
fn preflight(shared: &Shared) -> Response<Body> {
    let mut r = response(StatusCode::NO_CONTENT, "text/plain", Vec::new());
    set(&mut r, "allow", "GET, HEAD, POST, OPTIONS");
    if let Some(origin) = &shared.config.cors {
        set(&mut r, "access-control-allow-origin", origin);
        set(
            &mut r,
            "access-control-allow-methods",
            "GET, HEAD, POST, OPTIONS",
        );
        set(
            &mut r,
            "access-control-allow-headers",
            "Content-Type, Authorization, Accept",
        );
        set(&mut r, "access-control-max-age", "7200");
        if origin != "*" {
            set(&mut r, "vary", "Origin");
        }
    }
    r
}

fn header(request: &Request<Body>, name: HeaderName) -> Option<&str> {
    request.headers().get(name).and_then(|v| v.to_str().ok())
}

fn url_params(request: &Request<Body>) -> Vec<(String, String)> {
    form_urlencoded::parse(request.uri().query().unwrap_or("").as_bytes())
        .into_owned()
        .collect()
}

/// The body, which the connection layer has read whole (and refused with 413 past the limit).
fn read_body(request: &mut Request<Body>) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(request.body_mut(), &mut bytes).map_err(|e| {
        Failure(
            StatusCode::BAD_REQUEST,
            format!("cannot read the request body: {e}"),
        )
    })?;
    Ok(bytes)
}

fn media_type(request: &Request<Body>) -> String {
    header(request, CONTENT_TYPE)
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// What one request needs besides the request itself.
struct Context<'a> {
    shared: &'a Shared,
    deadline: &'a Deadline,
    /// Moves into a streamed answer, so that it counts until it is written.
    in_flight: Option<InFlight>,
}

fn route(
    shared: &Shared,
    request: &mut Request<Body>,
    deadline: &Deadline,
    in_flight: InFlight,
) -> Result<Response<Body>, Failure> {
    let mut cx = Context {
        shared,
        deadline,
        in_flight: Some(in_flight),
    };
    let path = request.uri().path().to_string();
    let method = request.method().clone();
    match (method.as_str(), path.as_str()) {
        ("GET" | "HEAD", "/") => Ok(response(
            StatusCode::OK,
            "text/html; charset=utf-8",
            PAGE.as_bytes().to_vec(),
        )),
        ("GET" | "HEAD", "/sparql" | "/query") => {
            let params = url_params(request);
            match params.iter().find(|(k, _)| k == "query") {
                Some((_, q)) => query(&mut cx, request, q, &params),
                None if params.iter().any(|(k, _)| k == "update") => Err(Failure(
                    StatusCode::METHOD_NOT_ALLOWED,
                    "updates must be sent with POST".into(),
                )),
                None if path == "/sparql" => service_description(shared, request),
                None => Err(Failure(
                    StatusCode::BAD_REQUEST,
                    "missing the `query` parameter".into(),
                )),
            }
        }
        ("POST", "/sparql" | "/query" | "/update") => post(&mut cx, request, &path),
        ("GET" | "HEAD", "/favicon.ico") => {
            Ok(response(StatusCode::NO_CONTENT, "image/x-icon", Vec::new()))
        }
        ("GET" | "HEAD", "/update") => Err(Failure(
            StatusCode::METHOD_NOT_ALLOWED,
            "updates must be sent with POST".into(),
        )),
        ("GET" | "HEAD", "/store") => graph_store(&mut cx, request),
        ("GET" | "HEAD", "/view") => view(shared, request),
        ("GET" | "HEAD", p) if p.starts_with("/entity/") => {
            entity::page(shared, request, &p["/entity/".len()..])
        }
        (_, "/" | "/sparql" | "/query" | "/update" | "/store" | "/view") => Err(Failure(
            StatusCode::METHOD_NOT_ALLOWED,
            format!("{method} is not allowed on {path}"),
        )),
        _ => Err(Failure(
            StatusCode::NOT_FOUND,
            format!("nothing at {path}; try / or /sparql"),
        )),
    }
}

fn utf8(body: Vec<u8>, what: &str) -> Result<String, Failure> {
    String::from_utf8(body)
        .map_err(|_| Failure(StatusCode::BAD_REQUEST, format!("the {what} is not UTF-8")))
}

/// POST to /sparql, /query or /update: a query or an update, as a form or directly.
fn post(
    cx: &mut Context<'_>,
    request: &mut Request<Body>,
    path: &str,
) -> Result<Response<Body>, Failure> {
    let kind = media_type(request);
    let body = read_body(request)?;
    let mut params = url_params(request);
    match kind.as_str() {
        "application/x-www-form-urlencoded" => {
            params.extend(form_urlencoded::parse(&body).into_owned());
            let field = |name: &str| {
                params
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            };
            match (field("update"), field("query")) {
                (Some(u), _) if path != "/query" => update(cx.shared, request, &u),
                (_, Some(q)) if path != "/update" => query(cx, request, &q, &params),
                (_, Some(q)) => update(cx.shared, request, &q),
                _ => Err(Failure(
                    StatusCode::BAD_REQUEST,
                    "the form needs a `query` or an `update` field".into(),
                )),
            }
        }
        "application/sparql-query" if path != "/update" => {
            let q = utf8(body, "query")?;
            query(cx, request, &q, &params)
        }
        "application/sparql-update" if path != "/query" => {
            let u = utf8(body, "update")?;
            update(cx.shared, request, &u)
        }
        other => Err(Failure(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!(
                "unsupported Content-Type `{other}`; use application/sparql-query, \
                 application/sparql-update or application/x-www-form-urlencoded"
            ),
        )),
    }
}

const RESULT_TYPES: [&str; 5] = [
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
    "application/json",
];
const GRAPH_TYPES: [&str; 7] = [
    "text/turtle",
    "application/n-triples",
    "application/n-quads",
    "application/trig",
    "application/ld+json",
    "application/rdf+xml",
    "text/plain",
];

fn graph_format(media: &str) -> RdfFormat {
    match media {
        "text/plain" => RdfFormat::NTriples,
        m => RdfFormat::from_media_type(m).unwrap_or(RdfFormat::Turtle),
    }
}

fn not_acceptable(offered: &[&str]) -> Failure {
    Failure(
        StatusCode::NOT_ACCEPTABLE,
        format!(
            "no acceptable format; this resource is available as {}",
            offered.join(", ")
        ),
    )
}

fn query(
    cx: &mut Context<'_>,
    request: &Request<Body>,
    query: &str,
    params: &[(String, String)],
) -> Result<Response<Body>, Failure> {
    let store = &cx.shared.store;
    let graphs = |name: &str| -> Vec<String> {
        params
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let options = QueryOptions {
        default_graphs: graphs("default-graph-uri"),
        named_graphs: graphs("named-graph-uri"),
        // The request's deadline cancels it (it is in force on this thread).
        cancel: None,
    };
    let results = match store.query_with(query, &options) {
        Err(Error::SparqlSyntax { .. }) if store.is_update(query) => {
            return Err(Failure(
                StatusCode::BAD_REQUEST,
                "this is an update, not a query: send it with POST to /update (or /sparql) as \
                 `update=` or application/sparql-update, with the update token"
                    .into(),
            ))
        }
        results => results?,
    };
    let accept = header(request, ACCEPT);
    let ns = store.namespaces();
    let deadline = cx.deadline.clone();
    match results {
        QueryResults::Graph(triples) => {
            let media =
                negotiate(accept, &GRAPH_TYPES).ok_or_else(|| not_acceptable(&GRAPH_TYPES))?;
            let serializer = crate::rdf::serializer(graph_format(media), ns);
            let produce = stream::triples(triples, serializer, deadline);
            stream::respond(media, cx.deadline, cx.in_flight.take(), produce)
        }
        results => {
            let media =
                negotiate(accept, &RESULT_TYPES).ok_or_else(|| not_acceptable(&RESULT_TYPES))?;
            let format = match media {
                "application/sparql-results+xml" => QueryResultsFormat::Xml,
                "text/csv" => QueryResultsFormat::Csv,
                "text/tab-separated-values" => QueryResultsFormat::Tsv,
                _ => QueryResultsFormat::Json,
            };
            let media = if media == "application/json" {
                "application/sparql-results+json"
            } else {
                media
            };
            let serializer = QueryResultsSerializer::from_format(format);
            match results {
                QueryResults::Solutions(rows) => {
                    let produce = stream::solutions(rows, serializer, deadline)?;
                    stream::respond(media, cx.deadline, cx.in_flight.take(), produce)
                }
                QueryResults::Boolean(b) => Ok(response(
                    StatusCode::OK,
                    media,
                    serializer.serialize_boolean_to_writer(Vec::new(), b)?,
                )),
                QueryResults::Graph(_) => Err(Failure(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "a graph where results were expected".into(),
                )),
            }
        }
    }
}

/// Whether the `Authorization` header carries this bearer token (the scheme in any case).
fn bearer(request: &Request<Body>) -> Option<&str> {
    let (scheme, token) = header(request, AUTHORIZATION)?.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

fn update(
    shared: &Shared,
    request: &Request<Body>,
    update: &str,
) -> Result<Response<Body>, Failure> {
    let Some(token) = &shared.config.update_token else {
        return Err(Failure(
            StatusCode::FORBIDDEN,
            "this server is read-only; start it with --update-token to allow updates".into(),
        ));
    };
    match bearer(request) {
        None => {
            let mut r = text(
                StatusCode::UNAUTHORIZED,
                "updates need `Authorization: Bearer <token>`",
            );
            set(&mut r, "www-authenticate", "Bearer");
            return Ok(r);
        }
        Some(given) if given != token => {
            return Err(Failure(
                StatusCode::FORBIDDEN,
                "the update token is wrong".into(),
            ));
        }
        Some(_) => {}
    }
    let store = &shared.store;
    match store.update(update) {
        Err(Error::SparqlSyntax { .. }) if store.is_query(update) => Err(Failure(
            StatusCode::BAD_REQUEST,
            "this is a query, not an update: send it to /sparql (or /query) as `query=` or \
             application/sparql-query"
                .into(),
        )),
        result => Ok(result?),
    }?;
    Ok(response(StatusCode::NO_CONTENT, "text/plain", Vec::new()))
}

fn service_description(
    shared: &Shared,
    request: &Request<Body>,
) -> Result<Response<Body>, Failure> {
    let media = negotiate(header(request, ACCEPT), &GRAPH_TYPES)
        .ok_or_else(|| not_acceptable(&GRAPH_TYPES))?;
    let host = header(request, HeaderName::from_static("host")).unwrap_or("localhost");
    let update = if shared.config.update_token.is_some() {
        ", sd:SPARQL11Update"
    } else {
        ""
    };
    let ttl = format!(
        "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n\
         @prefix fmt: <http://www.w3.org/ns/formats/> .\n\
         <http://{host}/sparql#service> a sd:Service ;\n\
         \x20 sd:endpoint <http://{host}/sparql> ;\n\
         \x20 sd:supportedLanguage sd:SPARQL11Query{update} ;\n\
         \x20 sd:feature sd:UnionDefaultGraph ;\n\
         \x20 sd:resultFormat fmt:SPARQL_Results_JSON, fmt:SPARQL_Results_XML, fmt:SPARQL_Results_CSV, fmt:SPARQL_Results_TSV,\n\
         \x20   fmt:Turtle, fmt:N-Triples, fmt:N-Quads, fmt:TriG, fmt:JSON-LD, fmt:RDF_XML ;\n\
         \x20 sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .\n"
    );
    // Re-serialise in the negotiated format.
    let quads: Vec<oxigraph::model::Quad> = oxigraph::io::RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(ttl.as_bytes())
        .collect::<Result<_, _>>()
        .map_err(|e| Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    let mut writer = oxigraph::io::RdfSerializer::from_format(graph_format(media))
        .with_prefix("sd", "http://www.w3.org/ns/sparql-service-description#")
        .and_then(|s| s.with_prefix("fmt", "http://www.w3.org/ns/formats/"))
        .map_err(|e| Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
        .for_writer(Vec::new());
    for q in &quads {
        writer
            .serialize_quad(q)
            .map_err(|e| Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    }
    let bytes = writer
        .finish()
        .map_err(|e| Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    Ok(response(StatusCode::OK, media, bytes))
}

fn graph_store(cx: &mut Context<'_>, request: &Request<Body>) -> Result<Response<Body>, Failure> {
    let params = url_params(request);
    let graph = params
        .iter()
        .find(|(k, _)| k == "graph")
        .map(|(_, v)| v.clone());
    let default = params.iter().any(|(k, _)| k == "default");
    let offered: &[&str] = if graph.is_none() && !default {
        &["application/n-quads", "application/trig"]
    } else {
        &GRAPH_TYPES
    };
    let media =
        negotiate(header(request, ACCEPT), offered).ok_or_else(|| not_acceptable(offered))?;
    let store = &cx.shared.store;
    let graph_name = match (&graph, default) {
        (Some(g), _) => {
            let name = oxigraph::model::NamedNode::new(g).map_err(|e| {
                Failure(
                    StatusCode::BAD_REQUEST,
                    format!("`{g}` is not an absolute IRI ({e}); give a graph's full IRI"),
                )
            })?;
            if !store
                .inner()
                .contains_named_graph(&name)
                .map_err(Error::from)?
            {
                return Err(Error::NoSuchGraph { iri: g.clone() }.into())
                    .map_err(|Failure(_, m)| Failure(StatusCode::NOT_FOUND, m));
            }
            Some(oxigraph::model::GraphName::NamedNode(name))
        }
        (None, true) => Some(oxigraph::model::GraphName::DefaultGraph),
        (None, false) => None,
    };
    let quads = store.inner().quads_for_pattern(
        None,
        None,
        None,
        graph_name.as_ref().map(oxigraph::model::GraphName::as_ref),
    );
    let serializer = crate::rdf::serializer(graph_format(media), store.namespaces());
    let produce = stream::quads(quads, serializer, cx.deadline.clone());
    stream::respond(media, cx.deadline, cx.in_flight.take(), produce)
}

fn view(shared: &Shared, request: &Request<Body>) -> Result<Response<Body>, Failure> {
    let params = url_params(request);
    let get = |k: &str| {
        params
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let selection = crate::view::Selection {
        focus: get("focus"),
        depth: get("depth").and_then(|d| d.parse().ok()).unwrap_or(1),
        query: get("query"),
        limit: Some(get("limit").and_then(|l| l.parse().ok()).unwrap_or(300)),
        ..Default::default()
    };
    let onto = &shared.ontology;
    let (graph, _) = crate::view::load(&shared.store, onto, &selection).map_err(|e| match e {
        Error::NoSuchEntity { .. } => Failure(StatusCode::NOT_FOUND, e.to_string()),
        e => Failure::from(e),
    })?;
    let title = selection
        .focus
        .as_deref()
        .map(|f| format!("textkg: {f}"))
        .unwrap_or_else(|| "textkg graph".into());
    Ok(response(
        StatusCode::OK,
        "text/html; charset=utf-8",
        crate::view::to_html(&graph, onto, &title).into_bytes(),
    ))
}
