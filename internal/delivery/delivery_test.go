package delivery_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/channel"
	"github.com/sealpost/sealpost/internal/channel/email"
	"github.com/sealpost/sealpost/internal/channel/sms"
	"github.com/sealpost/sealpost/internal/channel/webhook"
	"github.com/sealpost/sealpost/internal/delivery"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/notice"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testlog"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

type env struct {
	senders map[string]channel.Sender
	t       *testing.T
	st      *store.Store
	svc     *service.Service
	smtp    *testsmtp.Server
	d       *delivery.Deliverer
	p       service.Principal
	logs    *testlog.Buffer
	db      testdb.DB
}

func newEnv(t *testing.T, kind string) *env {
	t.Helper()
	return newEnvWith(t, kind, 4, service.Config{})
}

// newEnvFault is newEnv with a store fault-injection hook (store.Options.Fault).
func newEnvFault(t *testing.T, kind string, fault func(op string) error) *env {
	t.Helper()
	return newEnvOpts(t, kind, 4, service.Config{}, fault)
}

// newEnvWith is newEnv with that many delivery workers and service settings
// (the public URL and http webhooks are set here).
func newEnvWith(t *testing.T, kind string, maxWorkers int, cfg service.Config) *env {
	t.Helper()
	return newEnvOpts(t, kind, maxWorkers, cfg, nil)
}

func newEnvOpts(t *testing.T, kind string, maxWorkers int, cfg service.Config, fault func(op string) error) *env {
	t.Helper()
	ctx := context.Background()
	workers := river.NewWorkers()
	db := testdb.New(t, kind)
	st, err := store.Open(ctx, db.DSN, store.Options{Schema: db.Schema, Workers: workers,
		Queues: map[string]river.QueueConfig{jobs.QueueDeliveries: {MaxWorkers: maxWorkers}}, Fault: fault})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	kf, err := seal.OpenKeyFile(filepath.Join(t.TempDir(), "k.json"), true)
	if err != nil {
		t.Fatal(err)
	}
	logs := &testlog.Buffer{}
	log := slog.New(slog.NewJSONHandler(logs, nil))
	cfg.PublicURL, cfg.AllowHTTPWebhooks = "https://portal.example.org", true
	svc, err := service.New(st, kf, log, metrics.New(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(svc.Close)
	srv := testsmtp.Start(t)
	sender, err := email.New(email.Config{Host: srv.Host, Port: srv.Port, CAFile: srv.CAFile, From: "Acme Health <notices@acme.example>", PoolSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sender.Close() })
	hooks := webhook.NewSender(&http.Client{Transport: webhook.LoopbackTransport()}, 2*time.Second, svc.WebhookSecret)
	senders := map[string]channel.Sender{"email": sender, "webhook": hooks}
	d := delivery.New(svc, senders, log)
	river.AddWorker(workers, &delivery.Worker{D: d, Backoff: func(int) time.Duration { return 20 * time.Millisecond }})
	river.AddWorker(workers, &delivery.StatusWorker{Svc: svc, Sender: hooks})
	river.AddWorker(workers, &delivery.ReplyEventWorker{Svc: svc, Sender: hooks})
	ct, err := svc.CreateTenant(ctx, "acme", "test")
	if err != nil {
		t.Fatal(err)
	}
	e := &env{senders: senders, t: t, st: st, svc: svc, smtp: srv, d: d, p: service.Principal{TenantID: ct.TenantID, KeyPrefix: "sp_test000000"}, logs: logs, db: db}
	return e
}

func (e *env) start() {
	e.t.Helper()
	if err := e.st.StartJobs(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		e.st.StopJobs(ctx)
	})
}

func (e *env) recipient(ext string, in service.RecipientInput) {
	e.t.Helper()
	if _, _, err := e.svc.PutRecipient(context.Background(), e.p, ext, in); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) send(in service.SendInput) service.MessageView {
	e.t.Helper()
	res, err := e.svc.Send(context.Background(), e.p, in, "", nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return res.View
}

// waitStatus waits (bounded) for a delivery to reach a status.
func (e *env) waitStatus(msgID, channel, want string) service.DeliveryView {
	e.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		v, err := e.svc.GetMessage(context.Background(), e.p, msgID)
		if err != nil {
			e.t.Fatal(err)
		}
		for _, d := range v.Deliveries {
			if d.Channel == channel && d.Status == want {
				return d
			}
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("delivery %s of %s never reached %s: %+v", channel, msgID, want, v.Deliveries)
		}
		time.Sleep(20 * time.Millisecond) // polling a database state with a deadline, not timing
	}
}

func str(s string) *string { return &s }

func TestDeliverEmail(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		e.start()
		marker := fmt.Sprintf("QZV%dMK", time.Now().UnixNano())
		e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org"), Phone: str("+15551234567"), Locale: "es-MX",
			Identity: &service.Identity{Name: "Jane " + marker, MRN: marker + "77"}})
		v := e.send(service.SendInput{Recipient: "p-1", Category: "test_result", Subject: "A1C " + marker, Body: "Your A1C is 7.2% " + marker})
		d := e.waitStatus(v.ID, "email", "sent")
		e.waitStatus(v.ID, "sms", "failed") // no SMS channel configured: a clear permanent failure
		msgs := e.smtp.Wait(1, 10*time.Second)
		if len(msgs) != 1 {
			t.Fatalf("accepted %d emails", len(msgs))
		}
		raw := string(msgs[0].Data)
		if strings.Contains(raw, marker) || strings.Contains(raw, "A1C") || strings.Contains(raw, "7.2") {
			t.Fatal("sealed content or identity in the email")
		}
		if !strings.Contains(raw, "Message-ID: <"+d.ID+"@acme.example>") || !strings.Contains(raw, "https://portal.example.org/m/") ||
			!strings.Contains(raw, "Auto-Submitted: auto-generated") || !strings.Contains(raw, "prueba reciente") {
			t.Fatalf("email lacks its headers, link or Spanish template:\n%s", raw)
		}
		if msgs[0].To[0] != "pat@example.org" {
			t.Fatal(msgs[0].To)
		}
		if d.Attempts != 1 {
			t.Fatalf("attempts %d", d.Attempts)
		}
		// The link resolves to this message and recipient.
		i := strings.Index(raw, "https://portal.example.org/m/")
		token := strings.TrimRight(raw[i+len("https://portal.example.org/m/"):i+len("https://portal.example.org/m/")+32], "\r\n")
		if res, err := e.svc.ResolveLink(context.Background(), token); err != nil || res.MessageID != v.ID {
			t.Fatalf("link: %+v %v", res, err)
		}
		if strings.Contains(e.logs.String(), marker) || strings.Contains(e.logs.String(), "pat@example.org") {
			t.Fatal("logs carry PHI")
		}
	})
}

func TestRetryThenSent(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		e.smtp.FailNext(2)
		e.start()
		e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org")})
		v := e.send(service.SendInput{Recipient: "p-1", Category: "account_message", Subject: "s", Body: "b"})
		d := e.waitStatus(v.ID, "email", "sent")
		if d.Attempts != 3 {
			t.Fatalf("attempts %d, want 3 (two 451s, then accepted)", d.Attempts)
		}
		if n := len(e.smtp.Messages()); n != 1 {
			t.Fatalf("accepted %d", n)
		}
		atts, _ := e.st.Attempts(context.Background(), e.p.TenantID, d.ID)
		if len(atts) != 3 || atts[0].Outcome != "temporary" || !strings.Contains(atts[0].Reason, "451") || atts[2].Outcome != "sent" {
			t.Fatalf("attempts: %+v", atts)
		}
	})
}

func TestGuardBlocksNotice(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		e.start()
		tpl := notice.Templates{EmailSubject: "Your order from {{store}}", EmailText: "Your order from {{store}} is ready: {{link}}", SMS: "Order ready: {{link}}"}
		if _, err := e.svc.PutCategory(context.Background(), e.p, "pickup_ready", service.CategoryInput{DefaultSensitivity: "phi", RetentionDays: 30,
			LinkLifetimeHours: 48, Vars: []notice.Var{{Name: "store", Type: notice.TypeShortText}}, Templates: map[string]notice.Templates{"en": tpl}}); err != nil {
			t.Fatal(err)
		}
		e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org")})
		v := e.send(service.SendInput{Recipient: "p-1", Category: "pickup_ready", Subject: "s", Body: "b", NoticeVars: map[string]any{"store": "the oncology clinic"}})
		e.waitStatus(v.ID, "email", "blocked")
		dl, _ := e.st.GetDelivery(context.Background(), e.p.TenantID, v.Deliveries[0].ID)
		if !strings.Contains(dl.BlockedRules, "condition") || strings.Contains(dl.BlockedRules, "oncology") {
			t.Fatalf("blocked rules %q", dl.BlockedRules)
		}
		ok := e.send(service.SendInput{Recipient: "p-1", Category: "pickup_ready", Subject: "s", Body: "b", NoticeVars: map[string]any{"store": "Main Street"}})
		e.waitStatus(ok.ID, "email", "sent")
		if n := len(e.smtp.Wait(1, 5*time.Second)); n != 1 {
			t.Fatalf("accepted %d, want only the clean notice", n)
		}
	})
}

// TestChannelFieldsOnly: a delivery renders and the guard checks the
// template fields its channel sends, and only those. A value that only the
// SMS template shows blocks the SMS notice; the email notice, which does not
// contain it, goes out (it used to be blocked by the SMS text it never
// carried).
func TestChannelFieldsOnly(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		twilio := e.twilio()
		e.start()
		tpl := notice.Templates{EmailSubject: "Your order is ready", EmailText: "Your order is ready: {{link}}", SMS: "Order at {{store}}: {{link}}"}
		if _, err := e.svc.PutCategory(context.Background(), e.p, "pickup_ready", service.CategoryInput{DefaultSensitivity: "phi", RetentionDays: 30,
			LinkLifetimeHours: 48, Vars: []notice.Var{{Name: "store", Type: notice.TypeShortText}}, Templates: map[string]notice.Templates{"en": tpl}}); err != nil {
			t.Fatal(err)
		}
		e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org"), Phone: str("+15551230000")})
		v := e.send(service.SendInput{Recipient: "p-1", Category: "pickup_ready", Subject: "s", Body: "b", NoticeVars: map[string]any{"store": "the oncology clinic"}})
		if len(v.Deliveries) != 2 {
			t.Fatalf("planned %+v, want email and sms", v.Deliveries)
		}
		e.waitStatus(v.ID, "email", "sent")
		e.waitStatus(v.ID, "sms", "blocked")
		msgs := e.smtp.Wait(1, 5*time.Second)
		if len(msgs) != 1 || strings.Contains(string(msgs[0].Data), "oncology") || !strings.Contains(string(msgs[0].Data), "Your order is ready") {
			t.Fatalf("accepted %d emails, want the email notice without the SMS-only value", len(msgs))
		}
		if bodies, _ := twilio.all(); len(bodies) != 0 {
			t.Fatalf("the SMS provider got %d requests; the SMS notice was to be blocked", len(bodies))
		}
	})
}

func TestQuietHoursAndPreferences(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		ny, _ := time.LoadLocation("America/New_York")
		// 23:30 in New York is already the next day in UTC.
		now := time.Date(2026, 11, 20, 23, 30, 0, 0, ny)
		e.d.SetClock(func() time.Time { return now })
		e.start()
		e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org"), TimeZone: "America/New_York"})
		if _, err := e.svc.PutPreferences(context.Background(), e.p, "p-1", service.Preferences{QuietHours: &service.QuietHours{Start: "21:00", End: "08:00"}}); err != nil {
			t.Fatal(err)
		}
		v := e.send(service.SendInput{Recipient: "p-1", Category: "account_message", Subject: "s", Body: "b"})
		e.waitStatus(v.ID, "email", "scheduled")
		urgent := e.send(service.SendInput{Recipient: "p-1", Category: "account_message", Subject: "s", Body: "b", Urgency: "urgent"})
		e.waitStatus(urgent.ID, "email", "sent")
		if _, err := e.svc.PutPreferences(context.Background(), e.p, "p-1", service.Preferences{Categories: map[string]map[string]bool{"billing_reminder": {"email": false}}}); err != nil {
			t.Fatal(err)
		}
		sup := e.send(service.SendInput{Recipient: "p-1", Category: "billing_reminder", Subject: "s", Body: "b"})
		e.waitStatus(sup.ID, "email", "suppressed")
		mk := e.send(service.SendInput{Recipient: "p-1", Category: "marketing_offer", Subject: "s", Body: "b"})
		e.waitStatus(mk.ID, "email", "suppressed") // no marketing consent
	})
}

func TestQuietUntil(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	p := service.Preferences{QuietHours: &service.QuietHours{Start: "21:00", End: "08:00"}}
	for _, c := range []struct {
		now  time.Time
		want time.Time
	}{
		{time.Date(2026, 11, 20, 23, 30, 0, 0, ny), time.Date(2026, 11, 21, 8, 0, 0, 0, ny)},
		{time.Date(2026, 11, 21, 3, 0, 0, 0, ny), time.Date(2026, 11, 21, 8, 0, 0, 0, ny)},
		{time.Date(2026, 11, 21, 12, 0, 0, 0, ny), time.Time{}},
		// The night the clocks go back (2026-11-01): still ends at 08:00 local.
		{time.Date(2026, 10, 31, 22, 0, 0, 0, ny), time.Date(2026, 11, 1, 8, 0, 0, 0, ny)},
	} {
		got := p.QuietUntil(c.now.UTC(), ny)
		if !got.Equal(c.want) {
			t.Errorf("QuietUntil(%v) = %v, want %v", c.now, got, c.want)
		}
	}
}

func TestRevokedBeforeDelivery(t *testing.T) {
	e := newEnv(t, "sqlite")
	e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org")})
	v := e.send(service.SendInput{Recipient: "p-1", Category: "account_message", Subject: "s", Body: "b"})
	if err := e.svc.RevokeMessage(context.Background(), e.p, v.ID); err != nil {
		t.Fatal(err)
	}
	e.start()
	// The revoke canceled the delivery; the job finds it terminal and sends nothing.
	other := e.send(service.SendInput{Recipient: "p-1", Category: "account_message", Subject: "s", Body: "b"})
	e.waitStatus(other.ID, "email", "sent")
	if n := len(e.smtp.Messages()); n != 1 {
		t.Fatalf("accepted %d, want 1 (not the revoked message)", n)
	}
}

// TestWorkerStoppedMidSend: the worker is stopped while the SMTP server holds
// the DATA transaction open; after a restart the delivery is sent exactly
// once and no Message-ID reaches the server twice.
func TestWorkerStoppedMidSend(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		stalled := e.smtp.Stall()
		if err := e.st.StartJobs(context.Background()); err != nil {
			t.Fatal(err)
		}
		e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org")})
		v := e.send(service.SendInput{Recipient: "p-1", Category: "account_message", Subject: "s", Body: "b"})
		select {
		case <-stalled:
		case <-time.After(20 * time.Second):
			t.Fatal("send never reached DATA")
		}
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		e.st.StopJobs(ctx) // graceful stop times out; running jobs are cancelled
		cancel()
		e.smtp.Release()
		if err := e.st.StartJobs(context.Background()); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			e.st.StopJobs(ctx)
		})
		e.waitStatus(v.ID, "email", "sent")
		msgs := e.smtp.Messages()
		ids := map[string]int{}
		for _, m := range msgs {
			i := bytes.Index(m.Data, []byte("Message-ID: "))
			ids[string(m.Data[i:i+60])]++
		}
		if len(msgs) != 1 {
			t.Fatalf("accepted %d messages, want exactly 1 (%v)", len(msgs), ids)
		}
	})
}

// recorder is a local HTTP server recording request bodies.
type recorder struct {
	mu     sync.Mutex
	bodies [][]byte
	hdrs   []http.Header
	srv    *httptest.Server
}

// twilio wires the SMS channel to a local server that answers as the
// Twilio Messages API does, and returns it (its requests recorded).
func (e *env) twilio() *recorder {
	e.t.Helper()
	rec := newRecorder(e.t, func(w http.ResponseWriter, r *http.Request, _ []byte) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(201)
		io.WriteString(w, `{"sid":"SM0123456789abcdef0123456789abcdef","status":"queued"}`)
	})
	tw, err := sms.NewTwilio(sms.TwilioConfig{BaseURL: rec.srv.URL, AccountSID: "AC0123456789abcdef0123456789abcdef", AuthToken: "tok", From: "+15005550006"})
	if err != nil {
		e.t.Fatal(err)
	}
	e.senders["sms"] = sms.NewSender(tw)
	return rec
}

func newRecorder(t *testing.T, h func(w http.ResponseWriter, r *http.Request, body []byte)) *recorder {
	rec := &recorder{}
	rec.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		rec.mu.Lock()
		rec.bodies, rec.hdrs = append(rec.bodies, b), append(rec.hdrs, r.Header.Clone())
		rec.mu.Unlock()
		h(w, r, b)
	}))
	t.Cleanup(rec.srv.Close)
	return rec
}

func (r *recorder) all() ([][]byte, []http.Header) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([][]byte(nil), r.bodies...), append([]http.Header(nil), r.hdrs...)
}

// TestAllChannels: one message goes out by email, SMS (a local server
// speaking the Twilio Messages API) and two webhook endpoints, while a third,
// slow endpoint hangs without holding the others up. No sealed subject, body
// or identity text appears in anything sent; status events are signed and a
// carrier "delivered" report is applied.
func TestAllChannels(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		ctx := context.Background()
		twilio := e.twilio()
		fast := newRecorder(t, func(w http.ResponseWriter, r *http.Request, _ []byte) { w.WriteHeader(204) })
		status := newRecorder(t, func(w http.ResponseWriter, r *http.Request, _ []byte) { w.WriteHeader(204) })
		release := make(chan struct{})
		slow := newRecorder(t, func(w http.ResponseWriter, r *http.Request, _ []byte) {
			select {
			case <-release:
			case <-r.Context().Done():
			}
			w.WriteHeader(204)
		})
		defer close(release)
		secrets := map[string]string{}
		for name, u := range map[string]string{"fast": fast.srv.URL + "/hook", "slow": slow.srv.URL + "/hook"} {
			v, err := e.svc.CreateWebhook(ctx, e.p, service.WebhookInput{URL: u, Events: []string{"notice"}})
			if err != nil {
				t.Fatal(err)
			}
			secrets[name] = v.Secret
		}
		sv, err := e.svc.CreateWebhook(ctx, e.p, service.WebhookInput{URL: status.srv.URL + "/status", Events: []string{"delivery.status"}})
		if err != nil {
			t.Fatal(err)
		}
		e.start()
		marker := fmt.Sprintf("MKR%dQZ", time.Now().UnixNano())
		e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org"), Phone: str("+15551230000"),
			Identity: &service.Identity{Name: "Zed " + marker, MRN: marker}})
		v := e.send(service.SendInput{Recipient: "p-1", Category: "care_team_update", Subject: "Oncology " + marker, Body: "Chemo plan " + marker})
		if len(v.Deliveries) != 4 {
			t.Fatalf("planned %d deliveries, want email, sms and two webhooks", len(v.Deliveries))
		}
		e.waitStatus(v.ID, "email", "sent")
		e.waitStatus(v.ID, "sms", "sent")
		// The fast endpoint is served while the slow one still hangs.
		deadline := time.Now().Add(10 * time.Second)
		for {
			if b, _ := fast.all(); len(b) == 1 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("fast webhook not called while the slow one hangs")
			}
			time.Sleep(20 * time.Millisecond)
		}
		fb, fh := fast.all()
		if err := webhook.Verify(secrets["fast"], fh[0], fb[0], time.Now(), time.Minute); err != nil {
			t.Fatalf("notice webhook signature: %v", err)
		}
		var payload map[string]any
		if err := json.Unmarshal(fb[0], &payload); err != nil || payload["type"] != "notice" {
			t.Fatalf("payload %s", fb[0])
		}
		// Everything sent, on every channel, is free of the marker.
		tb, _ := twilio.all()
		form, _ := url.ParseQuery(string(tb[0]))
		if !strings.Contains(form.Get("Body"), "https://portal.example.org/m/") {
			t.Fatalf("sms body %q", form.Get("Body"))
		}
		var sent [][]byte
		sent = append(sent, tb...)
		sent = append(sent, fb...)
		for _, m := range e.smtp.Messages() {
			sent = append(sent, m.Data)
		}
		for _, b := range sent {
			for _, needle := range []string{marker, "Oncology", "Chemo", "Zed"} {
				if strings.Contains(string(b), needle) {
					t.Fatalf("%q left sealpost: %.200s", needle, b)
				}
			}
		}
		// Status events arrive signed; a carrier report marks the SMS delivered.
		smsDel := ""
		for _, d := range v.Deliveries {
			if d.Channel == "sms" {
				smsDel = d.ID
			}
		}
		if err := e.d.ProviderStatus(ctx, "sms", "SM0123456789abcdef0123456789abcdef", true, false); err != nil {
			t.Fatal(err)
		}
		e.waitStatus(v.ID, "sms", "delivered")
		deadline = time.Now().Add(10 * time.Second)
		for {
			sb, sh := status.all()
			found := false
			for i, b := range sb {
				if err := webhook.Verify(sv.Secret, sh[i], b, time.Now(), time.Minute); err != nil {
					t.Fatalf("status event signature: %v", err)
				}
				if strings.Contains(string(b), smsDel) && strings.Contains(string(b), `"delivered"`) {
					found = true
				}
				if strings.Contains(string(b), marker) {
					t.Fatal("marker in a status event")
				}
			}
			if found {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("no delivered status event among %d", len(sb))
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
}

func TestTenantLinkSettings(t *testing.T) {
	e := newEnv(t, "sqlite")
	ctx := context.Background()
	if _, err := e.svc.PutSettings(ctx, e.p, service.Settings{DisplayName: "Acme Family Clinic", PublicURL: "https://messages.acme.example",
		DeepLinkTemplate: "acmehealth://message/{token}"}); err != nil {
		t.Fatal(err)
	}
	hook := newRecorder(t, func(w http.ResponseWriter, r *http.Request, _ []byte) { w.WriteHeader(204) })
	if _, err := e.svc.CreateWebhook(ctx, e.p, service.WebhookInput{URL: hook.srv.URL, Events: []string{"notice"}}); err != nil {
		t.Fatal(err)
	}
	e.start()
	e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org")})
	v := e.send(service.SendInput{Recipient: "p-1", Category: "account_message", Subject: "s", Body: "b"})
	e.waitStatus(v.ID, "email", "sent")
	e.waitStatus(v.ID, "webhook", "delivered")
	raw := string(e.smtp.Wait(1, 5*time.Second)[0].Data)
	if !strings.Contains(raw, "https://messages.acme.example/m/") || !strings.Contains(raw, "Acme Family Clinic") {
		t.Fatalf("email does not use the tenant's link base and name:\n%s", raw)
	}
	b, _ := hook.all()
	var p struct {
		Data struct {
			Link     string `json:"link"`
			DeepLink string `json:"deep_link"`
		} `json:"data"`
	}
	if err := json.Unmarshal(b[0], &p); err != nil || !strings.HasPrefix(p.Data.DeepLink, "acmehealth://message/") ||
		strings.TrimPrefix(p.Data.DeepLink, "acmehealth://message/") != strings.TrimPrefix(p.Data.Link, "https://messages.acme.example/m/") {
		t.Fatalf("webhook links: %s", b[0])
	}
	if _, err := e.svc.PutSettings(ctx, e.p, service.Settings{DeepLinkTemplate: "javascript:alert('{token}')"}); err == nil {
		t.Fatal("javascript deep link accepted")
	}
}

// verifiesWith reports which of the secrets signed a request (-1: none).
func verifiesWith(h http.Header, body []byte, secrets []string) int {
	for i, s := range secrets {
		if webhook.Verify(s, h, body, time.Now(), time.Minute) == nil {
			return i
		}
	}
	return -1
}

// waitPosts waits (bounded) until a recorder has at least n requests.
func waitPosts(t *testing.T, r *recorder, n int) ([][]byte, []http.Header) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		b, h := r.all()
		if len(b) >= n {
			return b, h
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d requests, want %d", len(b), n)
		}
		time.Sleep(20 * time.Millisecond) // polling a recorder with a deadline, not timing
	}
}

// TestSameURLEndpointsOwnSecrets (issue 13 item 8): two endpoints on one URL
// each sign with their own secret, for notices and for status events alike.
func TestSameURLEndpointsOwnSecrets(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		ctx := context.Background()
		hook := newRecorder(t, func(w http.ResponseWriter, r *http.Request, _ []byte) { w.WriteHeader(204) })
		var secrets []string
		for range 2 {
			v, err := e.svc.CreateWebhook(ctx, e.p, service.WebhookInput{URL: hook.srv.URL + "/same", Events: []string{"notice", "delivery.status"}})
			if err != nil {
				t.Fatal(err)
			}
			secrets = append(secrets, v.Secret)
		}
		e.start()
		e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org")})
		v := e.send(service.SendInput{Recipient: "p-1", Category: "account_message", Subject: "s", Body: "b"})
		e.waitStatus(v.ID, "email", "sent")
		// Two notices (one per endpoint) and two "sent" events for the email
		// delivery (one per endpoint); webhook deliveries emit no events.
		bodies, hdrs := waitPosts(t, hook, 4)
		seen := map[string][]int{}
		for i, b := range bodies {
			var p struct{ Type string }
			if err := json.Unmarshal(b, &p); err != nil {
				t.Fatal(err)
			}
			k := verifiesWith(hdrs[i], b, secrets)
			if k < 0 {
				t.Fatalf("a %s POST verifies with neither endpoint's secret", p.Type)
			}
			seen[p.Type] = append(seen[p.Type], k)
		}
		for _, typ := range []string{"notice", "delivery.status"} {
			got := seen[typ]
			if len(got) != 2 || got[0] == got[1] {
				t.Fatalf("%s POSTs signed by secrets %v, want one by each endpoint's own", typ, got)
			}
		}
	})
}

// waitTerminal waits (bounded) until every delivery of a message has ended.
func (e *env) waitTerminal(msgID string) service.MessageView {
	e.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		v, err := e.svc.GetMessage(context.Background(), e.p, msgID)
		if err != nil {
			e.t.Fatal(err)
		}
		done := true
		for _, d := range v.Deliveries {
			done = done && store.Terminal(d.Status)
		}
		if done {
			return v
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("deliveries of %s never ended: %+v", msgID, v.Deliveries)
		}
		time.Sleep(20 * time.Millisecond) // polling a database state with a deadline, not timing
	}
}

// TestStatusFanOutLinear (issue 13 item 7b): with K endpoints each taking
// notices and status events, one message to an email recipient makes K
// notices and K status events (the email's "sent"), not K + K + K²: webhook
// deliveries emit no status events.
func TestStatusFanOutLinear(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		ctx := context.Background()
		hook := newRecorder(t, func(w http.ResponseWriter, r *http.Request, _ []byte) { w.WriteHeader(204) })
		const k = 4
		for i := range k {
			if _, err := e.svc.CreateWebhook(ctx, e.p, service.WebhookInput{URL: fmt.Sprintf("%s/h%d", hook.srv.URL, i), Events: []string{"notice", "delivery.status"}}); err != nil {
				t.Fatal(err)
			}
		}
		e.start()
		e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org")})
		v := e.send(service.SendInput{Recipient: "p-1", Category: "account_message", Subject: "s", Body: "b"})
		if len(v.Deliveries) != 1+k {
			t.Fatalf("planned %d deliveries, want email and %d webhooks", len(v.Deliveries), k)
		}
		e.waitTerminal(v.ID)
		// Every status event job is enqueued with the status change that
		// caused it, so with every delivery ended the count is final.
		raw := testdb.OpenRaw(t, e.db)
		if n := raw.Int(`SELECT COUNT(*) FROM river_job WHERE kind = $1`, jobs.StatusEvent{}.Kind()); n != k {
			t.Fatalf("%d status events for one message, want %d (one per endpoint for the email's sent)", n, k)
		}
		bodies, _ := waitPosts(t, hook, 2*k)
		statuses := 0
		for _, b := range bodies {
			if strings.Contains(string(b), `"delivery.status"`) {
				statuses++
				if !strings.Contains(string(b), `"sent"`) {
					t.Fatalf("unexpected status event %s", b)
				}
			}
		}
		if statuses != k {
			t.Fatalf("%d status POSTs, want %d", statuses, k)
		}
	})
}
