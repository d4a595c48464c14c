package guard

import (
	"strings"
	"testing"
)

// TestExplain: every finding carries a fix hint and a reason of fixed
// wording; Explain quotes exactly the span, in bytes of the original text.
func TestExplain(t *testing.T) {
	g := newTestGuard(t)
	for _, c := range []struct {
		text, rule, quote, want string
	}{
		{"Your Zorvaldo refill is ready.", "frame.clinical", "Zorvaldo", "'Zorvaldo' is not ordinary vocabulary and comes before 'refill'"},
		{"Hola Xiomelda, su pedido está listo.", "name.greeting", "Hola Xiomelda", "'Hola Xiomelda': greeting followed by a name"},
		{"Pickup for Xiomelda at the counter.", "frame.name", "Xiomelda", "'Xiomelda' is not ordinary vocabulary and follows 'pickup for', where a name goes"},
		{"Ñandú — call (617) 555-0142", "phone.nanp", "(617) 555-0142", "'(617) 555-0142' looks like a phone or fax number"},
		{"Your zorvalimab infusion", "frame.morphology", "zorvalimab", "'zorvalimab' is not ordinary vocabulary and ends in '-mab' like a medication name"},
	} {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		var got *Finding
		for i := range fs {
			if fs[i].Rule == c.rule {
				got = &fs[i]
			}
			if fs[i].Fix == "" || fs[i].Reason == "" || fs[i].Confidence <= 0 || fs[i].Confidence > 1 {
				t.Errorf("%q: incomplete finding %+v", c.text, fs[i])
			}
			if strings.Contains(fs[i].Reason, c.quote) || strings.Contains(fs[i].Fix, c.quote) {
				t.Errorf("%q: reason or fix carries the text: %+v", c.text, fs[i])
			}
		}
		if got == nil {
			t.Errorf("%q: no %s finding in %+v", c.text, c.rule, fs)
			continue
		}
		if c.text[got.Start:got.End] != c.quote {
			t.Errorf("%q: span %d..%d = %q, want %q", c.text, got.Start, got.End, c.text[got.Start:got.End], c.quote)
		}
		if e := Explain(*got, c.text); e != c.want {
			t.Errorf("Explain = %q, want %q", e, c.want)
		}
	}
	// a long span is cut on a character boundary
	long := strings.Repeat("é", 50)
	if e := Explain(Finding{Start: 0, End: len(long), Reason: "is long"}, long); !strings.HasSuffix(e, "…' is long") || !strings.HasPrefix(e, "'éé") {
		t.Errorf("long excerpt: %q", e)
	}
	// a span outside the text (never from Check) explains the field
	if e := Explain(Finding{Start: 5, End: 2, Reason: "post office box"}, "abc"); e != "This field: post office box" {
		t.Errorf("bad span: %q", e)
	}
}

// TestApprovedTerms: a tenant's approved wording and the category's template
// wording silence the frame detector, not the built-in vocabularies.
func TestApprovedTerms(t *testing.T) {
	g := newTestGuard(t)
	approved := &Context{Terms: []Term{{Text: "Zorvaldo", Kind: KindApproved}, {Text: "Xiomelda Care", Kind: KindApproved}, {Text: "metformin", Kind: KindApproved}}}
	tmpl := &Context{Template: []string{"Your Zorvaldo refill is ready."}}
	for _, c := range []struct {
		text    string
		c       *Context
		blocked bool
	}{
		{"Your Zorvaldo refill is ready.", nil, true},
		{"Your Zorvaldo refill is ready.", approved, false},
		{"Your Zorvaldo refill is ready.", tmpl, false},
		// a word of an approved phrase is no approved name (approve.go)
		{"Hola Xiomelda, su pedido está listo.", approved, true},
		{"Xiomelda Care: su pedido está listo.", approved, false},
		{"Your metformin refill is ready.", approved, true}, // built-in vocabulary still applies
		{"Your Zorvatin refill is ready.", approved, true},
		{"Call 617-555-0142 about Zorvaldo", approved, true},
	} {
		fs, err := g.CheckText(c.text, c.c, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if Blocked(fs) != c.blocked {
			t.Errorf("%q (context %v): blocked %v, want %v: %+v", c.text, c.c != nil, Blocked(fs), c.blocked, fs)
		}
	}
	if _, err := ParseTermKind("approved"); err != nil {
		t.Error(err)
	}
	if _, err := ParseKind("approved"); err == nil {
		t.Error("approved is not a finding kind")
	}
}
