package faulttest

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/sealpost/sealpost/internal/testsmtp"
	_ "modernc.org/sqlite"
)

// Sizes of the default run (./scripts/test); SEALPOST_FAULT_MESSAGES and
// SEALPOST_FAULT_RATE make a longer one (docs: README "Test").
const (
	defaultMessages = 2000
	defaultRate     = 200 // messages posted per second
	mailDomain      = "fault.example"
	// sendDelay is the relay's answer time: at 200 messages a second about
	// 20 sends are in flight when a node is killed or PostgreSQL restarts.
	sendDelay = 100 * time.Millisecond
	// rescueBound: a killed node's jobs are re-queued within this long of
	// the kill (jobs.RescueAfter + River's 30 s rescuer interval + the
	// survivor's take-over as River leader), then run after ≤ 2 s of backoff.
	rescueBound = 58 * time.Second
)

// TestFaultsPostgres (issue 13 items 16–19): two nodes on one PostgreSQL
// database (a private cluster); one node is killed with SIGKILL and
// restarted, then PostgreSQL is restarted, then the other node is killed.
func TestFaultsPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("fault suite skipped in -short mode")
	}
	t.Parallel()
	pg := startPG(t)
	h := newHarness(t, pg.URL())
	a := h.node("node-a")
	b := h.node("node-b")
	a.start()
	b.start()
	h.setup(a)
	h.run([]*node{a, b}, []event{
		{at: 0.25, name: "kill -9 node-a", do: func() { h.kill(a); a.start() }},
		{at: 0.5, name: "restart PostgreSQL", do: pg.Restart, restart: true},
		{at: 0.75, name: "kill -9 node-b", do: func() { h.kill(b); b.start() }},
	})
	h.check(func() *deliveryRows { return pgRows(t, pg.URL()) })
}

// TestFaultsSQLite: the same on SQLite with the single node killed twice.
func TestFaultsSQLite(t *testing.T) {
	if testing.Short() {
		t.Skip("fault suite skipped in -short mode")
	}
	t.Parallel()
	path := filepath.Join(t.TempDir(), "sealpost.db")
	h := newHarness(t, "sqlite:"+path)
	n := h.node("node")
	n.start()
	h.setup(n)
	h.run([]*node{n}, []event{
		{at: 0.3, name: "kill -9 node", do: func() { h.kill(n); n.start() }},
		{at: 0.7, name: "kill -9 node again", do: func() { h.kill(n); n.start() }},
	})
	h.check(func() *deliveryRows { return sqliteRows(t, path) })
}

type event struct {
	at      float64 // fraction of the posting schedule
	name    string
	do      func()
	restart bool // a database restart (no duplicate may come from it)
}

type harness struct {
	t        *testing.T
	dir      string
	dsn      string
	keyFile  string
	smtp     *testsmtp.Server
	key      string // tenant API key
	messages int
	rate     int

	mu       sync.Mutex
	kills    []time.Time // when each SIGKILL was sent
	killed   []time.Time // when that process was seen to have exited
	restarts [][2]time.Time
	posted   map[string]time.Time // message id → 201 time
	codes    map[int]int
	failures []string
	nodes    []*node
	start    time.Time
}

func newHarness(t *testing.T, dsn string) *harness {
	h := &harness{t: t, dir: t.TempDir(), dsn: dsn, messages: envInt("SEALPOST_FAULT_MESSAGES", defaultMessages),
		rate: envInt("SEALPOST_FAULT_RATE", defaultRate), posted: map[string]time.Time{}, codes: map[int]int{}}
	h.keyFile = filepath.Join(h.dir, "root-keyset.json")
	s, stop, err := testsmtp.Listen(h.dir, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	s.SetDelay(sendDelay)
	h.smtp = s
	h.cli("migrate")
	var ct struct {
		APIKey string `json:"api_key"`
	}
	if err := json.Unmarshal(h.cli("tenant", "create", "fault", "--json"), &ct); err != nil || ct.APIKey == "" {
		t.Fatalf("tenant create: %v", err)
	}
	h.key = ct.APIKey
	return h
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// cli runs a sealpost command against the harness's database.
func (h *harness) cli(args ...string) []byte {
	h.t.Helper()
	args = append(args, "--db", h.dsn, "--key-file", h.keyFile, "--data-dir", h.dir, "--log-level", "warn")
	out, err := exec.Command(sealpostBinary(h.t), args...).Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		h.t.Fatalf("sealpost %v: %v\n%s", args[:2], err, stderr)
	}
	return out
}

func (h *harness) node(name string) *node {
	n := h.newNode(name)
	h.nodes = append(h.nodes, n)
	return n
}

func (h *harness) newNode(name string) *node {
	return newNode(h.t, name, "--db", h.dsn, "--key-file", h.keyFile, "--data-dir", filepath.Join(h.dir, name),
		"--smtp-host", h.smtp.Host, "--smtp-port", strconv.Itoa(h.smtp.Port), "--smtp-ca-file", h.smtp.CAFile,
		"--smtp-from", "Fault Health <notices@"+mailDomain+">", "--delivery-workers", "50", "--smtp-pool-size", "50")
}

func (h *harness) kill(n *node) {
	h.mu.Lock()
	h.kills = append(h.kills, time.Now())
	h.mu.Unlock()
	n.kill()
	h.mu.Lock()
	h.killed = append(h.killed, time.Now())
	h.mu.Unlock()
}

var client = &http.Client{Timeout: 15 * time.Second}

// setup puts the recipients (email only: one delivery per message).
func (h *harness) setup(n *node) {
	for i := range 50 {
		body := fmt.Sprintf(`{"email":"patient%d@example.org","time_zone":"UTC"}`, i)
		code, _, err := h.call(n, "PUT", "/v1/recipients/r-"+strconv.Itoa(i), "", body)
		if err != nil || (code != 200 && code != 201) {
			h.t.Fatalf("put recipient: %d %v", code, err)
		}
	}
}

func (h *harness) call(n *node, method, path, idem, body string) (int, []byte, error) {
	req, _ := http.NewRequest(method, n.Base()+path, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+h.key)
	req.Header.Set("Content-Type", "application/json")
	if idem != "" {
		req.Header.Set("Idempotency-Key", idem)
	}
	res, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if res.StatusCode == 503 && res.Header.Get("Retry-After") == "" {
		h.fail("503 without Retry-After")
	}
	return res.StatusCode, b, err
}

func (h *harness) fail(format string, args ...any) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.failures) < 20 {
		h.failures = append(h.failures, fmt.Sprintf(format, args...))
	}
}

// run posts h.messages at h.rate over the live nodes, running the events at
// their points of the schedule; clients retry (same Idempotency-Key, next
// node) on connection errors and 503s, as the API asks.
func (h *harness) run(nodes []*node, events []event) {
	h.t.Helper()
	start := time.Now()
	h.start = start
	span := time.Duration(float64(h.messages) / float64(h.rate) * float64(time.Second))
	var evWG sync.WaitGroup
	evWG.Add(1)
	go func() {
		defer evWG.Done()
		for _, e := range events {
			time.Sleep(time.Until(start.Add(time.Duration(e.at * float64(span))))) // the schedule, not a wait for a state
			t0 := time.Now()
			e.do()
			h.t.Logf("%s at %.1fs took %v", e.name, t0.Sub(start).Seconds(), time.Since(t0).Round(time.Millisecond))
			if e.restart {
				h.mu.Lock()
				h.restarts = append(h.restarts, [2]time.Time{t0, time.Now()})
				h.mu.Unlock()
			}
		}
	}()
	work := make(chan int)
	var wg sync.WaitGroup
	var retries atomic.Int64
	for range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				h.post(nodes, i, &retries)
			}
		}()
	}
	for i := range h.messages {
		time.Sleep(time.Until(start.Add(time.Duration(i) * time.Second / time.Duration(h.rate)))) // open-loop pacing
		work <- i
	}
	close(work)
	wg.Wait()
	evWG.Wait()
	h.t.Logf("posted %d messages in %v (%d retried requests); answers %v", len(h.posted), time.Since(start).Round(time.Millisecond), retries.Load(), h.codes)
}

func (h *harness) post(nodes []*node, i int, retries *atomic.Int64) {
	body := fmt.Sprintf(`{"recipient":"r-%d","category":"payment_processed","subject":"Payment %d received","body":"We received payment %d.","notice_vars":{"amount":"%d.00"}}`, i%50, i, i, i%300)
	first := time.Now()
	for try := 0; ; try++ {
		n := nodes[(i+try)%len(nodes)]
		code, b, err := h.call(n, "POST", "/v1/messages", "fault-"+strconv.Itoa(i), body)
		h.mu.Lock()
		h.codes[code]++
		h.mu.Unlock()
		switch {
		case err == nil && code == 201:
			var m struct {
				ID string `json:"id"`
			}
			if json.Unmarshal(b, &m) != nil || m.ID == "" {
				h.fail("201 without an id: %s", b)
				return
			}
			h.mu.Lock()
			if _, seen := h.posted[m.ID]; !seen {
				h.posted[m.ID] = time.Now()
			}
			h.mu.Unlock()
			return
		case err == nil && code != 503:
			h.fail("POST answered %d: %s", code, b)
			return
		}
		if time.Since(first) > 90*time.Second {
			h.fail("message %d never accepted (last: %d %v)", i, code, err)
			return
		}
		retries.Add(1)
		time.Sleep(200 * time.Millisecond) // a client's retry pause
	}
}

type deliveryRows struct {
	messages   map[string]bool
	deliveries map[string]string // delivery id → status
	byMessage  map[string][]string
	jobs       map[string]int // River deliver jobs by state
	rescues    []time.Time    // when River's rescuer re-queued a deliver job
}

// check waits (bounded) for every delivery to end, then asserts.
func (h *harness) check(read func() *deliveryRows) {
	t := h.t
	t.Helper()
	if len(h.failures) > 0 {
		t.Fatalf("posting: %v", h.failures)
	}
	if h.codes[500] > 0 {
		t.Fatalf("%d answers were 500 (a database outage must answer 503)", h.codes[500])
	}
	deadline := time.Now().Add(150 * time.Second)
	var rows *deliveryRows
	for {
		rows = read()
		open := 0
		for _, st := range rows.deliveries {
			if st != "sent" {
				open++
			}
		}
		// Settled: every delivery sent, and every deliver job completed
		// (jobs whose completion a kill or restart lost were rescued and
		// found their delivery final).
		if open == 0 && len(rows.deliveries) >= len(h.posted) && rows.jobs["completed"] == sum(rows.jobs) {
			break
		}
		if time.Now().After(deadline) {
			counts := map[string]int{}
			for _, st := range rows.deliveries {
				counts[st]++
			}
			t.Fatalf("not settled within 150 s: deliveries %v, River deliver jobs %v", counts, rows.jobs)
		}
		time.Sleep(500 * time.Millisecond) // polling the database, bounded by deadline
	}
	// Every message answered 201 exists, with exactly one delivery, sent.
	for id := range h.posted {
		if !rows.messages[id] {
			t.Fatalf("message %s answered 201 but is not stored", id)
		}
		if n := len(rows.byMessage[id]); n != 1 {
			t.Fatalf("message %s has %d deliveries, want 1", id, n)
		}
	}
	// Every delivery's email arrived, under its own Message-ID; duplicates
	// only where the first copy was accepted just before a kill, or its
	// outcome write was held up by the database restart until a kill.
	copies := h.smtp.Copies()
	dups, fromRestart, held, slowest := 0, 0, 0, time.Duration(0)
	for msgID, dels := range rows.byMessage {
		if _, posted := h.posted[msgID]; !posted {
			t.Fatalf("a stored message (%s) was never answered 201", msgID)
		}
		mid := dels[0] + "@" + mailDomain
		times := copies[mid]
		if len(times) == 0 {
			t.Fatalf("delivery %s is sent but no email carries its Message-ID", dels[0])
		}
		slowest = max(slowest, times[0].Sub(h.posted[msgID]))
		if len(times) == 1 {
			continue
		}
		dups += len(times) - 1
		// In flight at a kill: the first copy was accepted just before a
		// kill, and the next one only after the rescue (≥ jobs.RescueAfter
		// after the attempt began; a retry after a failed outcome write, as
		// a database restart would cause, comes within seconds).
		if !h.nearKill(times[0]) && h.heldByRestart(times[0]) && times[1].Sub(times[0]) >= 10*time.Second {
			held += len(times) - 1
		}
		if !(h.nearKill(times[0]) || h.heldByRestart(times[0])) || times[1].Sub(times[0]) < 10*time.Second {
			if h.nearRestart(times[0]) {
				fromRestart++
			}
			t.Errorf("delivery %s was sent %d times (first copy at %.2fs, second %.1fs after it) and was not a send in flight at a kill (kills sent at %s, exits seen at %s)",
				dels[0], len(times), times[0].Sub(h.start).Seconds(), times[1].Sub(times[0]).Seconds(), h.offsets(h.kills), h.offsets(h.killed))
		}
	}
	if len(copies) != len(rows.deliveries) {
		t.Errorf("%d distinct Message-IDs for %d deliveries", len(copies), len(rows.deliveries))
	}
	// A dead node's jobs (sends in flight, jobs fetched but not started, and
	// completions not yet written) are rescued within a minute of the kill.
	if len(rows.rescues) == 0 {
		t.Error("no job was rescued: the kills caught nothing in flight, so the rescue went untested")
	}
	var slowestRescue time.Duration
	for _, at := range rows.rescues {
		k, ok := h.killBefore(at)
		if !ok {
			t.Errorf("a job was rescued at %.1fs, before any kill", at.Sub(h.start).Seconds())
			continue
		}
		slowestRescue = max(slowestRescue, at.Sub(k))
	}
	if slowestRescue > rescueBound {
		t.Errorf("a dead node's job was rescued %v after the kill, want within %v", slowestRescue.Round(time.Millisecond), rescueBound)
	}
	t.Logf("%d jobs rescued, the last %v after its kill", len(rows.rescues), slowestRescue.Round(time.Millisecond))
	retried := 0
	for _, n := range h.nodes {
		b, _ := os.ReadFile(n.logf.Name())
		retried += bytes.Count(b, []byte("delivery outcome not recorded; retrying"))
	}
	t.Logf("%d messages, %d deliveries sent, %d duplicate emails (all in flight at a kill, %d of them with the outcome write held up by the database restart until the kill; %d from the database restart alone), slowest delivery %v; %d outcome writes retried after the relay accepted",
		len(h.posted), len(rows.deliveries), dups, held, fromRestart, slowest.Round(time.Millisecond), retried)
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// killBefore is the last kill before at.
func (h *harness) killBefore(at time.Time) (time.Time, bool) {
	var last time.Time
	for _, k := range h.kills {
		if k.Before(at) && k.After(last) {
			last = k
		}
	}
	return last, !last.IsZero()
}

// nearKill: the copy had fully arrived within the 3 s before a kill (a send
// in flight whose outcome write the kill prevented) or until 1 s after the
// killed process was seen to exit: bytes the node wrote before it died sit in
// the kernel's socket buffer until the relay's goroutine reads them, which on
// a loaded two-core machine has been seen to take a few hundred milliseconds
// (a CI run on 2b89c51: six copies read 0.2–0.3 s after node-b's exit, their
// second copies 45 s later from the rescue). The other condition, a second
// copy only after the rescue (≥ 10 s), is what tells a kill's duplicate from
// a retry.
func (h *harness) nearKill(at time.Time) bool {
	for i, k := range h.kills {
		// until the process was seen to exit: on a loaded machine a
		// SIGKILL can take a while to end a node whose sends are already
		// on the wire
		if !at.Before(k.Add(-3*time.Second)) && !at.After(h.killed[i].Add(time.Second)) {
			return true
		}
	}
	return false
}

// heldByRestart: the compound case of a kill's duplicate. The copy arrived
// just before or while PostgreSQL was down, so its outcome write was still
// being retried (delivery/record.go) when a kill struck before the write
// could land — within 3 s of the database coming back (the write's backoff
// is at most 2 s). The node died between the relay's acceptance and the
// write: the documented at-least-once window (docs/email.md, "At least
// once"). Seen in a CI run under load (stop 33): first copy at 9.8 s, the
// restart 10.3–13.4 s, node-b killed at 13.4 s, the second copy from the
// rescue 42.7 s later. A retry of the write alone never sends a second copy;
// that case still fails the test.
func (h *harness) heldByRestart(at time.Time) bool {
	for _, r := range h.restarts {
		if at.Before(r[0].Add(-3*time.Second)) || at.After(r[1]) {
			continue
		}
		for _, k := range h.kills {
			if !k.Before(at) && !k.After(r[1].Add(3*time.Second)) {
				return true
			}
		}
	}
	return false
}

// offsets prints times as seconds since the run began.
func (h *harness) offsets(ts []time.Time) string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = fmt.Sprintf("%.2fs", t.Sub(h.start).Seconds())
	}
	return strings.Join(out, ", ")
}

func (h *harness) nearRestart(at time.Time) bool {
	for _, r := range h.restarts {
		if !at.Before(r[0].Add(-3*time.Second)) && !at.After(r[1].Add(10*time.Second)) {
			return true
		}
	}
	return false
}

func pgRows(t *testing.T, url string) *deliveryRows {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	r := &deliveryRows{messages: map[string]bool{}, deliveries: map[string]string{}, byMessage: map[string][]string{}, jobs: map[string]int{}}
	rs, err := conn.Query(ctx, `SELECT id FROM messages`)
	if err != nil {
		t.Fatal(err)
	}
	for rs.Next() {
		var id string
		_ = rs.Scan(&id)
		r.messages[id] = true
	}
	rs.Close()
	rs, err = conn.Query(ctx, `SELECT id, message_id, status FROM deliveries`)
	if err != nil {
		t.Fatal(err)
	}
	for rs.Next() {
		var id, m, st string
		_ = rs.Scan(&id, &m, &st)
		r.deliveries[id] = st
		r.byMessage[m] = append(r.byMessage[m], id)
	}
	rs.Close()
	rs, err = conn.Query(ctx, jobStates)
	if err != nil {
		t.Fatal(err)
	}
	for rs.Next() {
		var st string
		var n int
		_ = rs.Scan(&st, &n)
		r.jobs[st] = n
	}
	rs.Close()
	rs, err = conn.Query(ctx, pgRescues)
	if err != nil {
		t.Fatal(err)
	}
	for rs.Next() {
		var at string
		_ = rs.Scan(&at)
		r.addRescue(t, at)
	}
	rs.Close()
	return r
}

const jobStates = `SELECT state, COUNT(*) FROM river_job WHERE kind = 'sealpost.deliver' GROUP BY state`

// Rescue times, from the error River's rescuer records on each job it rescues.
const (
	pgRescues     = `SELECT e->>'at' FROM river_job, unnest(errors) AS e WHERE kind = 'sealpost.deliver' AND e->>'error' LIKE 'Stuck job rescued%'`
	sqliteRescues = `SELECT json_extract(j.value, '$.at') FROM river_job, json_each(CAST(river_job.errors AS TEXT)) AS j
		WHERE kind = 'sealpost.deliver' AND river_job.errors IS NOT NULL AND json_extract(j.value, '$.error') LIKE 'Stuck job rescued%'`
)

func (r *deliveryRows) addRescue(t *testing.T, at string) {
	ts, err := time.Parse(time.RFC3339Nano, at)
	if err != nil {
		t.Fatalf("rescue time %q: %v", at, err)
	}
	r.rescues = append(r.rescues, ts)
}

func sqliteRows(t *testing.T, path string) *deliveryRows {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r := &deliveryRows{messages: map[string]bool{}, deliveries: map[string]string{}, byMessage: map[string][]string{}, jobs: map[string]int{}}
	rs, err := db.Query(`SELECT id FROM messages`)
	if err != nil {
		t.Fatal(err)
	}
	for rs.Next() {
		var id string
		_ = rs.Scan(&id)
		r.messages[id] = true
	}
	rs.Close()
	rs, err = db.Query(`SELECT id, message_id, status FROM deliveries`)
	if err != nil {
		t.Fatal(err)
	}
	for rs.Next() {
		var id, m, st string
		_ = rs.Scan(&id, &m, &st)
		r.deliveries[id] = st
		r.byMessage[m] = append(r.byMessage[m], id)
	}
	rs.Close()
	rs, err = db.Query(jobStates)
	if err != nil {
		t.Fatal(err)
	}
	for rs.Next() {
		var st string
		var n int
		_ = rs.Scan(&st, &n)
		r.jobs[st] = n
	}
	rs.Close()
	rs, err = db.Query(sqliteRescues)
	if err != nil {
		t.Fatal(err)
	}
	for rs.Next() {
		var at string
		_ = rs.Scan(&at)
		r.addRescue(t, at)
	}
	rs.Close()
	return r
}
