package api_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/testdb"
)

func findings(t *testing.T, r resp) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, f := range r.json(t)["findings"].([]any) {
		out = append(out, f.(map[string]any))
	}
	return out
}

func hasKind(fs []map[string]any, kind string) bool {
	for _, f := range fs {
		if f["kind"] == kind {
			return true
		}
	}
	return false
}

func TestGuardCheck(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("acme")
		e.putRecipient(tn, "p-1", map[string]any{"email": "zq@example.org", "identity": map[string]any{
			"name": "Zelda Quintero", "birth_date": "1961-04-12", "mrn": "QX-448812"}})
		msg := e.send(tn, map[string]any{"recipient": "p-1", "category": "account_message", "subject": "About Project Tamarind",
			"body": "Tamarind protocol step four begins Thursday."})["id"].(string)

		check := func(body map[string]any) resp {
			t.Helper()
			r := e.do("POST", "/v1/guard/check", tn.key, body)
			expectT(t, r, 200, "")
			return r
		}
		// The seeds' own notices pass.
		for _, clean := range []string{"Important information about your recent test", "Payment processed successfully",
			"Your order total is $42.10; it is expected to ship on March 3"} {
			r := check(map[string]any{"text": clean})
			if r.json(t)["blocked"] != false {
				t.Errorf("clean notice blocked: %q %s", clean, r.body)
			}
		}
		// A leak is found, with spans and reasons and without the matched text.
		text := "Your metformin refill is ready; questions? call (617) 555-0142"
		r := check(map[string]any{"text": text})
		fs := findings(t, r)
		if r.json(t)["blocked"] != true || !hasKind(fs, "medication") || !hasKind(fs, "phone") {
			t.Fatalf("leak not found: %s", r.body)
		}
		// Each finding: a byte span into the text as given, a confidence, a
		// reason and a fix hint of fixed wording (no text), and an
		// explanation quoting exactly the span.
		for _, f := range fs {
			start, end := int(f["start"].(float64)), int(f["end"].(float64))
			conf, _ := f["confidence"].(float64)
			reason, _ := f["reason"].(string)
			fix, _ := f["fix"].(string)
			expl, _ := f["explanation"].(string)
			if start < 0 || end > len(text) || start >= end || f["rule"] == "" || reason == "" || fix == "" || conf <= 0 || conf > 1 {
				t.Errorf("bad finding %v", f)
				continue
			}
			if !strings.HasPrefix(expl, "'"+text[start:end]+"' ") || !strings.HasSuffix(expl, reason) {
				t.Errorf("explanation %q does not quote the span %q with the reason %q", expl, text[start:end], reason)
			}
			if strings.Contains(reason, "metformin") || strings.Contains(fix, "metformin") || strings.Contains(reason, "555") {
				t.Errorf("reason or fix carries the text: %v", f)
			}
		}
		// A word in no vocabulary in a clinical frame: the reason names the
		// cue, the fix says how to approve it or what to use instead.
		r = check(map[string]any{"text": "Your Quenlora refill is ready."})
		fs = findings(t, r)
		if len(fs) != 1 || fs[0]["rule"] != "frame.clinical" {
			t.Fatalf("frame finding: %s", r.body)
		}
		if got, want := fs[0]["explanation"], "'Quenlora' is not ordinary vocabulary and comes before 'refill'"; got != want {
			t.Errorf("explanation %q, want %q", got, want)
		}
		if fix := fs[0]["fix"].(string); !strings.Contains(fix, "PUT /v1/guard/terms") || !strings.Contains(fix, `"approved"`) {
			t.Errorf("fix hint: %q", fix)
		}
		if s, e := int(fs[0]["start"].(float64)), int(fs[0]["end"].(float64)); s != 5 || e != 13 {
			t.Errorf("span %d..%d, want 5..13 (bytes)", s, e)
		}
		// Spans are bytes in the original text, also after multi-byte runes
		// and in HTML.
		html := "<p>Señora Ñúñez — <b>your Quenlora refill</b></p>"
		r = check(map[string]any{"text": html, "html": true})
		for _, f := range findings(t, r) {
			if f["rule"] == "frame.clinical" {
				s, e := int(f["start"].(float64)), int(f["end"].(float64))
				if html[s:e] != "Quenlora" {
					t.Errorf("HTML span %d..%d = %q", s, e, html[s:e])
				}
			}
		}
		// Recipient context: identity and contact points, whatever the format.
		r = check(map[string]any{"text": "Hello QUINTERO, ref qx 448812", "recipient": "p-1"})
		if !hasKind(findings(t, r), "context") {
			t.Errorf("identity repeat not found: %s", r.body)
		}
		r = check(map[string]any{"text": "Born 4/12/61? Sign in.", "recipient": "p-1"})
		if r.json(t)["blocked"] != true {
			t.Errorf("birth date in another format not found: %s", r.body)
		}
		// Message context: the sealed subject and body.
		r = check(map[string]any{"fields": []map[string]any{{"name": "subject", "text": "News on tamarind"}, {"name": "html", "text": "<p>Sign in to read.</p>", "html": true}}, "message": msg})
		if !hasKind(findings(t, r), "context") {
			t.Errorf("sealed text repeat not found: %s", r.body)
		}
		// Strict mode blocks health by association.
		r = check(map[string]any{"text": "A new offer on your diabetes supplies", "mode": "strict"})
		if r.json(t)["blocked"] != true || r.json(t)["mode"] != "strict" {
			t.Errorf("strict mode: %s", r.body)
		}
		// Tenant terms.
		if r := check(map[string]any{"text": "Your Zorblaxin order has shipped"}); r.json(t)["blocked"] != false {
			t.Fatalf("unknown word blocked before terms: %s", r.body)
		}
		e.expect(e.do("PUT", "/v1/guard/terms", tn.key, map[string]any{"terms": []map[string]string{{"text": "Zorblaxin", "kind": "medication"}}}), 200, "")
		if r := check(map[string]any{"text": "Your Zorblaxin order has shipped"}); !hasKind(findings(t, r), "medication") {
			t.Errorf("tenant term not applied: %s", r.body)
		}
		got := e.do("GET", "/v1/guard/terms", tn.key, nil)
		if !strings.Contains(string(got.body), `"text":"Zorblaxin","kind":"medication"`) {
			t.Errorf("terms: %s", got.body)
		}
		// Approved terms: the frame detector counts them as ordinary; they do
		// not switch off the built-in vocabularies.
		e.expect(e.do("PUT", "/v1/guard/terms", tn.key, map[string]any{"terms": []map[string]string{
			{"text": "Zorblaxin", "kind": "medication"}, {"text": "Quenlora", "kind": "approved"}, {"text": "metformin", "kind": "approved"}}}), 200, "")
		if r := check(map[string]any{"text": "Your Quenlora refill is ready."}); r.json(t)["blocked"] != false {
			t.Errorf("approved term still flagged: %s", r.body)
		}
		if r := check(map[string]any{"text": "Your metformin refill is ready."}); !hasKind(findings(t, r), "medication") {
			t.Errorf("approving a built-in medication switched it off: %s", r.body)
		}
		// The category's own template wording counts as ordinary.
		e.expect(e.do("PUT", "/v1/categories/kestrel_news", tn.key, map[string]any{
			"default_sensitivity": "public", "retention_days": 30, "link_lifetime_hours": 24,
			"templates": map[string]any{"en": map[string]any{
				"email_subject": "Kestrelwood club news", "email_text": "Kestrelwood club news: {{link}}", "sms": "Kestrelwood club news: {{link}}"}}}), 200, "")
		if r := check(map[string]any{"text": "Hi Kestrelwood, your news is in."}); r.json(t)["blocked"] != true {
			t.Errorf("unknown word after a greeting not flagged without the category: %s", r.body)
		}
		if r := check(map[string]any{"text": "Hi Kestrelwood, your news is in.", "category": "kestrel_news"}); r.json(t)["blocked"] != false {
			t.Errorf("category wording flagged: %s", r.body)
		}
		// Bad input: a clear problem and no change.
		before := e.rowCounts()
		for name, c := range map[string]struct {
			method, path string
			body         any
			status       int
			typ          string
		}{
			"neither text nor fields": {"POST", "/v1/guard/check", map[string]any{"mode": "strict"}, 422, api.ProblemValidation},
			"both":                    {"POST", "/v1/guard/check", map[string]any{"text": "a", "fields": []map[string]any{{"name": "x", "text": "b"}}}, 422, api.ProblemValidation},
			"bad mode":                {"POST", "/v1/guard/check", map[string]any{"text": "a", "mode": "lenient"}, 422, api.ProblemValidation},
			"duplicate field":         {"POST", "/v1/guard/check", map[string]any{"fields": []map[string]any{{"name": "x", "text": "a"}, {"name": "x", "text": "b"}}}, 422, api.ProblemValidation},
			"unknown recipient":       {"POST", "/v1/guard/check", map[string]any{"text": "a", "recipient": "nobody"}, 422, api.ProblemUnknownRecipient},
			"unknown message":         {"POST", "/v1/guard/check", map[string]any{"text": "a", "message": "msg_06h045n3y309pm8x9asc2eb6xg"}, 422, api.ProblemValidation},
			"bad allow url":           {"POST", "/v1/guard/check", map[string]any{"text": "a", "allow_urls": []string{"javascript:alert(1)"}}, 422, api.ProblemValidation},
			"oversized text":          {"POST", "/v1/guard/check", map[string]any{"text": strings.Repeat("a", 70000)}, 422, api.ProblemValidation},
			"unknown category":        {"POST", "/v1/guard/check", map[string]any{"text": "a", "category": "no_such_thing"}, 422, api.ProblemValidation},
			"bad category":            {"POST", "/v1/guard/check", map[string]any{"text": "a", "category": "Bad Key"}, 422, api.ProblemValidation},
			"bad term kind":           {"PUT", "/v1/guard/terms", map[string]any{"terms": []map[string]string{{"text": "Foo", "kind": "gossip"}}}, 422, api.ProblemValidation},
			"duplicate term":          {"PUT", "/v1/guard/terms", map[string]any{"terms": []map[string]string{{"text": "Foo", "kind": "medication"}, {"text": "foo", "kind": "condition"}}}, 422, api.ProblemValidation},
			"short term":              {"PUT", "/v1/guard/terms", map[string]any{"terms": []map[string]string{{"text": "F", "kind": "medication"}}}, 422, api.ProblemValidation},
			"missing terms":           {"PUT", "/v1/guard/terms", map[string]any{}, 422, api.ProblemValidation},
		} {
			t.Run(name, func(t *testing.T) { expectT(t, e.do(c.method, c.path, tn.key, c.body), c.status, c.typ) })
		}
		if after := e.rowCounts(); after["guard_terms"] != before["guard_terms"] || after["audit_events"] != before["audit_events"] {
			t.Fatalf("refused guard requests wrote rows: %v → %v", before, after)
		}
		// Opening sealed context is audited; the checked texts are not logged.
		if n := e.raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionGuardContext); n < 3 {
			t.Errorf("context openings audited: %d", n)
		}
		for _, s := range []string{"metformin", "QUINTERO", "Zorblaxin", "tamarind", "Quenlora", "Kestrelwood"} {
			if bytes.Contains(e.logs.Bytes(), []byte(s)) {
				t.Errorf("logs contain %q", s)
			}
		}
	})
}

// TestGuardApprovedBrand: a shop's brand flagged as a name passes POST
// /v1/guard/check once the tenant approves it (PUT /v1/guard/terms, kind
// "approved"), as a phrase: a person's name sharing a word of it, in a
// notice of the same tenant, is still blocked, and another tenant is not
// affected (guard/approve.go).
func TestGuardApprovedBrand(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn, other := e.tenant("pretzels"), e.tenant("other")
		check := func(key, text string) resp {
			t.Helper()
			r := e.do("POST", "/v1/guard/check", key, map[string]any{"text": text})
			expectT(t, r, 200, "")
			return r
		}
		brand := "Auntie Anne's: your pretzel bites are ready."
		r := check(tn.key, brand)
		fs := findings(t, r)
		if r.json(t)["blocked"] != true || !hasKind(fs, "name") {
			t.Fatalf("brand not flagged before approval: %s", r.body)
		}
		for _, f := range fs {
			if fix := f["fix"].(string); !strings.Contains(fix, "PUT /v1/guard/terms") || !strings.Contains(fix, `"approved"`) {
				t.Errorf("fix hint does not offer approval: %q", fix)
			}
		}
		e.expect(e.do("PUT", "/v1/guard/terms", tn.key, map[string]any{"terms": []map[string]string{
			{"text": "Auntie Anne's", "kind": "approved"}, {"text": "Marks & Spencer", "kind": "approved"}}}), 200, "")
		for _, clean := range []string{brand, "Your Auntie Anne's order is ready for pickup.", "Marks & Spencer: your order has shipped."} {
			if r := check(tn.key, clean); r.json(t)["blocked"] != false {
				t.Errorf("approved brand still blocked: %q %s", clean, r.body)
			}
		}
		for _, leak := range []string{"Hi Anne, your pretzel bites are ready.", "Pickup for Anne Lee is ready at the counter.",
			"Dear Spencer, your order has shipped.", "Anne's refill is ready."} {
			if r := check(tn.key, leak); r.json(t)["blocked"] != true || !hasKind(findings(t, r), "name") {
				t.Errorf("a person's name passed after the brand was approved: %q %s", leak, r.body)
			}
		}
		// approval never clears an identifier or a built-in clinical word
		e.expect(e.do("PUT", "/v1/guard/terms", tn.key, map[string]any{"terms": []map[string]string{
			{"text": "Auntie Anne's", "kind": "approved"}, {"text": "415-555-0199", "kind": "approved"}, {"text": "metformin", "kind": "approved"}}}), 200, "")
		if r := check(tn.key, "Auntie Anne's: call 415-555-0199 about your metformin refill."); !hasKind(findings(t, r), "phone") || !hasKind(findings(t, r), "medication") {
			t.Errorf("approval cleared a phone or a medication: %s", r.body)
		}
		// the approval is the tenant's own
		if r := check(other.key, brand); r.json(t)["blocked"] != true {
			t.Errorf("another tenant's approval applied: %s", r.body)
		}
	})
}

// TestGuardSenderName: the tenant's display name (PUT /v1/settings), which
// {{tenant}} renders and the From line shows, is read by the guard as the
// sender's own name in that tenant's notices only (service/guardsender.go,
// guard/sendercontext.go): a surname or a care word inside it no longer
// blocks, the same words outside it still do, and another tenant's
// notices naming it are still blocked.
func TestGuardSenderName(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn, other := e.tenant("mb-physio"), e.tenant("other")
		check := func(key, text string) bool {
			t.Helper()
			r := e.do("POST", "/v1/guard/check", key, map[string]any{"text": text})
			expectT(t, r, 200, "")
			return r.json(t)["blocked"] == true
		}
		own := []string{"Moreno & Blake Riverside: Your one-time sign-in code is 204857.", "Moreno & Blake Riverside: Your statement is ready. Balance: $40.00."}
		for _, text := range own {
			if !check(tn.key, text) {
				t.Fatalf("the name was not flagged before it was the tenant's display name: %q", text)
			}
		}
		e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"display_name": "Moreno & Blake Riverside"}), 200, "")
		for _, text := range own {
			if check(tn.key, text) {
				t.Errorf("the tenant's own display name still blocks: %q", text)
			}
		}
		for _, leak := range []string{"Moreno & Blake Riverside: Hi Blake, your code is 204857.", "Dr. Moreno will see you Thursday."} {
			if !check(tn.key, leak) {
				t.Errorf("a word of the display name passed outside it: %q", leak)
			}
		}
		if !check(other.key, own[0]) {
			t.Errorf("another tenant's display name applied: %q", own[0])
		}
	})
}
