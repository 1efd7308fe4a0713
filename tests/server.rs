//! `textkg serve` over real loopback HTTP: every form of the SPARQL 1.1 Protocol and its status
//! codes, the Graph Store Protocol, entity pages, limits, a third-party client (Python's
//! SPARQLWrapper and rdflib) and the query page in headless Chromium.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)] // a failed unwrap is a failed test; a scenario may be long

use assert_fs::TempDir;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("textkg")
}

/// A running server on a free loopback port; killed when dropped.
struct Server {
    child: Child,
    port: u16,
    _dir: TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(extra: &[&str]) -> Server {
    start_with_port(&[], extra, free_port())
}

/// A store built from the example article (with `global` options, such as `--base-iri`) and a
/// server on it, on `port`, with the same global options and `extra` serve options.
fn start_with_port(global: &[&str], extra: &[&str], port: u16) -> Server {
    let dir = TempDir::new().unwrap();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus");
    let status = Command::new(bin())
        .current_dir(dir.path())
        .arg("-q")
        .args(global)
        .arg("build")
        .arg(&corpus)
        .status()
        .unwrap();
    assert!(status.success());
    let child = Command::new(bin())
        .current_dir(dir.path())
        .args(global)
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Server {
        child,
        port,
        _dir: dir,
    }
}

/// A port that was free a moment ago: the system picks one, and it is released for the server.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A response: status, headers (lowercase names), body.
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A plain HTTP/1.1 exchange over TCP, so that every byte on the wire is what the test says.
fn http(port: u16, method: &str, target: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let mut request = format!("{method} {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a full response");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = |h: &Vec<(String, String)>| {
        h.iter()
            .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"))
    };
    if chunked(&headers) {
        body = dechunk(&body);
    }
    Reply {
        status,
        headers,
        body,
    }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = data.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(std::str::from_utf8(&data[..line_end]).unwrap().trim(), 16)
                .unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&data[line_end + 2..line_end + 2 + size]);
        data = &data[line_end + 2 + size + 2..];
    }
    out
}

fn encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

const SELECT: &str = "SELECT ?y WHERE { ?o tkg:inception ?y }";
/// A query that runs far longer than the tests' time limits (a cross product of the store).
const SLOW: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

/// GET /sparql?query=… with these headers.
fn sparql_get(port: u16, query: &str, headers: &[(&str, &str)]) -> Reply {
    http(
        port,
        "GET",
        &format!("/sparql?query={}", encode(query)),
        headers,
        b"",
    )
}

#[test]
fn every_protocol_form_answers() {
    let s = start(&["--update-token", "s3cret"]);
    let get = sparql_get(s.port, SELECT, &[]);
    assert_eq!(get.status, 200);
    assert_eq!(
        get.header("content-type"),
        Some("application/sparql-results+json"),
        "JSON by default"
    );
    assert!(get.text().contains("1977"));
    let form = http(
        s.port,
        "POST",
        "/query",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        format!("query={}", encode(SELECT)).as_bytes(),
    );
    assert_eq!((form.status, form.text().contains("1977")), (200, true));
    let direct = http(
        s.port,
        "POST",
        "/sparql",
        &[
            ("Content-Type", "application/sparql-query"),
            ("Accept", "text/csv"),
        ],
        SELECT.as_bytes(),
    );
    assert_eq!(direct.status, 200);
    assert_eq!(direct.header("content-type"), Some("text/csv"));
    assert_eq!(direct.text().replace("\r\n", "\n"), "y\n1977\n");
    // Content negotiation with q-values, for results and for graphs.
    for (accept, expected) in [
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
        ),
        ("text/tab-separated-values", "text/tab-separated-values"),
        (
            "text/csv;q=0.5, application/sparql-results+xml;q=0.9",
            "application/sparql-results+xml",
        ),
        ("*/*", "application/sparql-results+json"),
    ] {
        let r = sparql_get(s.port, SELECT, &[("Accept", accept)]);
        assert_eq!(
            (r.status, r.header("content-type")),
            (200, Some(expected)),
            "Accept: {accept}"
        );
    }
    let construct = "CONSTRUCT { ?s tkg:influencedBy ?o } WHERE { ?s tkg:influencedBy ?o }";
    for (accept, format) in [
        ("", oxigraph::io::RdfFormat::Turtle),
        ("application/n-triples", oxigraph::io::RdfFormat::NTriples),
        ("application/n-quads", oxigraph::io::RdfFormat::NQuads),
        ("application/trig", oxigraph::io::RdfFormat::TriG),
        ("application/rdf+xml", oxigraph::io::RdfFormat::RdfXml),
        (
            "application/ld+json",
            oxigraph::io::RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
        ),
    ] {
        let headers: Vec<(&str, &str)> = if accept.is_empty() {
            vec![]
        } else {
            vec![("Accept", accept)]
        };
        let r = sparql_get(s.port, construct, &headers);
        assert_eq!(r.status, 200, "{accept}");
        let n = oxigraph::io::RdfParser::from_format(format)
            .for_slice(&r.body)
            .collect::<Result<Vec<_>, _>>()
            .expect("parses")
            .len();
        assert!(n >= 3, "{accept}: {n} triples");
    }
    // A dataset named by the protocol.
    let graph = "https://w3id.org/textkg/doc/international-socialist-organization";
    let in_graph = http(
        s.port,
        "GET",
        &format!(
            "/sparql?query={}&default-graph-uri={}",
            encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
            encode(graph)
        ),
        &[("Accept", "text/csv")],
        b"",
    );
    let in_ontology = http(
        s.port,
        "GET",
        &format!(
            "/sparql?query={}&default-graph-uri={}",
            encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
            encode("https://w3id.org/textkg/ontology")
        ),
        &[("Accept", "text/csv")],
        b"",
    );
    assert_ne!(
        in_graph.text(),
        in_ontology.text(),
        "default-graph-uri chooses the graph"
    );
    let named = http(
        s.port,
        "GET",
        &format!(
            "/sparql?query={}&named-graph-uri={}",
            encode("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }"),
            encode(graph)
        ),
        &[("Accept", "text/csv")],
        b"",
    );
    assert_eq!(
        named.text().lines().count(),
        2,
        "only the named graph: {}",
        named.text()
    );
    // The service description.
    let sd = http(s.port, "GET", "/sparql", &[], b"");
    assert_eq!(sd.status, 200);
    assert!(
        sd.text().contains("sd:Service")
            || sd.text().contains("sparql-service-description#Service")
    );
}

#[test]
fn status_codes_follow_the_protocol() {
    let s = start(&["--update-token", "s3cret", "--max-body-kb", "1"]);
    let bad = sparql_get(s.port, "SELECT ?x WHERE {\n  ?x ?y }", &[]);
    assert_eq!(bad.status, 400);
    assert!(
        bad.text().contains("2:") && bad.text().contains("syntax"),
        "message and position: {}",
        bad.text()
    );
    let update = "INSERT DATA { GRAPH <urn:t> { <urn:a> <urn:b> <urn:c> } }";
    let form = format!("update={}", encode(update));
    let ct = ("Content-Type", "application/x-www-form-urlencoded");
    let none = http(s.port, "POST", "/update", &[ct], form.as_bytes());
    assert_eq!(none.status, 401);
    assert!(none.header("www-authenticate").is_some());
    assert_eq!(
        http(
            s.port,
            "POST",
            "/update",
            &[ct, ("Authorization", "Bearer wrong")],
            form.as_bytes()
        )
        .status,
        403
    );
    assert_eq!(
        http(
            s.port,
            "POST",
            "/update",
            &[ct, ("Authorization", "Bearer s3cret")],
            form.as_bytes()
        )
        .status,
        204
    );
    let direct = http(
        s.port,
        "POST",
        "/sparql",
        &[
            ("Content-Type", "application/sparql-update"),
            ("Authorization", "Bearer s3cret"),
        ],
        b"DELETE DATA { GRAPH <urn:t> { <urn:a> <urn:b> <urn:c> } }",
    );
    assert_eq!(direct.status, 204);
    assert_eq!(
        http(
            s.port,
            "GET",
            &format!("/update?update={}", encode(update)),
            &[],
            b""
        )
        .status,
        405,
        "updates by POST only"
    );
    assert_eq!(
        sparql_get(s.port, SELECT, &[("Accept", "image/png")]).status,
        406
    );
    assert_eq!(
        http(
            s.port,
            "POST",
            "/sparql",
            &[("Content-Type", "text/plain")],
            SELECT.as_bytes()
        )
        .status,
        415
    );
    let big = format!("query={}", "x".repeat(4000));
    assert_eq!(
        http(s.port, "POST", "/sparql", &[ct], big.as_bytes()).status,
        413
    );
    assert_eq!(http(s.port, "GET", "/nothing-here", &[], b"").status, 404);
    drop(s);
    let read_only = start(&[]);
    let r = http(
        read_only.port,
        "POST",
        "/update",
        &[ct, ("Authorization", "Bearer x")],
        form.as_bytes(),
    );
    assert_eq!(r.status, 403, "read-only without a token");
}

#[test]
fn slow_queries_time_out_and_others_are_still_answered() {
    let s = start(&["--timeout-s", "1"]);
    let port = s.port;
    let slow_thread = std::thread::spawn(move || sparql_get(port, SLOW, &[]));
    std::thread::sleep(Duration::from_millis(200));
    let started = Instant::now();
    let quick = sparql_get(s.port, SELECT, &[]);
    assert_eq!(quick.status, 200, "answered while the slow one runs");
    assert!(started.elapsed() < Duration::from_secs(5));
    let slow = slow_thread.join().unwrap();
    assert_eq!(slow.status, 504, "{}", slow.text());
}

#[test]
fn overload_gets_503_with_retry_after() {
    let s = start(&["--timeout-s", "3", "--max-concurrent", "1"]);
    let port = s.port;
    let busy = std::thread::spawn(move || sparql_get(port, SLOW, &[]));
    std::thread::sleep(Duration::from_millis(300));
    let r = sparql_get(s.port, SELECT, &[]);
    assert_eq!(r.status, 503);
    assert_eq!(r.header("retry-after"), Some("1"));
    assert_eq!(busy.join().unwrap().status, 504);
    assert_eq!(
        sparql_get(s.port, SELECT, &[]).status,
        200,
        "and it recovers"
    );
}

#[test]
fn graph_store_protocol_reads_graphs() {
    let s = start(&[]);
    let graph = "https://w3id.org/textkg/doc/international-socialist-organization";
    let r = http(
        s.port,
        "GET",
        &format!("/store?graph={}", encode(graph)),
        &[("Accept", "application/n-triples")],
        b"",
    );
    assert_eq!(r.status, 200);
    let n = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NTriples)
        .for_slice(&r.body)
        .count();
    assert!(n > 100);
    assert_eq!(
        http(
            s.port,
            "GET",
            &format!("/store?graph={}", encode("urn:missing")),
            &[],
            b""
        )
        .status,
        404
    );
    assert_eq!(http(s.port, "GET", "/store?default", &[], b"").status, 200);
    let all = http(s.port, "GET", "/store", &[], b"");
    assert_eq!(all.header("content-type"), Some("application/n-quads"));
}

#[test]
fn entity_iris_dereference_to_html_and_rdf() {
    let s = start(&[]);
    let html = http(
        s.port,
        "GET",
        "/entity/Hal_Draper",
        &[("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")],
        b"",
    );
    assert_eq!(html.status, 200);
    assert!(html
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));
    let page = html.text();
    assert!(
        page.contains("Hal Draper")
            && page.contains("strongly influenced by the perspectives of Hal Draper"),
        "evidence shown"
    );
    assert!(
        page.contains("href=\"/entity/International_Socialist_Organization\""),
        "links to other entities"
    );
    let ttl = http(
        s.port,
        "GET",
        "/entity/Hal_Draper",
        &[("Accept", "text/turtle")],
        b"",
    );
    assert_eq!(ttl.header("content-type"), Some("text/turtle"));
    let triples: Vec<_> = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
        .for_slice(&ttl.body)
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(triples
        .iter()
        .any(|t| t.subject.to_string() == "<https://w3id.org/textkg/entity/Hal_Draper>"));
    assert_eq!(
        http(s.port, "GET", "/entity/Nobody_Here", &[], b"").status,
        404
    );
}

#[test]
fn a_third_party_client_queries_and_updates() {
    let s = start(&["--update-token", "s3cret"]);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/sparql_client.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(format!("http://127.0.0.1:{}/sparql", s.port))
        .arg("s3cret")
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "SPARQLWrapper (pip install SPARQLWrapper): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seen: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let influences: Vec<&str> = seen["influences"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(
        influences.contains(&"Hal Draper") && influences.contains(&"Tony Cliff"),
        "{influences:?}"
    );
    assert_eq!(seen["xml_rows"].as_u64(), Some(influences.len() as u64));
    assert_eq!(seen["csv_header"], "name");
    assert_eq!(seen["ask"], true);
    assert!(
        seen["construct_triples"].as_u64().unwrap() >= 3,
        "rdflib parsed the CONSTRUCT"
    );
    assert_eq!(seen["after_update"], serde_json::json!(["from python"]));
}

#[test]
fn the_query_page_works_in_a_real_browser() {
    let s = start(&[]);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/query_page.mjs");
    let shot = std::env::temp_dir().join(format!("textkg-query-page-{}.png", s.port));
    let out = Command::new("node")
        .arg(script)
        .arg(format!("http://127.0.0.1:{}/", s.port))
        .arg(&shot)
        .output()
        .expect("node runs (scripts/install-deps installs playwright-core)");
    assert!(
        out.status.success(),
        "browser run failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seen: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(seen["errors"], serde_json::json!([]), "no console errors");
    assert_eq!(seen["rows"].as_u64(), Some(1), "the typed query's one row");
    assert_eq!(seen["cell"], "1977");
    assert!(seen["status"].as_str().unwrap().starts_with("1 result"));
    assert!(
        seen["entityEvidence"].as_u64().unwrap() > 0,
        "the entity page shows evidence"
    );
    assert!(
        seen["graphNodes"].as_u64().unwrap() > 0,
        "a CONSTRUCT shows the graph view"
    );
}

#[test]
fn iris_minted_under_the_servers_own_base_dereference() {
    // The base must name the server's own port, so the port is chosen first.
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}/");
    let server = start_with_port(&["--base-iri", &base], &[], port);
    // The IRI the store holds is the URL that answers.
    let iri = format!("{base}entity/Hal_Draper");
    let csv = sparql_get(
        server.port,
        &format!("ASK {{ <{iri}> rdfs:label ?l }}"),
        &[],
    );
    assert!(
        csv.text().contains("true"),
        "minted under the base: {}",
        csv.text()
    );
    let ttl = http(
        server.port,
        "GET",
        "/entity/Hal_Draper",
        &[("Accept", "application/n-triples")],
        b"",
    );
    assert_eq!(ttl.status, 200);
    assert!(ttl.text().contains(&format!("<{iri}>")), "{}", ttl.text());
}
