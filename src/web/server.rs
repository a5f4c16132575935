//! The accept loop: what stands between one client and everybody else's answer.
//!
//! `axum::serve` runs hyper without a timer, so a client that sends half a request and waits holds
//! its connection (and a file descriptor) forever; twenty thousand such clients exhaust the
//! process. Here every connection gets a header-read timeout, which hyper also applies while a
//! kept-alive connection waits for its next request (the idle timeout); the number of connections
//! is capped, and so is the number from one client address, so one client cannot fill the cap;
//! at the cap the oldest connection without a request in flight is closed to make room
//! (`connections`), so half-sent requests spread over many addresses cannot keep a visitor out;
//! and shutdown stops accepting, then drains requests in flight for a grace period. The values are
//! `[server]` in `portal.toml` (`config::ServerLimits`, documented in docs/security.md).

use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, TryAcquireError};
use tower::ServiceExt;

use crate::config::ServerLimits;
use crate::web::connections::{InFlight, Open};

/// The address a request came from, as a request extension: what per-client limits count (the
/// search-gap store's daily share, for one). Absent in in-process tests, which have no peer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

/// Serves `app` on `listener` until `shutdown` completes, then drains.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: &ServerLimits,
    shutdown: impl Future<Output = ()>,
) {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let open = Open::default();
    let per_client = PerClient::new(limits.max_connections_per_client);
    let graceful = GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(Some(limits.header_timeout))
        .keep_alive_timeout(limits.header_timeout)
        .max_concurrent_streams(100);
    tokio::pin!(shutdown);
    loop {
        // A free slot before accepting. At the cap, the oldest connection without a request in
        // flight is asked to close and its slot awaited; when every connection is answering,
        // new ones wait in the kernel's queue instead of costing us memory.
        let permit = match slots.clone().try_acquire_owned() {
            Ok(p) => p,
            Err(TryAcquireError::Closed) => break,
            Err(TryAcquireError::NoPermits) => {
                if open.close_oldest_idle() {
                    tracing::debug!("connection cap reached: closed the oldest idle connection");
                }
                tokio::select! {
                    p = slots.clone().acquire_owned() => match p { Ok(p) => p, Err(_) => break },
                    () = &mut shutdown => break,
                }
            }
        };
        let (stream, addr) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors, or the peer left before we accepted: not fatal.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(client) = per_client.admit(addr.ip()) else {
            // This address holds its share already: closing at once costs it, not the others.
            tracing::debug!(client = %addr.ip(), "too many connections from one client");
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let peer = ClientAddr(addr.ip());
        let tracked = open.track();
        let busy = tracked.busy();
        let service = app
            .clone()
            .map_request(move |mut req: hyper::Request<hyper::body::Incoming>| {
                req.extensions_mut().insert(peer);
                req
            })
            .map_future(move |answer| {
                // Counted from the call until the answer is ready; its bytes are in memory then.
                let in_flight = InFlight::new(busy.clone());
                async move {
                    let answer = answer.await;
                    drop(in_flight);
                    answer
                }
            });
        let conn = builder
            .serve_connection_with_upgrades(TokioIo::new(stream), TowerToHyperService::new(service))
            .into_owned();
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            // A client that vanishes or times out is an ordinary end of a connection; one chosen
            // to make room is closed by dropping it.
            tokio::select! {
                _ = conn => {}
                () = tracked.closing() => {}
            }
            drop(tracked);
            drop(client);
            drop(permit);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => tracing::info!("all connections drained"),
        () = tokio::time::sleep(limits.shutdown_grace) => {
            tracing::warn!("shutdown grace period over; closing the remaining connections")
        }
    }
}

/// Connections per client address.
#[derive(Clone)]
struct PerClient {
    max: usize,
    open: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

/// One admitted connection; leaving gives the slot back.
struct Admitted {
    ip: IpAddr,
    open: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

impl PerClient {
    fn new(max: usize) -> Self {
        PerClient {
            max,
            open: Arc::new(Mutex::new(HashMap::new())),
        }
    }

    fn admit(&self, ip: IpAddr) -> Option<Admitted> {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let n = open.entry(ip).or_insert(0);
        if *n >= self.max {
            return None;
        }
        *n += 1;
        Some(Admitted {
            ip,
            open: self.open.clone(),
        })
    }
}

impl Drop for Admitted {
    fn drop(&mut self) {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = open.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_client_gets_its_share_and_gives_it_back() {
        let p = PerClient::new(2);
        let a: IpAddr = "127.0.0.1".parse().unwrap();
        let b: IpAddr = "127.0.0.2".parse().unwrap();
        let first = p.admit(a).unwrap();
        let _second = p.admit(a).unwrap();
        assert!(p.admit(a).is_none());
        assert!(p.admit(b).is_some());
        drop(first);
        assert!(p.admit(a).is_some());
    }
}
