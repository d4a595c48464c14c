package guard

import "testing"

// TestSenderShort: a shorter leading form of the display name clears the
// findings inside it; a person's name, a name of business nouns only and
// the reader's care beside it stay reported (sendershort.go).
func TestSenderShort(t *testing.T) {
	g := newTestGuard(t)
	cases := []struct {
		sender, text string
		blocked      bool
	}{
		{"Ashgrove Cardiology Associates", "Join Ashgrove Cardiology for Heart Month! Everyone welcome.", false},
		{"Ashgrove Cardiology Associates", "Our office closes at noon. See you soon, Ashgrove Cardiology", false},
		{"Pellham Chiropractic & Spine", "Pellham Chiropractic Family Day: face painting and a taco truck for everyone!", false},
		// the reader's care beside it
		{"Ashgrove Cardiology Associates", "Ashgrove Cardiology: your atrial fibrillation follow-up is Tuesday.", true},
		{"Ashgrove Cardiology Associates", "Hi Ashgrove Cardiology, your echo results are ready.", true},
		// a person's name is no leading form
		{"Dana Whitfield Dental", "Dana Whitfield, your cleaning is booked for Monday.", true},
		// a short form keeping a disease (red-team pass RED10, dev66r)
		{"Hartwell HIV Clinic", "Hartwell HIV: your appointment is confirmed for Tuesday.", true},
		{"Hartwell Cardiology Associates", "Hartwell Cardiology: your portal password was changed.", false},
		// another organisation
		{"Ashgrove Cardiology Associates", "Kestrel Oncology: you have a new secure message.", true},
	}
	for _, c := range cases {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, &Context{Sender: []string{c.sender}}, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.blocked {
			t.Errorf("sender %q, %q: blocked %v, want %v (%v)", c.sender, c.text, got, c.blocked, fs)
		}
	}
	// the forms recorded
	p := g.Prepare(&Context{Sender: []string{"Tidewater Wound & Hyperbaric Center", "Urgent Care Center", "Dana Whitfield Dental"}})
	for _, want := range []struct {
		form string
		in   bool
	}{{"Tidewater Wound", true}, {"Tidewater Wound & Hyperbaric", true}, {"Urgent Care", false}, {"Dana Whitfield", false}} {
		hs := termTokens(want.form)
		got := false
		for _, ph := range p.senderPh[hs[0]] {
			if len(ph) == len(hs) {
				got = true
			}
		}
		if got != want.in {
			t.Errorf("%q recorded %v, want %v", want.form, got, want.in)
		}
	}
}

// TestSenderCoined: the display name's coined first word alone is the
// sender's name too (addSenderCoined): its own notices pass, with and
// without the operator's medical dictionary; the reader's care beside it,
// a greeting to it and a listed word as the first word stay reported.
func TestSenderCoined(t *testing.T) {
	guards := []*Guard{newTestGuard(t)}
	if dicts := testDictionaries(t, false); dicts != nil {
		g, err := New(Options{MedicalDictionaries: dicts})
		if err != nil {
			t.Fatal(err)
		}
		guards = append(guards, g)
	}
	cases := []struct {
		sender, text string
		blocked      bool
	}{
		{"Lumina Cord Blood Registry", "Lumina: Autopay is set. Your card ending in 4242 will be charged on the 1st.", false},
		{"Lumina Cord Blood Registry", "Lumina's website will be down for maintenance Sunday 1-3am ET.", false},
		{"Lumina Cord Blood Registry", "Your Lumina shipment has left our warehouse.", false},
		{"ClearView Optical & Eye Care", "ClearView: Su pedido está listo para recoger en la tienda.", false},
		{"ClearView Optical & Eye Care", "ClearView: Your account password was reset.", false},
		// the reader's care beside it, a greeting to it
		{"Lumina Cord Blood Registry", "Lumina: your biopsy results are ready.", true},
		{"ClearView Optical & Eye Care", "ClearView: su examen de glaucoma es el martes a las 3.", true},
		{"Lumina Cord Blood Registry", "Hi Lumina, your Xarelto refill is ready.", true},
		// one word only: no second word, a listed first word
		{"Lumina", "Lumina: your biopsy results are ready.", true},
		{"Lupus Care Center", "Lupus: your infusion is Tuesday.", true},
		{"Dana Whitfield Dental", "Dana, your cleaning is booked for Monday.", true},
		// another organisation's coined name is not cleared
		{"ClearView Optical & Eye Care", "Lumina: your biopsy results are ready.", true},
	}
	for _, g := range guards {
		for _, c := range cases {
			fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, &Context{Sender: []string{c.sender}}, Standard)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(fs) > 0; got != c.blocked {
				t.Errorf("dict %v, sender %q, %q: blocked %v, want %v (%v)", g.med != nil, c.sender, c.text, got, c.blocked, fs)
			}
		}
	}
}
