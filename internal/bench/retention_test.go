package bench_test

import (
	"context"
	"testing"

	"github.com/sealpost/sealpost/internal/bench"
)

// TestRetentionBenchSmall runs the retention benchmark at a tiny size: every
// due message is shredded and the ingest load is measured (the real figures
// come from `sealpost bench retention`, docs/benchmarks.md).
func TestRetentionBenchSmall(t *testing.T) {
	rep, err := bench.RunRetention(context.Background(), bench.RetentionConfig{DB: "sqlite:" + t.TempDir() + "/r.db", Messages: 300, IngestRate: 50, Alone: 500_000_000})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Shredded != 300 || rep.ShredPerSec <= 0 || rep.AloneIngest.Sent == 0 {
		t.Fatalf("report %+v", rep)
	}
}
