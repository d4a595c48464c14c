package api_test

import (
	"bufio"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/password"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// sseStream is an open GET /v1/inbox/events.
type sseStream struct {
	t      *testing.T
	res    *http.Response
	rd     *bufio.Reader
	cancel context.CancelFunc
	retry  bool // a retry: field was seen
}

// events opens the browser's live stream on base (the env's server unless
// given). Reads fail (rather than hang) after 30 s.
func (b *browser) events(t *testing.T, base string) *sseStream {
	t.Helper()
	if base == "" {
		base = b.e.srv.URL
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	req, _ := http.NewRequestWithContext(ctx, "GET", base+"/v1/inbox/events", nil)
	req.Header.Set("Accept", "text/event-stream")
	res, err := b.c.Do(req)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/event-stream" || res.Header.Get("Cache-Control") != "no-store" {
		cancel()
		res.Body.Close()
		t.Fatalf("events → %d %v", res.StatusCode, res.Header)
	}
	s := &sseStream{t: t, res: res, rd: bufio.NewReader(res.Body), cancel: cancel}
	t.Cleanup(s.close)
	return s
}

func (s *sseStream) close() { s.cancel(); s.res.Body.Close() }

// next reads the next event (skipping comments and the retry field).
func (s *sseStream) next() (event, data string) {
	s.t.Helper()
	for {
		line, err := s.rd.ReadString('\n')
		if err != nil {
			s.t.Fatalf("stream ended: %v", err)
		}
		line = strings.TrimSuffix(line, "\n")
		switch {
		case line == "":
			if event != "" || data != "" {
				return event, data
			}
		case strings.HasPrefix(line, ":"):
		case strings.HasPrefix(line, "retry: "):
			s.retry = true
		case strings.HasPrefix(line, "event: "):
			event = line[len("event: "):]
		case strings.HasPrefix(line, "data: "):
			data = line[len("data: "):]
		default:
			s.t.Fatalf("unexpected stream line %q", line)
		}
	}
}

// unread reads the next event, which must be an unread count and nothing
// else.
func (s *sseStream) unread() int {
	s.t.Helper()
	ev, data := s.next()
	var n int
	if ev != "unread" || !strings.HasPrefix(data, `{"unread":`) || !strings.HasSuffix(data, "}") {
		s.t.Fatalf("event %q %q, want an unread count only", ev, data)
	}
	n, err := strconv.Atoi(data[len(`{"unread":`) : len(data)-1])
	if err != nil {
		s.t.Fatalf("event data %q", data)
	}
	return n
}

func (b *browser) unreadCount(t *testing.T) int {
	t.Helper()
	r := b.api("GET", "/v1/inbox/unread_count")
	if r.status != 200 {
		t.Fatalf("unread_count → %d %s", r.status, r.body)
	}
	return int(r.json(t)["unread"].(float64))
}

// TestInboxEvents: a signed-in patient's stream gets its own count on
// subscribe and after every change to it — a message accepted, read,
// unread, archived, revoked — and nothing for another recipient's or
// tenant's messages.
func TestInboxEvents(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn, tnB := e.tenant("clinic-a"), e.tenant("clinic-b")
		owner := e.browser(t)
		e.enrol(t, owner, tn, "pat-a")
		other := e.browser(t)
		e.enrol(t, other, tn, "pat-b")
		e.putRecipient(tnB, "pat-a", map[string]any{"email": "pat-a@example.org"}) // same external id, another tenant

		base := owner.unreadCount(t)
		s := owner.events(t, "")
		if got := s.unread(); got != base {
			t.Fatalf("first event %d, want %d", got, base)
		}
		if !s.retry {
			t.Fatal("the stream sent no retry: field")
		}
		// Another recipient's and another tenant's messages: no event for
		// this stream. The next event is this recipient's own message, so an
		// event for theirs would have come first.
		e.sendTo(tn, "pat-b", "account_message", "", "For B", "Body B")
		e.sendTo(tnB, "pat-a", "account_message", "", "For tenant B", "Body")
		id, _ := e.sendTo(tn, "pat-a", "account_message", "", "For A", "Body A")
		if got := s.unread(); got != base+1 {
			t.Fatalf("after a message: %d, want %d", got, base+1)
		}
		step := func(method, path string, want int) {
			t.Helper()
			if r := owner.api(method, path); r.status != 204 {
				t.Fatalf("%s %s → %d %s", method, path, r.status, r.body)
			}
			if got := s.unread(); got != want {
				t.Fatalf("after %s: %d, want %d", path, got, want)
			}
		}
		step("POST", "/v1/inbox/"+id+"/read", base)
		step("POST", "/v1/inbox/"+id+"/unread", base+1)
		// The hosted inbox's open marks it read as well.
		if r := owner.api("GET", "/v1/inbox/"+id); r.status != 200 {
			t.Fatalf("open → %d", r.status)
		}
		if got := s.unread(); got != base {
			t.Fatalf("after open: %d, want %d", got, base)
		}
		step("POST", "/v1/inbox/"+id+"/unread", base+1)
		e.expect(e.do("DELETE", "/v1/messages/"+id, tn.key, nil), 200, "")
		if got := s.unread(); got != base {
			t.Fatalf("after revoke: %d, want %d", got, base)
		}
		// A message that expires: the count drops when it does, without a
		// change to trigger it (the stream knows the earliest expiry). The
		// service clock moves past it; the hub's timer fires a second later.
		exp := e.clock.Now().Add(time.Second).UTC().Format(time.RFC3339Nano)
		e.send(tn, map[string]any{"recipient": "pat-a", "category": "account_message", "subject": "Soon gone", "body": "Body", "expires_at": exp})
		if got := s.unread(); got != base+1 {
			t.Fatalf("after an expiring message: %d, want %d", got, base+1)
		}
		e.clock.Add(2 * time.Second)
		if got := s.unread(); got != base {
			t.Fatalf("after it expired: %d, want %d", got, base)
		}
		// A second stream of the same recipient starts at the current count.
		if got := owner.events(t, "").unread(); got != base {
			t.Fatalf("second stream: %d, want %d", got, base)
		}
		// The other recipient's stream shows their own count only.
		if got, want := other.events(t, "").unread(), other.unreadCount(t); got != want {
			t.Fatalf("other recipient's stream: %d, want %d", got, want)
		}
	})
}

// TestInboxEventsCaps: beyond the per-recipient cap a stream is refused with
// 503 and Retry-After, and a closed stream frees its place.
func TestInboxEventsCaps(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		owner := e.browser(t)
		e.enrol(t, owner, tn, "pat-a")
		var streams []*sseStream
		for range 8 { // service default per recipient
			s := owner.events(t, "")
			s.unread()
			streams = append(streams, s)
		}
		r := owner.api("GET", "/v1/inbox/events")
		e.expect(r, 503, api.ProblemUnavailable)
		if r.header.Get("Retry-After") == "" {
			t.Fatal("503 without Retry-After")
		}
		streams[0].close()
		// The handler sees the disconnect and unsubscribes (spin until then,
		// bounded), after which a new stream is accepted.
		for deadline := time.Now().Add(10 * time.Second); e.svc.InboxEvents().Stats().Streams >= 8; runtime.Gosched() {
			if time.Now().After(deadline) {
				t.Fatal("a closed stream kept its place")
			}
		}
		owner.events(t, "").unread()
	})
}

// TestInboxEventsShutdown: closing the hub (serve does it when shutdown
// begins) ends open streams.
func TestInboxEventsShutdown(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		owner := e.browser(t)
		e.enrol(t, owner, tn, "pat-a")
		s := owner.events(t, "")
		s.unread()
		e.svc.InboxEvents().Close()
		for {
			if _, err := s.rd.ReadString('\n'); err != nil {
				break // the server ended the stream
			}
		}
	})
}

// TestInboxEventsAcrossNodes: two service instances on one PostgreSQL
// schema; a message accepted by node A reaches a stream on node B (LISTEN/
// NOTIFY), and a read on node B reaches a stream on node A.
func TestInboxEventsAcrossNodes(t *testing.T) {
	if testdb.PostgresURL() == "" {
		t.Skip("needs PostgreSQL (SEALPOST_TEST_DATABASE_URL)")
	}
	e := newEnv(t, "postgres")
	tn := e.tenant("clinic")
	owner := e.browser(t)
	e.enrol(t, owner, tn, "pat-a")

	st, err := store.Open(context.Background(), e.db.DSN, store.Options{Schema: e.db.Schema})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	svcB, err := service.New(st, e.keys, slog.New(slog.DiscardHandler), metrics.New(), service.Config{PublicURL: e.srv.URL, Now: e.clock.Now,
		PasswordParams: password.TestParams, Blobs: e.blobs})
	if err != nil {
		t.Fatal(err)
	}
	hB := api.New(svcB, slog.New(slog.DiscardHandler), metrics.New())
	hB.AllowInsecureCookies()
	nodeB := httptest.NewServer(hB)
	t.Cleanup(func() { nodeB.Close(); svcB.Close() })
	<-svcB.InboxEvents().Listening()
	<-e.svc.InboxEvents().Listening()

	base := owner.unreadCount(t)
	onB := owner.events(t, nodeB.URL) // the session cookie is the same on both nodes (same host)
	if got := onB.unread(); got != base {
		t.Fatalf("node B first event %d, want %d", got, base)
	}
	onA := owner.events(t, "")
	if got := onA.unread(); got != base {
		t.Fatalf("node A first event %d, want %d", got, base)
	}
	id, _ := e.sendTo(tn, "pat-a", "account_message", "", "Hello", "Body") // accepted by node A
	if got := onB.unread(); got != base+1 {
		t.Fatalf("node B after A's message: %d, want %d", got, base+1)
	}
	if got := onA.unread(); got != base+1 {
		t.Fatalf("node A after its message: %d, want %d", got, base+1)
	}
	req, _ := http.NewRequest("POST", nodeB.URL+"/v1/inbox/"+id+"/read", nil)
	req.Header.Set("X-CSRF-Token", owner.sessionCSRF())
	res, err := owner.c.Do(req)
	if err != nil || res.StatusCode != 204 {
		t.Fatalf("read on node B: %v %v", res, err)
	}
	res.Body.Close()
	if got := onA.unread(); got != base {
		t.Fatalf("node A after B's read: %d, want %d", got, base)
	}
	if got := onB.unread(); got != base {
		t.Fatalf("node B after its read: %d, want %d", got, base)
	}
}

// TestInboxEventsHTTP2: over HTTP/2, where a connection cannot be taken
// over, the handler serves the stream itself, with the same events.
func TestInboxEventsHTTP2(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	owner := e.browser(t)
	e.enrol(t, owner, tn, "pat-a")
	h := api.New(e.svc, slog.New(slog.DiscardHandler), metrics.New())
	h.AllowInsecureCookies()
	srv := httptest.NewUnstartedServer(h)
	srv.EnableHTTP2 = true
	srv.StartTLS()
	t.Cleanup(srv.Close)
	b := &browser{t: t, e: e, c: &http.Client{Transport: srv.Client().Transport, Jar: owner.c.Jar}}
	base := owner.unreadCount(t)
	s := b.events(t, srv.URL)
	if s.res.ProtoMajor != 2 {
		t.Fatalf("stream over %s, want HTTP/2", s.res.Proto)
	}
	if got := s.unread(); got != base || !s.retry {
		t.Fatalf("first event %d (retry field %v), want %d", got, s.retry, base)
	}
	id, _ := e.sendTo(tn, "pat-a", "account_message", "", "Hello", "Body")
	if got := s.unread(); got != base+1 {
		t.Fatalf("after a message: %d, want %d", got, base+1)
	}
	if r := owner.api("POST", "/v1/inbox/"+id+"/read"); r.status != 204 {
		t.Fatalf("read → %d", r.status)
	}
	if got := s.unread(); got != base {
		t.Fatalf("after read: %d, want %d", got, base)
	}
}
