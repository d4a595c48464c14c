package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Unavailable reports whether err means the database is temporarily unable
// to serve — unreachable, restarting, out of connections, out of disk, read
// only, or locked past the busy timeout — as opposed to a defect or a bad
// request. Callers answer such errors "try again later" (HTTP 503 with
// Retry-After) instead of "internal error", and readiness reports them.
func Unavailable(err error) bool {
	if err == nil {
		return false
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case strings.HasPrefix(pe.Code, "08"): // connection exception
			return true
		case pe.Code == "57P01", pe.Code == "57P02", pe.Code == "57P03": // admin/crash shutdown, cannot connect now
			return true
		case strings.HasPrefix(pe.Code, "53"): // insufficient resources: disk full 53100, out of memory 53200, too many connections 53300
			return true
		case pe.Code == "25006": // read-only transaction (a standby, or default_transaction_read_only)
			return true
		}
		return false
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_FULL, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return true
		}
		return false
	}
	var ce *pgconn.ConnectError
	var nr *NotReady
	if errors.As(err, &ce) || errors.As(err, &nr) || errors.Is(err, ErrClosing) {
		return true
	}
	for _, e := range []error{syscall.ECONNREFUSED, syscall.ECONNRESET, syscall.EPIPE, syscall.ENOSPC, syscall.EROFS, syscall.EDQUOT, io.ErrUnexpectedEOF} {
		if errors.Is(err, e) {
			return true
		}
	}
	// pgx: the statement was never sent (a broken pooled connection).
	return pgconn.SafeToRetry(err)
}

// ErrClosing is the error of a write handed to a store that is closing.
var ErrClosing = errors.New("store: closing")

// availability watches the write path for readiness: the time of the last
// write that failed as Unavailable, cleared by the next write that commits.
// It also carries the fault-injection hook (Options.Fault).
type availability struct {
	fault        func(op string) error
	failingSince atomic.Int64 // unix nanoseconds; 0 when the last write committed
	lastFailure  atomic.Int64
	dataDir      string // SQLite: the database file's directory (free-space check)
}

// Fault operations passed to Options.Fault.
const (
	FaultWrite          = "write"           // every write transaction, before it begins
	FaultDeliveryUpdate = "delivery.update" // UpdateDelivery (the outcome of an attempt), before it is queued
	FaultReady          = "ready"           // the readiness probe, after the database answered
)

func (a *availability) inject(op string) error {
	if a == nil || a.fault == nil {
		return nil
	}
	return a.fault(op)
}

// written records a write transaction's outcome.
func (a *availability) written(err error) {
	if a == nil {
		return
	}
	switch {
	case err == nil:
		a.failingSince.Store(0)
	case Unavailable(err):
		now := time.Now().UnixNano()
		a.failingSince.CompareAndSwap(0, now)
		a.lastFailure.Store(now)
	}
}

// writeFailureWindow is how long one Unavailable write failure keeps the
// store not ready when no write has committed since.
const writeFailureWindow = 10 * time.Second

// minFreeBytes: below this much free space on the SQLite data directory's
// file system the store reports itself not ready (writes would soon fail
// with SQLITE_FULL, and River could no longer record job completions).
const minFreeBytes = 64 << 20

// NotReady is the store's answer to Ready when it cannot serve writes.
// Reason is fixed text for operators and probes (no PHI, ids or addresses);
// Err, when set, is the underlying error (for logs).
type NotReady struct {
	Reason string
	Err    error
}

func (e *NotReady) Error() string {
	if e.Err != nil {
		return "store: not ready: " + e.Reason + ": " + e.Err.Error()
	}
	return "store: not ready: " + e.Reason
}

func (e *NotReady) Unwrap() error { return e.Err }

// Ready checks that the store can serve writes: the database answers, no
// write has failed as Unavailable in the last writeFailureWindow without a
// commit since, and on SQLite the data directory's file system has room.
// It returns nil or a *NotReady.
func (s *Store) Ready(ctx context.Context) error {
	if err := s.b.ping(ctx); err != nil {
		return &NotReady{Reason: "the database does not answer", Err: err}
	}
	a := s.av
	if err := a.inject(FaultReady); err != nil {
		return &NotReady{Reason: "the database cannot write (out of disk space or read only)", Err: err}
	}
	if since := a.failingSince.Load(); since != 0 && time.Since(time.Unix(0, a.lastFailure.Load())) < writeFailureWindow {
		return &NotReady{Reason: "writes are failing (database unavailable, out of disk space or read only)"}
	}
	if a.dataDir != "" {
		free, err := freeBytes(a.dataDir)
		if err == nil && free < minFreeBytes {
			return &NotReady{Reason: fmt.Sprintf("the data directory's file system has %d MiB free (at least %d MiB needed)", free>>20, minFreeBytes>>20)}
		}
	}
	return nil
}

func freeBytes(dir string) (uint64, error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return 0, err
	}
	return st.Bavail * uint64(st.Bsize), nil
}
