package guard

import "testing"

// TestStaffNames5: roles after the name ("X, <Sender>'s new Head of …",
// "X, promoted to …", "X joins as <role>"), a title-case patient word in a
// job title and coordinated names after a plural role pass; the same
// shapes tied to the reader stay reported (staffnames5.go).
func TestStaffNames5(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	pass := []string{
		"Meet Jordan Ellis, Lensly's new Head of Customer Care. Jordan previously led support at Chewy.",
		"Congratulations to Priya Nair, promoted to Harbor Pharmacy's Director of Beauty Merchandising!",
		"Staffing news: Tasha Greene joins as front office manager at our Northgate clinic.",
		"Please welcome Marcus Delgado as our new Director of Patient Financial Services. Marcus brings 15 years of revenue-cycle experience.",
		"Our team welcomes Samuel Reyes as Patient Access Supervisor at the Northgate clinic.",
		"New faces: pharmacy techs Jamal Hughes and Brittany Cole joined our Elm Street team.",
	}
	report := []string{
		"Meet Jordan Ellis, Lensly's new Head of Customer Care. Jordan will call you about your order.",
		"Sam Whitfield, promoted to QuickCare's operations manager, approved your refund.",
		"Tasha Greene joins as your care coordinator for your diabetes program.",
		"Patient Alicia Brandt was admitted to the ER last night.",
		"Dear Patient Fiona Grant, your results are ready.",
		"Patients Jamal Hughes and Brittany Cole were seen at our Elm Street clinic.",
		"Congratulations to Dorothy Simms, Sunrise's Guest of the Month, back home with us after her fall.",
	}
	for _, s := range pass {
		if fs, _ := g.CheckText(s, nil, Standard); len(fs) != 0 {
			t.Errorf("reported %q: %v", s, fs)
		}
	}
	for _, s := range report {
		if fs, _ := g.CheckText(s, nil, Standard); len(fs) == 0 {
			t.Errorf("passed %q", s)
		}
		if fs, _ := g.CheckText(s, nil, Strict); len(fs) == 0 {
			t.Errorf("strict passed %q", s)
		}
	}
	for _, s := range pass {
		if fs, _ := g.CheckText(s, nil, Strict); len(fs) == 0 {
			t.Errorf("strict passed %q", s)
		}
	}
}

// TestBranchVerbNames5: "extends … hours" and "estará cerrada/abierta" after
// a branch's run are branch verbs (branchrun.go); a person's run with the
// same verbs stays reported.
func TestBranchVerbNames5(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"QuickCare Midtown extends weekday hours to 10 PM starting April 7.",
		"Greenleaf Westlake extends weekend hours starting this Saturday.",
		"QuickCare Lakeshore estará cerrada el martes 4 de febrero por cambio de piso.",
	} {
		if fs, _ := g.CheckText(s, nil, Standard); len(fs) != 0 {
			t.Errorf("reported %q: %v", s, fs)
		}
	}
	for _, s := range []string{
		"Maria Lopez extends her stay at our rehab unit through Friday.",
		"Jaylen Brooks extends his hospital stay after surgery.",
		"Sofía Ramírez estará internada hasta el lunes.",
		"Patient Ana Torres extends weekday dialysis sessions.",
	} {
		if fs, _ := g.CheckText(s, nil, Standard); len(fs) == 0 {
			t.Errorf("passed %q", s)
		}
	}
}

// TestCountyNames5: "County"/"Parish" closing a capitalised run is a place
// (orgAfter, orgnames.go); a person's name beside it stays reported.
func TestCountyNames5(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"Coat drive! All donations go to Family Promise of Travis County.",
		"New Texas branch now open: CareFleet Rentals, 8800 Freeport Pkwy, Suite 300, Irving, TX 75063.",
	} {
		if fs, _ := g.CheckText(s, nil, Standard); len(fs) != 0 {
			t.Errorf("reported %q: %v", s, fs)
		}
	}
	for _, s := range []string{
		"Maria Lopez of Travis County, your lab results are ready.",
		"Travis Coleman, your appointment at Travis County Clinic is Tuesday.",
		"Maria Lopez, your wheelchair from CareFleet Rentals arrives after your hip surgery.",
	} {
		if fs, _ := g.CheckText(s, nil, Standard); len(fs) == 0 {
			t.Errorf("passed %q", s)
		}
	}
}

// TestGreetAcronymNames5: an upper-case RSVP/FAQ after a greeting word is no
// name (words.go); a name after the greeting stays reported.
func TestGreetAcronymNames5(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if fs, _ := g.CheckText("Open house Saturday 10 AM. Families welcome, RSVP by Friday.", nil, Standard); len(fs) != 0 {
		t.Errorf("reported: %v", fs)
	}
	for _, s := range []string{
		"Welcome, Rosa! Your RSVP for the diabetes class is confirmed.",
		"Hi Marcus, RSVP for your colonoscopy prep class by Friday.",
	} {
		if fs, _ := g.CheckText(s, nil, Standard); len(fs) == 0 {
			t.Errorf("passed %q", s)
		}
	}
}
