package guard

// Tests of dev29's brand false positives (helper D29B): listed names as
// JSON array elements and later items of a colon list (brandjson.go),
// new brands.txt entries, and French phrases (loanphrase.go).

import "testing"

// TestBrandDev29Clean: each was reported before (dev29, dev29b).
func TestBrandDev29Clean(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{`{"event":"order.delivered","items":["Olay Regenerist Micro-Sculpting Cream","Neutrogena Hydro Boost"],"order":"90022"}`, ""},
		{`{"event":"order.shipped","items":["Sara Lee Bread","Little Debbie Swiss Rolls"],"order":"51103"}`, ""},
		{`{"items":["Sara Lee Bread"],"order":"51103"}`, ""},
		{"Thanks for your order: Betty Crocker brownie mix, Sara Lee bread, Little Debbie Oatmeal Creme Pies.", ""},
		{"Order 62-118: Annie's Mac & Cheese, Amy's Kitchen soup, Ben's Original rice.", ""},
		{"Ready for pickup: Hallmark card, Russell Stover chocolates, and a 12-stem rose bouquet.", ""},
		{"Your order: 2x Yeti Rambler 20 oz tumblers and a Stanley Quencher (Rose Quartz) shipped today.", ""},
		{"Your Häagen-Dazs and Gruyère order arrived. Bon appétit!", ""},
		{"Your pizza is on its way. Bon appetit!", ""},
	})
}

// TestBrandDev29Person: the same names in a person's frame stay reported.
func TestBrandDev29Person(t *testing.T) {
	g := newTestGuard(t)
	for _, text := range []string{
		"Thanks for your order, Sara Lee.",
		"Thanks for your order: milk, Sara Lee.",
		"Thanks for your payment, Sara Lee Bread.",
		"Order for Betty Crocker is ready at the counter.",
		"Ready for pickup: Russell Stover.",
		`{"event":"rx.ready","patient":"Sara Lee"}`,
		`{"items":["Sara Lee"],"patient":"Betty Crocker"}`,
		`{"items":["Sara Lee"]} Sara Lee will see you at 3 PM.`,
		"Bon appétit, your metformin refill is ready.",
	} {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("%q: not reported", text)
		}
	}
}

// TestBrandJSONItem: the shape itself.
func TestBrandJSONItem(t *testing.T) {
	for _, c := range []struct {
		text string
		a, b int
		item bool
		keys bool
	}{
		{`{"items":["Sara Lee"]}`, 1, 2, true, true},
		{`{"items":["x","Sara Lee","y"]}`, 2, 3, true, true},
		{`{"patients":["Sara Lee"]}`, 1, 2, true, false},
		{`{"patient":"Sara Lee"}`, 1, 2, false, false},
		{`Order: Sara Lee, milk`, 1, 2, false, false},
	} {
		nt := normalize(c.text, nil, nil)
		s := &scanner{t: nt}
		s.toks = tokenize(&s.t, nil)
		if got := s.brandJSONItem(c.a, c.b); got != c.item {
			t.Errorf("%q: brandJSONItem = %v", c.text, got)
		}
		if got := s.brandJSONItems(c.a); got != c.keys {
			t.Errorf("%q: brandJSONItems = %v", c.text, got)
		}
	}
}

// FuzzBrandJSONPatient: whatever text comes first, a person's name as a
// JSON value under a key after it is still reported (brandjson.go reads
// the gaps before a name back to an array's opening bracket).
func FuzzBrandJSONPatient(f *testing.F) {
	for _, s := range []string{"", `{"items":["`, `{"items":["Olay",`, "Order:", `"],["`, "[[[\"\",\""} {
		f.Add(s)
	}
	g := newTestGuard(f)
	const tail = `{"event":"order.ready","patient":"Sara Lee"}`
	f.Fuzz(func(t *testing.T, s string) {
		text := s + "\n" + tail
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range fs {
			if x.End > len(s)+1 {
				return
			}
		}
		t.Errorf("%q: the patient's name is not reported", text)
	})
}
