package guard

import "testing"

// TestAnnounceOps: clinic-operations announcements and business dates that
// the blind sets dev31 and dev32 found flagged (announce_ops.go,
// bizdate.go), passing in standard mode (the announcements reported in
// strict mode), and the same shapes made personal still reported.
func TestAnnounceOps(t *testing.T) {
	g := newTestGuard(t)
	check := func(s string, m Mode) []Finding {
		t.Helper()
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: s}}}, &Context{AllowURLs: []string{"https://portal.example/m/"}}, m)
		if err != nil {
			t.Fatal(err)
		}
		return fs
	}
	announcements := []string{
		"Road construction on Route 9 may affect access to our Maple clinic. Allow extra time.",
		"Please remember we can't accept cash at the Fremont clinic starting next month.",
		"Bring a friend: our diabetes prevention workshops are open to the whole community, no referral needed.",
		"The physiotherapy department has moved to the 2nd floor.",
		"Nuevas horas de atención para fisioterapia en la clínica del norte.",
		"We're opening a new clinic in Millbrook. Family medicine, pediatrics and dermatology under one roof.",
		`{"event":"announcement.published","audience":"all_members","title":"Parking changes at Summit clinic"}`,
		"Allergy season is here: antihistamines are restocked in aisle 4.",
	}
	for _, s := range announcements {
		if fs := check(s, Standard); len(fs) > 0 {
			t.Errorf("standard %q: unexpected %v", s, fs)
		}
		if fs := check(s, Strict); len(fs) == 0 {
			t.Errorf("strict %q: nothing reported", s)
		}
	}
	// a branch named by its place (branchplace.go, helper PORTAL) holds no
	// clinical word at all: it passes in both modes
	// a free talk for everyone passes in strict mode too since the public
	// offer rule (publicoffer.go, publicnotice.go: "Everyone welcome" is an
	// audience of everyone, as "Open to the whole community" was)
	for _, s := range []string{
		"Join our free diabetes-prevention talk for the public, Monday 6 pm. Everyone welcome.",
		"Power outage at the Greenfield clinic — we're operating on generators; phones are down.",
	} {
		if fs := check(s, Standard); len(fs) > 0 {
			t.Errorf("standard %q: unexpected %v", s, fs)
		}
		if fs := check(s, Strict); len(fs) > 0 {
			t.Errorf("strict %q: unexpected %v", s, fs)
		}
	}
	dates := []string{
		"Payment received — thank you! $89.50 was applied on Oct 3.",
		"Payment received. $40.00 was applied to the account on Jan 22.",
		"Order #77120 is delayed due to weather. New estimate: Jan 4–6.",
		"Reminder: coupons dated 06/30/2027 can't be combined.",
		"Tienes 500 puntos, equivalentes a $50 de descuento. Úsalos antes del 28 de febrero.",
		"Volunteer opportunity: help at our spring food drive Apr 18 at the Oak Street clinic.",
		"Free sports physicals for local high school athletes on Jul 27 at the Riverside campus.",
		"Save the date: our 5K fun run benefiting the children's hospital is May 17.",
		"Clinic closure: the Oakdale site will consolidate with the Pinecrest clinic on May 31.",
	}
	for _, s := range dates {
		if fs := check(s, Standard); len(fs) > 0 {
			t.Errorf("standard %q: unexpected %v", s, fs)
		}
	}
	leaks := []string{
		"Parking validation for the fertility clinic is available.",
		"Save the date: the surgery at the children's hospital is May 17.",
		"Our 5K run benefiting the hospital is May 17, after the chemotherapy at the cancer center.",
		"The hospital visit after our 5K run benefiting the food bank is May 17.",
		"Free sports physical for Jordan Reyes on Aug 3 at the Fairview campus.",
		"Allergy season is here: the prednisone is restocked in aisle 7.",
		"Road construction may delay the dialysis at our Summit clinic on Monday.",
		"Power outage at the Ridgeview clinic: the chemotherapy session is moved.",
		"Bring your insulin pump to the diabetes workshop on Thursday.",
		"The diabetes workshop referral was approved.",
		"Please bring the HIV test kit to the Broadway clinic.",
		"Metformin is restocked in aisle 4.",
		"Cash only at the Broadway clinic for the abortion follow-up.",
		"Parking at our Summit clinic is limited during the colonoscopy procedure.",
		"Road construction near our Summit clinic: the methadone dose moved.",
		"The psychiatry department has moved to the 3rd floor; the lithium level is ready.",
		"The MRI at our Summit clinic has moved to Dec 9.",
		"MRI moved to Dec 9.",
		"Maria's physiotherapy session has moved to the 3rd floor.",
		`{"audience":"all_patients","title":"HIV results are ready"}`,
		"Payment of $125.00 for the HIV test was applied on Nov 14.",
		"Order #55002 with the insulin is running late. New estimate of the due date: Mar 12.",
		"Your Ozempic order is delayed. New estimate: Dec 9.",
		"Referral for cardiology dated 12/31/2026 is on file.",
		"Tu receta de metformina está lista. Recógela antes del 31 de enero.",
		"Payment received for your psychiatry visit on Nov 14.",
		"Rewards member since 03/14/1961. Coupons dated 03/14/1961 apply.",
	}
	for _, s := range leaks {
		if fs := check(s, Standard); len(fs) == 0 {
			t.Errorf("standard %q: nothing reported", s)
		}
	}
}

// TestBusinessDateCues: each cue of businessDate alone, and the cases that
// end it.
func TestBusinessDateCues(t *testing.T) {
	g := newTestGuard(t)
	for s, want := range map[string]bool{
		"$40.00 was applied to the balance on Jan 22.":                 true,
		"The cream was applied on Jan 22.":                             false, // no payment word
		"Shipping update for order 4471. New estimate: Dec 9.":         true,
		"New estimate: Dec 9.":                                         false, // no order word
		"Vouchers dated 01/15/2027 expire at midnight.":                true,
		"Labs dated 01/15/2027 are attached.":                          false,
		"Masks are optional in our lobby as of April 2.":               true,
		"Masks are optional for you as of April 2.":                    false, // the reader
		"Volunteers needed for our coat drive Dec 12.":                 true,
		"Payment received — thank you! $125.00 was applied on Nov 14.": true,
	} {
		var fs []Finding
		var err error
		withoutCareGate(func() { fs, err = g.Check(Notice{Fields: []Field{{Name: "text", Text: s}}}, nil, Standard) }) // businessDate's own answer (caresignal.go)
		if err != nil {
			t.Fatal(err)
		}
		dated := false
		for _, f := range fs {
			if f.Kind == KindDate {
				dated = true
			}
		}
		if dated == want {
			t.Errorf("%q: date reported %v, want business date %v (%v)", s, dated, want, fs)
		}
	}
}
