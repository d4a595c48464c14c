package guard

import "testing"

// TestFacilityDate: the sender's facility, membership and charge dates
// pass; the reader's lab visit, appointment, birthday, results and arrival
// beside the same names and nouns stay reported (facilitydate.go).
func TestFacilityDate(t *testing.T) {
	g := newTestGuard(t)
	clean := []string{
		"The Motion Lab pool will be closed Aug 4–10 for annual draining and tile repair.",
		"The men's locker room at Motion Lab Downtown closes March 3–21.",
		"Lock in your rate: prepay a year of Motion Lab membership before June 30 and get one month free.",
		"Motion Lab: your monthly membership renews on June 1 for $59.00 to the card ending in 3310.",
		"Delivery update: our truck is scheduled to arrive at your dock between 7 and 9 AM on Sept 2.",
		"Se cargaron $75,00 a su tarjeta Visa terminada en 4242 el 02/04/2025.",
		"Reminder: the old QuickCare web check-in page retires on July 15.",
		"The Downtown parking garage will validate 2 hours for Motion Lab members starting May 5. Just scan your key tag at the desk.",
	}
	leak := []string{
		"Motion Lab: your blood draw is June 1 at 8 AM.",
		"Your lab appointment on June 1 at 8 AM is confirmed.",
		"Motion Lab: your lab appointment is March 3. Bring your ID.",
		"Motion Lab: we'll see you on June 1 for your knee evaluation.",
		"Happy birthday from Motion Lab! We have your birthday as June 1.",
		"Your lab results from June 1 are ready in the portal.",
		"Your aquatic therapy at the Motion Lab pool is on Aug 4 at 3 PM.",
		"Se cargaron $75,00 a su tarjeta por su cita del 02/04/2025.",
		"Our nurse will arrive at your home on Sept 2 between 7 and 9 AM for your wound care.",
		"Your MRI at the Cedar Clinic is on Sept 6. Please arrive 15 minutes early.",
		"Lab Garage: the pool closes June 3 for your scan.",
	}
	checkFlagged(t, g, false, clean...)
	checkFlagged(t, g, true, leak...)
	// the date itself stays reported beside a care term the date rules do
	// not know (a charge "por fisioterapia", a pool session after surgery)
	for _, x := range []string{
		"Se cargaron $75,00 a su tarjeta el 02/04/2025 por fisioterapia.",
		"Se cargaron $75,00 a su tarjeta el 02/04/2025 por una sesión de fisioterapia.",
		"Motion Lab Downtown: your knee rehab session is June 1.",
		"Your card ending in 4242 was charged $85 on March 1 for your Motion Lab PT session.",
		"The Motion Lab pool is yours on June 3 for hydrotherapy after your ACL repair.",
		"Your Motion Lab membership renews on June 1 for $59.00. Medical hold removed.",
		"Motion Lab: your insurance-covered membership (SilverSneakers) renews on June 1.",
		"Parking permits are free on Jan 1.",
	} {
		var fs []Finding
		var err error
		withoutCareGate(func() { fs, err = g.CheckText(x, nil, Standard) }) // the date rules' own answer (caresignal.go)
		if err != nil {
			t.Fatal(err)
		}
		date := false
		for _, f := range fs {
			date = date || f.Kind == KindDate
		}
		if !date {
			t.Errorf("%q: no date finding (%+v)", x, fs)
		}
	}
}
