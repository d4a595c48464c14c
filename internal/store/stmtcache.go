package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"sync/atomic"
)

// cachingConnector opens driver connections that keep their prepared
// statements by SQL text. With an in-process database such as SQLite, parsing
// is most of the cost of a small statement, and database/sql prepares afresh on
// every Exec; this keeps one parse per statement text per connection, for our
// queries and River's alike.
type cachingConnector struct {
	drv driver.Driver
	dsn string
}

// maxCachedStmts bounds each connection's cache; beyond it statements are
// prepared, run and closed as usual.
const maxCachedStmts = 256

func (c cachingConnector) Connect(context.Context) (driver.Conn, error) {
	conn, err := c.drv.Open(c.dsn)
	if err != nil {
		return nil, err
	}
	need := []bool{}
	_, ok1 := conn.(driver.ConnPrepareContext)
	_, ok2 := conn.(driver.ConnBeginTx)
	_, ok3 := conn.(driver.ExecerContext)
	_, ok4 := conn.(driver.QueryerContext)
	need = append(need, ok1, ok2, ok3, ok4)
	for _, ok := range need {
		if !ok {
			conn.Close()
			return nil, errors.New("store: the SQLite driver lacks a context interface the statement cache needs")
		}
	}
	return &cachedConn{Conn: conn, stmts: map[string]*cachedStmt{}}, nil
}

func (c cachingConnector) Driver() driver.Driver { return c.drv }

// cachedConn is used by one goroutine at a time (database/sql guarantees it);
// only a statement's busy flag can be touched from elsewhere (rows closed by a
// context watcher), so it is atomic.
type cachedConn struct {
	driver.Conn
	stmts map[string]*cachedStmt
}

type cachedStmt struct {
	st   driver.Stmt
	busy atomic.Bool // rows from it are open
}

// stmt returns an idle cached statement for q, preparing it on a miss, or nil
// if q cannot use the cache now (its statement is busy, or the cache is full).
func (c *cachedConn) stmt(ctx context.Context, q string) (*cachedStmt, error) {
	s, ok := c.stmts[q]
	if !ok {
		if len(c.stmts) >= maxCachedStmts {
			return nil, nil
		}
		st, err := c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, q)
		if err != nil {
			return nil, err
		}
		s = &cachedStmt{st: st}
		c.stmts[q] = s
	}
	if !s.busy.CompareAndSwap(false, true) {
		return nil, nil
	}
	return s, nil
}

func (c *cachedConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	s, err := c.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	if s == nil {
		return c.Conn.(driver.ExecerContext).ExecContext(ctx, q, args)
	}
	defer s.busy.Store(false)
	return s.st.(driver.StmtExecContext).ExecContext(ctx, args)
}

func (c *cachedConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	s, err := c.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	if s == nil {
		return c.Conn.(driver.QueryerContext).QueryContext(ctx, q, args)
	}
	rows, err := s.st.(driver.StmtQueryContext).QueryContext(ctx, args)
	if err != nil {
		s.busy.Store(false)
		return nil, err
	}
	return &cachedRows{Rows: rows, s: s}, nil
}

func (c *cachedConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	return c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, q)
}

func (c *cachedConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
}

func (c *cachedConn) Ping(ctx context.Context) error {
	if p, ok := c.Conn.(driver.Pinger); ok {
		return p.Ping(ctx)
	}
	return nil
}

func (c *cachedConn) ResetSession(ctx context.Context) error {
	if r, ok := c.Conn.(driver.SessionResetter); ok {
		return r.ResetSession(ctx)
	}
	return nil
}

func (c *cachedConn) IsValid() bool {
	if v, ok := c.Conn.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

func (c *cachedConn) Close() error {
	for q, s := range c.stmts {
		_ = s.st.Close()
		delete(c.stmts, q)
	}
	return c.Conn.Close()
}

type cachedRows struct {
	driver.Rows
	s      *cachedStmt
	closed bool
}

func (r *cachedRows) Close() error {
	err := r.Rows.Close()
	if !r.closed {
		r.closed = true
		r.s.busy.Store(false)
	}
	return err
}
