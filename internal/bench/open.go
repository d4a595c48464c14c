package bench

// `sealpost bench open`: end users opening sealed messages through the
// session-cookie API (GET /v1/inbox/{id}: session check, decrypt, audit event
// and mark-read in one transaction, then the content). Every user is enrolled
// through the real hosted pages first — registration notice link, /enrol
// (argon2id at the service's real cost), /enrol/totp with a code computed from
// the page's secret — so the sessions under load are the ones browsers get.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"regexp"
	"runtime"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"

	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// OpenConfig describes one run of the message-open benchmark.
type OpenConfig struct {
	// DB is "sqlite" (a fresh temporary file), "sqlite:PATH" (a new file at
	// PATH, which must not exist; kept afterwards) or a postgres:// URL (a
	// fresh schema, dropped afterwards).
	DB       string
	Users    int           // end users, each enrolled through the pages
	Messages int           // phi messages per user
	Rate     int           // offered opens/s (open loop); 0: closed loop with Clients
	Clients  int           // closed loop: concurrent clients; open loop: most requests in flight
	Duration time.Duration // measured time
	Warmup   time.Duration // unmeasured time just before, at the same load
	Log      io.Writer     // progress lines
	// CPUProfile, if set, receives a CPU profile of the measured window only
	// (not of enrolment, whose argon2id hashing would dominate it).
	CPUProfile io.Writer
}

// OpenReport is the outcome of a run.
type OpenReport struct {
	Database        string         `json:"database"`
	CPUs            int            `json:"cpus"`
	Users           int            `json:"users"`
	MessagesPerUser int            `json:"messages_per_user"`
	Mode            string         `json:"mode"` // "open-loop" or "closed-loop"
	Rate            int            `json:"offered_rate,omitempty"`
	Clients         int            `json:"clients"`
	Duration        time.Duration  `json:"duration_ns"`
	Warmup          time.Duration  `json:"warmup_ns"`
	Enrol           time.Duration  `json:"enrol_ns"` // enrolling every user through the pages
	Send            time.Duration  `json:"send_ns"`  // posting every message through the API
	Scheduled       int            `json:"scheduled,omitempty"`
	OK              int            `json:"ok"`
	Errors          int            `json:"errors"`
	ErrorKinds      map[string]int `json:"error_kinds,omitempty"`
	FirstError      string         `json:"first_error,omitempty"`
	Late            int            `json:"late_starts"` // open loop: started more than LateAfter after their scheduled time
	MaxLag          time.Duration  `json:"max_start_lag_ns"`
	Elapsed         time.Duration  `json:"elapsed_ns"`
	PerSec          float64        `json:"per_second"`
	P50             time.Duration  `json:"p50_ns"`
	P90             time.Duration  `json:"p90_ns"`
	P99             time.Duration  `json:"p99_ns"`
	Max             time.Duration  `json:"max_ns"`
}

// LateAfter is how far behind its scheduled time a request may start before
// it counts as a late start.
const LateAfter = time.Millisecond

// benchPassword is every bench user's password (it passes the policy).
const benchPassword = "quiet harbour lantern 7 bench"

// openUser is an enrolled user under load.
type openUser struct {
	cookie string   // "sealpost_session=…"
	ids    []string // their bench messages
}

// RunOpen runs the benchmark.
func RunOpen(ctx context.Context, cfg OpenConfig) (OpenReport, error) {
	if cfg.Users <= 0 {
		cfg.Users = 50
	}
	if cfg.Messages <= 0 {
		cfg.Messages = 20
	}
	if cfg.Clients <= 0 {
		cfg.Clients = 32
	}
	if cfg.Duration <= 0 {
		cfg.Duration = 20 * time.Second
	}
	if cfg.Rate < 0 || cfg.Rate > 1_000_000 {
		return OpenReport{}, errors.New("bench: --rate must be between 0 and 1000000")
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	rep := OpenReport{CPUs: runtime.NumCPU(), Users: cfg.Users, MessagesPerUser: cfg.Messages, Rate: cfg.Rate,
		Clients: cfg.Clients, Duration: cfg.Duration, Warmup: cfg.Warmup, Mode: "open-loop"}
	if cfg.Rate == 0 {
		rep.Mode = "closed-loop"
	}

	node, err := startNode(ctx, cfg.DB, service.Config{PasswordParams: service.DefaultPasswordParams})
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
	setupTr := &http.Transport{MaxIdleConnsPerHost: 16, DisableCompression: true}
	defer setupTr.CloseIdleConnections()
	apiClient := &http.Client{Transport: setupTr, Timeout: 30 * time.Second}

	// Enrol every user through the pages, a couple at a time (argon2id is
	// CPU- and memory-bound).
	fmt.Fprintf(cfg.Log, "open: %s, enrolling %d users through /m → /enrol → /enrol/totp\n", rep.Database, cfg.Users)
	t0 := time.Now()
	users := make([]openUser, cfg.Users)
	if err := parallel(ctx, cfg.Users, max(2, runtime.NumCPU()), func(i int) error {
		c, err := enrolUser(ctx, setupTr, apiClient, base, ten.APIKey, i)
		users[i].cookie = c
		return err
	}); err != nil {
		return rep, err
	}
	rep.Enrol = time.Since(t0)

	// Post the messages through the API (group-committed ingest).
	fmt.Fprintf(cfg.Log, "open: enrolled in %.1fs; sending %d phi messages\n", rep.Enrol.Seconds(), cfg.Users*cfg.Messages)
	t0 = time.Now()
	for i := range users {
		users[i].ids = make([]string, cfg.Messages)
	}
	if err := parallel(ctx, cfg.Users*cfg.Messages, 8, func(k int) error {
		u, j := k%cfg.Users, k/cfg.Users
		id, _, err := postMessage(apiClient, base, ten.APIKey, map[string]any{"recipient": benchExt(u), "category": "account_message",
			"sensitivity": "phi", "subject": benchSubject(u, j), "body": benchBody(u, j)})
		users[u].ids[j] = id
		return err
	}); err != nil {
		return rep, err
	}
	rep.Send = time.Since(t0)

	// The load client: one keep-alive connection per concurrent request.
	loadTr := &http.Transport{MaxIdleConns: cfg.Clients * 2, MaxIdleConnsPerHost: cfg.Clients * 2, DisableCompression: true, IdleConnTimeout: time.Minute}
	defer loadTr.CloseIdleConnections()
	o := &opener{c: &http.Client{Transport: loadTr, Timeout: 30 * time.Second}, base: base, users: users}
	// Check once that what comes back is the message, decrypted.
	if err := o.verify(ctx, 0, 0); err != nil {
		return rep, err
	}
	fmt.Fprintf(cfg.Log, "open: sent in %.1fs; %s", rep.Send.Seconds(), rep.Mode)
	if cfg.Rate > 0 {
		fmt.Fprintf(cfg.Log, " at %d/s (up to %d in flight)", cfg.Rate, cfg.Clients)
	} else {
		fmt.Fprintf(cfg.Log, " with %d clients", cfg.Clients)
	}
	fmt.Fprintf(cfg.Log, ", warm-up %s, measure %s\n", cfg.Warmup, cfg.Duration)
	if cfg.Rate > 0 {
		o.openLoop(ctx, cfg, &rep)
	} else {
		o.closedLoop(ctx, cfg, &rep)
	}
	if rep.FirstError != "" {
		fmt.Fprintf(cfg.Log, "open: first error: %s\n", rep.FirstError)
	}
	return rep, ctx.Err()
}

// openDB is freshDB, plus "sqlite:PATH" for a new database file at a chosen
// place (to measure a particular disk); it must not exist yet and is kept.
func openDB(ctx context.Context, db string) (string, store.Options, func(), error) {
	if path, ok := strings.CutPrefix(db, "sqlite:"); ok {
		if path == "" {
			return "", store.Options{}, nil, errors.New("bench: sqlite: needs a path")
		}
		if _, err := os.Stat(path); err == nil {
			return "", store.Options{}, nil, fmt.Errorf("bench: %s exists; the benchmark needs a new database", path)
		}
		return db, store.Options{}, func() {}, nil
	}
	return freshDB(ctx, db)
}

// parallel runs f(0..n-1) on w goroutines and returns the first error.
func parallel(ctx context.Context, n, w int, f func(i int) error) error {
	var next atomic.Int64
	var mu sync.Mutex
	var first error
	var wg sync.WaitGroup
	for range min(w, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				mu.Lock()
				stop := first != nil
				mu.Unlock()
				if i >= n || stop || ctx.Err() != nil {
					return
				}
				if err := f(i); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	if first == nil {
		first = ctx.Err()
	}
	return first
}

func benchExt(u int) string { return fmt.Sprintf("bench-patient-%d", u) }

func benchSubject(u, j int) string { return fmt.Sprintf("Your visit summary %d", j) }

// benchBody is a visit summary of about 500 bytes.
func benchBody(u, j int) string {
	return fmt.Sprintf("Visit %d-%d summary.\nBlood pressure %d/%d, pulse %d. Weight stable since the last visit.\n"+
		"Continue the current medication at the same dose; take it with food in the morning.\n"+
		"Lab work: lipid panel and HbA1c are ordered for your next visit, please come fasting.\n"+
		"If you notice dizziness, swelling of the ankles or chest pain, call the clinic or 911.\n"+
		"Your next appointment is in three months. Reply through the portal with any questions.", u, j, 110+j%30, 70+u%20, 60+(u+j)%30)
}

// postMessage sends a message through the tenant API and returns its id and link.
func postMessage(c *http.Client, base, key string, m map[string]any) (string, string, error) {
	body, _ := json.Marshal(m)
	req, err := http.NewRequest("POST", base+"/v1/messages", bytes.NewReader(body))
	if err != nil {
		return "", "", err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("Content-Type", "application/json")
	res, err := c.Do(req)
	if err != nil {
		return "", "", err
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusCreated {
		return "", "", fmt.Errorf("bench: send message: %d %s", res.StatusCode, b)
	}
	var v struct{ ID, Link string }
	if err := json.Unmarshal(b, &v); err != nil || v.ID == "" {
		return "", "", fmt.Errorf("bench: send message: bad answer %s", b)
	}
	return v.ID, v.Link, nil
}

// pageClient is a minimal browser: a cookie jar, redirects followed, and the
// page's CSRF token, Origin and Sec-Fetch-Site sent with its forms.
type pageClient struct {
	c    *http.Client
	base string
	page string // last page body
	path string // last final URL path
}

var (
	benchCSRFRE   = regexp.MustCompile(`name="csrf" value="([^"]+)"`)
	benchSecretRE = regexp.MustCompile(`id="totp-secret"[^>]*>([A-Z2-7 ]+)<`) // grouped in fours on the page
)

func (b *pageClient) do(req *http.Request) (int, error) {
	res, err := b.c.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	b.page, b.path = string(body), res.Request.URL.Path
	return res.StatusCode, err
}

func (b *pageClient) get(u string) (int, error) {
	if strings.HasPrefix(u, "/") {
		u = b.base + u
	}
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return 0, err
	}
	return b.do(req)
}

func (b *pageClient) post(path string, v url.Values) (int, error) {
	m := benchCSRFRE.FindStringSubmatch(b.page)
	if m == nil {
		return 0, fmt.Errorf("bench: no CSRF token on the page at %s", b.path)
	}
	v.Set("csrf", m[1])
	req, err := http.NewRequest("POST", b.base+path, strings.NewReader(v.Encode()))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", b.base)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return b.do(req)
}

// step checks that a page step answered 200 at the expected path.
func (b *pageClient) step(what string, st int, err error, want string) error {
	if err != nil {
		return fmt.Errorf("bench: enrol: %s: %w", what, err)
	}
	if st != http.StatusOK || b.path != want {
		page := b.page
		if len(page) > 300 {
			page = page[len(page)-300:]
		}
		return fmt.Errorf("bench: enrol: %s → %d %s, want 200 %s: …%s", what, st, b.path, want, page)
	}
	return nil
}

// enrolUser registers user i and enrols them through the hosted pages, as
// a browser does; it returns the signed-in session's cookie.
func enrolUser(ctx context.Context, tr http.RoundTripper, apiClient *http.Client, base, key string, i int) (string, error) {
	ext := benchExt(i)
	username := ext + "@example.org"
	body := fmt.Sprintf(`{"email":%q,"time_zone":"America/Chicago","identity":{"name":"Bench Patient %d","mrn":"B%06d"}}`, username, i, i)
	if code, err := call(apiClient, "PUT", base+"/v1/recipients/"+ext, key, "", []byte(body)); err != nil || (code != 201 && code != 200) {
		return "", fmt.Errorf("bench: create recipient: %d %v", code, err)
	}
	_, link, err := postMessage(apiClient, base, key, map[string]any{"recipient": ext, "category": "account_registration",
		"subject": "Welcome", "body": "Set up your account"})
	if err != nil {
		return "", err
	}
	jar, _ := cookiejar.New(nil)
	b := &pageClient{c: &http.Client{Transport: tr, Jar: jar, Timeout: 30 * time.Second}, base: base}
	st, err := b.get(link)
	if err := b.step("registration link", st, err, "/enrol"); err != nil {
		return "", err
	}
	st, err = b.post("/enrol", url.Values{"username": {username}, "password": {benchPassword}, "confirm": {benchPassword}})
	if err := b.step("/enrol", st, err, "/enrol/totp"); err != nil {
		return "", err
	}
	m := benchSecretRE.FindStringSubmatch(b.page)
	if m == nil {
		return "", errors.New("bench: enrol: no TOTP secret on /enrol/totp")
	}
	code, err := totp.GenerateCodeCustom(strings.ReplaceAll(m[1], " ", ""), time.Now(), totp.ValidateOpts{Period: 30, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1})
	if err != nil {
		return "", err
	}
	st, err = b.post("/enrol/totp", url.Values{"code": {code}})
	if err := b.step("/enrol/totp", st, err, "/enrol/recovery"); err != nil {
		return "", err
	}
	u, _ := url.Parse(base)
	for _, c := range jar.Cookies(u) {
		if c.Name == "sealpost_session" && c.Value != "" {
			return c.Name + "=" + c.Value, nil
		}
	}
	return "", errors.New("bench: enrol: no session cookie after /enrol/totp")
}

// opener issues the measured requests.
type opener struct {
	c     *http.Client
	base  string
	users []openUser
}

var errBadBody = errors.New("answer without a body field")

// open fetches the n-th request's message: users in turn, each user's
// messages in turn. It returns an error kind for the report ("" on success).
func (o *opener) open(ctx context.Context, n int64, buf *bytes.Buffer) (string, error) {
	u := &o.users[n%int64(len(o.users))]
	id := u.ids[(n/int64(len(o.users)))%int64(len(u.ids))]
	req, err := http.NewRequestWithContext(ctx, "GET", o.base+"/v1/inbox/"+id, nil)
	if err != nil {
		return "request", err
	}
	req.Header.Set("Cookie", u.cookie)
	res, err := o.c.Do(req)
	if err != nil {
		return "transport", err
	}
	buf.Reset()
	_, err = buf.ReadFrom(res.Body)
	res.Body.Close()
	if err != nil {
		return "transport", err
	}
	if res.StatusCode != http.StatusOK {
		return fmt.Sprintf("status %d", res.StatusCode), fmt.Errorf("status %d: %.200s", res.StatusCode, buf.Bytes())
	}
	if !bytes.Contains(buf.Bytes(), []byte(`"body":"`)) {
		return "bad body", errBadBody
	}
	return "", nil
}

// verify opens one message and compares it with what was sent.
func (o *opener) verify(ctx context.Context, u, j int) error {
	req, err := http.NewRequestWithContext(ctx, "GET", o.base+"/v1/inbox/"+o.users[u].ids[j], nil)
	if err != nil {
		return err
	}
	req.Header.Set("Cookie", o.users[u].cookie)
	res, err := o.c.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var v struct {
		Subject, Body, Sensitivity string
		Read                       bool
	}
	if err := json.NewDecoder(res.Body).Decode(&v); err != nil || res.StatusCode != 200 {
		return fmt.Errorf("bench: open check: %d %v", res.StatusCode, err)
	}
	if v.Subject != benchSubject(u, j) || v.Body != benchBody(u, j) || v.Sensitivity != "phi" || !v.Read {
		return fmt.Errorf("bench: open check: unexpected message %+v", v)
	}
	return nil
}

// tally collects one worker's measurements.
type tally struct {
	lat    []time.Duration
	ok     int
	kinds  map[string]int
	first  error
	late   int
	maxLag time.Duration
	last   time.Time // when its last measured answer arrived
}

func (t *tally) record(kind string, err error, lat time.Duration, done time.Time) {
	if done.After(t.last) {
		t.last = done
	}
	if err != nil {
		if t.kinds == nil {
			t.kinds = map[string]int{}
		}
		t.kinds[kind]++
		if t.first == nil {
			t.first = err
		}
		return
	}
	t.ok++
	t.lat = append(t.lat, lat)
}

// profileFrom starts the CPU profile when the measured window starts; the
// returned function stops it.
func profileFrom(w io.Writer, at time.Time) func() {
	if w == nil {
		return func() {}
	}
	var mu sync.Mutex
	started := false
	tm := time.AfterFunc(time.Until(at), func() {
		mu.Lock()
		defer mu.Unlock()
		started = pprof.StartCPUProfile(w) == nil
	})
	return func() {
		tm.Stop()
		mu.Lock()
		defer mu.Unlock()
		if started {
			pprof.StopCPUProfile()
		}
	}
}

// openLoop offers cfg.Rate requests per second on a wall-clock schedule:
// request i is due at start + i/rate whatever happened to earlier ones, and
// its latency counts from that time, so queueing (in the client or the
// server) is measured rather than hidden.
func (o *opener) openLoop(ctx context.Context, cfg OpenConfig, rep *OpenReport) {
	interval := time.Second / time.Duration(cfg.Rate)
	total := int((cfg.Warmup + cfg.Duration) / interval)
	type tick struct {
		at time.Time
		n  int64
	}
	ticks := make(chan tick, total+1) // never blocks the scheduler
	start := time.Now().Add(10 * time.Millisecond)
	measureFrom := start.Add(cfg.Warmup)
	stopProfile := profileFrom(cfg.CPUProfile, measureFrom)
	go func() {
		defer close(ticks)
		for i := range total {
			at := start.Add(time.Duration(i) * interval)
			if w := time.Until(at); w > 0 {
				select {
				case <-time.After(w):
				case <-ctx.Done():
					return
				}
			}
			ticks <- tick{at, int64(i)}
		}
	}()
	tallies := make([]tally, cfg.Clients)
	var wg sync.WaitGroup
	for w := range cfg.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := &tallies[w]
			t.lat = make([]time.Duration, 0, total/cfg.Clients+16)
			var buf bytes.Buffer
			for tk := range ticks {
				lag := time.Since(tk.at)
				kind, err := o.open(ctx, tk.n, &buf)
				done := time.Now()
				if tk.at.Before(measureFrom) {
					continue
				}
				if lag > LateAfter {
					t.late++
				}
				t.maxLag = max(t.maxLag, lag)
				t.record(kind, err, done.Sub(tk.at), done)
			}
		}()
	}
	wg.Wait()
	stopProfile()
	rep.Scheduled = total - int(cfg.Warmup/interval)
	summarize(rep, tallies, measureFrom)
}

// closedLoop runs cfg.Clients clients, each sending its next request as soon
// as the previous answer arrives: the maximum rate, at the latency it costs.
func (o *opener) closedLoop(ctx context.Context, cfg OpenConfig, rep *OpenReport) {
	start := time.Now()
	measureFrom := start.Add(cfg.Warmup)
	end := measureFrom.Add(cfg.Duration)
	stopProfile := profileFrom(cfg.CPUProfile, measureFrom)
	var seq atomic.Int64
	tallies := make([]tally, cfg.Clients)
	var wg sync.WaitGroup
	for w := range cfg.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := &tallies[w]
			var buf bytes.Buffer
			for ctx.Err() == nil {
				t0 := time.Now()
				if !t0.Before(end) {
					return
				}
				kind, err := o.open(ctx, seq.Add(1)-1, &buf)
				done := time.Now()
				if t0.Before(measureFrom) {
					continue
				}
				t.record(kind, err, done.Sub(t0), done)
			}
		}()
	}
	wg.Wait()
	stopProfile()
	summarize(rep, tallies, measureFrom)
}

func summarize(rep *OpenReport, tallies []tally, from time.Time) {
	var lat []time.Duration
	var last time.Time
	for i := range tallies {
		t := &tallies[i]
		lat = append(lat, t.lat...)
		rep.OK += t.ok
		rep.Late += t.late
		rep.MaxLag = max(rep.MaxLag, t.maxLag)
		for k, v := range t.kinds {
			if rep.ErrorKinds == nil {
				rep.ErrorKinds = map[string]int{}
			}
			rep.ErrorKinds[k] += v
			rep.Errors += v
		}
		if t.first != nil && rep.FirstError == "" {
			rep.FirstError = t.first.Error()
		}
		if t.last.After(last) {
			last = t.last
		}
	}
	if !last.IsZero() {
		rep.Elapsed = last.Sub(from)
		rep.PerSec = float64(rep.OK) / rep.Elapsed.Seconds()
	}
	slices.Sort(lat)
	if n := len(lat); n > 0 {
		p := func(q float64) time.Duration { return lat[min(n-1, int(float64(n)*q))] }
		rep.P50, rep.P90, rep.P99, rep.Max = p(.50), p(.90), p(.99), lat[n-1]
	}
}

// Print writes a human-readable report.
func (r OpenReport) Print(w io.Writer) {
	fmt.Fprintf(w, "sealpost bench open — %s, %d users × %d phi messages, %d CPUs\n", r.Database, r.Users, r.MessagesPerUser, r.CPUs)
	fmt.Fprintf(w, "  set-up: %d users enrolled through the pages in %.1fs, %d messages sent in %.1fs\n",
		r.Users, r.Enrol.Seconds(), r.Users*r.MessagesPerUser, r.Send.Seconds())
	if r.Rate > 0 {
		fmt.Fprintf(w, "  open loop: offered %d/s for %s after %s warm-up, up to %d in flight; %d scheduled\n",
			r.Rate, r.Duration, r.Warmup, r.Clients, r.Scheduled)
	} else {
		fmt.Fprintf(w, "  closed loop: %d clients for %s after %s warm-up\n", r.Clients, r.Duration, r.Warmup)
	}
	fmt.Fprintf(w, "  GET /v1/inbox/{id}: %.1f /s achieved, %d ok, %d errors", r.PerSec, r.OK, r.Errors)
	if r.Rate > 0 {
		fmt.Fprintf(w, ", %d late starts (> %s behind schedule; max %.1f ms)", r.Late, LateAfter, ms(r.MaxLag))
	}
	fmt.Fprintln(w)
	from := "from the request's start"
	if r.Rate > 0 {
		from = "from the scheduled start"
	}
	fmt.Fprintf(w, "  latency %s: p50 %.2f ms   p90 %.2f ms   p99 %.2f ms   max %.2f ms\n", from, ms(r.P50), ms(r.P90), ms(r.P99), ms(r.Max))
	if len(r.ErrorKinds) > 0 {
		kinds := make([]string, 0, len(r.ErrorKinds))
		for k := range r.ErrorKinds {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		for _, k := range kinds {
			fmt.Fprintf(w, "    %d × %s\n", r.ErrorKinds[k], k)
		}
		fmt.Fprintf(w, "  first error: %s\n", r.FirstError)
	}
}

// JSON writes the report as JSON.
func (r OpenReport) JSON(w io.Writer) error { return json.NewEncoder(w).Encode(r) }
