package guard

import (
	"strings"
	"testing"
)

// offersApproval: the fix hint tells the author to approve a tenant term.
func offersApproval(f Finding) bool { return strings.Contains(f.Fix, `kind "approved"`) }

// withTerms is the row's context plus tenant terms.
func withTerms(it corpusItem, terms []Term) corpusItem {
	c := corpusContext{}
	if it.Context != nil {
		c = *it.Context
	}
	c.Terms = append(append([]Term(nil), c.Terms...), terms...)
	it.Context = &c
	return it
}

// TestApprovedFixHintsAgree: over every clean development row the guard
// flags (held-out files are never opened), approving as the tenant exactly
// the text of each finding's span whose hint offers approval clears every
// such finding; and over every development row, a hint offers approval
// exactly when the finding is approvable, and approving the span of a
// finding that is not approvable (clinical vocabularies, identifiers,
// addresses, dates, context) leaves it reported.
func TestApprovedFixHintsAgree(t *testing.T) {
	g := newTestGuard(t)
	var flagged, cleared, kept, html int
	for _, it := range devCorpusItems(t, "*.jsonl") {
		fs, err := it.run(g)
		if err != nil {
			t.Fatal(err)
		}
		var yes, no []Term
		for _, f := range fs {
			if offersApproval(f) != approvable(f.Kind, f.Rule) {
				t.Errorf("%s: %s (%s): hint offers approval %v, approvable %v", it.ID, f.Rule, f.Kind, offersApproval(f), approvable(f.Kind, f.Rule))
			}
			if f.Start < 0 || f.End > len(it.Text) || f.Start >= f.End {
				continue
			}
			term := Term{Text: it.Text[f.Start:f.End], Kind: KindApproved}
			if offersApproval(f) {
				yes = append(yes, term)
			} else {
				no = append(no, term)
			}
		}
		if it.HTML && len(fs) > 0 {
			html++ // spans point into the markup
			continue
		}
		if it.Label == "clean" && len(yes) > 0 {
			// The template author's flow: approve what the hints offer,
			// check again, approve what is offered next. Following the
			// hints must reach a notice with nothing approvable left
			// within three rounds (approving one word can let a
			// detector read a longer span: "Pickup: Ensure, Glucerna,
			// Similac"), never a dead end.
			flagged++
			terms := yes
			var left []Finding
			for round := 0; round < 3; round++ {
				fs2, err := withTerms(it, terms).run(g)
				if err != nil {
					t.Fatal(err)
				}
				left = left[:0]
				for _, f := range fs2 {
					if offersApproval(f) {
						left = append(left, f)
					}
				}
				if len(left) == 0 {
					break
				}
				for _, f := range left {
					terms = append(terms, Term{Text: it.Text[f.Start:f.End], Kind: KindApproved})
				}
			}
			for _, f := range left {
				t.Errorf("%s: %q approved in three rounds, still %s on %q: %s", it.ID, terms, f.Rule, it.Text[f.Start:f.End], it.Text)
			}
			if len(left) == 0 {
				cleared++
			}
		}
		if len(no) > 0 {
			fs2, err := withTerms(it, no).run(g)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range fs {
				if offersApproval(f) {
					continue
				}
				still := false
				for _, f2 := range fs2 {
					if f2.Start <= f.Start && f2.End >= f.End && !offersApproval(f2) {
						still = true
						break
					}
				}
				if !still {
					t.Errorf("%s: approving %q cleared %s (%s), whose hint does not offer approval: %s", it.ID, it.Text[f.Start:f.End], f.Rule, f.Kind, it.Text)
				} else {
					kept++
				}
			}
		}
	}
	t.Logf("clean rows flagged with an approvable finding: %d, all cleared by approval: %d; findings approval must not clear, kept: %d; HTML rows skipped: %d", flagged, cleared, kept, html)
	if flagged < 50 {
		t.Fatalf("only %d flagged clean rows", flagged)
	}
}

// TestApprovedPhrase: an approved multi-word term clears name findings only
// where the whole phrase appears; a one-word approved term only on exactly
// that word; clinical words and identifiers stay reported whatever the
// tenant approves (approve.go).
func TestApprovedPhrase(t *testing.T) {
	g := newTestGuard(t)
	ctx := func(terms ...string) *Context {
		c := &Context{}
		for _, s := range terms {
			c.Terms = append(c.Terms, Term{Text: s, Kind: KindApproved})
		}
		return c
	}
	anne, paul, ms := ctx("Auntie Anne's"), ctx("Paul Smith"), ctx("Marks & Spencer")
	one := ctx("Anne")
	brayden := ctx("Zorvexa Brayden Bakery")
	for _, c := range []struct {
		text    string
		c       *Context
		blocked bool
	}{
		{"Auntie Anne's: your pretzel bites are ready.", nil, true},
		{"Auntie Anne's: your pretzel bites are ready.", anne, false},
		{"Hi Anne, your pretzel bites are ready.", anne, true},
		{"Pickup for Anne Lee is ready at the counter.", anne, true},
		{"Anne's refill is ready.", anne, true},
		{"Paul Smith order confirmation", nil, true},
		{"Paul Smith order confirmation", paul, false},
		{"Hi Paul, your order has shipped.", paul, true},
		{"Marks & Spencer: your order has shipped.", ms, false},
		{"Dear Spencer, your order has shipped.", ms, true},
		{"Tus Yerba Mate Taragüí 1 kg están en camino.", ctx("Yerba Mate Taragüí"), false},
		{"Your Zorvexa Brayden Bakery order is ready for pickup.", brayden, false},
		{"hi brayden, your order shipped.", brayden, true},
		// one word: exactly that span. The accepted risk: a finding on the
		// name alone passes ("Anne's refill"); name.greeting's span holds
		// the greeting, so "Hi Anne," stays reported
		{"Anne's refill is ready.", one, false},
		{"Hi Anne, your order shipped.", one, true},
		{"Pickup for Anne Lee is ready at the counter.", one, true},
		{"Anne Lee, your order is ready.", one, true},
		// never approvable
		{"Your metformin refill is ready for pickup.", ctx("metformin"), true},
		{"Your Paul Smith diabetes care plan is ready.", paul, true},
		{"Call us back at 415-555-0199 about your order.", ctx("415-555-0199"), true},
		{"Your SSN 123-45-6789 was updated.", ctx("123-45-6789"), true},
		{"Your dia betes kit shipped.", ctx("dia betes"), true},
		{"Your PT session is moved to Thursday at 3 PM.", ctx("PT session"), true},
	} {
		fs, err := g.CheckText(c.text, c.c, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if Blocked(fs) != c.blocked {
			t.Errorf("%q (terms %v): blocked %v, want %v: %+v", c.text, c.c != nil, Blocked(fs), c.blocked, fs)
		}
	}
}

// TestApprovedTitleDot: a phrase approved with a title whose dot the
// tokenizer reads as a sentence's end ("Dra.", "Lic.", "Ing.") clears the
// finding on that name (dev42, found by TestApprovedFixHintsAgree), and
// the same name without the approval stays reported.
func TestApprovedTitleDot(t *testing.T) {
	g := newTestGuard(t)
	// (dev42's "Damos la bienvenida a la Lic. Verónica Paz como nueva
	// Directora Ejecutiva" now passes as staff news: staffmore.go)
	text := "La Lic. Verónica Paz firmó la carta de la Fundación."
	if fs, _ := g.CheckText(text, nil, Standard); !Blocked(fs) {
		t.Fatalf("not reported without approval: %v", fs)
	}
	ctx := &Context{Terms: []Term{{Text: "Lic. Verónica Paz", Kind: KindApproved}}}
	if fs, _ := g.CheckText(text, ctx, Standard); Blocked(fs) {
		t.Errorf("approved, still reported: %v", fs)
	}
}
