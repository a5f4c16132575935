//! `[server]` in `portal.toml`: how much one client may hold of the server, and how long it waits
//! for a shutdown to drain. Every value has a default fit for a city's portal behind a proxy, so
//! the table is optional; docs/security.md explains each.

use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostics::Reporter;

/// The server's limits, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerLimits {
    /// How long a client may take to send a request's headers, and how long a kept-alive
    /// connection may wait idle for its next request.
    pub header_timeout: Duration,
    /// How long one request may take to be answered (a `503` after that).
    pub request_timeout: Duration,
    /// Connections open at once; past this, new ones wait in the kernel's queue.
    pub max_connections: usize,
    /// Connections open at once from one client address.
    pub max_connections_per_client: usize,
    /// The largest request body accepted (`413` beyond).
    pub max_body_bytes: usize,
    /// How long a shutdown waits for requests in flight.
    pub shutdown_grace: Duration,
}

impl Default for ServerLimits {
    fn default() -> Self {
        ServerLimits {
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(15),
            max_connections: 4096,
            max_connections_per_client: 256,
            max_body_bytes: 64 * 1024,
            shutdown_grace: Duration::from_secs(20),
        }
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawServer {
    header_timeout_secs: Option<Spanned<u64>>,
    request_timeout_secs: Option<Spanned<u64>>,
    max_connections: Option<Spanned<u64>>,
    max_connections_per_client: Option<Spanned<u64>>,
    max_body_bytes: Option<Spanned<u64>>,
    shutdown_grace_secs: Option<Spanned<u64>>,
}

impl RawServer {
    /// The limits, with each value written checked to be within sense.
    pub(super) fn check(&self, r: &mut Reporter) -> ServerLimits {
        let d = ServerLimits::default();
        let mut value = |v: &Option<Spanned<u64>>, name: &str, min: u64, max: u64, default: u64| {
            let Some(v) = v else { return default };
            let n = *v.get_ref();
            if (min..=max).contains(&n) {
                n
            } else {
                r.error(
                    v,
                    format_args!("[server] {name} = {n} is out of range: write a number from {min} to {max}, or leave it out for {default}"),
                );
                default
            }
        };
        let secs = |n: u64| Duration::from_secs(n);
        ServerLimits {
            header_timeout: secs(value(
                &self.header_timeout_secs,
                "header_timeout_secs",
                1,
                300,
                d.header_timeout.as_secs(),
            )),
            request_timeout: secs(value(
                &self.request_timeout_secs,
                "request_timeout_secs",
                1,
                600,
                d.request_timeout.as_secs(),
            )),
            max_connections: value(
                &self.max_connections,
                "max_connections",
                1,
                1_000_000,
                d.max_connections as u64,
            ) as usize,
            max_connections_per_client: value(
                &self.max_connections_per_client,
                "max_connections_per_client",
                1,
                1_000_000,
                d.max_connections_per_client as u64,
            ) as usize,
            max_body_bytes: value(
                &self.max_body_bytes,
                "max_body_bytes",
                1024,
                64 * 1024 * 1024,
                d.max_body_bytes as u64,
            ) as usize,
            shutdown_grace: secs(value(
                &self.shutdown_grace_secs,
                "shutdown_grace_secs",
                0,
                600,
                d.shutdown_grace.as_secs(),
            )),
        }
    }
}
