package bench

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

// TestEventsRuns keeps `sealpost bench events` working: a few streams on
// SQLite with the node in process (the figures come from the command).
func TestEventsRuns(t *testing.T) {
	rep, err := RunEvents(context.Background(), EventsConfig{DB: "sqlite", Conns: 20, Rate: 20, Duration: time.Second, Sources: 2, InProcess: true}, "")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Posted != 20 || rep.Received != rep.Posted || rep.Errors != 0 || rep.DroppedStreams != 0 {
		t.Fatalf("%+v", rep)
	}
	if rep.P99 < rep.P50 || rep.Max < rep.P99 || rep.FromSendP50 <= 0 {
		t.Fatalf("percentiles missing or out of order: %+v", rep)
	}
	var out bytes.Buffer
	rep.Print(&out)
	if !strings.Contains(out.String(), "p99") {
		t.Fatalf("report: %s", out.String())
	}
}
