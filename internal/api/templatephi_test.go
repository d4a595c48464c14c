package api_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/api"
)

// The template editor flow: a category whose template the guard flags is
// refused with one entry per finding, each saying how to fix it; doing what
// the entry says (a tenant term of the kind it names) lets the same
// template be saved. Nothing of the template's text is echoed.
func TestTemplatePHIFixHints(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("acme")
	body := func(subject, sms string) map[string]any {
		return map[string]any{"default_sensitivity": "phi", "retention_days": 30, "link_lifetime_hours": 48,
			"templates": map[string]any{"en": map[string]string{"email_subject": subject, "email_text": "Sign in: {{link}}", "sms": sms}}}
	}
	problem := func(r resp) []struct{ Pointer, Detail string } {
		t.Helper()
		var p struct {
			Errors []struct{ Pointer, Detail string } `json:"errors"`
		}
		if err := json.Unmarshal(r.body, &p); err != nil {
			t.Fatalf("problem: %v: %s", err, r.body)
		}
		return p.Errors
	}
	// The tenant's own number in the SMS, a made-up product brand in the subject.
	tpl := body("Your Zorvexa refill is ready", "{{tenant}}: call (717) 555-0192. {{link}}")
	r := e.do("PUT", "/v1/categories/kit_shipped", tn.key, tpl)
	expectT(t, r, 422, api.ProblemTemplatePHI)
	for _, leak := range []string{"Zorvexa", "555-0192"} {
		if bytes.Contains(r.body, []byte(leak)) {
			t.Fatalf("problem echoes the template text %q: %s", leak, r.body)
		}
	}
	errs := problem(r)
	hint := map[string]string{}
	for _, fe := range errs {
		if !strings.Contains(fe.Detail, "To fix: ") {
			t.Errorf("%s: no fix hint: %s", fe.Pointer, fe.Detail)
		}
		hint[fe.Pointer] += fe.Detail
	}
	if !strings.Contains(hint["/templates/en/sms"], `kind "sender"`) {
		t.Errorf("the phone's hint names no sender term: %q", hint["/templates/en/sms"])
	}
	if !strings.Contains(hint["/templates/en/email_subject"], `kind "approved"`) {
		t.Errorf("the brand's hint names no approved term: %q", hint["/templates/en/email_subject"])
	}
	// Doing what the hints say: the same template is then saved.
	e.expect(e.do("PUT", "/v1/guard/terms", tn.key, map[string]any{"terms": []map[string]string{
		{"text": "Zorvexa", "kind": "approved"}, {"text": "(717) 555-0192", "kind": "sender"}}}), 200, "")
	e.expect(e.do("PUT", "/v1/categories/kit_shipped", tn.key, tpl), 200, "")

	// A clinical word has no tenant fix: its hint says to reword.
	r = e.do("PUT", "/v1/categories/refill_ready", tn.key, body("Your metformin refill is ready", "{{tenant}}: sign in {{link}}"))
	expectT(t, r, 422, api.ProblemTemplatePHI)
	errs = problem(r)
	if len(errs) == 0 || !strings.Contains(errs[0].Detail, "reword") {
		t.Errorf("clinical hint: %+v", errs)
	}
	// Many findings in one field: itemised up to five, the rest counted.
	many := strings.Repeat("Call (717) 555-0100, (717) 555-0101, (717) 555-0102. ", 3)
	r = e.do("PUT", "/v1/categories/many_phones", tn.key, body(many, "{{tenant}}: sign in {{link}}"))
	expectT(t, r, 422, api.ProblemTemplatePHI)
	errs = problem(r)
	if n := len(errs); n != 6 || !strings.Contains(errs[5].Detail, "more findings") {
		t.Errorf("got %d entries, want 5 itemised and a count: %+v", n, errs)
	}
}
