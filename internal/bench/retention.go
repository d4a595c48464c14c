package bench

// `sealpost bench retention`: the retention job's shredding rate on a backlog
// of due messages, and what it does to ingest meanwhile. Setup (not
// measured): a fresh database, one tenant, Messages messages posted through
// the API with expires_at a few minutes ahead, then the service clock moved
// past it so all are due. Measured: retention passes (the job's own use case,
// service.RunRetention, with its 10 s budget) until nothing is due, while an
// open-loop client posts IngestRate messages/s through POST /v1/messages;
// the same ingest load is measured alone first for comparison.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sealpost/sealpost/internal/retention"
	"github.com/sealpost/sealpost/internal/service"
)

// RetentionConfig describes one run.
type RetentionConfig struct {
	DB         string        // as OpenConfig.DB
	Messages   int           // due messages to shred (default 100,000)
	IngestRate int           // offered POST /v1/messages per second during the shred (default 200; 0: none)
	Alone      time.Duration // ingest measured alone first (default 10 s)
	Log        io.Writer
}

// RetentionReport is the outcome.
type RetentionReport struct {
	Database     string        `json:"database"`
	CPUs         int           `json:"cpus"`
	Messages     int           `json:"messages"`
	Fill         time.Duration `json:"fill_ns"`
	Shredded     int           `json:"shredded"`
	Passes       int           `json:"passes"`
	ShredTime    time.Duration `json:"shred_ns"`
	ShredPerSec  float64       `json:"shred_per_second"`
	IngestRate   int           `json:"ingest_offered_rate"`
	AloneIngest  IngestWindow  `json:"ingest_alone"`
	DuringIngest IngestWindow  `json:"ingest_during_shred"`
}

// IngestWindow is the ingest load's outcome over a window.
type IngestWindow struct {
	Sent   int           `json:"sent"`
	Errors int           `json:"errors"`
	PerSec float64       `json:"per_second"`
	P50    time.Duration `json:"p50_ns"`
	P99    time.Duration `json:"p99_ns"`
	Max    time.Duration `json:"max_ns"`
}

type benchClock struct{ off atomic.Int64 }

func (c *benchClock) Now() time.Time      { return time.Now().Add(time.Duration(c.off.Load())) }
func (c *benchClock) Add(d time.Duration) { c.off.Add(int64(d)) }

// RunRetention runs the benchmark.
func RunRetention(ctx context.Context, cfg RetentionConfig) (RetentionReport, error) {
	if cfg.Messages <= 0 {
		cfg.Messages = 100_000
	}
	if cfg.IngestRate < 0 {
		cfg.IngestRate = 0
	}
	if cfg.Alone <= 0 {
		cfg.Alone = 10 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	rep := RetentionReport{CPUs: runtime.NumCPU(), Messages: cfg.Messages, IngestRate: cfg.IngestRate}
	clk := &benchClock{}
	node, err := startNode(ctx, cfg.DB, service.Config{Now: clk.Now})
	if err != nil {
		return rep, err
	}
	defer node.close()
	st, svc, base := node.st, node.svc, node.base
	rep.Database = st.Dialect()
	ten, err := svc.CreateTenant(ctx, "bench", "bench")
	if err != nil {
		return rep, err
	}
	tr := &http.Transport{MaxIdleConnsPerHost: 64, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	for _, ext := range []string{"bench-retained", "bench-live"} {
		if _, err := call(client, "PUT", base+"/v1/recipients/"+ext, ten.APIKey, "", []byte(`{"email":"`+ext+`@example.org"}`)); err != nil {
			return rep, err
		}
	}

	// Fill: messages that expire in five minutes.
	fmt.Fprintf(cfg.Log, "retention: %s, posting %d messages that expire in 5 minutes\n", rep.Database, cfg.Messages)
	t0 := time.Now()
	exp := time.Now().Add(5 * time.Minute).UTC().Format(time.RFC3339Nano)
	if err := parallel(ctx, cfg.Messages, 32, func(i int) error {
		_, _, err := postMessage(client, base, ten.APIKey, map[string]any{"recipient": "bench-retained", "category": "account_message",
			"sensitivity": "phi", "subject": benchSubject(0, i), "body": benchBody(0, i), "expires_at": exp})
		return err
	}); err != nil {
		return rep, err
	}
	rep.Fill = time.Since(t0)
	fmt.Fprintf(cfg.Log, "retention: posted in %.1fs\n", rep.Fill.Seconds())

	ingest := func(stop <-chan struct{}) IngestWindow {
		return ingestLoad(ctx, client, base, ten.APIKey, cfg.IngestRate, stop)
	}
	if cfg.IngestRate > 0 {
		fmt.Fprintf(cfg.Log, "retention: ingest alone at %d/s for %s\n", cfg.IngestRate, cfg.Alone)
		stop := make(chan struct{})
		time.AfterFunc(cfg.Alone, func() { close(stop) })
		rep.AloneIngest = ingest(stop)
	}

	// Every message is now due.
	clk.Add(10 * time.Minute)
	fmt.Fprintf(cfg.Log, "retention: clock moved 10 minutes; shredding\n")
	stop := make(chan struct{})
	var during IngestWindow
	var wg sync.WaitGroup
	if cfg.IngestRate > 0 {
		wg.Add(1)
		go func() { defer wg.Done(); during = ingest(stop) }()
	}
	t0 = time.Now()
	for {
		res, err := svc.RunRetention(ctx, retention.Budget)
		if err != nil {
			close(stop)
			wg.Wait()
			return rep, err
		}
		rep.Passes++
		rep.Shredded += res.Shredded
		if !res.More {
			break
		}
	}
	rep.ShredTime = time.Since(t0)
	close(stop)
	wg.Wait()
	rep.DuringIngest = during
	rep.ShredPerSec = float64(rep.Shredded) / rep.ShredTime.Seconds()
	rs, err := st.Retention(ctx, clk.Now(), time.Time{})
	if err != nil {
		return rep, err
	}
	if rs.Due != 0 || rep.Shredded < cfg.Messages {
		return rep, fmt.Errorf("bench: %d shredded, %d still due", rep.Shredded, rs.Due)
	}
	return rep, nil
}

// ingestLoad posts rate messages/s (open loop, one goroutine per request
// in flight, at most 256) until stop, and reports latencies.
func ingestLoad(ctx context.Context, c *http.Client, base, key string, rate int, stop <-chan struct{}) IngestWindow {
	var (
		mu   sync.Mutex
		lat  []time.Duration
		errs int
		wg   sync.WaitGroup
	)
	slots := make(chan struct{}, 256)
	start := time.Now()
	tick := time.NewTicker(time.Second / time.Duration(rate))
	defer tick.Stop()
	n := 0
loop:
	for {
		select {
		case <-stop:
			break loop
		case <-ctx.Done():
			break loop
		case <-tick.C:
		}
		select {
		case slots <- struct{}{}:
		default:
			mu.Lock()
			errs++ // more than 256 in flight: counted as failed
			mu.Unlock()
			continue
		}
		n++
		i := n
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			t := time.Now()
			_, _, err := postMessage(c, base, key, map[string]any{"recipient": "bench-live", "category": "account_message",
				"sensitivity": "phi", "subject": benchSubject(1, i), "body": benchBody(1, i)})
			d := time.Since(t)
			mu.Lock()
			if err != nil {
				errs++
			} else {
				lat = append(lat, d)
			}
			mu.Unlock()
		}()
	}
	elapsed := time.Since(start)
	wg.Wait()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	w := IngestWindow{Sent: len(lat), Errors: errs, PerSec: float64(len(lat)) / elapsed.Seconds()}
	if len(lat) > 0 {
		w.P50, w.P99, w.Max = lat[len(lat)*50/100], lat[min(len(lat)-1, len(lat)*99/100)], lat[len(lat)-1]
	}
	return w
}

// Print writes the report for people.
func (r RetentionReport) Print(w io.Writer) {
	fmt.Fprintf(w, "retention on %s (%d CPUs): %d due messages (posted in %.1fs)\n", r.Database, r.CPUs, r.Messages, r.Fill.Seconds())
	fmt.Fprintf(w, "  shredded %d in %.2fs over %d passes: %.0f messages/s\n", r.Shredded, r.ShredTime.Seconds(), r.Passes, r.ShredPerSec)
	if r.IngestRate > 0 {
		for _, x := range []struct {
			name string
			w    IngestWindow
		}{{"ingest alone       ", r.AloneIngest}, {"ingest during shred", r.DuringIngest}} {
			fmt.Fprintf(w, "  %s at %d/s offered: %.0f/s accepted, %d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
				x.name, r.IngestRate, x.w.PerSec, x.w.Errors, ms(x.w.P50), ms(x.w.P99), ms(x.w.Max))
		}
	}
}

// JSON writes the report as JSON.
func (r RetentionReport) JSON(w io.Writer) error { return json.NewEncoder(w).Encode(r) }
