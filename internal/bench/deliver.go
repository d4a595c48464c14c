package bench

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/channel"
	"github.com/sealpost/sealpost/internal/channel/email"
	"github.com/sealpost/sealpost/internal/delivery"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

// DeliverConfig describes an end-to-end run: messages posted to the API,
// emails accepted by a loopback SMTP sink with STARTTLS, DKIM-signed.
type DeliverConfig struct {
	DB         string
	Clients    int
	Duration   time.Duration
	Rate       int           // offered messages/s (0: as fast as the clients go)
	DKIM       string        // "rsa" (RSA-2048), "ed25519", or "none"
	DKIMRSA    email.RSAImpl // who signs RSA: auto (default), go, openssl
	Workers    int           // River delivery workers
	Pool       int           // SMTP connections
	Recipients int
	// RawDuration is how long the bare-client loop measures the sink
	// (default 3 s).
	RawDuration time.Duration
	Log         io.Writer
}

// DeliverReport is the outcome.
type DeliverReport struct {
	Database      string        `json:"database"`
	DKIM          string        `json:"dkim"`
	Signer        string        `json:"dkim_signer,omitempty"` // algorithm and implementation
	Posted        int           `json:"posted"`
	Accepted      int           `json:"accepted"`
	Duplicates    int           `json:"duplicate_message_ids"`
	EmailsPerSec  float64       `json:"emails_per_second"`
	P50, P95, P99 time.Duration `json:"-"`
	Max           time.Duration `json:"-"`
	RawPerSec     float64       `json:"raw_smtp_per_second"`
	Ratio         float64       `json:"ratio"`
	Drain         time.Duration `json:"-"`
	// API is the posting side: how long each POST took to be answered,
	// counted in open loop from the moment it was due (so a queue of
	// posts waiting for a client counts), and how many failed.
	API Result `json:"api"`
	// Open loop (Rate > 0): whether the service kept up with the offered
	// rate (see keptUp), from the accepts while posting went on.
	Offered              int            `json:"offered_per_second,omitempty"`
	AcceptedWhilePosting int            `json:"accepted_while_posting,omitempty"`
	PostingRate          float64        `json:"accepted_per_second_while_posting,omitempty"`
	PostingTime          time.Duration  `json:"-"` // how long posting went on, measured (the verdict's time base)
	BacklogAtPostEnd     int            `json:"backlog_when_posting_stopped,omitempty"`
	KeptUp               *bool          `json:"kept_up,omitempty"`
	Statuses             map[string]int `json:"statuses"`
	CPU                  *CPUShare      `json:"cpu,omitempty"` // first post to last accept (Linux)
	// Host is how fast the host was just before the run (see HostSpeed).
	Host    HostSpeed      `json:"host_speed"`
	Reasons map[string]int `json:"reasons,omitempty"`
}

// RunDeliver runs the end-to-end benchmark.
func RunDeliver(ctx context.Context, cfg DeliverConfig) (DeliverReport, error) {
	if cfg.Clients <= 0 {
		cfg.Clients = 32
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 256
	}
	if cfg.Pool <= 0 {
		cfg.Pool = 8
	}
	if cfg.Recipients <= 0 {
		cfg.Recipients = 100
	}
	if cfg.DKIM == "" {
		cfg.DKIM = "rsa"
	}
	if cfg.RawDuration <= 0 {
		cfg.RawDuration = 3 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	rep := DeliverReport{DKIM: cfg.DKIM, Host: hostSpeed()}
	dir, err := os.MkdirTemp("", "sealpost-bench-deliver-")
	if err != nil {
		return rep, err
	}
	defer os.RemoveAll(dir)
	sink, stopSink, err := testsmtp.Listen(dir, true)
	if err != nil {
		return rep, err
	}
	defer stopSink()

	dsn, opts, cleanup, err := freshDB(ctx, cfg.DB)
	if err != nil {
		return rep, err
	}
	defer cleanup()
	workers := river.NewWorkers()
	opts.Workers, opts.Queues = workers, map[string]river.QueueConfig{jobs.QueueDeliveries: {MaxWorkers: cfg.Workers}}
	st, err := store.Open(ctx, dsn, opts)
	if err != nil {
		return rep, err
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return rep, err
	}
	rep.Database = st.Dialect()
	kf, err := seal.OpenKeyFile(filepath.Join(dir, "root-keyset.json"), true)
	if err != nil {
		return rep, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return rep, err
	}
	base := "http://" + ln.Addr().String()
	log := slog.New(slog.NewJSONHandler(io.Discard, nil))
	met := metrics.New()
	svc, err := service.New(st, kf, log, met, service.Config{PublicURL: base})
	if err != nil {
		return rep, err
	}
	defer svc.Close()
	ecfg := email.Config{Host: sink.Host, Port: sink.Port, CAFile: sink.CAFile, From: "Bench Health <notices@bench.example>", PoolSize: cfg.Pool}
	if cfg.DKIM != "none" {
		keyFile, err := dkimKey(dir, cfg.DKIM)
		if err != nil {
			return rep, err
		}
		ecfg.DKIM = []email.DKIMKey{{Domain: "bench.example", Selector: "s1", KeyFile: keyFile}}
	}
	ecfg.DKIMRSA = cfg.DKIMRSA
	sender, err := email.New(ecfg)
	if err != nil {
		return rep, err
	}
	defer sender.Close()
	rep.Signer = strings.Join(sender.DKIMSigners(), ", ")
	river.AddWorker(workers, &delivery.Worker{D: delivery.New(svc, map[string]channel.Sender{"email": sender}, log)})
	bg, stopBG := context.WithCancel(ctx)
	defer stopBG()
	go svc.RunBackground(bg)
	if err := st.StartJobs(bg); err != nil {
		return rep, err
	}
	defer func() {
		c, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		st.StopJobs(c)
	}()
	srv := &http.Server{Handler: api.New(svc, log, met), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln) //nolint:errcheck
	defer srv.Close()

	ten, err := svc.CreateTenant(ctx, "bench", "bench")
	if err != nil {
		return rep, err
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: cfg.Clients, MaxConnsPerHost: cfg.Clients}, Timeout: 30 * time.Second}
	for i := range cfg.Recipients {
		body := fmt.Sprintf(`{"email":"patient%d@example.org","time_zone":"America/Chicago","identity":{"name":"Bench Patient %d","mrn":"B%06d"}}`, i, i, i)
		if code, err := call(client, "PUT", base+"/v1/recipients/r-"+fmt.Sprint(i), ten.APIKey, "", []byte(body)); err != nil || (code != 201 && code != 200) {
			return rep, fmt.Errorf("bench: create recipient: %d %v", code, err)
		}
	}

	// Post for the duration; remember when each delivery was accepted by the API.
	var mu sync.Mutex
	posted := map[string]time.Time{} // delivery id → API accept time
	var seq atomic.Int64
	op := func() error {
		n := seq.Add(1)
		body := fmt.Appendf(nil, `{"recipient":"r-%d","category":"payment_processed","subject":"Payment %d received","body":"We received your payment of $%d.00 for visit %d.","notice_vars":{"amount":"%d.00"}}`,
			n%int64(cfg.Recipients), n, n%300, n, n%300)
		req, _ := http.NewRequest("POST", base+"/v1/messages", strings.NewReader(string(body)))
		req.Header.Set("Authorization", "Bearer "+ten.APIKey)
		req.Header.Set("Content-Type", "application/json")
		res, err := client.Do(req)
		if err != nil {
			return err
		}
		defer res.Body.Close()
		at := time.Now()
		var v struct {
			Deliveries []struct{ ID string } `json:"deliveries"`
		}
		if res.StatusCode != http.StatusCreated {
			return fmt.Errorf("status %d", res.StatusCode)
		}
		if err := json.NewDecoder(res.Body).Decode(&v); err != nil || len(v.Deliveries) != 1 {
			return errors.New("bad answer")
		}
		mu.Lock()
		posted[v.Deliveries[0].ID] = at
		mu.Unlock()
		return nil
	}
	fmt.Fprintf(cfg.Log, "deliver: %s, DKIM %s, %d clients, %d workers, SMTP pool %d, rate %d, %s\n", rep.Database, cfg.DKIM, cfg.Clients, cfg.Workers, cfg.Pool, cfg.Rate, cfg.Duration)
	start, cpu0 := time.Now(), sampleCPU()
	rep.API = drive(ctx, "post", IngestConfig{Clients: cfg.Clients, Duration: cfg.Duration, Rate: cfg.Rate, Log: cfg.Log}, op)
	postEnd := time.Now()
	// Wait for the queue to drain (bounded).
	deadline := postEnd.Add(max(60*time.Second, cfg.Duration*3))
	for {
		acc, _ := sink.Accepted()
		mu.Lock()
		n := len(posted)
		mu.Unlock()
		if len(acc) >= n || time.Now().After(deadline) || ctx.Err() != nil {
			break
		}
		time.Sleep(20 * time.Millisecond) // a load tool waiting for its sink, not a test
	}
	end, cpu1 := time.Now(), sampleCPU()
	acc, dup := sink.Accepted()
	rep.Posted, rep.Accepted, rep.Duplicates, rep.Drain = len(posted), len(acc), dup, end.Sub(postEnd)
	if rep.Statuses, rep.Reasons, err = st.DeliveryCounts(ctx); err != nil {
		return rep, err
	}
	// Throughput: emails accepted between the first post and the last accept.
	var last time.Time
	var lat []time.Duration
	for id, t := range posted {
		a, ok := acc[id+"@bench.example"]
		if !ok {
			continue
		}
		if a.After(last) {
			last = a
		}
		if !a.After(postEnd) {
			rep.AcceptedWhilePosting++
		}
		lat = append(lat, a.Sub(t))
	}
	if !last.IsZero() {
		rep.EmailsPerSec = float64(len(lat)) / last.Sub(start).Seconds()
	}
	if cfg.Rate > 0 {
		rep.Offered = cfg.Rate
		rep.PostingTime = postEnd.Sub(start)
		rep.PostingRate = float64(rep.AcceptedWhilePosting) / rep.PostingTime.Seconds()
		rep.BacklogAtPostEnd = rep.Posted - rep.AcceptedWhilePosting
		kept := keptUp(rep.Posted, rep.Accepted, rep.Duplicates, rep.BacklogAtPostEnd, cfg.Rate, rep.PostingTime)
		rep.KeptUp = &kept
	}
	if c, ok := cpuBetween(cpu0, cpu1, len(lat)); ok {
		rep.CPU = &c
	}
	slices.Sort(lat)
	if len(lat) > 0 {
		p := func(q float64) time.Duration { return lat[min(len(lat)-1, int(float64(len(lat))*q))] }
		rep.P50, rep.P95, rep.P99, rep.Max = p(.5), p(.95), p(.99), lat[len(lat)-1]
	}
	raw, err := rawSMTP(sink, cfg.RawDuration)
	if err != nil {
		return rep, fmt.Errorf("raw smtp: %w", err)
	}
	rep.RawPerSec = raw
	if raw > 0 {
		rep.Ratio = rep.EmailsPerSec / raw
	}
	return rep, nil
}

// dkimKey writes a fresh signing key.
func dkimKey(dir, kind string) (string, error) {
	var der []byte
	var err error
	switch kind {
	case "rsa":
		k, e := rsa.GenerateKey(rand.Reader, 2048)
		if e != nil {
			return "", e
		}
		der, err = x509.MarshalPKCS8PrivateKey(k)
	case "ed25519":
		_, k, e := ed25519GenerateKey()
		if e != nil {
			return "", e
		}
		der, err = x509.MarshalPKCS8PrivateKey(k)
	default:
		return "", fmt.Errorf("bench: --dkim must be rsa, ed25519 or none")
	}
	if err != nil {
		return "", err
	}
	p := filepath.Join(dir, "dkim.pem")
	return p, os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600)
}

// rawSMTP measures the sink with a bare client loop over the same STARTTLS:
// one connection, a small fixed message, no DKIM.
func rawSMTP(sink *testsmtp.Server, d time.Duration) (float64, error) {
	pool := x509.NewCertPool()
	pemBytes, err := os.ReadFile(sink.CAFile)
	if err != nil {
		return 0, err
	}
	pool.AppendCertsFromPEM(pemBytes)
	c, err := smtp.DialStartTLS(sink.Addr, &tls.Config{RootCAs: pool, ServerName: sink.Host, MinVersion: tls.VersionTLS12})
	if err != nil {
		return 0, err
	}
	defer c.Close()
	msg := "From: raw@bench.example\r\nTo: sink@example.org\r\nSubject: raw\r\nMessage-ID: <raw-%d@raw.example>\r\n\r\nraw loop\r\n"
	n := 0
	start := time.Now()
	for time.Since(start) < d {
		if err := c.SendMail("raw@bench.example", []string{"sink@example.org"}, strings.NewReader(fmt.Sprintf(msg, n))); err != nil {
			return 0, err
		}
		n++
	}
	return float64(n) / time.Since(start).Seconds(), nil
}

// keptUp says whether an open-loop run shows the service sustaining the
// offered rate: it was offered (nearly) all of it — the load generator
// posted at least 98 % of rate × duration —, every message reached the sink
// exactly once, and when posting stopped the messages not yet accepted were
// at most one second's worth of the rate (what is in flight, not a queue
// that grew through the run).
func keptUp(posted, accepted, duplicates, backlog, rate int, d time.Duration) bool {
	offered := float64(rate) * d.Seconds()
	return float64(posted) >= 0.98*offered && accepted == posted && duplicates == 0 && backlog <= rate
}

// Print writes the report.
func (r DeliverReport) Print(w io.Writer) {
	fmt.Fprintf(w, "sealpost bench deliver — %s, DKIM %s", r.Database, r.DKIM)
	if r.Signer != "" {
		fmt.Fprintf(w, " [%s]", r.Signer)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  posted %d, accepted by SMTP %d (duplicate Message-IDs: %d), drain after posting %.1fs\n", r.Posted, r.Accepted, r.Duplicates, r.Drain.Seconds())
	fmt.Fprintf(w, "  end to end %8.0f emails/s   API accept → SMTP accept: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n",
		r.EmailsPerSec, ms(r.P50), ms(r.P95), ms(r.P99), ms(r.Max))
	from := "sent"
	if r.Offered > 0 {
		from = "due"
	}
	fmt.Fprintf(w, "  API answers  %d posts, %d errors; from %s to answered: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n",
		r.API.OK, r.API.Errors, from, ms(r.API.P50), ms(r.API.P95), ms(r.API.P99), ms(r.API.Max))
	if r.KeptUp != nil {
		verdict := "kept up"
		if !*r.KeptUp {
			verdict = "did NOT keep up"
		}
		fmt.Fprintf(w, "  offered %d/s: %.0f/s accepted by SMTP while posting; %d not yet accepted when posting stopped — %s\n",
			r.Offered, r.PostingRate, r.BacklogAtPostEnd, verdict)
	}
	if c := r.CPU; c != nil {
		fmt.Fprintf(w, "  machine CPU busy %.0f%% (of all cores), this process %.0f%% (sealpost, load generator and sink; the rest is mostly the database server): %.2f ms of this process's CPU per email\n",
			100*c.Busy, 100*c.Self, ms(c.PerEmail))
	}
	fmt.Fprintf(w, "  host speed before the run (one core): SHA-256 %.0f MB/s, crypto/rsa RSA-2048 signature %.0f µs — compare runs at similar speeds\n", r.Host.SHA256MBps, r.Host.RSASignUs)
	fmt.Fprintf(w, "  deliveries by status: %v\n", r.Statuses)
	for k, v := range r.Reasons {
		fmt.Fprintf(w, "    %d × %s\n", v, k)
	}
	fmt.Fprintf(w, "  raw sink    %8.0f emails/s (bare client, one STARTTLS connection, no DKIM); ratio %.2f\n", r.RawPerSec, r.Ratio)
}
