package api_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestRecipientInboxView: the portal backend's metadata-only view of a
// recipient's inbox with the tenant key follows what the patient does (the
// count falls as they read, revoked and expired messages say so), pages
// newest first without gaps or repeats, never carries a sealed field, and
// knows only its own tenant's recipients.
func TestRecipientInboxView(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn, other := e.tenant("clinic"), e.tenant("other")
		b := e.browser(t)
		e.enrol(t, b, tn, "pat-1")

		const secret = "SEALED-MARKER-7f3a"
		pid, _ := e.sendTo(tn, "pat-1", "account_message", "phi", "Phi subject "+secret, "Phi body "+secret)
		rid, _ := e.sendTo(tn, "pat-1", "test_result", "", "Restricted subject "+secret, "Restricted body "+secret)
		pub, _ := e.sendTo(tn, "pat-1", "email_confirmation", "", "Public subject "+secret, "Public body "+secret)
		m := map[string]any{"recipient": "pat-1", "category": "account_message", "subject": "Soon gone " + secret, "body": secret,
			"expires_at": e.clock.Now().Add(2 * time.Minute).UTC().Format(time.RFC3339)}
		xid := e.send(tn, m)["id"].(string)

		count := func() int {
			t.Helper()
			r := e.do("GET", "/v1/recipients/pat-1/unread_count", tn.key, nil)
			expectT(t, r, 200, "")
			if strings.Contains(string(r.body), secret) {
				t.Fatalf("sealed content in the count: %s", r.body)
			}
			return int(r.json(t)["unread"].(float64))
		}
		allowed := map[string]bool{"id": true, "category": true, "sensitivity": true, "urgency": true, "status": true, "read": true,
			"archived": true, "attachments": true, "created_at": true, "read_at": true, "archived_at": true, "expires_at": true, "revoked_at": true}
		type entry struct {
			ID, Status, Sensitivity string
			Read                    bool
			ReadAt                  *time.Time `json:"read_at"`
			CreatedAt               time.Time  `json:"created_at"`
		}
		page := func(q string) ([]entry, string) {
			t.Helper()
			r := e.do("GET", "/v1/recipients/pat-1/inbox"+q, tn.key, nil)
			expectT(t, r, 200, "")
			if strings.Contains(string(r.body), secret) || strings.Contains(string(r.body), "subject") {
				t.Fatalf("sealed content in the listing: %s", r.body)
			}
			var raw struct {
				Messages   []map[string]any `json:"messages"`
				NextCursor string           `json:"next_cursor"`
			}
			if err := json.Unmarshal(r.body, &raw); err != nil {
				t.Fatal(err)
			}
			var out []entry
			for _, mm := range raw.Messages {
				for k := range mm {
					if !allowed[k] {
						t.Fatalf("unexpected member %q in %v", k, mm)
					}
				}
				j, _ := json.Marshal(mm)
				var en entry
				if err := json.Unmarshal(j, &en); err != nil {
					t.Fatal(err)
				}
				out = append(out, en)
			}
			return out, raw.NextCursor
		}
		all := func(limit int) ([]string, map[string]entry) {
			t.Helper()
			var order []string
			got := map[string]entry{}
			var prev *entry
			q := fmt.Sprintf("?limit=%d", limit)
			for pages := 0; ; pages++ {
				if pages > 20 {
					t.Fatal("paging does not end")
				}
				es, next := page(q)
				if len(es) > limit {
					t.Fatalf("page of %d over the limit %d", len(es), limit)
				}
				for _, en := range es {
					if _, dup := got[en.ID]; dup {
						t.Fatalf("%s listed twice", en.ID)
					}
					if prev != nil && (en.CreatedAt.After(prev.CreatedAt) || en.CreatedAt.Equal(prev.CreatedAt) && en.ID > prev.ID) {
						t.Fatalf("not newest first: %v after %v", en, *prev)
					}
					en := en
					got[en.ID], prev = en, &en
					order = append(order, en.ID)
				}
				if next == "" {
					return order, got
				}
				q = fmt.Sprintf("?limit=%d&cursor=%s", limit, url.QueryEscape(next))
			}
		}

		// The same count as the patient's own badge, falling as they read.
		n0 := unread(t, b)
		if c := count(); c != n0 || n0 < 4 {
			t.Fatalf("key view counts %d, the patient's badge %d", c, n0)
		}
		if r := b.api("GET", "/v1/inbox/"+pid); r.status != 200 {
			t.Fatalf("patient opens: %d %s", r.status, r.body)
		}
		if c := count(); c != n0-1 {
			t.Fatalf("after the patient read one: %d, want %d", c, n0-1)
		}
		order, every := all(100)
		if len(every) != n0 {
			t.Fatalf("listed %d messages, want %d", len(every), n0)
		}
		if en := every[pid]; !en.Read || en.ReadAt == nil || en.Status != "active" {
			t.Fatalf("opened message: %+v", en)
		}
		if en := every[rid]; en.Read || en.Sensitivity != "restricted" || en.Status != "active" {
			t.Fatalf("unread restricted message: %+v", en)
		}
		// Pages of 1 and 3 list the same messages in the same order.
		for _, l := range []int{1, 3} {
			if got, _ := all(l); fmt.Sprint(got) != fmt.Sprint(order) {
				t.Fatalf("limit %d lists %v, want %v", l, got, order)
			}
		}

		// Revoked and expired messages stay listed with their state and leave
		// the count.
		e.expect(e.do("DELETE", "/v1/messages/"+pub, tn.key, nil), 200, "")
		e.clock.Add(3 * time.Minute)
		_, every = all(100)
		if every[pub].Status != "revoked" || every[xid].Status != "expired" || every[rid].Status != "active" {
			t.Fatalf("states: revoked %q, expired %q, live %q", every[pub].Status, every[xid].Status, every[rid].Status)
		}
		if c, own := count(), unread(t, b); c != n0-3 || own != c {
			t.Fatalf("count %d (patient's badge %d), want %d", c, own, n0-3)
		}

		// Reading metadata writes nothing (no audit event: nothing is
		// decrypted); bad paging input is a problem naming the parameter.
		before := e.rowCounts()
		all(2)
		count()
		for _, q := range []string{"?limit=0", "?limit=101", "?limit=x", "?limit=-1", "?cursor=!!", "?cursor=" + url.QueryEscape("MTIz"), "?cursor=" + strings.Repeat("A", 200)} {
			r := e.do("GET", "/v1/recipients/pat-1/inbox"+q, tn.key, nil)
			expectT(t, r, 422, api.ProblemValidation)
			if !strings.Contains(string(r.body), "/query/") {
				t.Fatalf("%s: no pointer to the parameter: %s", q, r.body)
			}
		}
		// Unknown recipients, malformed ids and another tenant's recipient
		// are all the same 404.
		for _, c := range []struct{ key, ext string }{{tn.key, "nobody"}, {tn.key, "..bad"}, {other.key, "pat-1"}} {
			for _, p := range []string{"/inbox", "/unread_count"} {
				r := e.do("GET", "/v1/recipients/"+c.ext+p, c.key, nil)
				expectT(t, r, 404, api.ProblemNotFound)
				if strings.Contains(string(r.body), pid) {
					t.Fatal("a 404 names a message")
				}
			}
		}
		if after := e.rowCounts(); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Fatalf("refused calls wrote rows:\n%v\n%v", before, after)
		}
	})
}
