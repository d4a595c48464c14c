package guard

import (
	"strings"
	"testing"
)

// TestSenderContext: the sender's display name clears findings inside its own
// occurrences only; the same words elsewhere, and repeats of the
// recipient's identity, stay reported.
func TestSenderContext(t *testing.T) {
	g := newTestGuard(t)
	cases := []struct {
		sender, text string
		blocked      bool
	}{
		{"Moreno & Blake Riverside", "Moreno & Blake Riverside: Your one-time sign-in code is 204857.", false},
		{"Moreno & Blake Riverside", "Moreno & Blake Riverside: Your statement is ready. Balance: $40.00.", false},
		{"Clearline Infusion", "Clearline Infusion: Your account balance is zero. Thank you!", false},
		{"Clearline Infusion", "Clearline Infusion will hold a community open house at our Carmel pharmacy.", false},
		// the same words outside the name
		{"Moreno & Blake Riverside", "Moreno & Blake Riverside: Hi Blake, your code is 204857.", true},
		{"Moreno & Blake Riverside", "Dr. Moreno will see you Thursday.", true},
		{"Clearline Infusion", "Clearline Infusion: your vancomycin infusion starts Monday.", true},
		{"Clearline Infusion", "Clearline Pharmacy: your infusion starts Monday.", true},
		// another sender's name is not this one
		{"Moreno & Blake Riverside", "Clearline Infusion: Your account balance is zero.", true},
		// no sender: as before
		{"", "Moreno & Blake Riverside: Your one-time sign-in code is 204857.", true},
	}
	for _, c := range cases {
		ctx := &Context{}
		if c.sender != "" {
			ctx.Sender = []string{c.sender}
		}
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, ctx, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.blocked {
			t.Errorf("sender %q, %q: blocked %v, want %v (%v)", c.sender, c.text, got, c.blocked, fs)
		}
	}
	// a term the tenant listed to block stays reported inside its name
	fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: "Oncology Partners: a patient replied to a message."}}},
		&Context{Sender: []string{"Oncology Partners"}, Terms: []Term{{Text: "Oncology", Kind: KindCondition}}}, Standard)
	if err != nil || len(fs) == 0 {
		t.Errorf("a listed tenant term inside the sender's name was cleared: %v %v", fs, err)
	}
	// the recipient's own name stays reported inside the sender's name
	fs, err = g.Check(Notice{Fields: []Field{{Name: "text", Text: "Moreno & Blake Riverside: your code is 204857."}}},
		&Context{Sender: []string{"Moreno & Blake Riverside"}, Identity: []string{"Blake Moreno"}}, Standard)
	if err != nil {
		t.Fatal(err)
	}
	ctx := false
	for _, f := range fs {
		ctx = ctx || strings.HasPrefix(f.Rule, "context.")
	}
	if !ctx {
		t.Errorf("a repeat of the recipient's identity inside the sender's name was cleared: %v", fs)
	}
}

// lostWithSender: leaks that were caught only by a word of the sender's
// own name, each with why; the test fails when one is caught again.
var lostWithSender = map[string]string{
	// dev59-leak-040 (caught before only by the sender's "Physical Therapy") is caught with the
	// sender's name since careenrol.go (helper MISS9B): "Welcome to the Pelvic Health program".
}

// TestSenderContextTenants measures what the tenants' display names do on two
// blind development libraries: each row is given the display name of the
// tenant whose name its text holds (none when it holds none), as the
// service gives its tenant's name. No leak may be lost; the blocked clean
// rows are printed with -v.
func TestSenderContextTenants(t *testing.T) {
	g := newTestGuard(t)
	sets := []struct {
		file    string
		tenants []string // display names, as the tenants would set them
		lead    bool     // a row is the tenant's when it holds the name's first two words (its shorter signatures)
	}{
		// one display name per tenant, exactly as the set's header names it
		// (a tenant sets one; its notices' shorter signatures are left to
		// the structural reading, sendername.go)
		{"dev59.jsonl", []string{"Hartwell Children's Clinic", "Moreno & Blake Physical Therapy", "Clearline Infusion Pharmacy",
			"Iris Optical & Eye Care", "GlucoPath Direct", "NowCare Urgent Care", "Farmacias Santa Lucía"}, false},
		// dev60 (scored after the ninth pass's last merge)
		{"dev60.jsonl", []string{"Theo", "Beaumont Dental & Orthodontics", "CareAxis Medical Rentals", "Jenner Travel Clinic",
			"Hartley Women's Health", "St. Agnes Gift Shop & The Healing Bean Cafe", "Grupo Ferrer Salud"}, false},
		// dev54's brands, as its texts name them
		{"dev54.jsonl", []string{"CareLink", "Keystone Lab", "Pine Hollow Health"}, false},
		// dev63 (tenth pass): the display names of its header; a row is given
		// its tenant's name when it holds the name's first two words, as the
		// service gives every notice of a tenant its name ("Hartwell
		// Cardiology:" of "Hartwell Cardiology Associates": the shorter
		// leading forms, sendercontext.go)
		{"dev63.jsonl", []string{"Hartwell Cardiology Associates", "Rosalind Street Clinic", "Tidewater Wound & Hyperbaric Center",
			"Greenleaf Vitamin Co.", "St. Agnes Hospital Foundation", "Delgado Chiropractic & Spine", "Clínicas Ferreyra"}, true},
		// dev64 (tenth pass's arrival check), the same way
		{"dev64.jsonl", []string{"Riverbend Blood & Plasma Center", "Marisol Grant Home Health Nursing", "Okafor Dermatology & Skin Shop",
			"QuietNight Sleep Supply", "Whitfield & Rao Urology Group", "Eastgate High School-Based Health Center", "Farmacias Benítez"}, true},
	}
	for _, set := range sets {
		items := loadCorpus(t, "../../testdata/guard/"+set.file)
		var leaks, caught, caughtWith, clean, fp, fpWith int
		for _, it := range items {
			fs, err := it.run(g)
			if err != nil {
				t.Fatal(err)
			}
			var sender []string
			for _, n := range set.tenants {
				key := n
				if w := strings.Fields(n); set.lead && len(w) > 2 {
					key = w[0] + " " + w[1]
				}
				if strings.Contains(it.Text, key) {
					sender = append(sender, n)
				}
			}
			fw, err := withSender(it, sender).run(g)
			if err != nil {
				t.Fatal(err)
			}
			if it.Label == "leak" {
				leaks++
				if len(fs) > 0 {
					caught++
				}
				switch {
				case len(fw) > 0:
					caughtWith++
					if _, ok := lostWithSender[it.ID]; ok {
						t.Errorf("%s is caught with the sender's name now: take it out of lostWithSender", it.ID)
					}
				case len(fs) > 0:
					if why, ok := lostWithSender[it.ID]; ok {
						t.Logf("%s: known, %s", it.ID, why)
					} else {
						t.Errorf("%s: a leak passes once the sender's name is given: %q", it.ID, it.Text)
					}
				}
				continue
			}
			clean++
			if len(fs) > 0 {
				fp++
			}
			if len(fw) > 0 {
				fpWith++
				t.Logf("%s still blocked with the sender's name: %q -> %v", it.ID, it.Text, rulesOf(fw))
			}
		}
		if fpWith > fp {
			t.Errorf("%s: more clean rows blocked with the sender's name (%d) than without (%d)", set.file, fpWith, fp)
		}
		t.Logf("%s: without the sender's name recall %.3f, clean blocked %.1f %%; with it %.3f, %.1f %%", set.file,
			float64(caught)/float64(leaks), 100*float64(fp)/float64(clean), float64(caughtWith)/float64(leaks), 100*float64(fpWith)/float64(clean))
	}
}

// withSender returns a copy of it whose context gives the tenant's display
// names sender (nil: none), the rest of its context kept.
func withSender(it corpusItem, sender []string) corpusItem {
	ctx := corpusContext{}
	if it.Context != nil {
		ctx = *it.Context
	}
	ctx.Sender = sender
	it.Context = &ctx
	return it
}
