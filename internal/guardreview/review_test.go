package guardreview

import (
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/guard"
)

func newGuard(t *testing.T) *guard.Guard {
	t.Helper()
	g, err := guard.New(guard.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func items(texts ...string) []Item {
	out := make([]Item, len(texts))
	for i, s := range texts {
		out[i] = Item{Notice: guard.Notice{Fields: []guard.Field{{Name: "text", Text: s}}}, Mode: guard.Standard}
	}
	return out
}

// A tenant's library: its phone, address and staff block its clean
// notices; the review proposes them with the right kinds, says what
// approving them clears, and approving them lets no patient's data through.
func TestReviewProposesTheTenantsOwnWords(t *testing.T) {
	g := newGuard(t)
	gc := &guard.Context{AllowURLs: []string{"https://portal.example/m/"}, Sender: []string{"Keystone Orthotic & Prosthetic Lab"}}
	lib := items(
		"Keystone O&P: your item can be collected at 55 Market Square. Call (717) 555-0164 to set a time. https://portal.example/m/a1",
		"Holiday hours: Keystone O&P closes early on Friday, (717) 555-0164.",
		"Hi there, it's time to schedule your next visit with Keystone O&P at (717) 555-0164, any weekday.",
		// (a staff member without a role: "Renée Adler, CO, … our team" now
		// passes on its own, guard/staffjob.go's credential by its form)
		"Keystone O&P: Renée Adler is back at the Market Square desk on Monday!",
		"Keystone O&P's free community foot-health seminar is at 55 Market Square. All welcome: https://portal.example/m/c3",
		"Your order has shipped. Track it: https://portal.example/m/d4",
	)
	rep, err := Review(g, gc, lib)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Checked != 6 || rep.Blocked != 5 {
		t.Fatalf("checked %d blocked %d, want 6 and 5: %+v", rep.Checked, rep.Blocked, rep.Results)
	}
	want := map[string]guard.Kind{"(717) 555-0164": guard.KindSender, "55 Market Square": guard.KindSender, "Renée Adler": guard.KindApproved}
	got := map[string]Proposal{}
	for _, p := range rep.Proposals {
		got[p.Term] = p
	}
	for term, kind := range want {
		p, ok := got[term]
		if !ok {
			t.Errorf("no proposal %q; got %+v", term, rep.Proposals)
			continue
		}
		if p.Kind != kind || (p.Caution != "") != g.PersonName(term) {
			t.Errorf("%q: kind %q caution %q, want %q (a caution for a person's name only)", term, p.Kind, p.Caution, kind)
		}
	}
	// (the first notice's number is no finding: a number after "Call"
	// is read as the sender's, phonecta.go)
	if p := got["(717) 555-0164"]; p.Notices != 2 || len(p.Items) != 2 || p.Items[0] != 1 || p.Items[1] != 2 {
		t.Errorf("phone proposal counts: %+v", p)
	}
	if p := rep.Proposals[0]; p.Notices != 2 || p.Term != "(717) 555-0164" && p.Term != "55 Market Square" {
		t.Errorf("most frequent first: %+v", rep.Proposals[0])
	}
	// Hence approving the proposals clears every notice of the library,
	// but where the staff member's name is cautioned (left out of it).
	if g.PersonName("Renée Adler") {
		rep.BlockedIfApproved--
	}
	if rep.BlockedIfApproved != 0 {
		t.Errorf("still blocked after approval: %d: %+v", rep.BlockedIfApproved, rep.Results)
	}
	for _, r := range rep.Results {
		if !r.ClearedIfApproved || r.Remaining != nil {
			t.Errorf("result %d: %+v", r.Index, r)
		}
	}

	// The tenant approves every proposal: the patient's data still blocks.
	after := *gc
	for _, p := range rep.Proposals {
		after.Terms = append(after.Terms, guard.Term{Text: p.Term, Kind: p.Kind})
	}
	for _, leak := range []string{
		"Keystone O&P: your AFO is ready for pickup at 55 Market Square.",
		"We will call you at (717) 555-0199 about your prosthesis.",
		"Hi Renée Adler, your brace is ready.",
		"Hi Maria, your order is ready. Call (717) 555-0164.",
		"Your brace was mailed to 57 Market Square, Apt 4.",
	} {
		fs, err := g.CheckText(leak, &after, guard.Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("passes after approving the proposals: %q", leak)
		}
	}
}

// A person's name alone is proposed with a caution and left out of what
// approval would clear.
func TestReviewCautions(t *testing.T) {
	g := newGuard(t)
	rep, err := Review(g, nil, items(
		"Hi Maria, we will call you at 312-555-0147.",
		"Your bill is ready.",
	))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Proposals {
		switch {
		case p.Kind == guard.KindApproved && g.PersonName(p.Term):
			if p.Caution != CautionPersonName {
				t.Errorf("%q: caution %q", p.Term, p.Caution)
			}
		case p.Caution != "":
			t.Errorf("%q: caution %q", p.Term, p.Caution)
		}
	}
	blocked := 0
	for _, r := range rep.Results {
		if !r.ClearedIfApproved {
			blocked++
		}
	}
	if blocked != rep.BlockedIfApproved {
		t.Errorf("BlockedIfApproved %d, results say %d", rep.BlockedIfApproved, blocked)
	}
	if rep.Blocked != 1 || rep.BlockedIfApproved != 1 || len(rep.Proposals) != 2 || rep.Results[0].Remaining[0].Rule != "name.greeting" {
		t.Errorf("cautioned proposals were counted as approved: %+v", rep)
	}
}

// Terms are what a tenant can PUT: trimmed, 2–100 characters, no markup,
// a contact cut at its sentence's end.
func TestTermOf(t *testing.T) {
	txt := "at 55 Market Square. Call (717) 555-0164, «Theo»"
	n := guard.Notice{Fields: []guard.Field{{Name: "text", Text: txt}, {Name: "html", Text: "<b>Theo</b> x", HTML: true}}}
	at := func(s string) (int, int) { i := strings.Index(txt, s); return i, i + len(s) }
	a1, b1 := at("55 Market Square. Call")
	a2, b2 := at("(717) 555-0164,")
	a3, b3 := at("«Theo»")
	for _, c := range []struct {
		f       guard.Finding
		contact bool
		want    string
		ok      bool
	}{
		{guard.Finding{Field: "text", Start: a1, End: b1}, true, "55 Market Square", true},
		{guard.Finding{Field: "text", Start: a2, End: b2}, true, "(717) 555-0164", true},
		{guard.Finding{Field: "text", Start: a3, End: b3}, false, "Theo", true},
		{guard.Finding{Field: "text", Start: 0, End: 1}, false, "", false},
		{guard.Finding{Field: "text", Start: 40, End: 900}, false, "", false},
		{guard.Finding{Field: "html", Start: 0, End: 11}, false, "", false},
		{guard.Finding{Field: "other", Start: 0, End: 2}, false, "", false},
	} {
		got, ok := termOf(n, c.f, c.contact)
		if got != c.want || ok != c.ok {
			t.Errorf("termOf(%d..%d) = %q, %v; want %q, %v", c.f.Start, c.f.End, got, ok, c.want, c.ok)
		}
	}
	if s := trimTerm(" (717) 555-0164). "); s != "(717) 555-0164" {
		t.Errorf("trimTerm: %q", s)
	}
	if strings.Contains(trimTerm("«Theo»"), "«") {
		t.Error("trimTerm kept a quote")
	}
}
