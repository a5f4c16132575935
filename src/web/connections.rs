//! The open connections, oldest first: which one to let go when the connection cap is reached.
//!
//! A cap alone lets attackers who spread half-sent requests over many addresses (each under the
//! per-client cap) fill it, and then a visitor waits in the kernel's queue until the header timeout
//! frees a slot: measured, a visitor's `/healthz` timed out with 19,000 such connections from 80
//! addresses. So at the cap the server closes the oldest connection that has no request in flight
//! (a half-sent request, or a kept-alive connection waiting for its next one) and takes the new
//! one, as nginx reuses idle keep-alive connections when it runs short. A browser whose idle
//! connection is closed opens another; a request being answered is never cut.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::Notify;

/// Every open connection, in the order they were accepted.
#[derive(Clone, Default)]
pub struct Open {
    inner: Arc<Mutex<Inner>>,
}

#[derive(Default)]
struct Inner {
    next: u64,
    conns: BTreeMap<u64, Entry>,
}

struct Entry {
    busy: Arc<AtomicUsize>,
    close: Arc<Notify>,
}

/// One tracked connection: its requests in flight, and the signal that asks it to close. Dropping
/// it (when the connection ends) forgets it.
pub struct Tracked {
    id: u64,
    busy: Arc<AtomicUsize>,
    close: Arc<Notify>,
    open: Arc<Mutex<Inner>>,
}

/// A request in flight on a connection, from the moment hyper hands it to us until its answer is
/// ready; the connection cannot be chosen for closing meanwhile.
pub struct InFlight(Arc<AtomicUsize>);

impl Open {
    pub fn track(&self) -> Tracked {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let id = inner.next;
        inner.next += 1;
        let busy = Arc::new(AtomicUsize::new(0));
        let close = Arc::new(Notify::new());
        inner.conns.insert(
            id,
            Entry {
                busy: busy.clone(),
                close: close.clone(),
            },
        );
        Tracked {
            id,
            busy,
            close,
            open: self.inner.clone(),
        }
    }

    /// Asks the oldest connection without a request in flight to close, and forgets it so it is
    /// not chosen twice. False when every connection is answering a request.
    pub fn close_oldest_idle(&self) -> bool {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let Some(id) = inner
            .conns
            .iter()
            .find(|(_, e)| e.busy.load(Ordering::Acquire) == 0)
            .map(|(id, _)| *id)
        else {
            return false;
        };
        if let Some(entry) = inner.conns.remove(&id) {
            // A stored permit: the connection's task sees it even if it is not waiting yet.
            entry.close.notify_one();
        }
        true
    }
}

#[cfg(test)]
impl Open {
    fn len(&self) -> usize {
        self.inner
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .conns
            .len()
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Tracked {
    /// A handle to count requests from the connection's service.
    pub fn busy(&self) -> Arc<AtomicUsize> {
        self.busy.clone()
    }

    /// Completes when the accept loop chose this connection to close.
    pub async fn closing(&self) {
        self.close.notified().await
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        let mut inner = self.open.lock().unwrap_or_else(|p| p.into_inner());
        inner.conns.remove(&self.id);
    }
}

impl InFlight {
    pub fn new(busy: Arc<AtomicUsize>) -> InFlight {
        busy.fetch_add(1, Ordering::AcqRel);
        InFlight(busy)
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn the_oldest_idle_connection_is_closed_and_busy_ones_are_kept() {
        let open = Open::default();
        let first = open.track();
        let second = open.track();
        let third = open.track();
        let answering = InFlight::new(first.busy());
        assert!(open.close_oldest_idle());
        // The first is answering a request: the second is chosen, and only it is told.
        tokio::time::timeout(Duration::from_secs(1), second.closing())
            .await
            .expect("the second connection is asked to close");
        assert!(
            tokio::time::timeout(Duration::from_millis(50), first.closing())
                .await
                .is_err()
        );
        assert_eq!(open.len(), 2);
        assert!(open.close_oldest_idle());
        tokio::time::timeout(Duration::from_secs(1), third.closing())
            .await
            .expect("then the third");
        // Only the busy one is left: nothing to close until its answer is sent.
        assert!(!open.close_oldest_idle());
        drop(answering);
        assert!(open.close_oldest_idle());
        drop((first, second, third));
        assert!(open.is_empty());
    }

    #[test]
    fn a_connection_that_ends_is_forgotten() {
        let open = Open::default();
        let a = open.track();
        let b = open.track();
        drop(a);
        assert_eq!(open.len(), 1);
        drop(b);
        assert!(open.is_empty());
        assert!(!open.close_oldest_idle());
    }
}
