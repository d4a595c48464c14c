package api_test

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestLookupsSurviveKeyRotation (issue 13 item 1): everything looked up by a
// keyed fingerprint keeps working across key rotations — sign-in by
// username, the username's uniqueness, idempotent replay, recipient lookup
// by external id and the notice link of a delivery retried across a
// rotation.
func TestLookupsSurviveKeyRotation(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		ctx := context.Background()
		tn := e.tenant("acme")
		u := e.enrol(t, e.browser(t), tn, "p-1")
		e.putRecipient(tn, "p-2", map[string]any{"email": "p-2@example.org"})
		body := map[string]any{"recipient": "p-2", "category": "test_result", "subject": "S", "body": "B", "correlation_id": "order-17"}
		first := e.send(tn, body, "Idempotency-Key", "order-17")
		exp := time.Now().Add(time.Hour)
		link, _, err := e.svc.NoticeLink(ctx, tn.id, "dlv_06h045n3y309pm8x9asc2eb6xg", first["id"].(string), "rcp_x", exp)
		if err != nil {
			t.Fatal(err)
		}

		for i := range 2 {
			if _, err := e.svc.RotateKeys(ctx, "test", nil); err != nil {
				t.Fatalf("rotation %d: %v", i+1, err)
			}
		}

		e.signIn(t, e.browser(t), u, "/signin")
		// The username is still taken: a second account cannot use it.
		b := e.browser(t)
		_, reg := e.sendTo(tn, "p-2", "account_registration", "", "Welcome", "Set up your account")
		if st, _ := b.get(reg); st != 200 || b.url != "/enrol" {
			t.Fatalf("registration link → %d %s", st, b.url)
		}
		if st, page := b.post("/enrol", url.Values{"username": {u.username}, "password": {testPassword}, "confirm": {testPassword}}); b.url == "/enrol/totp" || !strings.Contains(page, "This username is taken") {
			t.Fatalf("the same username enrolled twice across a rotation: %d %s", st, b.url)
		}
		// The idempotent repeat replays the original answer; another body
		// under the same key is still a conflict.
		again := e.send(tn, body, "Idempotency-Key", "order-17")
		if again["id"] != first["id"] || again["created_at"] != first["created_at"] {
			t.Fatalf("repeat after rotations: %v, want the original %v", again["id"], first["id"])
		}
		body["subject"] = "other"
		e.expect(e.do("POST", "/v1/messages", tn.key, body, "Idempotency-Key", "order-17"), 409, api.ProblemIdempotencyConflict)
		// Recipients are still found by external id; the displayed ids open.
		e.expect(e.do("GET", "/v1/recipients/p-2", tn.key, nil), 200, "")
		got := e.do("GET", "/v1/messages/"+first["id"].(string), tn.key, nil).json(t)
		if got["recipient"] != "p-2" || got["correlation_id"] != "order-17" {
			t.Fatalf("message after rotations: recipient %v, correlation_id %v", got["recipient"], got["correlation_id"])
		}
		// A delivery retried after the rotation carries the same link.
		link2, _, err := e.svc.NoticeLink(ctx, tn.id, "dlv_06h045n3y309pm8x9asc2eb6xg", first["id"].(string), "rcp_x", exp)
		if err != nil || link2 != link {
			t.Fatalf("notice link changed with the rotation (%v)", err)
		}
	})
}

// TestSignInAfterInterruptedRotation (issue 13 item 1): a rotation stopped
// after the tenant keys changed but before the data keys were re-wrapped
// leaves sign-in working, and so does finishing it.
func TestSignInAfterInterruptedRotation(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("acme")
		u := e.enrol(t, e.browser(t), tn, "p-1")
		ctx, cancel := context.WithCancel(context.Background())
		_, err := e.svc.RotateKeys(ctx, "test", func(int64) service.ProgressFunc {
			cancel() // interrupted once the tenant keys are rotated
			return func(int64, bool) {}
		})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("interrupted rotation: %v", err)
		}
		e.signIn(t, e.browser(t), u, "/signin")
		if _, err := e.svc.RotateKeys(context.Background(), "test", nil); err != nil {
			t.Fatal(err)
		}
		e.signIn(t, e.browser(t), u, "/signin")
	})
}
