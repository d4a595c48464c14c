package bench_test

import (
	"context"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/bench"
)

// TestCampaignBenchSmall runs the campaign benchmark at a tiny size: every
// member is planned and the other tenant's ingest is measured (the real
// figures come from `sealpost bench campaign`, docs/benchmarks.md).
func TestCampaignBenchSmall(t *testing.T) {
	rep, err := bench.RunCampaign(context.Background(), bench.CampaignConfig{DB: "sqlite:" + t.TempDir() + "/c.db", Recipients: 300, IngestRate: 50, Alone: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Planned != 300 || rep.PlanPerSec <= 0 || rep.AloneIngest.Sent == 0 || rep.DuringIngest.Sent+rep.DuringIngest.Errors == 0 && rep.PlanTime > time.Second {
		t.Fatalf("report %+v", rep)
	}
}
