package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/password"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestClearColumnsConverted (issue 13 items 1 and 14): a database written by
// the previous release — a tenant without a blind-index key, an account
// whose username fingerprint was made with the MAC primary, and an
// Idempotency-Key, a correlation id, an external id and a consent's notice
// version and source in clear — is
// converted by migration 0009 and service.ConvertClearColumns (what
// `migrate` and `serve` run): no clear value is left, and the username, the
// idempotent repeat, the recipient and the message's ids still work, before
// and after two key rotations. A second conversion changes nothing.
func TestClearColumnsConverted(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		ctx := context.Background()
		db := testdb.New(t, kind)
		st, err := store.Open(ctx, db.DSN, store.Options{Schema: db.Schema})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(st.Close)
		if err := st.MigrateBefore(ctx, "_blind_index"); err != nil {
			t.Fatal(err)
		}
		kf, err := seal.OpenKeyFile(filepath.Join(t.TempDir(), "root-keyset.json"), true)
		if err != nil {
			t.Fatal(err)
		}
		raw := testdb.OpenRaw(t, db)
		marker := fmt.Sprintf("QCV%dMARK", time.Now().UnixNano())
		ext, corr, idemKey := "ext-"+marker, "corr-"+marker, "idem-"+marker

		// The rows as the previous release wrote them.
		tid := ids.New(ids.Tenant)
		tk, err := seal.NewTenantKeys(ctx, kf, tid)
		if err != nil {
			t.Fatal(err)
		}
		tk.Index = nil
		_, key := service.NewAPIKey(tid, "initial")
		raw.Exec(`INSERT INTO tenants (id, name, kek, mac, created_at, keys_updated_at) VALUES ($1, 'acme', $2, $3, 0, 0)`, tid, tk.KEK, tk.MAC)
		raw.Exec(`INSERT INTO api_keys (prefix, tenant_id, secret_hash, label, created_at) VALUES ($1, $2, $3, 'initial', 0)`, key.Prefix, tid, key.SecretHash)
		old := seal.NewSealer(kf, func(context.Context, string) (seal.TenantKeys, error) { return tk, nil })
		rid, mid := ids.New(ids.Recipient), ids.New(ids.Message)
		rdk, rw, err := old.NewDataKey(ctx, tid, "recipient/"+rid)
		if err != nil {
			t.Fatal(err)
		}
		contact, _ := rdk.Seal("contact", []byte(`{"email":"pat@example.org"}`))
		raw.Exec(`INSERT INTO recipients (tenant_id, id, external_id, locale, time_zone, has_email, has_phone, contact, created_at, updated_at)
			VALUES ($1, $2, $3, 'en-US', 'UTC', 1, 0, $4, 0, 0)`, tid, rid, ext, contact)
		mdk, mw, err := old.NewDataKey(ctx, tid, "message/"+mid)
		if err != nil {
			t.Fatal(err)
		}
		subj, _ := mdk.Seal("subject", []byte("S"))
		body, _ := mdk.Seal("body", []byte("B"))
		now := time.Now().UTC().Truncate(time.Microsecond)
		raw.Exec(`INSERT INTO messages (tenant_id, id, recipient_id, category, sensitivity, urgency, status, subject, body, correlation_id, created_at)
			VALUES ($1, $2, $3, 'test_result', 'phi', 'normal', 'accepted', $4, $5, $6, $7)`, tid, mid, rid, subj, body, corr, now.UnixMicro())
		for owner, w := range map[string][]byte{"recipient/" + rid: rw, "message/" + mid: mw} {
			raw.Exec(`INSERT INTO data_keys (tenant_id, owner, wrapped, created_at) VALUES ($1, $2, $3, 0)`, tid, owner, w)
		}
		// The remembered answer and request fingerprint, as Send made them.
		reqBody := []byte(`{"recipient":"` + ext + `","category":"test_result","subject":"S","body":"B","correlation_id":"` + corr + `"}`)
		fp, _ := old.Fingerprint(ctx, tid, "idempotency", append(append([]byte("POST /v1/messages\x00"+idemKey), 0), reqBody...))
		view, _ := json.Marshal(service.MessageView{ID: mid, Status: "accepted", Recipient: ext, Category: "test_result", CorrelationID: corr, CreatedAt: now})
		resp, _ := mdk.Seal("idempotent-response", view)
		raw.Exec(`INSERT INTO idempotency_keys (tenant_id, key, fingerprint, message_id, response, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
			tid, idemKey, fp, mid, resp, now.UnixMicro())
		raw.Exec(`INSERT INTO consents (tenant_id, recipient_id, kind, notice_version, source, categories, given_at) VALUES ($1, $2, 'marketing', $3, $4, '', 0)`,
			tid, rid, "nv-"+marker, "src-"+marker)
		loginFP, _ := old.Fingerprint(ctx, tid, "login", []byte("jane.doe"))
		hash, err := password.Hash(testPassword, password.TestParams)
		if err != nil {
			t.Fatal(err)
		}
		raw.Exec(`INSERT INTO accounts (tenant_id, recipient_id, login_fp, password_hash, state, created_at, updated_at) VALUES ($1, $2, $3, $4, 'active', 0, 0)`,
			tid, rid, loginFP, hash)

		// Upgrade: the migration, then the keyed conversion, twice.
		if err := st.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		svc, err := service.New(st, kf, slog.New(slog.NewTextHandler(io.Discard, nil)), metrics.New(),
			service.Config{PublicURL: "http://127.0.0.1", PasswordParams: password.TestParams})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(svc.Close)
		res, err := svc.ConvertClearColumns(ctx, "test")
		if err != nil || res != (service.ConvertResult{IndexKeys: 1, IdempotencyKeys: 1, Correlations: 1, ExternalIDs: 1, Consents: 1}) {
			t.Fatalf("conversion: %+v %v", res, err)
		}
		if res, err := svc.ConvertClearColumns(ctx, "test"); err != nil || res != (service.ConvertResult{}) {
			t.Fatalf("second conversion: %+v %v", res, err)
		}
		for tbl, vals := range raw.Dump() {
			for _, v := range vals {
				if bytes.Contains(v, []byte(marker)) {
					t.Errorf("a clear value is left in table %s", tbl)
				}
			}
		}
		if raw.Int(`SELECT COUNT(*) FROM idempotency_keys`) != 1 {
			t.Error("the idempotency record was not moved")
		}
		for _, tbl := range raw.Tables() {
			if tbl == "idempotency_keys_clear" {
				t.Error("the table of clear Idempotency-Keys was not dropped")
			}
		}

		p := service.Principal{TenantID: tid, KeyPrefix: key.Prefix}
		check := func(when string) {
			t.Helper()
			if iss, err := svc.SignIn(ctx, nil, service.SignInInput{TenantID: tid, Username: "Jane.Doe", Password: testPassword, Addr: "192.0.2.1"}); err != nil || iss.Next != "/signin/factor" {
				t.Fatalf("%s: sign-in: %+v %v", when, iss.Next, err)
			}
			var in service.SendInput
			if err := json.Unmarshal(reqBody, &in); err != nil {
				t.Fatal(err)
			}
			sr, err := svc.Send(ctx, p, in, idemKey, reqBody)
			if err != nil || !sr.Replayed || sr.View.ID != mid || sr.View.CorrelationID != corr {
				t.Fatalf("%s: idempotent repeat: %+v %v", when, sr, err)
			}
			v, err := svc.GetMessage(ctx, p, mid)
			if err != nil || v.Recipient != ext || v.CorrelationID != corr {
				t.Fatalf("%s: message: %+v %v", when, v, err)
			}
			r, err := svc.GetRecipient(ctx, p, ext)
			if err != nil || r.Email != "pat@example.org" || len(r.Consents) != 1 || r.Consents[0].NoticeVersion != "nv-"+marker || r.Consents[0].Source != "src-"+marker {
				t.Fatalf("%s: recipient: %+v %v", when, r, err)
			}
			if ok, err := svc.HasConsent(ctx, tid, rid, "marketing", "test_result"); err != nil || !ok {
				t.Fatalf("%s: consent: %v %v", when, ok, err)
			}
		}
		check("after the conversion")
		for range 2 {
			if _, err := svc.RotateKeys(ctx, "test", nil); err != nil {
				t.Fatal(err)
			}
		}
		check("after two rotations")
	})
}

// TestUsernamesFromBeforeTheUpgrade (issue 13 item 1): a tenant rotated by
// the previous release holds usernames fingerprinted under its older MAC key
// (enrolled before that rotation) and under its current one. After the
// upgrade both sign in, before and after two more rotations; the older one
// is re-indexed on its first sign-in and, until then, cannot be enrolled
// again by another recipient.
func TestUsernamesFromBeforeTheUpgrade(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		ctx := context.Background()
		db := testdb.New(t, kind)
		st, err := store.Open(ctx, db.DSN, store.Options{Schema: db.Schema})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(st.Close)
		if err := st.MigrateBefore(ctx, "_blind_index"); err != nil {
			t.Fatal(err)
		}
		kf, err := seal.OpenKeyFile(filepath.Join(t.TempDir(), "root-keyset.json"), true)
		if err != nil {
			t.Fatal(err)
		}
		raw := testdb.OpenRaw(t, db)
		tid := ids.New(ids.Tenant)
		tk0, err := seal.NewTenantKeys(ctx, kf, tid)
		if err != nil {
			t.Fatal(err)
		}
		tk0.Index = nil
		tk1, err := seal.RotateTenantKeys(ctx, kf, tid, tk0) // the previous release's rotation
		if err != nil {
			t.Fatal(err)
		}
		tk1.Index = nil
		raw.Exec(`INSERT INTO tenants (id, name, kek, mac, created_at, keys_updated_at) VALUES ($1, 'acme', $2, $3, 0, 0)`, tid, tk1.KEK, tk1.MAC)
		hash, err := password.Hash(testPassword, password.TestParams)
		if err != nil {
			t.Fatal(err)
		}
		recipients := map[string]string{}
		for i, u := range []struct {
			name string
			keys seal.TenantKeys
		}{{"jane.doe", tk0}, {"john.roe", tk1}, {"", tk1}} {
			rid := ids.New(ids.Recipient)
			recipients[u.name] = rid
			s := seal.NewSealer(kf, func(context.Context, string) (seal.TenantKeys, error) { return u.keys, nil })
			_, w, err := s.NewDataKey(ctx, tid, "recipient/"+rid)
			if err != nil {
				t.Fatal(err)
			}
			raw.Exec(`INSERT INTO recipients (tenant_id, id, external_id, locale, time_zone, has_email, has_phone, contact, created_at, updated_at)
				VALUES ($1, $2, $3, 'en-US', 'UTC', 0, 0, NULL, 0, 0)`, tid, rid, fmt.Sprint("p-", i))
			raw.Exec(`INSERT INTO data_keys (tenant_id, owner, wrapped, created_at) VALUES ($1, $2, $3, 0)`, tid, "recipient/"+rid, w)
			if u.name == "" {
				continue
			}
			fp, _ := s.Fingerprint(ctx, tid, "login", []byte(u.name)) // the MAC primary of its day
			raw.Exec(`INSERT INTO accounts (tenant_id, recipient_id, login_fp, password_hash, state, created_at, updated_at) VALUES ($1, $2, $3, $4, 'active', 0, 0)`,
				tid, rid, fp, hash)
		}

		if err := st.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		svc, err := service.New(st, kf, slog.New(slog.NewTextHandler(io.Discard, nil)), metrics.New(),
			service.Config{PublicURL: "http://127.0.0.1", PasswordParams: password.TestParams})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(svc.Close)
		if _, err := svc.ConvertClearColumns(ctx, "test"); err != nil {
			t.Fatal(err)
		}
		// Not yet re-indexed, the older username is still taken.
		_, err = svc.Enrol(ctx, service.Session{TenantID: tid, RecipientID: recipients[""], Stage: store.StageRegister},
			service.EnrolInput{Username: "jane.doe", Password: testPassword, Confirm: testPassword})
		var se *service.Error
		if !errors.As(err, &se) || se.Kind != service.KindInvalid || !strings.Contains(fmt.Sprint(se.Fields), "taken") {
			t.Fatalf("a legacy username enrolled again: %v", err)
		}
		jane := func() []byte {
			var fp []byte
			if err := raw.QueryRow(`SELECT login_fp FROM accounts WHERE recipient_id = $1`, recipients["jane.doe"]).Scan(&fp); err != nil {
				t.Fatal(err)
			}
			return fp
		}
		before := jane()
		signIn := func(when string) {
			t.Helper()
			for _, name := range []string{"jane.doe", "john.roe"} {
				iss, err := svc.SignIn(ctx, nil, service.SignInInput{TenantID: tid, Username: name, Password: testPassword, Addr: "192.0.2.9"})
				if err != nil || iss.Session.RecipientID != recipients[name] {
					t.Fatalf("%s: %s cannot sign in: %v", when, name, err)
				}
			}
		}
		signIn("after the upgrade")
		if bytes.Equal(jane(), before) {
			t.Fatal("the legacy username was not re-indexed")
		}
		for range 2 {
			if _, err := svc.RotateKeys(ctx, "test", nil); err != nil {
				t.Fatal(err)
			}
		}
		signIn("after two rotations")
	})
}
