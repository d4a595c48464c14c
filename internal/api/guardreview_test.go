package api_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestGuardReview: a tenant posts its library; the review proposes its own
// phone, address and names with the kinds to add them with, says what
// approving them clears, and once the tenant adds them its notices pass
// the check while a patient's data still blocks. Nothing of the texts is
// logged; bad input is refused with pointers to the notice.
func TestGuardReview(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("keystone")
		e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"display_name": "Keystone Orthotic & Prosthetic Lab"}), 200, "")
		lib := []map[string]any{
			{"name": "pickup.sms", "text": "Keystone O&P: your item can be collected at 55 Market Square. Call (717) 555-0164 to set a time."},
			{"name": "holiday.sms", "text": "Holiday hours: Keystone O&P closes early on Friday, (717) 555-0164."},
			{"name": "recall.email", "fields": []map[string]any{{"name": "subject", "text": "Time for your next visit"},
				{"name": "text", "text": "Hi there, it's time to schedule your next visit with Keystone O&P at (717) 555-0164, any weekday."}}},
			{"name": "seminar.push", "text": "Keystone O&P's free community foot-health seminar is at 55 Market Square. All welcome!"},
			{"name": "shipped.sms", "text": "Your order has shipped."},
		}
		r := e.do("POST", "/v1/guard/review", tn.key, map[string]any{"notices": lib})
		expectT(t, r, 200, "")
		m := r.json(t)
		if m["checked"] != float64(5) || m["blocked"] != float64(4) || m["blocked_if_approved"] != float64(0) {
			t.Fatalf("review: %s", r.body)
		}
		var terms []map[string]string
		for _, p := range m["proposals"].([]any) {
			p := p.(map[string]any)
			if p["caution"] == nil {
				terms = append(terms, map[string]string{"text": p["term"].(string), "kind": p["kind"].(string)})
			}
		}
		if len(terms) != 2 || !bytes.Contains(r.body, []byte(`"term":"(717) 555-0164","kind":"sender","notices":2`)) ||
			!bytes.Contains(r.body, []byte(`"term":"55 Market Square","kind":"sender"`)) {
			t.Fatalf("proposals: %s", r.body)
		}
		ns := m["notices"].([]any)
		if len(ns) != 4 || ns[0].(map[string]any)["name"] != "pickup.sms" || ns[2].(map[string]any)["index"] != float64(2) {
			t.Fatalf("notices: %s", r.body)
		}
		if n := ns[0].(map[string]any); n["cleared_if_approved"] != true || len(n["findings"].([]any)) == 0 || len(n["remaining"].([]any)) != 0 ||
			!strings.Contains(n["findings"].([]any)[0].(map[string]any)["fix"].(string), `kind "sender"`) {
			t.Errorf("notice result: %v", n)
		}
		for _, s := range []string{"Market Square", "555-0164", "Holiday"} {
			if bytes.Contains(e.logs.Bytes(), []byte(s)) {
				t.Errorf("logs contain %q", s)
			}
		}

		// The tenant adds the proposals: its notices pass, a patient's data does not.
		e.expect(e.do("PUT", "/v1/guard/terms", tn.key, map[string]any{"terms": terms}), 200, "")
		for _, n := range lib[:2] {
			if c := e.do("POST", "/v1/guard/check", tn.key, map[string]any{"text": n["text"]}); c.json(t)["blocked"] != false {
				t.Errorf("still blocked after approval: %s", c.body)
			}
		}
		for _, leak := range []string{"We will call you at (717) 555-0199 about your prosthesis.", "Your AFO is ready at 55 Market Square.",
			"Your brace was mailed to 57 Market Square."} {
			if c := e.do("POST", "/v1/guard/check", tn.key, map[string]any{"text": leak}); c.json(t)["blocked"] != true {
				t.Errorf("passes after approval: %q", leak)
			}
		}
		r = e.do("POST", "/v1/guard/review", tn.key, map[string]any{"notices": lib})
		if m := r.json(t); m["blocked"] != float64(0) || len(m["proposals"].([]any)) != 0 || len(m["notices"].([]any)) != 0 {
			t.Errorf("review after approval: %s", r.body)
		}

		// Bad input: a problem naming the notice, and no side effects.
		many := make([]map[string]any, 501)
		for i := range many {
			many[i] = map[string]any{"text": "x"}
		}
		for name, c := range map[string]struct {
			body    any
			pointer string
		}{
			"no notices":      {map[string]any{"notices": []any{}}, "/notices"},
			"missing notices": {map[string]any{}, "/notices"},
			"too many":        {map[string]any{"notices": many}, "/notices"},
			"empty notice":    {map[string]any{"notices": []map[string]any{{"text": "ok"}, {"name": "x"}}}, "/notices/1/text"},
			"bad mode":        {map[string]any{"notices": []map[string]any{{"text": "ok", "mode": "loud"}}}, "/notices/0/mode"},
			"bad category":    {map[string]any{"notices": []map[string]any{{"text": "ok", "category": "Nope!"}}}, "/notices/0/category"},
			"unknown category": {map[string]any{"notices": []map[string]any{{"text": "ok"}, {"text": "ok", "category": "no_such"}}},
				"/notices/1/category"},
			"bad link":  {map[string]any{"notices": []map[string]any{{"text": "ok"}}, "allow_urls": []string{"ftp://x"}}, "/allow_urls/0"},
			"long name": {map[string]any{"notices": []map[string]any{{"text": "ok", "name": strings.Repeat("n", 101)}}}, "/notices/0/name"},
		} {
			t.Run(name, func(t *testing.T) {
				r := e.do("POST", "/v1/guard/review", tn.key, c.body)
				expectT(t, r, 422, api.ProblemValidation)
				if !bytes.Contains(r.body, []byte(`"pointer":"`+c.pointer+`"`)) {
					t.Errorf("no pointer %s: %s", c.pointer, r.body)
				}
			})
		}
		expectT(t, e.do("POST", "/v1/guard/review", tn.key, map[string]any{"notices": []map[string]any{{"text": strings.Repeat("a", 3<<20)}}}), 413, "")
	})
}
