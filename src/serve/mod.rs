//! `textkg serve`: the SPARQL 1.1 Protocol over HTTP, the Graph Store Protocol for reading,
//! linked-data entity pages, and a query page — all served from the binary, on loopback by
//! default, read-only unless an update token is set.

mod entity;
mod negotiate;

pub use negotiate::negotiate;

use crate::error::Error;
use crate::store::{KgStore, QueryOptions};
use oxhttp::model::header::{HeaderName, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use oxhttp::model::{Body, Request, Response, StatusCode};
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryResults};
use std::io::Read;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

const PAGE: &str = include_str!("page.html");

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    pub bind: SocketAddr,
    /// `Access-Control-Allow-Origin` for browsers on other origins.
    pub cors: Option<String>,
    pub timeout: Duration,
    /// Updates need `Authorization: Bearer <token>`; without one the server is read-only.
    pub update_token: Option<String>,
    pub max_body_bytes: usize,
    pub max_concurrent: usize,
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
            max_html_rows: 1000,
        }
    }
}

struct Shared {
    store: KgStore,
    config: Config,
    in_flight: AtomicUsize,
    /// Parsed once at start-up, not on every entity or graph request.
    ontology: crate::resources::Ontology,
}

/// Serves until the process ends.
pub fn serve(store: KgStore, config: Config) -> crate::error::Result<()> {
    let bind = config.bind;
    let threads = config.max_concurrent * 2 + 16;
    let shared = Arc::new(Shared {
        ontology: crate::resources::Ontology::builtin()?,
        store,
        config,
        in_flight: AtomicUsize::new(0),
    });
    let server = oxhttp::Server::new(move |request| handle(&shared, request))
        .bind(bind)
        .with_global_timeout(Duration::from_secs(120))
        .with_max_concurrent_connections(threads)
        .with_server_name(concat!("textkg/", env!("CARGO_PKG_VERSION")))
        .map_err(|e| Error::Bind {
            address: bind.to_string(),
            source: std::io::Error::other(e),
        })?;
    let listening = server.spawn().map_err(|source| Error::Bind {
        address: bind.to_string(),
        source,
    })?;
    eprintln!("textkg is serving http://{bind}/ (SPARQL at /sparql); Ctrl-C stops it");
    Ok(listening.join()?)
}

struct Failure(StatusCode, String);

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        match e {
            Error::SparqlSyntax { .. } => Failure(StatusCode::BAD_REQUEST, e.to_string()),
            Error::Cancelled => Failure(StatusCode::GATEWAY_TIMEOUT, e.to_string()),
            Error::SparqlEvaluation { .. } => Failure(StatusCode::BAD_REQUEST, e.to_string()),
            other => Failure(StatusCode::INTERNAL_SERVER_ERROR, other.to_string()),
        }
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

fn handle(shared: &Shared, request: &mut Request<Body>) -> Response<Body> {
    // Overload: answer at once rather than queue without bound.
    let running = shared.in_flight.fetch_add(1, Ordering::SeqCst);
    let mut r = if running >= shared.config.max_concurrent {
        let mut r = text(
            StatusCode::SERVICE_UNAVAILABLE,
            "the server is busy; retry shortly",
        );
        r.headers_mut().insert(
            HeaderName::from_static("retry-after"),
            HeaderValue::from_static("1"),
        );
        r
    } else {
        match route(shared, request) {
            Ok(r) => r,
            Err(Failure(status, message)) => text(status, message),
        }
    };
    shared.in_flight.fetch_sub(1, Ordering::SeqCst);
    if let Some(origin) = &shared.config.cors {
        if let Ok(v) = HeaderValue::from_str(origin) {
            r.headers_mut()
                .insert(HeaderName::from_static("access-control-allow-origin"), v);
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

fn read_body(shared: &Shared, request: &mut Request<Body>) -> Result<Vec<u8>, Failure> {
    let max = shared.config.max_body_bytes;
    let too_large = || {
        Failure(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than {max} bytes"),
        )
    };
    if request.body().len().is_some_and(|n| n > max as u64) {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    request
        .body_mut()
        .take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            Failure(
                StatusCode::BAD_REQUEST,
                format!("cannot read the request body: {e}"),
            )
        })?;
    if bytes.len() > max {
        return Err(too_large());
    }
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

fn route(shared: &Shared, request: &mut Request<Body>) -> Result<Response<Body>, Failure> {
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
                Some((_, q)) => query(shared, request, q, &params),
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
        ("POST", "/sparql" | "/query" | "/update") => {
            let kind = media_type(request);
            let body = read_body(shared, request)?;
            let mut params = url_params(request);
            match kind.as_str() {
                "application/x-www-form-urlencoded" => {
                    params.extend(form_urlencoded::parse(&body).into_owned());
                    if let Some((_, u)) = params.iter().find(|(k, _)| k == "update").filter(|_| path != "/query") {
                        let u = u.clone();
                        update(shared, request, &u)
                    } else if let Some((_, q)) = params.iter().find(|(k, _)| k == "query").filter(|_| path != "/update") {
                        let q = q.clone();
                        query(shared, request, &q, &params)
                    } else {
                        Err(Failure(StatusCode::BAD_REQUEST, "the form needs a `query` or an `update` field".into()))
                    }
                }
                "application/sparql-query" if path != "/update" => {
                    let q = String::from_utf8(body).map_err(|_| Failure(StatusCode::BAD_REQUEST, "the query is not UTF-8".into()))?;
                    query(shared, request, &q, &params)
                }
                "application/sparql-update" if path != "/query" => {
                    let u = String::from_utf8(body).map_err(|_| Failure(StatusCode::BAD_REQUEST, "the update is not UTF-8".into()))?;
                    update(shared, request, &u)
                }
                other => Err(Failure(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    format!("unsupported Content-Type `{other}`; use application/sparql-query, application/sparql-update or application/x-www-form-urlencoded"),
                )),
            }
        }
        ("GET" | "HEAD", "/favicon.ico") => {
            Ok(response(StatusCode::NO_CONTENT, "image/x-icon", Vec::new()))
        }
        ("GET" | "HEAD", "/update") => Err(Failure(
            StatusCode::METHOD_NOT_ALLOWED,
            "updates must be sent with POST".into(),
        )),
        ("GET" | "HEAD", "/store") => graph_store(shared, request),
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
    shared: &Shared,
    request: &Request<Body>,
    query: &str,
    params: &[(String, String)],
) -> Result<Response<Body>, Failure> {
    let accept = header(request, ACCEPT);
    let options = QueryOptions {
        default_graphs: params
            .iter()
            .filter(|(k, _)| k == "default-graph-uri")
            .map(|(_, v)| v.clone())
            .collect(),
        named_graphs: params
            .iter()
            .filter(|(k, _)| k == "named-graph-uri")
            .map(|(_, v)| v.clone())
            .collect(),
        cancel: Some(CancellationToken::new()),
    };
    // The watchdog cancels the query when the time is up; finishing first disarms it.
    let token = options.cancel.clone();
    let (done, finished) = std::sync::mpsc::channel::<()>();
    let timeout = shared.config.timeout;
    std::thread::spawn(move || {
        if finished.recv_timeout(timeout).is_err() {
            if let Some(t) = token {
                t.cancel();
            }
        }
    });
    let result = (|| {
        let results = shared.store.query_with(query, &options)?;
        serialize(results, accept, shared.store.namespaces())
    })();
    let _ = done.send(());
    result
}

fn serialize(
    results: QueryResults<'_>,
    accept: Option<&str>,
    ns: &crate::rdf::Namespaces,
) -> Result<Response<Body>, Failure> {
    let fail = |e: oxigraph::sparql::QueryEvaluationError| -> Failure {
        match e {
            oxigraph::sparql::QueryEvaluationError::Cancelled => Error::Cancelled.into(),
            e => Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
        }
    };
    let io = |e: std::io::Error| Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string());
    match results {
        QueryResults::Graph(triples) => {
            let media =
                negotiate(accept, &GRAPH_TYPES).ok_or_else(|| not_acceptable(&GRAPH_TYPES))?;
            let serializer = crate::rdf::serializer(graph_format(media), ns);
            let mut writer = serializer.for_writer(Vec::new());
            for t in triples {
                writer.serialize_triple(&t.map_err(fail)?).map_err(io)?;
            }
            Ok(response(
                StatusCode::OK,
                media,
                writer.finish().map_err(io)?,
            ))
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
            let serializer = QueryResultsSerializer::from_format(format);
            let bytes = match results {
                QueryResults::Solutions(solutions) => {
                    let mut w = serializer
                        .serialize_solutions_to_writer(Vec::new(), solutions.variables().to_vec())
                        .map_err(io)?;
                    for s in solutions {
                        w.serialize(&s.map_err(fail)?).map_err(io)?;
                    }
                    w.finish().map_err(io)?
                }
                QueryResults::Boolean(b) => serializer
                    .serialize_boolean_to_writer(Vec::new(), b)
                    .map_err(io)?,
                QueryResults::Graph(_) => Vec::new(),
            };
            let media = if media == "application/json" {
                "application/sparql-results+json"
            } else {
                media
            };
            Ok(response(StatusCode::OK, media, bytes))
        }
    }
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
    match header(request, AUTHORIZATION).and_then(|h| h.strip_prefix("Bearer ")) {
        None => {
            let mut r = text(
                StatusCode::UNAUTHORIZED,
                "updates need `Authorization: Bearer <token>`",
            );
            r.headers_mut().insert(
                HeaderName::from_static("www-authenticate"),
                HeaderValue::from_static("Bearer"),
            );
            return Ok(r);
        }
        Some(given) if given.trim() != token => {
            return Err(Failure(
                StatusCode::FORBIDDEN,
                "the update token is wrong".into(),
            ));
        }
        Some(_) => {}
    }
    shared.store.update(update)?;
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
         \x20 sd:feature sd:UnionDefaultGraph, sd:BasicFederatedQuery ;\n\
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

fn graph_store(shared: &Shared, request: &Request<Body>) -> Result<Response<Body>, Failure> {
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
    let format = graph_format(media);
    let mut out = Vec::new();
    match (graph, default) {
        (Some(g), _) => {
            shared
                .store
                .dump(format, Some(&g), &mut out)
                .map_err(|e| match e {
                    Error::NoSuchGraph { .. } => Failure(StatusCode::NOT_FOUND, e.to_string()),
                    e => e.into(),
                })?;
        }
        (None, true) => {
            let mut writer = oxigraph::io::RdfSerializer::from_format(format).for_writer(&mut out);
            for q in shared.store.inner().quads_for_pattern(
                None,
                None,
                None,
                Some(oxigraph::model::GraphNameRef::DefaultGraph),
            ) {
                let q = q.map_err(|e| Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
                writer
                    .serialize_triple(oxigraph::model::TripleRef::new(
                        &q.subject,
                        &q.predicate,
                        &q.object,
                    ))
                    .map_err(|e| Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
            }
            writer
                .finish()
                .map_err(|e| Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
        }
        (None, false) => shared.store.dump(format, None, &mut out)?,
    }
    Ok(response(StatusCode::OK, media, out))
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
