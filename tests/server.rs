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

/// The binary under test; `TEXTKG_TEST_BIN` runs these tests against another build (say, the
/// one before a fix, to see a new test fail).
fn bin() -> std::path::PathBuf {
    std::env::var_os("TEXTKG_TEST_BIN")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| assert_cmd::cargo::cargo_bin("textkg"))
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

fn example_corpus() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus")
}

/// A store built from the example article (with `global` options, such as `--base-iri`) and a
/// server on it, on `port`, with the same global options and `extra` serve options.
fn start_with_port(global: &[&str], extra: &[&str], port: u16) -> Server {
    start_on(&example_corpus(), global, extra, port)
}

/// A server on a store built from `corpus`.
fn start_on(corpus: &Path, global: &[&str], extra: &[&str], port: u16) -> Server {
    let dir = TempDir::new().unwrap();
    let status = Command::new(bin())
        .current_dir(dir.path())
        .arg("-q")
        .args(global)
        .arg("build")
        .arg(corpus)
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

/// The CPU seconds (user and system) a process has used, from /proc (Linux, 100 ticks a second).
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .unwrap()
        .1
        .split_whitespace()
        .collect();
    (fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap()) / 100.0
}

/// A process's resident memory in MB.
fn resident_mb(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kb / 1024.0
}

/// How a request ended: its status (0 if none came), whether the answer was complete, and when.
struct Ending {
    status: u16,
    complete: bool,
    after: Duration,
}

/// Sends a raw request and reads until the server ends the answer; with `slow_until`, it
/// pauses 50 ms between reads of 16 KB until then (a slow client), and then reads what the
/// system's buffers still hold at full speed.
fn until_end(port: u16, request: &str, slow_until: Option<Duration>) -> Ending {
    let started = Instant::now();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut raw = Vec::new();
    let mut buf = vec![0; 16 * 1024];
    while let Ok(n) = stream.read(&mut buf) {
        if n == 0 {
            break;
        }
        raw.extend_from_slice(&buf[..n]);
        if slow_until.is_some_and(|t| started.elapsed() < t) {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    let after = started.elapsed();
    let Some(split) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return Ending {
            status: 0,
            complete: false,
            after,
        };
    };
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    let body = &raw[split + 4..];
    let complete = if head.contains("transfer-encoding: chunked") {
        body.ends_with(b"0\r\n\r\n")
    } else {
        head.lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .is_none_or(|n| n.trim().parse::<usize>().unwrap() == body.len())
    };
    Ending {
        status,
        complete,
        after,
    }
}

fn get_request(port: u16, target: &str) -> String {
    format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n")
}

/// A corpus of `copies` copies of the example article (JSONL, one document each).
fn copies_corpus(dir: &Path, copies: usize) -> std::path::PathBuf {
    let text =
        std::fs::read_to_string(example_corpus().join("international-socialist-organization.txt"))
            .unwrap();
    let path = dir.join("copies.jsonl");
    let mut out = String::new();
    for i in 0..copies {
        out.push_str(&serde_json::json!({ "id": format!("copy-{i}"), "text": text }).to_string());
        out.push('\n');
    }
    std::fs::write(&path, out).unwrap();
    path
}

#[test]
fn heavy_requests_end_at_the_timeout_and_their_work_stops() {
    let small = start(&["--timeout-s", "2"]);
    let corpus_dir = TempDir::new().unwrap();
    let big = start_on(
        &copies_corpus(corpus_dir.path(), 150),
        &[],
        &["--timeout-s", "2"],
        free_port(),
    );
    let (sp, bp) = (small.port, big.port);
    let three = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let post = |q: &str| {
        format!(
            "POST /sparql HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: \
             application/sparql-query\r\nContent-Length: {}\r\n\r\n{q}",
            q.len()
        )
    };
    let heavy: Vec<(&str, u16, String, Option<Duration>)> = vec![
        (
            "a three-way cross join",
            sp,
            get_request(sp, &format!("/sparql?query={}", encode(three))),
            None,
        ),
        (
            "DISTINCT over it",
            sp,
            get_request(
                sp,
                &format!(
                    "/sparql?query={}",
                    encode("SELECT DISTINCT ?a ?d ?g WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
                ),
            ),
            None,
        ),
        (
            "ORDER BY over a cross join",
            sp,
            post("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"),
            None,
        ),
        (
            "a CONSTRUCT over a cross join",
            sp,
            get_request(
                sp,
                &format!(
                    "/sparql?query={}",
                    encode("CONSTRUCT { ?a ?b ?i } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
                ),
            ),
            None,
        ),
        (
            "a graph view of a cross join",
            sp,
            get_request(
                sp,
                &format!(
                    "/view?query={}",
                    encode("CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }")
                ),
            ),
            None,
        ),
        (
            "GET /store of 280,000 quads, read slowly",
            bp,
            get_request(bp, "/store"),
            Some(Duration::from_millis(2500)),
        ),
    ];
    let started = Instant::now();
    let runs: Vec<_> = heavy
        .into_iter()
        .map(|(what, port, request, slow)| {
            (
                what,
                std::thread::spawn(move || until_end(port, &request, slow)),
            )
        })
        .collect();
    for (what, run) in runs {
        let end = run.join().unwrap();
        assert!(
            end.status == 504 || (end.status == 200 && !end.complete),
            "{what}: status {} (complete: {}) after {:?}",
            end.status,
            end.complete,
            end.after
        );
        assert!(
            end.after < Duration::from_millis(3500),
            "{what}: ended after {:?}, the timeout is 2 s",
            end.after
        );
    }
    // The work stops too: within a second of the deadline the servers are idle.
    let pids = [small.child.id(), big.child.id()];
    std::thread::sleep(Duration::from_secs(3).saturating_sub(started.elapsed()));
    let before: Vec<(f64, f64)> = pids
        .iter()
        .map(|&p| (cpu_seconds(p), resident_mb(p)))
        .collect();
    std::thread::sleep(Duration::from_millis(1500));
    for (&pid, (cpu, rss)) in pids.iter().zip(before) {
        let used = cpu_seconds(pid) - cpu;
        assert!(
            used <= 0.3,
            "the server used {used:.2} s of CPU in the 1.5 s after the deadline"
        );
        let grown = resident_mb(pid) - rss;
        assert!(
            grown < 20.0,
            "the server's memory grew by {grown:.0} MB after the deadline"
        );
    }
    assert_eq!(sparql_get(sp, SELECT, &[]).status, 200, "and it answers");
}

#[test]
fn idle_and_slow_connections_do_not_lock_others_out() {
    let s = start(&[]);
    let mut idle: Vec<TcpStream> = (0..1000)
        .map(|_| TcpStream::connect(("127.0.0.1", s.port)).unwrap())
        .collect();
    // Half a request each, the rest never sent.
    let slow: Vec<TcpStream> = (0..30)
        .map(|_| {
            let mut c = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
            c.write_all(b"GET /sparql?query=SELECT HTTP/1.1\r\nHost: x\r\nAcc")
                .unwrap();
            c
        })
        .collect();
    for i in 0..20 {
        let started = Instant::now();
        let r = sparql_get(s.port, SELECT, &[]);
        assert_eq!(r.status, 200, "query {i}");
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "query {i} took {:?}",
            started.elapsed()
        );
    }
    // The idle connections that were closed to make room saw the end of the stream, not an error.
    for c in &mut idle {
        c.set_nonblocking(true).unwrap();
        let mut buf = [0; 64];
        match c.read(&mut buf) {
            Ok(n) => assert_eq!(n, 0, "{}", String::from_utf8_lossy(&buf[..n])),
            Err(e) => assert_eq!(e.kind(), std::io::ErrorKind::WouldBlock, "{e}"),
        }
    }
    drop(slow);
}

/// Serves one page on `port` (another origin than the server's), for `requests` requests.
fn serve_page(html: String, requests: usize, port: u16) {
    let listener = std::net::TcpListener::bind(("127.0.0.1", port)).unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0; 4096];
            let _ = stream.read(&mut buf);
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{html}",
                html.len()
            );
        }
    });
}

#[test]
fn a_page_on_another_origin_posts_a_query_with_a_token() {
    let page_port = free_port();
    let origin = format!("http://127.0.0.1:{page_port}");
    let s = start(&["--cors", &origin, "--update-token", "s3cret"]);
    let html = format!(
        "<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"></head><body><script>\
         fetch('http://127.0.0.1:{}/sparql', {{method: 'POST', headers: {{'Content-Type': \
         'application/sparql-query', 'Authorization': 'Bearer s3cret', 'Accept': \
         'application/sparql-results+json'}}, body: 'SELECT ?y WHERE {{ ?o tkg:inception ?y }}'}})\
         .then(async r => {{ window.result = {{status: r.status, body: await r.text()}}; }})\
         .catch(e => {{ window.result = {{error: String(e)}}; }});\
         </script></body></html>",
        s.port
    );
    serve_page(html, 4, page_port);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/cors.mjs");
    let out = Command::new("node")
        .arg(script)
        .arg(format!("{origin}/"))
        .output()
        .expect("node runs (scripts/install-deps installs playwright-core)");
    assert!(
        out.status.success(),
        "browser run failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seen: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(seen["status"], 200, "{seen}");
    assert!(seen["body"].as_str().unwrap().contains("1977"), "{seen}");
}

#[test]
fn a_cors_preflight_is_answered() {
    let s = start(&["--cors", "https://app.example.org"]);
    let r = http(
        s.port,
        "OPTIONS",
        "/sparql",
        &[
            ("Origin", "https://app.example.org"),
            ("Access-Control-Request-Method", "POST"),
            (
                "Access-Control-Request-Headers",
                "content-type, authorization",
            ),
        ],
        b"",
    );
    assert_eq!(r.status, 204);
    assert_eq!(
        r.header("access-control-allow-origin"),
        Some("https://app.example.org")
    );
    assert!(r
        .header("access-control-allow-methods")
        .unwrap()
        .contains("POST"));
    let allowed = r
        .header("access-control-allow-headers")
        .unwrap()
        .to_ascii_lowercase();
    assert!(
        allowed.contains("content-type") && allowed.contains("authorization"),
        "{allowed}"
    );
    assert!(r.header("access-control-max-age").is_some());
}

#[test]
fn a_lowercase_bearer_scheme_is_accepted() {
    let s = start(&["--update-token", "s3cret"]);
    let r = http(
        s.port,
        "POST",
        "/update",
        &[
            ("Content-Type", "application/sparql-update"),
            ("Authorization", "bearer s3cret"),
        ],
        b"INSERT DATA { GRAPH <urn:t> { <urn:a> <urn:b> <urn:c> } }",
    );
    assert_eq!(r.status, 204, "{}", r.text());
}

#[test]
fn an_empty_update_token_is_refused_at_start_up() {
    let dir = TempDir::new().unwrap();
    let mut child = Command::new(bin())
        .current_dir(dir.path())
        .args([
            "--memory",
            "serve",
            "--bind",
            &format!("127.0.0.1:{}", free_port()),
        ])
        .args(["--update-token", ""])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(
        status.and_then(|s| s.code()),
        Some(2),
        "it must refuse to start: {err}"
    );
    assert!(
        err.contains("--update-token") && err.contains("empty"),
        "{err}"
    );
}

#[test]
fn a_long_get_query_gets_414_saying_to_use_post() {
    let s = start(&[]);
    let long = format!("{SELECT} # {}", "x".repeat(9000));
    let r = sparql_get(s.port, &long, &[]);
    assert_eq!(r.status, 414);
    assert!(r.text().contains("POST"), "{}", r.text());
    let post = http(
        s.port,
        "POST",
        "/sparql",
        &[("Content-Type", "application/sparql-query")],
        long.as_bytes(),
    );
    assert_eq!(post.status, 200, "the same query by POST");
}

#[test]
fn a_relative_graph_iri_is_a_bad_request() {
    let s = start(&[]);
    let r = http(s.port, "GET", "/store?graph=../x", &[], b"");
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("IRI"), "{}", r.text());
}

#[test]
fn service_is_refused_with_a_reason() {
    let s = start(&[]);
    for q in [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    ] {
        let r = sparql_get(s.port, q, &[]);
        assert_eq!(r.status, 400, "{q}: {}", r.text());
        assert!(r.text().contains("does not federate"), "{q}: {}", r.text());
    }
}

#[test]
fn pipelined_requests_are_all_answered() {
    let s = start(&[]);
    let mut stream = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let target = format!("/sparql?query={}", encode(SELECT));
    let two = format!(
        "GET {target} HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n\
         GET {target} HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(two.as_bytes()).unwrap();
    let mut raw = String::new();
    let _ = stream.read_to_string(&mut raw);
    assert_eq!(raw.matches("HTTP/1.1 200").count(), 2, "{raw}");
    assert_eq!(raw.matches("1977").count(), 2, "{raw}");
}

#[test]
fn an_in_memory_server_says_it_is_empty() {
    let dir = TempDir::new().unwrap();
    let port = free_port();
    let mut child = Command::new(bin())
        .current_dir(dir.path())
        .args(["--memory", "serve", "--bind", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let mut buf = [0; 1024];
        while let Ok(n) = stderr.read(&mut buf) {
            if n == 0 {
                break;
            }
            text.push_str(&String::from_utf8_lossy(&buf[..n]));
            if text.contains("serving") {
                break;
            }
        }
        text
    });
    let started = Instant::now();
    while !reader.is_finished() && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    let said = reader.join().unwrap();
    assert!(
        said.contains("empty") && said.contains("textkg build"),
        "{said}"
    );
}
