// Package bench holds sealpost's load tools. Ingest starts a real sealpost
// (store, service, HTTP server on loopback) on SQLite or PostgreSQL, drives
// POST /v1/messages with concurrent clients for a fixed time and reports
// throughput and latency percentiles; in the same run it measures the raw
// baseline — plain INSERT transactions of the same rows through the same driver
// and durability settings — so the cost of sealpost itself is visible.
package bench

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// IngestConfig describes one benchmark run.
type IngestConfig struct {
	DB         string        // "sqlite" (fresh temp file) or a postgres:// URL (fresh schema, dropped after)
	Clients    int           // concurrent HTTP clients
	Duration   time.Duration // measured time
	Warmup     time.Duration // unmeasured time before
	Rate       int           // messages/s offered (open loop); 0 = as fast as the clients go
	Recipients int
	Baseline   bool
	Writers    int       // ingest group-commit writers (0: the service default)
	Log        io.Writer // progress lines
}

// Result is one measured phase.
type Result struct {
	Phase   string        `json:"phase"`
	OK      int           `json:"ok"`
	Errors  int           `json:"errors"`
	Elapsed time.Duration `json:"elapsed_ns"`
	PerSec  float64       `json:"per_second"`
	P50     time.Duration `json:"p50_ns"`
	P95     time.Duration `json:"p95_ns"`
	P99     time.Duration `json:"p99_ns"`
	Max     time.Duration `json:"max_ns"`
}

// Report is a whole run.
type Report struct {
	Database string  `json:"database"`
	Clients  int     `json:"clients"`
	Rate     int     `json:"offered_rate"`
	CPUs     int     `json:"cpus"`
	Ingest   Result  `json:"ingest"`
	Baseline *Result `json:"baseline,omitempty"`
	Ratio    float64 `json:"ingest_over_baseline,omitempty"`
	Batches  string  `json:"-"`
}

// RunIngest runs the benchmark.
func RunIngest(ctx context.Context, cfg IngestConfig) (Report, error) {
	if cfg.Clients <= 0 {
		cfg.Clients = 64
	}
	if cfg.Recipients <= 0 {
		cfg.Recipients = 100
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	rep := Report{Clients: cfg.Clients, Rate: cfg.Rate, CPUs: runtime.NumCPU()}
	res, dialect, err := runService(ctx, cfg)
	if err != nil {
		return rep, err
	}
	rep.Database, rep.Ingest = dialect, res
	if cfg.Baseline {
		b, err := runBaseline(ctx, cfg)
		if err != nil {
			return rep, err
		}
		rep.Baseline = &b
		if b.PerSec > 0 {
			rep.Ratio = res.PerSec / b.PerSec
		}
	}
	return rep, nil
}

// freshDB returns a DSN and options for a new, empty database, and a cleanup.
func freshDB(ctx context.Context, db string) (string, store.Options, func(), error) {
	if db == "" || db == "sqlite" {
		dir, err := os.MkdirTemp("", "sealpost-bench-")
		if err != nil {
			return "", store.Options{}, nil, err
		}
		return "sqlite:" + filepath.Join(dir, "bench.db"), store.Options{}, func() { os.RemoveAll(dir) }, nil
	}
	if strings.HasPrefix(db, "sqlite:") {
		return "", store.Options{}, nil, errors.New("bench: give --db sqlite (a fresh temp file is used) or a postgres:// URL")
	}
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		return "", store.Options{}, nil, fmt.Errorf("bench: connect: %w", err)
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "bench_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		conn.Close(ctx)
		return "", store.Options{}, nil, err
	}
	return db, store.Options{Schema: schema}, func() {
		_, _ = conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		conn.Close(context.Background())
	}, nil
}

func runService(ctx context.Context, cfg IngestConfig) (Result, string, error) {
	dsn, opts, cleanup, err := freshDB(ctx, cfg.DB)
	if err != nil {
		return Result{}, "", err
	}
	defer cleanup()
	st, err := store.Open(ctx, dsn, opts)
	if err != nil {
		return Result{}, "", err
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return Result{}, "", err
	}
	keyDir, err := os.MkdirTemp("", "sealpost-bench-keys-")
	if err != nil {
		return Result{}, "", err
	}
	defer os.RemoveAll(keyDir)
	kf, err := seal.OpenKeyFile(filepath.Join(keyDir, "root-keyset.json"), true)
	if err != nil {
		return Result{}, "", err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return Result{}, "", err
	}
	base := "http://" + ln.Addr().String()
	log := slog.New(slog.NewJSONHandler(io.Discard, nil)) // request logs cost the same either way; keep output clean
	met := metrics.New()
	svc, err := service.New(st, kf, log, met, service.Config{PublicURL: base, IngestWriters: cfg.Writers})
	if err != nil {
		return Result{}, "", err
	}
	defer svc.Close()
	bg, stopBG := context.WithCancel(ctx)
	defer stopBG()
	go svc.RunBackground(bg)
	srv := &http.Server{Handler: api.New(svc, log, met), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln) //nolint:errcheck
	defer srv.Close()

	ten, err := svc.CreateTenant(ctx, "bench", "bench")
	if err != nil {
		return Result{}, "", err
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: cfg.Clients, MaxConnsPerHost: cfg.Clients, DisableCompression: true}, Timeout: 30 * time.Second}
	for i := range cfg.Recipients {
		body := fmt.Sprintf(`{"email":"patient%d@example.org","phone":"+1555%07d","time_zone":"America/Chicago","identity":{"name":"Bench Patient %d","birth_date":"1970-01-01","mrn":"B%06d"}}`, i, i, i, i)
		if code, err := call(client, "PUT", base+"/v1/recipients/r-"+fmt.Sprint(i), ten.APIKey, "", []byte(body)); err != nil || (code != 201 && code != 200) {
			return Result{}, "", fmt.Errorf("bench: create recipient: %d %v", code, err)
		}
	}
	var seq atomic.Int64
	op := func() error {
		n := seq.Add(1)
		body := fmt.Appendf(nil, `{"recipient":"r-%d","category":"billing_reminder","subject":"Statement %d is ready","body":"Your statement for visit %d is ready. Amount due: $%d.%02d. Please sign in to review the itemised charges and payment options.","notice_vars":{"amount_due":"$%d.%02d"}}`,
			n%int64(cfg.Recipients), n, n, n%500, n%100, n%500, n%100)
		// A random key per request, as clients make them (UUIDs): keys
		// counted up in order would land at the end of the index every time.
		code, err := call(client, "POST", base+"/v1/messages", ten.APIKey, rand.Text(), body)
		if err != nil {
			return err
		}
		if code != http.StatusCreated {
			return fmt.Errorf("status %d", code)
		}
		return nil
	}
	fmt.Fprintf(cfg.Log, "ingest: %s, %d clients, warmup %s, measure %s\n", st.Dialect(), cfg.Clients, cfg.Warmup, cfg.Duration)
	res := drive(ctx, "ingest", cfg, op)
	return res, st.Dialect(), nil
}

func call(c *http.Client, method, url, key, idem string, body []byte) (int, error) {
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("Content-Type", "application/json")
	if idem != "" {
		req.Header.Set("Idempotency-Key", idem)
	}
	res, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	_, _ = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode, nil
}

func runBaseline(ctx context.Context, cfg IngestConfig) (Result, error) {
	dsn, opts, cleanup, err := freshDB(ctx, cfg.DB)
	if err != nil {
		return Result{}, err
	}
	defer cleanup()
	st, err := store.Open(ctx, dsn, opts)
	if err != nil {
		return Result{}, err
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return Result{}, err
	}
	tenant := ids.New(ids.Tenant)
	if err := st.CreateTenant(ctx, store.Tenant{ID: tenant, Name: "baseline", KEK: []byte("k"), MAC: []byte("m")},
		store.APIKey{Prefix: "sp_baseline0", TenantID: tenant, SecretHash: make([]byte, 32)}, "bench"); err != nil {
		return Result{}, err
	}
	rcps := make([]string, cfg.Recipients)
	for i := range rcps {
		rcps[i] = ids.New(ids.Recipient)
		if err := st.CreateRecipient(ctx, store.Recipient{TenantID: tenant, ID: rcps[i], ExternalIndex: fmt.Sprintf("r-%d", i), ExternalSealed: blob(40), Locale: "en", TimeZone: "UTC",
			HasEmail: true, HasPhone: true, Contact: blob(90), Identity: blob(150)}, blob(150), "bench"); err != nil {
			return Result{}, err
		}
	}
	var seq atomic.Int64
	op := func() error {
		n := seq.Add(1)
		id := ids.New(ids.Message)
		r := rcps[n%int64(len(rcps))]
		d1, d2 := ids.New(ids.Delivery), ids.New(ids.Delivery)
		// Blob sizes match what sealing the ingest phase's message produces.
		return st.InsertBaseline(ctx, store.NewMessage{
			Message: store.Message{TenantID: tenant, ID: id, RecipientID: r, Category: "billing_reminder", Sensitivity: "phi", Urgency: "normal",
				Subject: blob(48), Body: blob(170), NoticeVars: blob(46)},
			DataKey:    blob(150),
			Deliveries: []store.Delivery{{TenantID: tenant, ID: d1, MessageID: id, Channel: "email"}, {TenantID: tenant, ID: d2, MessageID: id, Channel: "sms"}},
			Link:       store.Link{TokenHash: blob(32), TenantID: tenant, MessageID: id, RecipientID: r, ExpiresAt: time.Now().Add(time.Hour)},
			Idem:       &store.Idempotency{TenantID: tenant, KeyMAC: []byte(fmt.Sprintf("bench-%031d", n)), Fingerprint: blob(37), MessageID: id, Response: blob(600)},
			Actor:      "api_key:sp_baseline0",
			Jobs: []river.InsertManyParams{{Args: jobs.Deliver{TenantID: tenant, DeliveryID: d1}},
				{Args: jobs.Deliver{TenantID: tenant, DeliveryID: d2}}},
		})
	}
	fmt.Fprintf(cfg.Log, "baseline: plain INSERT transactions, %s, %d clients\n", st.Dialect(), cfg.Clients)
	return drive(ctx, "baseline", cfg, op), nil
}

func blob(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return b
}

// drive runs op from cfg.Clients goroutines: warm-up, then the measured
// window. With a rate, operations are scheduled at fixed intervals and latency
// counts from the scheduled time (no coordinated omission).
func drive(ctx context.Context, phase string, cfg IngestConfig, op func() error) Result {
	run := func(d time.Duration, measure bool) Result {
		var mu sync.Mutex
		var lat []time.Duration
		var ok, bad int
		var firstErr error
		deadline := time.Now().Add(d)
		var ticks chan time.Time
		if cfg.Rate > 0 {
			ticks = make(chan time.Time, cfg.Rate*2)
			go func() {
				defer close(ticks)
				start := time.Now()
				interval := time.Second / time.Duration(cfg.Rate)
				for i := 0; ; i++ {
					at := start.Add(time.Duration(i) * interval)
					if at.After(deadline) || ctx.Err() != nil {
						return
					}
					if w := time.Until(at); w > 0 {
						time.Sleep(w)
					}
					ticks <- at
				}
			}()
		}
		start := time.Now()
		var wg sync.WaitGroup
		for range cfg.Clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				local := make([]time.Duration, 0, 4096)
				var lok, lbad int
				var lerr error
				for ctx.Err() == nil {
					var t0 time.Time
					if ticks != nil {
						at, more := <-ticks
						if !more {
							break
						}
						t0 = at
					} else {
						if time.Now().After(deadline) {
							break
						}
						t0 = time.Now()
					}
					if err := op(); err != nil {
						lbad++
						if lerr == nil {
							lerr = err
						}
						continue
					}
					lok++
					local = append(local, time.Since(t0))
				}
				mu.Lock()
				lat = append(lat, local...)
				ok += lok
				bad += lbad
				if firstErr == nil {
					firstErr = lerr
				}
				mu.Unlock()
			}()
		}
		wg.Wait()
		elapsed := time.Since(start)
		if !measure {
			return Result{}
		}
		if firstErr != nil {
			fmt.Fprintf(cfg.Log, "%s: first error: %v\n", phase, firstErr)
		}
		slices.Sort(lat)
		pct := func(p float64) time.Duration {
			if len(lat) == 0 {
				return 0
			}
			return lat[min(len(lat)-1, int(float64(len(lat))*p))]
		}
		r := Result{Phase: phase, OK: ok, Errors: bad, Elapsed: elapsed, PerSec: float64(ok) / elapsed.Seconds(),
			P50: pct(0.50), P95: pct(0.95), P99: pct(0.99)}
		if len(lat) > 0 {
			r.Max = lat[len(lat)-1]
		}
		return r
	}
	if cfg.Warmup > 0 {
		run(cfg.Warmup, false)
	}
	return run(cfg.Duration, true)
}

// Print writes a human-readable report.
func (r Report) Print(w io.Writer) {
	fmt.Fprintf(w, "sealpost bench ingest — %s, %d clients, %d CPUs", r.Database, r.Clients, r.CPUs)
	if r.Rate > 0 {
		fmt.Fprintf(w, ", offered %d msg/s", r.Rate)
	}
	fmt.Fprintln(w)
	line := func(x Result) {
		fmt.Fprintf(w, "  %-9s %8.0f /s   p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms   max %7.2f ms   (%d ok, %d errors in %.1fs)\n",
			x.Phase, x.PerSec, ms(x.P50), ms(x.P95), ms(x.P99), ms(x.Max), x.OK, x.Errors, x.Elapsed.Seconds())
	}
	line(r.Ingest)
	if r.Baseline != nil {
		line(*r.Baseline)
		fmt.Fprintf(w, "  ingest / baseline = %.2f\n", r.Ratio)
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// JSON writes the report as JSON.
func (r Report) JSON(w io.Writer) error { return json.NewEncoder(w).Encode(r) }
