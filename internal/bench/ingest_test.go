package bench

import (
	"context"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/testdb"
)

// TestIngestRuns checks the benchmark tool works end to end on both databases
// (a short run; the figures themselves come from `sealpost bench ingest`).
func TestIngestRuns(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		db := "sqlite"
		if kind == "postgres" {
			testdb.Connect(t) // skip or fail like every PostgreSQL test
			db = testdb.PostgresURL()
		}
		rep, err := RunIngest(context.Background(), IngestConfig{DB: db, Clients: 4, Duration: 300 * time.Millisecond, Recipients: 3, Baseline: true})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Ingest.OK == 0 || rep.Ingest.Errors != 0 || rep.Baseline == nil || rep.Baseline.OK == 0 || rep.Ratio <= 0 {
			t.Fatalf("report: %+v %+v", rep.Ingest, rep.Baseline)
		}
		if rep.Ingest.P50 > rep.Ingest.P99 || rep.Ingest.P99 > rep.Ingest.Max {
			t.Fatalf("percentiles out of order: %+v", rep.Ingest)
		}
	})
}
