package bench

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/testdb"
)

// TestDeliverRuns checks the end-to-end delivery benchmark works on both
// databases: a short run whose every posted message reaches the STARTTLS
// sink once, DKIM-signed, with a consistent report (the figures themselves
// come from `sealpost bench deliver`).
func TestDeliverRuns(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		db, dkim := "sqlite", "rsa"
		if kind == "postgres" {
			testdb.Connect(t) // skip or fail like every PostgreSQL test
			db, dkim = testdb.PostgresURL(), "ed25519"
		}
		rep, err := RunDeliver(context.Background(), DeliverConfig{DB: db, Clients: 2, Duration: 300 * time.Millisecond, DKIM: dkim,
			Workers: 8, Pool: 2, Recipients: 3, RawDuration: 200 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Posted == 0 || rep.Accepted != rep.Posted || rep.Duplicates != 0 {
			t.Fatalf("posted %d, accepted %d, duplicates %d", rep.Posted, rep.Accepted, rep.Duplicates)
		}
		// The last deliveries may still be recording their outcome when the
		// sink has accepted them all.
		if rep.Statuses["sent"]+rep.Statuses["sending"] != rep.Posted || len(rep.Statuses) > 2 {
			t.Fatalf("statuses %v for %d posted (reasons %v)", rep.Statuses, rep.Posted, rep.Reasons)
		}
		if rep.EmailsPerSec <= 0 || rep.RawPerSec <= 0 || rep.Ratio <= 0 || rep.DKIM != dkim || rep.Database != kind {
			t.Fatalf("report: %+v", rep)
		}
		if rep.P50 <= 0 || rep.P50 > rep.P99 || rep.P99 > rep.Max {
			t.Fatalf("percentiles out of order: p50 %v p99 %v max %v", rep.P50, rep.P99, rep.Max)
		}
		if rep.Host.SHA256MBps <= 0 || rep.Host.RSASignUs <= 0 {
			t.Fatalf("host speed not measured: %+v", rep.Host)
		}
		if (dkim == "rsa") != strings.Contains(rep.Signer, "rsa-sha256") {
			t.Fatalf("signer %q for DKIM %s", rep.Signer, dkim)
		}
		if runtime.GOOS == "linux" && (rep.CPU == nil || rep.CPU.Busy <= 0 || rep.CPU.Busy > 1 || rep.CPU.Self <= 0 || rep.CPU.PerEmail <= 0) {
			t.Fatalf("cpu: %+v", rep.CPU)
		}
	})
}

// TestDeliverOpenLoop: an open-loop run reports what it was offered, how
// many emails the sink accepted while posting went on, the rest as the
// backlog when posting stopped, and a verdict.
func TestDeliverOpenLoop(t *testing.T) {
	rep, err := RunDeliver(context.Background(), DeliverConfig{DB: "sqlite", Clients: 4, Duration: 400 * time.Millisecond, Rate: 50, DKIM: "ed25519",
		Workers: 8, Pool: 2, Recipients: 3, RawDuration: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Offered != 50 || rep.KeptUp == nil || rep.Posted == 0 {
		t.Fatalf("report: %+v", rep)
	}
	if rep.AcceptedWhilePosting+rep.BacklogAtPostEnd != rep.Posted || rep.AcceptedWhilePosting > rep.Accepted {
		t.Fatalf("accepted while posting %d + backlog %d, posted %d, accepted %d", rep.AcceptedWhilePosting, rep.BacklogAtPostEnd, rep.Posted, rep.Accepted)
	}
	if rep.AcceptedWhilePosting > 0 && rep.PostingRate <= 0 {
		t.Fatalf("posting rate %v for %d accepted while posting", rep.PostingRate, rep.AcceptedWhilePosting)
	}
	if rep.API.OK != rep.Posted || rep.API.Errors != 0 || rep.API.P50 <= 0 || rep.API.P50 > rep.API.P99 || rep.API.P99 > rep.API.Max {
		t.Fatalf("API answers %+v for %d posted", rep.API, rep.Posted)
	}
	// The verdict is taken over the posting time as measured (it differs
	// from the nominal 400 ms, by a lot on a busy machine), so the rule is
	// applied to that.
	if rep.PostingTime <= 0 || rep.PostingTime > 10*time.Second {
		t.Fatalf("posting time %v", rep.PostingTime)
	}
	want := keptUp(rep.Posted, rep.Accepted, rep.Duplicates, rep.BacklogAtPostEnd, 50, rep.PostingTime)
	if *rep.KeptUp != want {
		t.Fatalf("verdict %v, the rule says %v", *rep.KeptUp, want)
	}
}

// TestKeptUp: the open-loop verdict.
func TestKeptUp(t *testing.T) {
	for _, c := range []struct {
		name                                  string
		posted, accepted, dups, backlog, rate int
		want                                  bool
	}{
		{"all posted, all accepted, little in flight", 30000, 30000, 0, 120, 1000, true},
		{"backlog of exactly one second", 30000, 30000, 0, 1000, 1000, true},
		{"a queue grew", 30000, 30000, 0, 4000, 1000, false},
		{"the load generator fell short", 27000, 27000, 0, 10, 1000, false},
		{"a message lost", 30000, 29999, 0, 10, 1000, false},
		{"a duplicate", 30000, 30000, 1, 10, 1000, false},
	} {
		if got := keptUp(c.posted, c.accepted, c.dups, c.backlog, c.rate, 30*time.Second); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
