package guard

import (
	"strings"
	"testing"
)

// Tests of bareDomain's chain memo (domainchain.go, helper fuzzslow).

// naiveChainEnd is bareDomain's two walks as they were before the memo.
func naiveChainEnd(s *scanner, i int) (j, last int) {
	n := len(s.toks)
	j = i + 1
	for j+1 < n && (s.gap(j+1) == "." || s.gap(j+1) == "-") {
		j++
	}
	last = j
	for last > i && s.gap(last) != "." {
		last--
	}
	return j, last
}

// TestChainEndIsTheWalk: on every token that a lone dot follows, asked in
// increasing order (every one, or every second or third, as scanWords'
// other tests pass some by; step 0: every token, dot or not), chainEnd
// answers what the walks answer.
func TestChainEndIsTheWalk(t *testing.T) {
	texts := []string{
		"See hiv-care.example.com/results and a.b-c.d.org.",
		"H.I.V.H.I.V.H.I.V. S-T-D. 1.2.3.4.example.com",
		"mail a.b@x.example; www.clinic.example/m/4f?x=1. Thanks.Bye",
		"x.-.-.y.z.com-a.b event.hiv.care \"session.link\"",
		"..a..b.c-d-e.f. g.h",
		strings.Repeat("H.I.V.", 40) + "com/x " + strings.Repeat("a-b.", 30),
	}
	for _, text := range texts {
		for _, step := range []int{0, 1, 2, 3} {
			s := &scanner{t: normalize(text, nil, nil)}
			s.toks = tokenize(&s.t, nil)
			k := 0
			for i := 0; i+1 < len(s.toks); i++ {
				if step > 0 && s.gap(i+1) != "." {
					continue
				}
				if k++; step > 0 && k%step != 0 {
					continue
				}
				gj, gl := s.chainEnd(i)
				wj, wl := naiveChainEnd(s, i)
				if gj != wj || gl != wl {
					t.Errorf("%q step %d token %d: chainEnd %d,%d, walk %d,%d", text, step, i, gj, gl, wj, wl)
				}
			}
		}
	}
}

// TestDomainChainLeaks: bare domains with personal or health words stay
// reported with the memo (each inside or after a long chain as well).
func TestDomainChainLeaks(t *testing.T) {
	g := fuzzG(t)
	chain := strings.Repeat("H.I.V.", 50) + " "
	for _, tc := range []struct {
		text string
		url  bool // a url finding is expected
	}{
		{"Your results: hivclinic.com/patient/jane-doe", true},
		{"Visit maria-lopez.example.com/records today", true},
		{"Track it at oncology.example.org/claims/00451234", true},
		{chain + "see dialysis.example.net/schedule/mlopez", true},
		{"a.b.c.d.e.f.g.h.example.com/ssn/123-45-6789", true},
		{"Thanks for your order.We ship soon", false},
	} {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "f", Text: tc.text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			if f.Kind == KindURL {
				got = true
			}
		}
		if got != tc.url {
			t.Errorf("%q: url finding %v, want %v (%v)", tc.text, got, tc.url, fs)
		}
	}
}
