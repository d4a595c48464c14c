package bench

// `sealpost bench events`: live unread badges (GET /v1/inbox/events). One
// sealpost node — a child process, so its resident memory is its own — holds
// many idle Server-Sent Events streams, one per recipient; the benchmark then
// posts messages through the API at a fixed rate, spread over those
// recipients, and times each from its POST /v1/messages answer to the badge
// event on that recipient's stream.
//
// Sessions are a store-level fixture: the child writes signed-in session rows
// straight into the store (what the sign-in pages would write), because
// enrolling 10,000 users through the pages would cost 10,000 argon2id hashes
// and tell nothing about the streams.

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// EventsConfig describes one run.
type EventsConfig struct {
	DB       string        // "sqlite" (a fresh temporary file) or a postgres:// URL (a fresh schema)
	Conns    int           // idle streams, one per recipient
	Rate     int           // messages/s posted during the measured time
	Duration time.Duration // how long to post
	Sources  int           // loopback source addresses 127.0.0.1 … 127.0.0.N for the streams
	// InProcess runs the node in this process (tests): its memory cannot
	// be told apart from the clients', so no RSS is reported.
	InProcess bool
	Log       io.Writer
}

// EventsReport is what a run measured.
type EventsReport struct {
	Database     string        `json:"database"`
	CPUs         int           `json:"cpus"`
	Conns        int           `json:"conns"`
	Rate         int           `json:"rate"`
	Duration     time.Duration `json:"duration_ns"`
	Setup        time.Duration `json:"setup_ns"`       // recipients and session rows
	Connect      time.Duration `json:"connect_ns"`     // opening every stream (first event read)
	BaseRSSBytes int64         `json:"base_rss_bytes"` // the node serving, before any stream
	IdleRSSBytes int64         `json:"idle_rss_bytes"`
	PeakRSSBytes int64         `json:"peak_rss_bytes"`
	Posted       int           `json:"posted"`
	Received     int           `json:"received"`
	Errors       int           `json:"errors"`
	FirstError   string        `json:"first_error,omitempty"`
	// Latencies from the POST's answer to the badge event (an event that
	// arrives before the answer counts as 0), and from the POST's start.
	P50, P90, P99, Max       time.Duration
	FromSendP50, FromSendP99 time.Duration
	DroppedStreams           int `json:"dropped_streams"`
}

// eventsSetup is what the benchmark prepared.
type eventsSetup struct {
	URL      string
	Key      string
	Database string
	Tokens   []string
	Setup    time.Duration
}

// EventsNode is how the benchmark starts its node: the database and root
// key file the benchmark prepared.
type EventsNode struct {
	DSN, Schema, KeyFile string
	Conns                int
}

// RunEventsNode is the node process: it serves the prepared database on a
// loopback port, prints its URL as one line on out, and serves until ctx
// ends or in closes. It does no setup of its own, so its memory is what
// serving costs.
func RunEventsNode(ctx context.Context, n EventsNode, in io.Reader, out io.Writer) error {
	raiseNoFile()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if in != nil {
		go func() { _, _ = io.Copy(io.Discard, in); cancel() }()
	}
	return serveEventsNode(ctx, n, func(url string) error {
		_, err := fmt.Fprintln(out, url)
		return err
	})
}

func serveEventsNode(ctx context.Context, n EventsNode, ready func(url string) error) error {
	st, err := store.Open(ctx, n.DSN, store.Options{Schema: n.Schema})
	if err != nil {
		return err
	}
	defer st.Close()
	kf, err := seal.OpenKeyFile(n.KeyFile, false)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	base := "http://" + ln.Addr().String()
	log := slog.New(slog.NewJSONHandler(io.Discard, nil))
	met := metrics.New()
	svc, err := service.New(st, kf, log, met, service.Config{PublicURL: base, PasswordParams: service.DefaultPasswordParams,
		EventsMaxStreams: n.Conns + 100})
	if err != nil {
		ln.Close()
		return err
	}
	defer svc.Close()
	h := api.New(svc, log, met)
	h.AllowInsecureCookies()
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 60 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second, MaxHeaderBytes: 64 << 10}
	srv.RegisterOnShutdown(svc.InboxEvents().Close)
	go srv.Serve(ln) //nolint:errcheck
	defer srv.Close()
	go memReport(ctx)
	if err := ready(base); err != nil {
		return err
	}
	<-ctx.Done()
	sctx, scancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer scancel()
	return srv.Shutdown(sctx)
}

// prepareEvents creates the tenant, the recipients and a signed-in session
// row for each — the store-level session fixture: what /signin/factor would
// write, without enrolling 10,000 users through the pages (10,000 argon2id
// hashes that tell nothing about the streams).
func prepareEvents(ctx context.Context, dsn string, opts store.Options, keyFile string, conns int) (eventsSetup, error) {
	t0 := time.Now()
	st, err := store.Open(ctx, dsn, opts)
	if err != nil {
		return eventsSetup{}, err
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return eventsSetup{}, err
	}
	kf, err := seal.OpenKeyFile(keyFile, true)
	if err != nil {
		return eventsSetup{}, err
	}
	svc, err := service.New(st, kf, slog.New(slog.DiscardHandler), metrics.New(), service.Config{PublicURL: "http://127.0.0.1", PasswordParams: service.DefaultPasswordParams})
	if err != nil {
		return eventsSetup{}, err
	}
	defer svc.Close()
	ten, err := svc.CreateTenant(ctx, "bench", "bench")
	if err != nil {
		return eventsSetup{}, err
	}
	p, err := svc.Authenticate(ctx, ten.APIKey)
	if err != nil {
		return eventsSetup{}, err
	}
	tokens := make([]string, conns)
	if err := parallel(ctx, conns, 8, func(i int) error {
		email := benchExt(i) + "@example.org"
		if _, _, err := svc.PutRecipient(ctx, p, benchExt(i), service.RecipientInput{Email: &email}); err != nil {
			return err
		}
		r, err := svc.RecipientByExternalID(ctx, p.TenantID, benchExt(i))
		if err != nil {
			return err
		}
		var tb [32]byte
		_, _ = rand.Read(tb[:])
		tok := base64.RawURLEncoding.EncodeToString(tb[:])
		hash := sha256.Sum256([]byte(tok))
		csrf := make([]byte, 32)
		_, _ = rand.Read(csrf)
		now := time.Now()
		if err := st.CreateSession(ctx, store.Session{IDHash: hash[:], TenantID: p.TenantID, RecipientID: r.ID,
			Stage: store.StageActive, CSRF: csrf, CreatedAt: now, SeenAt: now, FactorAt: &now}, nil); err != nil {
			return err
		}
		tokens[i] = tok
		return nil
	}); err != nil {
		return eventsSetup{}, err
	}
	return eventsSetup{Key: ten.APIKey, Database: st.Dialect(), Tokens: tokens, Setup: time.Since(t0)}, nil
}

// memReport prints the node's Go memory figures to stderr on SIGUSR1 (the
// benchmark sends it next to each RSS reading).
func memReport(ctx context.Context) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGUSR1)
	defer signal.Stop(ch)
	for {
		select {
		case <-ctx.Done():
			return
		case <-ch:
		}
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		fmt.Fprintf(os.Stderr, "events node: goroutines %d, heap in use %.0f MB, stacks %.0f MB, runtime total from OS %.0f MB, released %.0f MB, GCs %d\n",
			runtime.NumGoroutine(), float64(m.HeapInuse)/1e6, float64(m.StackInuse)/1e6, float64(m.Sys)/1e6, float64(m.HeapReleased)/1e6, m.NumGC)
	}
}

// raiseNoFile lifts the open-file limit to its hard maximum: every stream is
// a file descriptor on both sides.
func raiseNoFile() {
	var l syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &l) == nil && l.Cur < l.Max {
		l.Cur = l.Max
		_ = syscall.Setrlimit(syscall.RLIMIT_NOFILE, &l)
	}
}

// stream is one idle SSE connection, read by a goroutine with a small
// buffer (a raw HTTP/1.1 request: net/http's client would add two
// goroutines and two buffers per connection to the benchmark's own side).
type stream struct {
	mu      sync.Mutex
	count   int
	pending *eventSample
}

type eventSample struct {
	want               int
	sent, answered, at time.Time
}

// RunEvents runs the benchmark.
func RunEvents(ctx context.Context, cfg EventsConfig, exe string) (EventsReport, error) {
	if cfg.Conns <= 0 {
		cfg.Conns = 10000
	}
	if cfg.Rate <= 0 {
		cfg.Rate = 200
	}
	if cfg.Duration <= 0 {
		cfg.Duration = 30 * time.Second
	}
	if cfg.Sources <= 0 {
		cfg.Sources = 1 + cfg.Conns/20000
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	raiseNoFile()
	rep := EventsReport{CPUs: runtime.NumCPU(), Conns: cfg.Conns, Rate: cfg.Rate, Duration: cfg.Duration}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	dsn, opts, cleanup, err := freshDB(ctx, cfg.DB)
	if err != nil {
		return rep, err
	}
	defer cleanup()
	keyDir, err := os.MkdirTemp("", "sealpost-bench-keys-")
	if err != nil {
		return rep, err
	}
	defer os.RemoveAll(keyDir)
	node := EventsNode{DSN: dsn, Schema: opts.Schema, KeyFile: filepath.Join(keyDir, "root-keyset.json"), Conns: cfg.Conns}
	fmt.Fprintf(cfg.Log, "events: preparing %d recipients with signed-in session rows\n", cfg.Conns)
	setup, err := prepareEvents(ctx, dsn, opts, node.KeyFile, cfg.Conns)
	if err != nil {
		return rep, err
	}

	// Start the node.
	var (
		url     string
		nodePID int
		nodeErr = make(chan error, 1)
	)
	if cfg.InProcess {
		got := make(chan string, 1)
		go func() {
			nodeErr <- serveEventsNode(ctx, node, func(u string) error { got <- u; return nil })
		}()
		select {
		case url = <-got:
		case err := <-nodeErr:
			return rep, err
		}
	} else {
		args := []string{"bench", "events", "--node", "--conns", strconv.Itoa(cfg.Conns), "--node-schema", node.Schema, "--node-keys", node.KeyFile}
		cmd := exec.CommandContext(ctx, exe, args...)
		cmd.Env = append(os.Environ(), "SEALPOST_DB="+node.DSN) // not on the command line, where ps shows it
		stdin, err := cmd.StdinPipe()
		if err != nil {
			return rep, err
		}
		defer stdin.Close() // the node ends when its stdin closes
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			return rep, err
		}
		cmd.Stderr = os.Stderr
		cmd.WaitDelay = 15 * time.Second
		if err := cmd.Start(); err != nil {
			return rep, err
		}
		nodePID = cmd.Process.Pid
		go func() { nodeErr <- cmd.Wait() }()
		rd := bufio.NewReader(stdout)
		line, err := rd.ReadString('\n')
		if err != nil {
			return rep, fmt.Errorf("bench: the node did not start: %w", err)
		}
		url = strings.TrimSpace(line)
		go func() { _, _ = io.Copy(io.Discard, rd) }()
		time.Sleep(2 * time.Second)
		rep.BaseRSSBytes = procStatus(nodePID, "VmRSS")
	}
	setup.URL = url
	rep.Database, rep.Setup = setup.Database, setup.Setup
	addr := strings.TrimPrefix(setup.URL, "http://")
	fmt.Fprintf(cfg.Log, "events: set up in %.1fs; opening %d streams from %d loopback source address(es)\n", rep.Setup.Seconds(), cfg.Conns, cfg.Sources)

	// Open the streams, a few at a time; each is ready once its first event
	// (count 0) arrived.
	streams := make([]*stream, cfg.Conns)
	conns := make([]net.Conn, cfg.Conns)
	var dropped atomic.Int64
	t0 := time.Now()
	readyWG := sync.WaitGroup{}
	readyWG.Add(cfg.Conns)
	if err := parallel(ctx, cfg.Conns, 32, func(i int) error {
		d := net.Dialer{Timeout: 30 * time.Second, LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, byte(1+i%cfg.Sources))}}
		c, err := d.DialContext(ctx, "tcp", addr)
		if err != nil {
			return fmt.Errorf("bench: stream %d: %w", i, err)
		}
		conns[i] = c
		if _, err := fmt.Fprintf(c, "GET /v1/inbox/events HTTP/1.1\r\nHost: %s\r\nAccept: text/event-stream\r\nCookie: sealpost_session=%s\r\n\r\n", addr, setup.Tokens[i]); err != nil {
			return err
		}
		s := &stream{count: -1}
		streams[i] = s
		go s.read(c, &readyWG, &dropped)
		return nil
	}); err != nil {
		return rep, err
	}
	waitCh := make(chan struct{})
	go func() { readyWG.Wait(); close(waitCh) }()
	select {
	case <-waitCh:
	case <-time.After(2 * time.Minute):
		return rep, errors.New("bench: not every stream got its first event within 2 minutes")
	case err := <-nodeErr:
		return rep, fmt.Errorf("bench: the node ended: %v", err)
	}
	defer func() {
		for _, c := range conns {
			if c != nil {
				c.Close()
			}
		}
	}()
	rep.Connect = time.Since(t0)
	if d := dropped.Load(); d > 0 {
		return rep, fmt.Errorf("bench: %d streams failed to open", d)
	}
	if nodePID != 0 {
		// Idle: let the node's garbage collector settle first (a couple
		// of heartbeat-free seconds).
		time.Sleep(3 * time.Second)
		rep.IdleRSSBytes = procStatus(nodePID, "VmRSS")
		_ = syscall.Kill(nodePID, syscall.SIGUSR1)

	}
	fmt.Fprintf(cfg.Log, "events: %d streams open in %.1fs, node RSS %.0f MB; posting %d messages/s for %s\n",
		cfg.Conns, rep.Connect.Seconds(), float64(rep.IdleRSSBytes)/1e6, cfg.Rate, cfg.Duration)

	// Post at the rate, round-robin over a shuffled order so one recipient
	// never has two messages in flight (at 200/s over 10,000 that is one
	// per recipient per 50 s).
	order := make([]int, cfg.Conns)
	for i := range order {
		order[i] = i
	}
	shuffle(order)
	tr := &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 256, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	total := int(float64(cfg.Rate) * cfg.Duration.Seconds())
	samples := make([]*eventSample, 0, total)
	var (
		mu       sync.Mutex
		firstErr string
		errs     int
		wg       sync.WaitGroup
	)
	start := time.Now()
	interval := time.Second / time.Duration(cfg.Rate)
	sent := map[int]int{}
	for k := range total {
		due := start.Add(time.Duration(k) * interval)
		if d := time.Until(due); d > 0 {
			time.Sleep(d)
		}
		i := order[k%len(order)]
		s := streams[i]
		sent[i]++
		sm := &eventSample{want: sent[i]}
		samples = append(samples, sm)
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.mu.Lock()
			sm.sent = time.Now()
			s.pending = sm
			if s.count >= sm.want && sm.at.IsZero() {
				sm.at = time.Now()
			}
			s.mu.Unlock()
			_, _, err := postMessage(client, setup.URL, setup.Key, map[string]any{"recipient": benchExt(i), "category": "account_message",
				"sensitivity": "phi", "subject": benchSubject(i, k), "body": benchBody(i, k)})
			now := time.Now()
			s.mu.Lock()
			sm.answered = now
			s.mu.Unlock()
			if err != nil {
				mu.Lock()
				errs++
				if firstErr == "" {
					firstErr = err.Error()
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	// Give the last events up to 5 s.
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if allReceived(streams, samples) {
			break
		}
	}
	if nodePID != 0 {
		rep.PeakRSSBytes = procStatus(nodePID, "VmHWM")
		_ = syscall.Kill(nodePID, syscall.SIGUSR1)
	}
	rep.Posted, rep.Errors, rep.FirstError, rep.DroppedStreams = len(samples), errs, firstErr, int(dropped.Load())
	var fromAnswer, fromSend []time.Duration
	for _, i := range order {
		streams[i].mu.Lock()
	}
	for _, sm := range samples {
		if sm.at.IsZero() || sm.answered.IsZero() {
			continue
		}
		rep.Received++
		fromAnswer = append(fromAnswer, max(0, sm.at.Sub(sm.answered)))
		fromSend = append(fromSend, sm.at.Sub(sm.sent))
	}
	for _, i := range order {
		streams[i].mu.Unlock()
	}
	slices.Sort(fromAnswer)
	slices.Sort(fromSend)
	rep.P50, rep.P90, rep.P99, rep.Max = pct(fromAnswer, 50), pct(fromAnswer, 90), pct(fromAnswer, 99), pct(fromAnswer, 100)
	rep.FromSendP50, rep.FromSendP99 = pct(fromSend, 50), pct(fromSend, 99)
	cancel()
	return rep, nil
}

func allReceived(streams []*stream, samples []*eventSample) bool {
	_ = streams
	for _, sm := range samples {
		if sm.at.IsZero() {
			return false
		}
	}
	return true
}

// read consumes one stream: the response head, then events. Each unread
// event completes the stream's pending sample.
func (s *stream) read(c net.Conn, ready *sync.WaitGroup, dropped *atomic.Int64) {
	rd := bufio.NewReaderSize(c, 512)
	first := true
	fail := func() {
		if first {
			dropped.Add(1)
			ready.Done()
		}
	}
	status, err := rd.ReadString('\n')
	if err != nil || !strings.Contains(status, " 200 ") {
		fail()
		return
	}
	for { // headers
		l, err := rd.ReadString('\n')
		if err != nil {
			fail()
			return
		}
		if l == "\r\n" {
			break
		}
	}
	// The body is chunked: chunk-size lines and empty lines are skipped;
	// only "data: " lines matter.
	for {
		l, err := rd.ReadSlice('\n')
		if err != nil {
			if first {
				fail()
			}
			return
		}
		if !bytes.HasPrefix(l, []byte(`data: {"unread":`)) {
			continue
		}
		v := bytes.TrimSuffix(bytes.TrimRight(l[len(`data: {"unread":`):], "\r\n"), []byte("}"))
		n, err := strconv.Atoi(string(v))
		if err != nil {
			continue
		}
		now := time.Now()
		s.mu.Lock()
		s.count = n
		if p := s.pending; p != nil && n >= p.want && p.at.IsZero() {
			p.at = now
		}
		s.mu.Unlock()
		if first {
			first = false
			ready.Done()
		}
	}
}

func procStatus(pid int, field string) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, field+":"); ok {
			f := strings.Fields(v)
			if len(f) > 0 {
				n, _ := strconv.ParseInt(f[0], 10, 64)
				return n * 1024
			}
		}
	}
	return 0
}

func pct(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	i := (len(d)*p+99)/100 - 1
	return d[min(max(i, 0), len(d)-1)]
}

func shuffle(a []int) {
	for i := len(a) - 1; i > 0; i-- {
		var b [8]byte
		_, _ = rand.Read(b[:])
		j := int(uint64(b[0])|uint64(b[1])<<8|uint64(b[2])<<16|uint64(b[3])<<24|uint64(b[4])<<32) % (i + 1)
		a[i], a[j] = a[j], a[i]
	}
}

// Print writes the report for people.
func (r EventsReport) Print(w io.Writer) {
	fmt.Fprintf(w, "events (%s, %d CPUs): %d idle SSE streams, one per recipient\n", r.Database, r.CPUs, r.Conns)
	fmt.Fprintf(w, "  setup (recipients + session rows): %.1fs; streams opened in %.1fs\n", r.Setup.Seconds(), r.Connect.Seconds())
	if r.IdleRSSBytes > 0 {
		fmt.Fprintf(w, "  node resident memory: %.0f MB before any stream, %.0f MB idle with every stream open (%.1f KB per stream), peak %.0f MB under load\n",
			float64(r.BaseRSSBytes)/1e6, float64(r.IdleRSSBytes)/1e6, float64(r.IdleRSSBytes-r.BaseRSSBytes)/1e3/float64(r.Conns), float64(r.PeakRSSBytes)/1e6)
	}
	fmt.Fprintf(w, "  posted %d messages at %d/s for %s: %d events received, %d errors, %d streams dropped\n",
		r.Posted, r.Rate, r.Duration, r.Received, r.Errors, r.DroppedStreams)
	fmt.Fprintf(w, "  POST answered → badge event: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n", ms(r.P50), ms(r.P90), ms(r.P99), ms(r.Max))
	fmt.Fprintf(w, "  POST sent → badge event:     p50 %.1f ms, p99 %.1f ms\n", ms(r.FromSendP50), ms(r.FromSendP99))
	if r.FirstError != "" {
		fmt.Fprintf(w, "  first error: %s\n", r.FirstError)
	}
}

// JSON writes the report as JSON.
func (r EventsReport) JSON(w io.Writer) error { return json.NewEncoder(w).Encode(r) }
