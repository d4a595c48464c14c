package bench

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

// TestOpenRuns keeps `sealpost bench open` working: a short run on SQLite,
// open loop then closed loop (the figures come from the command itself).
func TestOpenRuns(t *testing.T) {
	for _, rate := range []int{40, 0} {
		rep, err := RunOpen(context.Background(), OpenConfig{DB: "sqlite", Users: 2, Messages: 3, Rate: rate, Clients: 2,
			Duration: time.Second, Warmup: 200 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		if rep.OK == 0 || rep.Errors != 0 || rep.PerSec <= 0 {
			t.Fatalf("rate %d: %+v", rate, rep)
		}
		if rate > 0 && rep.OK != rep.Scheduled {
			t.Fatalf("open loop: %d ok of %d scheduled", rep.OK, rep.Scheduled)
		}
		if rep.P50 <= 0 || rep.P50 > rep.P90 || rep.P90 > rep.P99 || rep.P99 > rep.Max {
			t.Fatalf("percentiles missing or out of order: %+v", rep)
		}
		var out bytes.Buffer
		rep.Print(&out)
		if !strings.Contains(out.String(), "p99") {
			t.Fatalf("report: %s", out.String())
		}
	}
}
