package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/blob"
	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/password"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testlog"
)

// env is a running sealpost on a real database and a loopback listener.
type env struct {
	t    *testing.T
	kind string
	db   testdb.DB
	st   *store.Store
	svc  *service.Service
	srv  *httptest.Server
	logs *testlog.Buffer
	keys *seal.KeyFile
	raw  *testdb.Raw

	clock *testClock
	blobs *blob.Dir
	met   *metrics.Metrics
}

func newEnv(t *testing.T, kind string) *env { return newEnvFault(t, kind, nil) }

// newEnvFault is newEnv with a store fault-injection hook (store.Options.Fault).
func newEnvFault(t *testing.T, kind string, fault func(op string) error) *env {
	return newEnvConfig(t, kind, fault, nil)
}

// newEnvConfig is newEnvFault with a change to the service configuration.
func newEnvConfig(t *testing.T, kind string, fault func(op string) error, conf func(*service.Config)) *env {
	t.Helper()
	st, db := testdb.OpenWith(t, kind, store.Options{Fault: fault})
	kf, err := seal.OpenKeyFile(filepath.Join(t.TempDir(), "root-keyset.json"), true)
	if err != nil {
		t.Fatal(err)
	}
	logs := &testlog.Buffer{}
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	met := metrics.New()
	srv := httptest.NewUnstartedServer(nil)
	srv.Start()
	clock := &testClock{t: time.Now()}
	blobs, err := blob.NewDir(filepath.Join(t.TempDir(), "attachments"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { blobs.Close() })
	cfg := service.Config{PublicURL: srv.URL, Now: clock.Now,
		PasswordParams: password.TestParams, Blobs: blobs, AttachmentMax: testAttachmentMax}
	if conf != nil {
		conf(&cfg)
	}
	svc, err := service.New(st, kf, log, met, cfg)
	if err != nil {
		t.Fatal(err)
	}
	h := api.New(svc, log, met)
	h.AllowInsecureCookies() // httptest serves plain HTTP on loopback
	h.SetMetricsToken(testMetricsToken)
	srv.Config.Handler = h
	t.Cleanup(func() { srv.Close(); svc.Close() })
	return &env{t: t, kind: kind, db: db, st: st, svc: svc, srv: srv, logs: logs, keys: kf, raw: testdb.OpenRaw(t, db), clock: clock, blobs: blobs, met: met}
}

// testMetricsToken lets the tests scrape /metrics on the API listener.
const testMetricsToken = "test-metrics-token-0123456789abcdef"

// testAttachmentMax is the upload limit in these tests (the default is 100 MB).
const testAttachmentMax = 1 << 20

// testClock is the service clock, moved by tests instead of sleeping.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *testClock) Add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

type tenant struct {
	id, key string
}

func (e *env) tenant(name string) tenant {
	e.t.Helper()
	ct, err := e.svc.CreateTenant(context.Background(), name, "test")
	if err != nil {
		e.t.Fatal(err)
	}
	return tenant{ct.TenantID, ct.APIKey}
}

type resp struct {
	status int
	header http.Header
	body   []byte
}

func (r resp) json(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.body, &m); err != nil {
		t.Fatalf("response is not JSON: %v: %s", err, r.body)
	}
	return m
}

// do sends a request; body may be a string (sent as is) or any value (JSON).
func (e *env) do(method, path, key string, body any, hdr ...string) resp {
	e.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = bytes.NewBufferString(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		j, _ := json.Marshal(b)
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, e.srv.URL+path, rd)
	if err != nil {
		e.t.Fatal(err)
	}
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		if hdr[i+1] == "" {
			req.Header.Del(hdr[i])
		} else {
			req.Header.Set(hdr[i], hdr[i+1])
		}
	}
	res, err := e.srv.Client().Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return resp{res.StatusCode, res.Header, b}
}

func (e *env) expect(r resp, status int, problemType string) {
	e.t.Helper()
	expectT(e.t, r, status, problemType)
}

// expectT checks an answer, failing t (use it inside subtests).
func expectT(t *testing.T, r resp, status int, problemType string) {
	t.Helper()
	if r.status != status {
		t.Fatalf("status %d, want %d: %s", r.status, status, r.body)
	}
	if problemType != "" {
		if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
			t.Fatalf("content type %q, want problem+json", ct)
		}
		var p api.Problem
		if err := json.Unmarshal(r.body, &p); err != nil {
			t.Fatal(err)
		}
		if p.Type != problemType || p.Status != status || p.Title == "" || p.RequestID == "" {
			t.Fatalf("problem %+v, want type %s", p, problemType)
		}
	}
}

func (e *env) putRecipient(tn tenant, ext string, body any) {
	e.t.Helper()
	r := e.do("PUT", "/v1/recipients/"+ext, tn.key, body)
	if r.status != 201 && r.status != 200 {
		e.t.Fatalf("put recipient: %d %s", r.status, r.body)
	}
}

func (e *env) send(tn tenant, body any, hdr ...string) map[string]any {
	e.t.Helper()
	r := e.do("POST", "/v1/messages", tn.key, body, hdr...)
	e.expect(r, 201, "")
	return r.json(e.t)
}

// rowCounts counts the rows of every table (to prove a refused request wrote
// nothing).
func (e *env) rowCounts() map[string]int64 {
	e.t.Helper()
	out := map[string]int64{}
	for _, tbl := range e.raw.Tables() {
		out[tbl] = e.raw.Int(`SELECT COUNT(*) FROM "` + tbl + `"`)
	}
	return out
}
