package guard

import "testing"

// TestM32 covers helper M32's rules (dev32): brand words inside street
// names (addrbrand.go), ZIP codes after "delivery to" (zipdelivery.go),
// invoice codes beside a care word (invoicecare.go), care-unit discharge
// and paperwork (imaging.go), possessive eponyms alone (conditions.txt),
// names after a thanks phrase (thanksname.go) and LAST, FIRST before a
// dash (lastfirstdash.go), with their clean look-alikes.
func TestM32(t *testing.T) {
	g := newTestGuard(t)
	cases := []struct {
		text, rule string // rule "" = clean
	}{
		{"Your order will be delivered to 1423 Maple Crest Dr, Apt 5B today between 2–4 pm.", "address.street"},
		{"We are sending your kit to 8 Magnolia Dr.", "address.street"},
		{"1 x Dr Pepper 12-pack", ""},
		{"Your order of 2 Crest toothpaste shipped.", ""},
		{"Visit us at 1423 Maple Crest Dr for our grand opening.", ""},
		{"Delivery to 94110 is delayed due to weather.", "zip.code"},
		{"Your package is on its way to 60614.", "zip.code"},
		{"Delivery to 10000 customers this week.", ""},
		{"We've shipped to 12000 happy customers this year.", ""},
		{"Now delivering to 10000+ homes in the Bay Area.", ""},
		{"Free shipping on orders up to 50000 points.", ""},
		{"Order #94110 has shipped.", ""},
		{"Your total is $94,110.", ""},
		{"Invoice INV-88213 for your visit is ready.", "id.prefixed"},
		{"Invoice INV-85728 is paid.", ""},
		{"Invoice INV-77210 for your order is ready.", ""},
		{"ICU discharge paperwork is ready to sign.", "compose.care_unit"},
		{"NICU discharge paperwork is ready for pickup.", "compose.care_unit"},
		{"ICU Nights season 2 DVD has shipped.", ""},
		{"Your ICU Nights season 2 DVD has shipped.", ""},
		{"Order ER-2209 shipped: your Crohn's-friendly meal kit.", "clinical.condition"},
		{"Order ER-2209 shipped: your kid-friendly meal kit.", ""},
		{"thanks for shopping with us, priya! your order is on the way.", "compose.thanks_name"},
		{"Thanks for shopping with us, deshawn! Your order is on the way.", "compose.thanks_name"},
		{"thanks for shopping with us, friend! your order is on the way.", ""},
		{"Thanks for shopping with us, again! See you soon.", ""},
		{"STEVENSON, DALE — your package is out for delivery.", "name.last_first"},
		{"HOLLOWAY, JUNE — your order is on the way.", "name.last_first"},
		{"SHIPPING UPDATE, TODAY — your package is out for delivery.", ""},
		{"FLASH SALE, TODAY ONLY — 20% off everything.", ""},
	}
	for _, c := range cases {
		fs, err := g.CheckText(c.text, &Context{AllowURLs: []string{"https://portal.example/m/"}}, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if c.rule == "" {
			if len(fs) > 0 {
				t.Errorf("%q: want clean, got %s", c.text, fs[0].Rule)
			}
			continue
		}
		found := false
		for _, f := range fs {
			if f.Rule == c.rule {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %s, got %v", c.text, c.rule, fs)
		}
	}
}

// FuzzM32 starts from the shapes of helper M32's rules (a street name with
// a brand word, "delivery to" and five digits, a thanks phrase and a
// comma, LAST, FIRST and a dash, an invoice code beside a care word).
func FuzzM32(f *testing.F) {
	for _, s := range []string{
		"Your order will be delivered to 1423 Maple Crest Dr, Apt 5B today.",
		"1 x Dr Pepper 12-pack", "Delivery to 94110", "to 94110", "delivery to 94110%",
		"thanks for shopping with us, priya!", "thank you for, x", "thanks for",
		"STEVENSON, DALE — your", "STEVENSON, DALE —", "Invoice INV-88213 for your visit",
		"Your ICU Nights DVD", "ICU discharge",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		g := fuzzG(t)
		fs, err := g.Check(Notice{Fields: []Field{{Name: "f", Text: text}}}, nil, Standard)
		checkInvariants(t, text, fs, err)
	})
}
