package bench_test

import (
	"context"
	"testing"

	"github.com/sealpost/sealpost/internal/bench"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestRetentionBenchSmall runs the retention benchmark at a small size on
// both databases: every due message is shredded and the ingest load is
// measured (the real figures come from `sealpost bench retention`,
// docs/benchmarks.md). On PostgreSQL 1,300 due messages make passes of
// several batches shredded two at a time, the last one short.
func TestRetentionBenchSmall(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		db, n := "sqlite:"+t.TempDir()+"/r.db", 300
		if kind == "postgres" {
			testdb.Connect(t) // skip or fail like every PostgreSQL test
			db, n = testdb.PostgresURL(), 1300
		}
		rep, err := bench.RunRetention(context.Background(), bench.RetentionConfig{DB: db, Messages: n, IngestRate: 50, Alone: 500_000_000})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Shredded != n || rep.ShredPerSec <= 0 || rep.AloneIngest.Sent == 0 {
			t.Fatalf("report %+v", rep)
		}
	})
}
