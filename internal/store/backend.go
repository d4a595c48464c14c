package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/riverqueue/river"
)

// querier is what the shared SQL needs from a pool or a transaction. Both
// drivers accept PostgreSQL-style $N placeholders.
type querier interface {
	exec(ctx context.Context, q string, args ...any) (int64, error)
	query(ctx context.Context, q string, args ...any) (rows, error)
	queryRow(ctx context.Context, q string, args ...any) row
	// queryRows runs single-row queries, each handing its row to its scan
	// (sql.ErrNoRows or pgx.ErrNoRows when there is none). On PostgreSQL
	// they travel in one pipelined round trip. It stops at the first error
	// a scan returns.
	queryRows(ctx context.Context, qs []rowQuery) error
	// multiRow says whether to batch rows into one statement (PostgreSQL: saves
	// round trips) or to run one cached single-row statement per row (SQLite:
	// in-process, where parsing dominates).
	multiRow() bool
}

type rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

type row interface{ Scan(dest ...any) error }

// txn is a write transaction; it can also enqueue River jobs atomically.
type txn interface {
	querier
	// execAll runs statements in order, stopping at the first error, and
	// returns the rows each affected. On PostgreSQL they travel in one
	// pipelined round trip.
	execAll(ctx context.Context, stmts []stmt) ([]int64, error)
	insertJobs(ctx context.Context, params []river.InsertManyParams) error
}

// rowQuery is a single-row query and what to do with its row.
type rowQuery struct {
	q    string
	args []any
	scan func(row) error
}

// stmt is one statement and its arguments.
type stmt struct {
	q    string
	args []any
}

// backend is one database: SQLite or PostgreSQL.
type backend interface {
	name() string
	reader() querier
	inTx(ctx context.Context, fn func(tx txn) error) error
	migrate(ctx context.Context, migrations []migration) error
	ping(ctx context.Context) error
	isUniqueViolation(err error) bool
	startJobs(ctx context.Context) error
	stopJobs(ctx context.Context) error
	close()
}

// values renders "($s,$s+1,...),(...)" for n rows of width columns, starting at
// placeholder start (1-based).
func values(n, width, start int) string {
	var b strings.Builder
	b.Grow(n * width * 5)
	p := start
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('(')
		for j := 0; j < width; j++ {
			if j > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, "$%d", p)
			p++
		}
		b.WriteByte(')')
	}
	return b.String()
}

// maxParams keeps multi-row statements under both databases' bound-parameter
// limits (SQLite 32766, PostgreSQL 65535).
const maxParams = 30000

// rowStmts builds the INSERTs for rows of table: as few multi-row statements
// as the parameter limit allows where the backend batches rows, else one
// fixed single-row statement per row. suffix is appended to every statement
// (e.g. ON CONFLICT ...).
func rowStmts(q querier, table string, cols []string, rowsArgs [][]any, suffix string) ([]stmt, error) {
	width := len(cols)
	per := maxParams / width
	if !q.multiRow() {
		per = 1
	}
	head := "INSERT INTO " + table + " (" + strings.Join(cols, ",") + ") VALUES "
	var out []stmt
	for len(rowsArgs) > 0 {
		n := min(per, len(rowsArgs))
		args := make([]any, 0, n*width)
		for _, r := range rowsArgs[:n] {
			if len(r) != width {
				return nil, fmt.Errorf("store: %s row has %d values, want %d", table, len(r), width)
			}
			args = append(args, r...)
		}
		out = append(out, stmt{head + values(n, width, 1) + suffix, args})
		rowsArgs = rowsArgs[n:]
	}
	return out, nil
}

// insertRows inserts rows into table (see rowStmts).
func insertRows(ctx context.Context, q querier, table string, cols []string, rowsArgs [][]any, suffix string) error {
	stmts, err := rowStmts(q, table, cols, rowsArgs, suffix)
	if err != nil {
		return err
	}
	for _, st := range stmts {
		if _, err := q.exec(ctx, st.q, st.args...); err != nil {
			return fmt.Errorf("store: insert %s: %w", table, err)
		}
	}
	return nil
}

// ErrNotFound is returned when a row does not exist within the caller's tenant.
var ErrNotFound = errors.New("store: not found")

// ErrExists is returned when a create collides with an existing row.
var ErrExists = errors.New("store: already exists")

// ErrGone is returned for a revoked object.
var ErrGone = errors.New("store: gone")

// ErrConflict is returned when a compare-and-swap update lost a race.
var ErrConflict = errors.New("store: concurrent update")
