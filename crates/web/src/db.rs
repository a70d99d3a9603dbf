//! Store connections: several readers (SQLite in WAL mode lets them read while the writer
//! writes) and one writer. Each is a `Store` behind a mutex; a request takes a free reader
//! or waits for one.
//!
//! Handlers run store work inside [`crate::blocking::run`]. Code that still calls the pool
//! from an async worker (a page handler written before that helper) is covered by
//! `off_worker`: tokio is told that the worker blocks, and moves its other tasks away.

use crate::AppError;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use store::Store;

#[derive(Debug)]
pub struct Pool {
    readers: Vec<Mutex<Store>>,
    writer: Mutex<Store>,
    next: AtomicUsize,
}

impl Pool {
    pub fn open(path: &Path, readers: usize) -> Result<Pool, AppError> {
        // The writer opens first so that the migrations run once.
        let writer = Store::open(path)?;
        let readers = (0..readers)
            .map(|_| Store::open(path).map(Mutex::new))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Pool {
            readers,
            writer: Mutex::new(writer),
            next: AtomicUsize::new(0),
        })
    }

    /// Runs `f` on a read connection: a free one if any, else the next in turn.
    pub fn read<T>(&self, f: impl FnOnce(&Store) -> Result<T, AppError>) -> Result<T, AppError> {
        off_worker(|| self.read_here(f))
    }

    fn read_here<T>(&self, f: impl FnOnce(&Store) -> Result<T, AppError>) -> Result<T, AppError> {
        let n = self.readers.len();
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        for i in 0..n {
            if let Ok(guard) = self.readers[(start + i) % n].try_lock() {
                return f(&guard);
            }
        }
        let guard = self.readers[start % n]
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        f(&guard)
    }

    /// Runs `f` on the write connection (one writer at a time).
    pub fn write<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        off_worker(|| {
            let mut guard = self.writer.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut guard)
        })
    }
}

/// Runs `f`; on a worker of a multi-threaded runtime, through `block_in_place`, so that
/// the worker's queued tasks are handed to another worker while SQLite blocks this one.
/// Elsewhere (the blocking pool, a current-thread runtime as in tests, no runtime) it is a
/// plain call: `block_in_place` would be a no-op there, or panic on a current-thread runtime.
fn off_worker<T>(f: impl FnOnce() -> T) -> T {
    use tokio::runtime::{Handle, RuntimeFlavor};
    let on_multi_thread =
        Handle::try_current().is_ok_and(|h| h.runtime_flavor() == RuntimeFlavor::MultiThread);
    if on_multi_thread {
        tokio::task::block_in_place(f)
    } else {
        f()
    }
}
