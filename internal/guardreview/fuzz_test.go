package guardreview

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sealpost/sealpost/internal/guard"
)

// FuzzReview: any library (here two notices, one of them HTML) is reviewed
// without a panic, and the answer holds together: every proposed term is
// text of the library (trimmed), 2–100 characters; approval never blocks a
// notice that passed; the counts agree with the results.
func FuzzReview(f *testing.F) {
	for _, s := range []string{
		"Keystone O&P: your item is ready at 55 Market Square. Call (717) 555-0164 to set a time.",
		"Hi Maria, your order shipped.",
		"<p>Questions? Our desk: (717) 555-0164</p>",
		"Your Zorblaxin refill for Pat Example is ready",
		"\xff\xfe broken",
	} {
		f.Add(s, "Your order has shipped.")
	}
	g, err := guard.New(guard.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		lib := []Item{
			{Notice: guard.Notice{Fields: []guard.Field{{Name: "text", Text: a}}}, Mode: guard.Standard},
			{Notice: guard.Notice{Fields: []guard.Field{{Name: "html", Text: b, HTML: true}}}, Mode: guard.Strict},
		}
		rep, err := Review(g, &guard.Context{Sender: []string{"Keystone Orthotic & Prosthetic Lab"}}, lib)
		if err != nil {
			return // the caller fails closed
		}
		if rep.Checked != 2 || rep.Blocked != len(rep.Results) || rep.BlockedIfApproved > rep.Blocked {
			t.Fatalf("counts: %+v", rep)
		}
		left := 0
		for _, r := range rep.Results {
			if r.ClearedIfApproved == (len(r.Remaining) > 0) {
				t.Fatalf("result %+v", r)
			}
			if !r.ClearedIfApproved {
				left++
			}
		}
		if left != rep.BlockedIfApproved {
			t.Fatalf("BlockedIfApproved %d, results %d", rep.BlockedIfApproved, left)
		}
		for _, p := range rep.Proposals {
			n := utf8.RuneCountInString(p.Term)
			if n < 2 || n > maxTermRunes || p.Notices != len(p.Items) || p.Notices == 0 {
				t.Fatalf("proposal %+v", p)
			}
			in := false
			for _, i := range p.Items {
				for _, fd := range lib[i].Notice.Fields {
					if strings.Contains(strings.Join(strings.Fields(fd.Text), " "), p.Term) {
						in = true
					}
				}
			}
			if !in {
				t.Fatalf("proposal %q is in none of its notices", p.Term)
			}
		}
	})
}
