//! Time limits on queries that stop the work, not only the answer.
//!
//! Oxigraph checks its cancellation token each time it reads a quad from the store. That stops
//! most of a query, but not the parts that work on rows already read: an ORDER BY sorts all it
//! has collected (every comparison decodes terms), and a result iterator hands out rows for as
//! long as it is asked. A [`Deadline`] covers all three:
//!
//! - one watchdog thread cancels the token when the time is up, so that reading stops;
//! - every ORDER BY key `e` is evaluated as `IF(alive(), e, e)`, where `alive()` is a function
//!   of this module that unwinds the evaluation once the token is cancelled; [`Deadline::run`]
//!   catches exactly that unwinding and returns [`Error::Cancelled`] (the sort is panic-safe,
//!   and everything the query held is dropped on the way out);
//! - whoever loops over results calls [`Deadline::check`] between rows.
//!
//! While a closure runs inside [`Deadline::run`], every query the store starts on that thread
//! gets the deadline (see [`current`]), so that entity pages and graph views, which run several
//! queries, are bounded as a whole.

use crate::error::{Error, Result};
use crate::rdf::Namespaces;
use oxigraph::model::NamedNode;
use oxigraph::sparql::{CancellationToken, SparqlEvaluator};
use spargebra::algebra::{Expression, Function, GraphPattern, OrderExpression};
use spargebra::{Query, SparqlParser};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex, Once, OnceLock};
use std::time::{Duration, Instant};

/// The function that stops an ORDER BY sort once its query is cancelled.
const ALIVE: &str = "https://w3id.org/textkg/internal#alive";

/// When a request's or a command's work must end, with the token that stops its queries.
#[derive(Clone, Debug)]
pub struct Deadline {
    armed: Arc<Armed>,
}

/// One registration with the watchdog; removed when the last clone of its deadline is dropped.
struct Armed {
    at: Instant,
    id: u64,
    token: CancellationToken,
}

impl std::fmt::Debug for Armed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Armed").field("at", &self.at).finish()
    }
}

impl Drop for Armed {
    fn drop(&mut self) {
        let watchdog = watchdog();
        if let Ok(mut pending) = watchdog.pending.lock() {
            pending.remove(&(self.at, self.id));
        }
    }
}

/// The unwinding payload of a cancelled ORDER BY.
struct Cancelled;

impl Deadline {
    /// A deadline `limit` from now.
    pub fn after(limit: Duration) -> Self {
        let at = Instant::now() + limit;
        let token = CancellationToken::new();
        let watchdog = watchdog();
        let id = {
            let mut pending = watchdog.pending.lock().unwrap_or_else(|e| e.into_inner());
            let id = watchdog
                .next_id
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let earliest = pending.keys().next().is_none_or(|(first, _)| at < *first);
            pending.insert((at, id), token.clone());
            if earliest {
                watchdog.wake.notify_one();
            }
            id
        };
        Deadline {
            armed: Arc::new(Armed { at, id, token }),
        }
    }

    /// The instant the work must end.
    pub fn at(&self) -> Instant {
        self.armed.at
    }

    /// The time left (zero once passed).
    pub fn remaining(&self) -> Duration {
        self.armed.at.saturating_duration_since(Instant::now())
    }

    /// Whether the time is up.
    pub fn passed(&self) -> bool {
        self.armed.token.is_cancelled() || Instant::now() >= self.armed.at
    }

    /// [`Error::Cancelled`] once the time is up: call it between rows.
    pub fn check(&self) -> Result<()> {
        if self.passed() {
            self.armed.token.cancel();
            Err(Error::Cancelled)
        } else {
            Ok(())
        }
    }

    /// The token Oxigraph checks as it reads the store.
    pub fn token(&self) -> &CancellationToken {
        &self.armed.token
    }

    /// Runs `work` with this deadline: every query the store starts on this thread meanwhile is
    /// cancelled at the deadline, and a sort stopped by it comes back as [`Error::Cancelled`].
    /// Any other panic goes on unwinding.
    pub fn run<T>(&self, work: impl FnOnce() -> Result<T>) -> Result<T> {
        quiet_cancellation_panics();
        let previous = CURRENT.with(|c| c.replace(Some(self.clone())));
        let outcome = catch_unwind(AssertUnwindSafe(work));
        CURRENT.with(|c| c.replace(previous));
        match outcome {
            Ok(result) => result,
            Err(payload) if payload.is::<Cancelled>() => Err(Error::Cancelled),
            Err(payload) => resume_unwind(payload),
        }
    }
}

thread_local! {
    static CURRENT: RefCell<Option<Deadline>> = const { RefCell::new(None) };
}

/// The deadline of the work running on this thread, if it runs inside [`Deadline::run`].
pub fn current() -> Option<Deadline> {
    CURRENT.with(|c| c.borrow().clone())
}

/// The cancellation unwinding is expected: it must not print "thread panicked".
fn quiet_cancellation_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !info.payload().is::<Cancelled>() {
                previous(info);
            }
        }));
    });
}

struct Watchdog {
    pending: Mutex<BTreeMap<(Instant, u64), CancellationToken>>,
    wake: Condvar,
    next_id: std::sync::atomic::AtomicU64,
}

/// The one thread that cancels tokens when their time is up.
fn watchdog() -> &'static Watchdog {
    static WATCHDOG: OnceLock<Watchdog> = OnceLock::new();
    static STARTED: Once = Once::new();
    let watchdog = WATCHDOG.get_or_init(|| Watchdog {
        pending: Mutex::new(BTreeMap::new()),
        wake: Condvar::new(),
        next_id: std::sync::atomic::AtomicU64::new(0),
    });
    STARTED.call_once(|| {
        let spawned = std::thread::Builder::new()
            .name("textkg deadlines".into())
            .spawn(move || watch(watchdog));
        if let Err(e) = spawned {
            tracing::error!("cannot start the deadline thread: {e}");
        }
    });
    watchdog
}

fn watch(watchdog: &Watchdog) {
    let mut pending = watchdog.pending.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        let now = Instant::now();
        while let Some(entry) = pending.first_entry() {
            if entry.key().0 > now {
                break;
            }
            entry.remove().cancel();
        }
        let wait = pending
            .keys()
            .next()
            .map_or(Duration::from_secs(3600), |(at, _)| {
                at.saturating_duration_since(now)
            });
        pending = watchdog
            .wake
            .wait_timeout(pending, wait)
            .map(|(guard, _)| guard)
            .unwrap_or_else(|e| e.into_inner().0);
    }
}

/// Parses a query with textkg's prefixes; refuses SERVICE (textkg does not federate); with a
/// deadline, makes its ORDER BY sorts stoppable and gives the evaluator its token.
pub(super) fn prepare(
    mut evaluator: SparqlEvaluator,
    query: &str,
    namespaces: &Namespaces,
    deadline: Option<&Deadline>,
) -> Result<oxigraph::sparql::PreparedSparqlQuery> {
    let mut parsed = parse_query(query, namespaces)?;
    let pattern = match &mut parsed {
        Query::Select { pattern, .. }
        | Query::Construct { pattern, .. }
        | Query::Describe { pattern, .. }
        | Query::Ask { pattern, .. } => pattern,
    };
    if let Some(silent) = find_service(pattern) {
        return Err(Error::Unsupported {
            message: format!(
                "this endpoint does not federate: SERVICE{} is not supported; query the other \
                 endpoint yourself and send its data here with VALUES",
                if silent { " SILENT" } else { "" }
            ),
        });
    }
    if let Some(deadline) = deadline {
        stoppable_sorts(pattern);
        let token = deadline.token().clone();
        evaluator = evaluator
            .with_cancellation_token(token.clone())
            .with_custom_function(NamedNode::new_unchecked(ALIVE), move |_| {
                if token.is_cancelled() {
                    std::panic::panic_any(Cancelled);
                }
                Some(oxigraph::model::Literal::from(true).into())
            });
    }
    Ok(evaluator.for_query(parsed))
}

/// The query parsed with textkg's prefixes.
pub(super) fn parse_query(query: &str, namespaces: &Namespaces) -> Result<Query> {
    parser(namespaces)?
        .parse_query(query)
        .map_err(|e| Error::SparqlSyntax {
            message: e.to_string(),
        })
}

impl super::KgStore {
    /// Whether `text` is a SPARQL query (textkg's prefixes declared): tells a query sent as an
    /// update from a broken update.
    pub fn is_query(&self, text: &str) -> bool {
        parse_query(text, &self.namespaces).is_ok()
    }

    /// Whether `text` is a SPARQL update (textkg's prefixes declared).
    pub fn is_update(&self, text: &str) -> bool {
        parser(&self.namespaces).is_ok_and(|p| p.parse_update(text).is_ok())
    }
}

fn parser(namespaces: &Namespaces) -> Result<SparqlParser> {
    let mut parser = SparqlParser::new();
    for (prefix, ns) in namespaces.prefixes() {
        parser = parser
            .with_prefix(prefix, ns)
            .map_err(|e| Error::Storage(Box::new(e)))?;
    }
    Ok(parser)
}

/// The first SERVICE in the pattern (whether it is SILENT).
fn find_service(pattern: &GraphPattern) -> Option<bool> {
    let mut found = None;
    visit(pattern, &mut |p| {
        if let GraphPattern::Service { silent, .. } = p {
            found.get_or_insert(*silent);
        }
    });
    found
}

/// Every ORDER BY key `e` becomes `IF(alive(), e, e)`: the same order, and a sort that stops.
fn stoppable_sorts(pattern: &mut GraphPattern) {
    visit_mut(pattern, &mut |p| {
        if let GraphPattern::OrderBy { expression, .. } = p {
            for key in expression.iter_mut() {
                let (OrderExpression::Asc(e) | OrderExpression::Desc(e)) = key;
                let alive = Expression::FunctionCall(
                    Function::Custom(NamedNode::new_unchecked(ALIVE)),
                    Vec::new(),
                );
                *e = Expression::If(Box::new(alive), Box::new(e.clone()), Box::new(e.clone()));
            }
        }
    });
}

/// The patterns directly inside `pattern` (not those inside its expressions).
fn children(pattern: &GraphPattern) -> Vec<&GraphPattern> {
    match pattern {
        GraphPattern::Join { left, right }
        | GraphPattern::LeftJoin { left, right, .. }
        | GraphPattern::Lateral { left, right }
        | GraphPattern::Union { left, right }
        | GraphPattern::Minus { left, right } => vec![left, right],
        GraphPattern::Filter { inner, .. }
        | GraphPattern::Graph { inner, .. }
        | GraphPattern::Extend { inner, .. }
        | GraphPattern::OrderBy { inner, .. }
        | GraphPattern::Project { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. }
        | GraphPattern::Group { inner, .. }
        | GraphPattern::Service { inner, .. } => vec![inner],
        GraphPattern::Bgp { .. } | GraphPattern::Path { .. } | GraphPattern::Values { .. } => {
            Vec::new()
        }
    }
}

/// The patterns inside an expression (EXISTS and NOT EXISTS).
fn expression_patterns<'a>(e: &'a Expression, out: &mut Vec<&'a GraphPattern>) {
    match e {
        Expression::Exists(p) => out.push(p),
        Expression::Or(a, b)
        | Expression::And(a, b)
        | Expression::Equal(a, b)
        | Expression::SameTerm(a, b)
        | Expression::Greater(a, b)
        | Expression::GreaterOrEqual(a, b)
        | Expression::Less(a, b)
        | Expression::LessOrEqual(a, b)
        | Expression::Add(a, b)
        | Expression::Subtract(a, b)
        | Expression::Multiply(a, b)
        | Expression::Divide(a, b) => {
            expression_patterns(a, out);
            expression_patterns(b, out);
        }
        Expression::In(a, list) => {
            expression_patterns(a, out);
            list.iter().for_each(|x| expression_patterns(x, out));
        }
        Expression::UnaryPlus(a) | Expression::UnaryMinus(a) | Expression::Not(a) => {
            expression_patterns(a, out);
        }
        Expression::If(a, b, c) => {
            for x in [a, b, c] {
                expression_patterns(x, out);
            }
        }
        Expression::Coalesce(list) | Expression::FunctionCall(_, list) => {
            list.iter().for_each(|x| expression_patterns(x, out));
        }
        _ => {}
    }
}

/// Calls `f` on the pattern and every pattern inside it, EXISTS included.
fn visit(pattern: &GraphPattern, f: &mut impl FnMut(&GraphPattern)) {
    f(pattern);
    let mut inner = children(pattern);
    match pattern {
        GraphPattern::Filter { expr, .. } => expression_patterns(expr, &mut inner),
        GraphPattern::Extend { expression, .. } => expression_patterns(expression, &mut inner),
        GraphPattern::LeftJoin {
            expression: Some(e),
            ..
        } => expression_patterns(e, &mut inner),
        _ => {}
    }
    for p in inner {
        visit(p, f);
    }
}

/// Calls `f` on the pattern and every sub-pattern (not those inside EXISTS: a sort there is
/// on a few rows a solution).
fn visit_mut(pattern: &mut GraphPattern, f: &mut impl FnMut(&mut GraphPattern)) {
    f(pattern);
    match pattern {
        GraphPattern::Join { left, right }
        | GraphPattern::LeftJoin { left, right, .. }
        | GraphPattern::Lateral { left, right }
        | GraphPattern::Union { left, right }
        | GraphPattern::Minus { left, right } => {
            visit_mut(left, f);
            visit_mut(right, f);
        }
        GraphPattern::Filter { inner, .. }
        | GraphPattern::Graph { inner, .. }
        | GraphPattern::Extend { inner, .. }
        | GraphPattern::OrderBy { inner, .. }
        | GraphPattern::Project { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. }
        | GraphPattern::Group { inner, .. }
        | GraphPattern::Service { inner, .. } => visit_mut(inner, f),
        GraphPattern::Bgp { .. } | GraphPattern::Path { .. } | GraphPattern::Values { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::KgStore;
    use oxigraph::sparql::QueryResults;

    #[test]
    fn a_query_past_its_deadline_is_cancelled_and_the_thread_goes_on() {
        let store = KgStore::memory().unwrap();
        let deadline = Deadline::after(Duration::from_millis(0));
        std::thread::sleep(Duration::from_millis(20));
        let outcome = deadline.run(|| {
            if let QueryResults::Solutions(rows) =
                store.query("SELECT ?s WHERE { ?s ?p ?o . ?a ?b ?c } ORDER BY ?o ?c")?
            {
                for row in rows {
                    row.map_err(|_| Error::Cancelled)?;
                }
            }
            Ok(())
        });
        assert!(matches!(outcome, Err(Error::Cancelled)), "{outcome:?}");
        assert!(current().is_none(), "the deadline ends with run");
        let QueryResults::Solutions(rows) = store
            .query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o LIMIT 2")
            .unwrap()
        else {
            panic!("a SELECT gives solutions")
        };
        assert_eq!(rows.count(), 2, "later queries sort as before");
    }

    #[test]
    fn service_is_refused_with_a_reason() {
        let store = KgStore::memory().unwrap();
        for q in [
            "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "SELECT * WHERE { ?a ?b ?c FILTER EXISTS { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } } }",
        ] {
            let err = store.query(q).err().expect("refused");
            assert!(err.to_string().contains("does not federate"), "{err}");
        }
    }
}
