package bench

// `sealpost bench staff-open`: staff members opening sealed staff messages
// (GET /v1/staff-inbox/{id}: staff session, decrypt, open event + first
// read + audit in one transaction) at a fixed rate, while the quick-removal
// pass shreds messages a minute after their first read — the staff
// mailbox's hot path and its shredding under that load. Staff are invited
// and enrolled through the real pages (password at the real argon2id cost,
// TOTP code from the page's secret).

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"

	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/staff"
)

// StaffOpenConfig describes one run.
type StaffOpenConfig struct {
	DB            string        // as OpenConfig.DB
	Staff         int           // staff members in the pool, each enrolled through the pages
	Rate          int           // offered opens/s (open loop)
	Clients       int           // most requests in flight
	Duration      time.Duration // measured time (opens keep going throughout)
	OpensPer      int           // opens of each message (by different staff), 1 s apart
	ReadTTL       time.Duration // the pool's read policy (shredded this long after the first open)
	ShredInterval time.Duration // how often the shredding pass runs (as the periodic job)
	Log           io.Writer
}

// StaffOpenReport is the outcome.
type StaffOpenReport struct {
	Database      string         `json:"database"`
	CPUs          int            `json:"cpus"`
	Staff         int            `json:"staff"`
	Rate          int            `json:"offered_rate"`
	Duration      time.Duration  `json:"duration_ns"`
	Messages      int            `json:"messages"`
	OK            int            `json:"ok"`
	Errors        int            `json:"errors"`
	ErrorKinds    map[string]int `json:"error_kinds,omitempty"`
	Late          int            `json:"late_starts"`
	PerSec        float64        `json:"per_second"`
	P50           time.Duration  `json:"p50_ns"`
	P99           time.Duration  `json:"p99_ns"`
	Max           time.Duration  `json:"max_ns"`
	ShredOpens    int            `json:"opens_while_shredding"` // opens that started after the first shred
	ShredP99      time.Duration  `json:"p99_while_shredding_ns"`
	ShredMax      time.Duration  `json:"max_while_shredding_ns"`
	Shredded      int            `json:"shredded"`
	ShredMaxLag   time.Duration  `json:"shred_max_lag_ns"` // largest shredded_at − shred_due_at
	OverdueAtEnd  int            `json:"overdue_at_end"`
	ShredPasses   int            `json:"shred_passes"`
	ShredPassMax  time.Duration  `json:"shred_pass_max_ns"`
	ReadTTL       time.Duration  `json:"read_ttl_ns"`
	ShredInterval time.Duration  `json:"shred_interval_ns"`
}

type staffOpenUser struct{ cookie string }

// RunStaffOpen runs the benchmark.
func RunStaffOpen(ctx context.Context, cfg StaffOpenConfig) (StaffOpenReport, error) {
	if cfg.Staff <= 0 {
		cfg.Staff = 10
	}
	if cfg.Rate <= 0 {
		cfg.Rate = 200
	}
	if cfg.Clients <= 0 {
		cfg.Clients = 64
	}
	if cfg.Duration <= 0 {
		cfg.Duration = 90 * time.Second
	}
	if cfg.OpensPer <= 0 {
		cfg.OpensPer = 2
	}
	if cfg.ReadTTL <= 0 {
		cfg.ReadTTL = time.Minute
	}
	if cfg.ShredInterval <= 0 {
		cfg.ShredInterval = staff.DefaultShredInterval
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	rep := StaffOpenReport{CPUs: runtime.NumCPU(), Staff: cfg.Staff, Rate: cfg.Rate, Duration: cfg.Duration, ReadTTL: cfg.ReadTTL, ShredInterval: cfg.ShredInterval}
	node, err := startNode(ctx, cfg.DB, service.Config{PasswordParams: service.DefaultPasswordParams})
	if err != nil {
		return rep, err
	}
	defer node.close()
	st, svc, base := node.st, node.svc, node.base
	rep.Database = st.Dialect()
	stf := staff.New(svc, nil, staff.Config{}) // same database as the node's; runs the shred passes and the invitations
	ten, err := svc.CreateTenant(ctx, "bench", "bench")
	if err != nil {
		return rep, err
	}
	tr := &http.Transport{MaxIdleConns: cfg.Clients * 2, MaxIdleConnsPerHost: cfg.Clients * 2, DisableCompression: true, IdleConnTimeout: time.Minute}
	defer tr.CloseIdleConnections()
	apiClient := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	pol := fmt.Sprintf(`{"read_ttl_seconds":%d,"max_age_seconds":86400}`, int(cfg.ReadTTL/time.Second))
	if code, err := call(apiClient, "PUT", base+"/v1/staff-pools/bench", ten.APIKey, "", []byte(pol)); err != nil || code != 200 {
		return rep, fmt.Errorf("bench: pool: %d %v", code, err)
	}
	fmt.Fprintf(cfg.Log, "staff-open: %s, enrolling %d staff through /staff/invite → /staff/enrol\n", rep.Database, cfg.Staff)
	users := make([]staffOpenUser, cfg.Staff)
	if err := parallel(ctx, cfg.Staff, max(2, runtime.NumCPU()), func(i int) error {
		c, err := enrolStaff(ctx, stf, tr, base, ten.TenantID, i)
		users[i].cookie = c
		return err
	}); err != nil {
		return rep, err
	}
	total := cfg.Rate * int(cfg.Duration/time.Second)
	rep.Messages = total/cfg.OpensPer + 1
	fmt.Fprintf(cfg.Log, "staff-open: sending %d staff messages to the pool\n", rep.Messages)
	ids := make([]string, rep.Messages)
	if err := parallel(ctx, rep.Messages, 8, func(k int) error {
		b, _ := json.Marshal(map[string]any{"to": "pool:bench", "subject": benchSubject(k, k), "body": benchBody(k, k)})
		req, _ := http.NewRequestWithContext(ctx, "POST", base+"/v1/staff-messages", strings.NewReader(string(b)))
		req.Header.Set("Authorization", "Bearer "+ten.APIKey)
		req.Header.Set("Content-Type", "application/json")
		res, err := apiClient.Do(req)
		if err != nil {
			return err
		}
		defer res.Body.Close()
		var v struct{ ID string }
		if err := json.NewDecoder(res.Body).Decode(&v); err != nil || res.StatusCode != 201 {
			return fmt.Errorf("bench: staff message: %d %v", res.StatusCode, err)
		}
		ids[k] = v.ID
		return nil
	}); err != nil {
		return rep, err
	}

	// The shredding pass, as the periodic job runs it.
	var firstShred atomic.Int64 // unix nanos of the first pass that shredded something
	var passes int
	var passMax time.Duration
	shredCtx, stopShred := context.WithCancel(ctx)
	defer stopShred()
	shredDone := make(chan struct{})
	go func() {
		defer close(shredDone)
		t := time.NewTicker(cfg.ShredInterval)
		defer t.Stop()
		for {
			select {
			case <-shredCtx.Done():
				return
			case <-t.C:
			}
			t0 := time.Now()
			n, _, err := stf.RunShred(shredCtx, staff.ShredBudget)
			if err != nil && shredCtx.Err() == nil {
				fmt.Fprintf(cfg.Log, "staff-open: shred pass: %v\n", err)
			}
			passes++
			passMax = max(passMax, time.Since(t0))
			if n > 0 {
				firstShred.CompareAndSwap(0, t0.UnixNano())
			}
		}
	}()

	// Open loop: request i opens message i/OpensPer as staff member i%Staff,
	// so each message is opened OpensPer times, about a second apart at
	// most, long before its read policy removes it.
	fmt.Fprintf(cfg.Log, "staff-open: %d opens/s for %s (pool read policy %s, shred pass every %s)\n", cfg.Rate, cfg.Duration, cfg.ReadTTL, cfg.ShredInterval)
	type sample struct {
		start time.Time
		lat   time.Duration
		err   string
		late  bool
	}
	samples := make([]sample, total)
	sem := make(chan struct{}, cfg.Clients)
	var wg sync.WaitGroup
	start := time.Now()
	interval := time.Second / time.Duration(cfg.Rate)
	for i := range total {
		at := start.Add(time.Duration(i) * interval)
		if d := time.Until(at); d > 0 {
			time.Sleep(d)
		}
		if ctx.Err() != nil {
			break
		}
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			t0 := time.Now()
			u := users[i%cfg.Staff]
			req, _ := http.NewRequestWithContext(ctx, "GET", base+"/v1/staff-inbox/"+ids[i/cfg.OpensPer], nil)
			req.Header.Set("Cookie", u.cookie)
			res, err := apiClient.Do(req)
			lat := time.Since(at) // from the scheduled start: queueing counts (as bench open)
			kind := ""
			if err != nil {
				kind = "transport"
			} else {
				_, _ = io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != 200 {
					kind = fmt.Sprint(res.StatusCode)
				}
			}
			samples[i] = sample{start: at, lat: lat, err: kind, late: t0.Sub(at) > LateAfter}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	// Let the shredding catch up with what became due, then stop it.
	deadline := time.Now().Add(cfg.ReadTTL + 2*cfg.ShredInterval)
	for time.Now().Before(deadline) && ctx.Err() == nil {
		_, _, over, _, err := st.StaffShredStats(ctx, svc.Now())
		if err != nil {
			return rep, err
		}
		if over == 0 && time.Since(start) > cfg.ReadTTL+elapsed {
			break
		}
		time.Sleep(time.Second)
	}
	stopShred()
	<-shredDone
	rep.ShredPasses, rep.ShredPassMax = passes, passMax

	var all, during []time.Duration
	fs := firstShred.Load()
	for _, s := range samples {
		if s.start.IsZero() {
			continue
		}
		if s.late {
			rep.Late++
		}
		if s.err != "" {
			rep.Errors++
			if rep.ErrorKinds == nil {
				rep.ErrorKinds = map[string]int{}
			}
			rep.ErrorKinds[s.err]++
			continue
		}
		rep.OK++
		all = append(all, s.lat)
		if fs != 0 && s.start.UnixNano() >= fs {
			during = append(during, s.lat)
		}
	}
	rep.PerSec = float64(rep.OK) / elapsed.Seconds()
	rep.P50, rep.P99, rep.Max = staffPct(all, 50), staffPct(all, 99), staffPct(all, 100)
	rep.ShredOpens = len(during)
	rep.ShredP99, rep.ShredMax = staffPct(during, 99), staffPct(during, 100)
	rep.Shredded, rep.ShredMaxLag, rep.OverdueAtEnd, _, err = st.StaffShredStats(ctx, svc.Now())
	return rep, err
}

func staffPct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := (len(s)*p + 99) / 100
	return s[min(max(i-1, 0), len(s)-1)]
}

// enrolStaff creates staff member i, follows the invitation and enrols
// through the pages; it returns the signed-in session's cookie.
func enrolStaff(ctx context.Context, stf *staff.Service, tr http.RoundTripper, base, tenantID string, i int) (string, error) {
	c, err := stf.Create(ctx, tenantID, "bench", staff.CreateInput{Email: fmt.Sprintf("staff-%d@bench.example", i), Name: fmt.Sprintf("Staff %d", i), Role: staff.RoleMember, Pools: []string{"bench"}})
	if err != nil {
		return "", err
	}
	jar, _ := cookiejar.New(nil)
	b := &pageClient{c: &http.Client{Transport: tr, Jar: jar, Timeout: 30 * time.Second}, base: base}
	link := strings.TrimPrefix(c.InvitationLink, base)
	st, err := b.get(link)
	if err != nil || st != 200 {
		return "", fmt.Errorf("bench: invitation page: %d %v", st, err)
	}
	st, err = b.post(link, url.Values{})
	if err := b.step("/staff/invite", st, err, "/staff/enrol"); err != nil {
		return "", err
	}
	m := benchSecretRE.FindStringSubmatch(b.page)
	if m == nil {
		return "", errors.New("bench: staff enrol: no TOTP secret on /staff/enrol")
	}
	code, err := totp.GenerateCodeCustom(strings.ReplaceAll(m[1], " ", ""), time.Now(), totp.ValidateOpts{Period: 30, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1})
	if err != nil {
		return "", err
	}
	st, err = b.post("/staff/enrol", url.Values{"password": {benchPassword}, "confirm": {benchPassword}, "code": {code}})
	if err := b.step("/staff/enrol", st, err, "/staff/inbox"); err != nil {
		return "", err
	}
	u, _ := url.Parse(base)
	for _, ck := range jar.Cookies(u) {
		if ck.Name == "sealpost_staff" && ck.Value != "" {
			return ck.Name + "=" + ck.Value, nil
		}
	}
	return "", errors.New("bench: staff enrol: no staff cookie")
}

// Print writes the report for people.
func (r StaffOpenReport) Print(w io.Writer) {
	fmt.Fprintf(w, "staff-open on %s (%d CPUs), %d staff, %d messages, offered %d/s for %s\n", r.Database, r.CPUs, r.Staff, r.Messages, r.Rate, r.Duration)
	fmt.Fprintf(w, "  opens: %d ok, %d errors %v, %d late starts, %.1f/s; p50 %s  p99 %s  max %s\n", r.OK, r.Errors, r.ErrorKinds, r.Late, r.PerSec, staffMS(r.P50), staffMS(r.P99), staffMS(r.Max))
	fmt.Fprintf(w, "  while shredding: %d opens, p99 %s  max %s\n", r.ShredOpens, staffMS(r.ShredP99), staffMS(r.ShredMax))
	fmt.Fprintf(w, "  shredding (read policy %s, pass every %s): %d shredded, largest lag after due %s, %d overdue at the end; %d passes, longest %s\n",
		r.ReadTTL, r.ShredInterval, r.Shredded, r.ShredMaxLag.Round(time.Millisecond), r.OverdueAtEnd, r.ShredPasses, r.ShredPassMax.Round(time.Millisecond))
}

// JSON writes the report as JSON.
func (r StaffOpenReport) JSON(w io.Writer) error { return json.NewEncoder(w).Encode(r) }

func staffMS(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }
