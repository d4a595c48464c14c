package testdb

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5"
	_ "modernc.org/sqlite" // the SQLite driver for raw access
)

// Raw is direct SQL access to a test database, beside the store, for tests
// that tamper with rows or inspect everything stored.
type Raw struct {
	t   testing.TB
	db  DB
	sql *sql.DB
	pg  *pgx.Conn
}

// OpenRaw connects to db directly.
func OpenRaw(t testing.TB, db DB) *Raw {
	t.Helper()
	r := &Raw{t: t, db: db}
	switch db.Kind {
	case "sqlite":
		s, err := sql.Open("sqlite", "file:"+db.Path+"?_pragma=busy_timeout(10000)")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		r.sql = s
	case "postgres":
		cfg, err := pgx.ParseConfig(PostgresURL())
		if err != nil {
			t.Fatal(err)
		}
		cfg.RuntimeParams["search_path"] = db.Schema
		c, err := pgx.ConnectConfig(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close(context.Background()) })
		r.pg = c
	}
	return r
}

// Exec runs a statement ($N placeholders) and returns rows affected.
func (r *Raw) Exec(q string, args ...any) int64 {
	r.t.Helper()
	ctx := context.Background()
	if r.pg != nil {
		tag, err := r.pg.Exec(ctx, q, args...)
		if err != nil {
			r.t.Fatalf("exec %q: %v", q, err)
		}
		return tag.RowsAffected()
	}
	res, err := r.sql.ExecContext(ctx, q, args...)
	if err != nil {
		r.t.Fatalf("exec %q: %v", q, err)
	}
	n, _ := res.RowsAffected()
	return n
}

// Int runs a query returning one integer.
func (r *Raw) Int(q string, args ...any) int64 {
	r.t.Helper()
	var n int64
	var err error
	if r.pg != nil {
		err = r.pg.QueryRow(context.Background(), q, args...).Scan(&n)
	} else {
		err = r.sql.QueryRowContext(context.Background(), q, args...).Scan(&n)
	}
	if err != nil {
		r.t.Fatalf("query %q: %v", q, err)
	}
	return n
}

// QueryRow runs a query returning one row, for the caller to Scan.
func (r *Raw) QueryRow(q string, args ...any) interface{ Scan(...any) error } {
	if r.pg != nil {
		return r.pg.QueryRow(context.Background(), q, args...)
	}
	return r.sql.QueryRowContext(context.Background(), q, args...)
}

// Tables lists the tables of the database (sealpost's and River's).
func (r *Raw) Tables() []string {
	r.t.Helper()
	var q string
	var args []any
	if r.pg != nil {
		q, args = `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY 1`, []any{r.db.Schema}
	} else {
		q = `SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1`
	}
	var out []string
	if r.pg != nil {
		rows, err := r.pg.Query(context.Background(), q, args...)
		if err != nil {
			r.t.Fatal(err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				r.t.Fatal(err)
			}
			out = append(out, s)
		}
		rows.Close()
		return out
	}
	rows, err := r.sql.Query(q)
	if err != nil {
		r.t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			r.t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// Dump returns every value of every row of every table, as the database
// returns it (text or binary), keyed by table.
func (r *Raw) Dump() map[string][][]byte {
	r.t.Helper()
	out := map[string][][]byte{}
	for _, tbl := range r.Tables() {
		q := fmt.Sprintf(`SELECT * FROM %q`, tbl)
		if r.pg != nil {
			rows, err := r.pg.Query(context.Background(), q)
			if err != nil {
				r.t.Fatal(err)
			}
			for rows.Next() {
				for _, v := range rows.RawValues() {
					out[tbl] = append(out[tbl], append([]byte(nil), v...))
				}
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				r.t.Fatal(err)
			}
			continue
		}
		rows, err := r.sql.Query(q)
		if err != nil {
			r.t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				r.t.Fatal(err)
			}
			for _, v := range vals {
				switch x := v.(type) {
				case []byte:
					out[tbl] = append(out[tbl], x)
				case string:
					out[tbl] = append(out[tbl], []byte(x))
				case nil:
				default:
					out[tbl] = append(out[tbl], []byte(fmt.Sprint(x)))
				}
			}
		}
		rows.Close()
	}
	return out
}
