//! `textkg serve`: the store over HTTP.

use super::args::ServeArgs;
use super::Globals;
use crate::serve::{serve, Config};
use crate::store::Access;
use anyhow::Result;
use std::time::Duration;

pub fn run(g: &Globals, args: ServeArgs) -> Result<()> {
    // Read-only unless updates are allowed, so that `build` and readers can share the store.
    let access = if args.update_token.is_some() {
        Access::ReadWrite
    } else {
        Access::ReadOnly
    };
    let store = g.open(access)?;
    let config = Config {
        bind: args.bind,
        cors: args.cors,
        timeout: Duration::from_secs(args.timeout_s.max(1)),
        update_token: args.update_token,
        max_body_bytes: args.max_body_kb.saturating_mul(1024),
        max_concurrent: args.max_concurrent.max(1),
        ..Default::default()
    };
    Ok(serve(store, config)?)
}
