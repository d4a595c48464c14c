package guard

import "testing"

// redteam3_test.go: helper RED2's red team of the night session's
// suppressions (testdata/guard/dev28r.jsonl): the leaks that fell in a
// suppression's slot stay reported, and the clean notices each
// suppression was written for still pass.

// TestRedTeam3OrderCode: code letters that tell, a lab word in another
// sentence, a booked procedure's preparation (ordercode.go).
func TestRedTeam3OrderCode(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Your order #HCG-11204 is confirmed for pickup at the counter.",
		"Confirmation number NIPT-44120: your kit ships Monday.",
		"Order #INR-55102 is ready. Bring the meter log with you.",
		"Order #CBC-22041 has been received. Your specimen will be processed within 48 hours.",
		"Order #PSA-41200 is complete. Results are in the portal.",
		"Booking reference MRI-77310: arrive 15 minutes early and remove all metal.",
		"Confirmation number EGD-55102. Nothing to eat or drink after midnight.",
		"Ticket ECG-33215: please wear a loose shirt on Thursday.",
	)
	checkFlagged(t, g, false,
		"Order #A1C-88213 has shipped.",
		"Your confirmation number is CBC-22041.",
		"Your booking reference is MRI-77310 for the hotel shuttle.",
	)
}

// TestRedTeam3ShopKey: an order key's value that reads as a person's
// number keeps the identifier cue (shopid.go).
func TestRedTeam3ShopKey(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		`{"order_id": "MRN00482213", "store": "Main St"}`,
		`{"tracking_id":"PT-0098812-B","status":"shipped"}`,
		`{"order_id":"19610314","status":"ready"}`,
		`{"order_id":"03141961","status":"ready"}`,
	)
	checkFlagged(t, g, false,
		`{"order_id":"ORD-20431","status":"shipped"}`,
		`{"tracking_id":"1Z999AA10123456784","carrier":"UPS"}`,
		`{"order_id":"88213104","status":"shipped"}`,
		`{"order_id":"20261204","status":"shipped"}`,
	)
	for _, c := range []struct {
		d  string
		ok bool
	}{{"19610314", true}, {"03141961", true}, {"20151231", true}, {"20261204", false}, {"88213104", false}, {"19611314", false}, {"00000000", false}} {
		if got := eightDigitDate(c.d); got != c.ok {
			t.Errorf("eightDigitDate(%q) = %v, want %v", c.d, got, c.ok)
		}
	}
}

// TestRedTeam3Prep: "prep" before a medicine's word is PrEP whatever
// comes before it (prepword.go).
func TestRedTeam3Prep(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Your summer prep refill is ready for pickup.",
		"Your travel prep prescription has been approved.",
		"Your home prep delivery (30 tablets) ships Monday.",
		"Season prep pills are ready at window 3.",
		"Your spring prep dose is due today.",
		"Trip prep rx ready for pickup.",
	)
	checkFlagged(t, g, false,
		"Hurricane prep: pharmacies may dispense early refills.",
		"Meal prep containers are 20% off this week.",
		"Hurricane prep kit: water, flashlight, batteries.",
		"Test prep classes for the SAT start Monday.",
		"Meal prep container refills are 20% off.",
		"Hurricane prep supply list: water, batteries, flashlight.",
		"Winter prep supply checklist for your home.",
		"Hurricane prep tip: refill your prescriptions before the storm.",
	)
}

// TestRedTeam3Consumer: a payer's or prescriber's word in its sentence
// keeps an ingredient before a form a drug (consumer.go).
func TestRedTeam3Consumer(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Your retinoid cream has been approved by your insurance.",
	)
	checkFlagged(t, g, false,
		"Retinol serum is back in stock.",
		"Your squalane oil order has shipped.",
		"Bakuchiol cream 2-pack, now $18.",
		"Your order of azelaic acid serum has shipped.",
		"Retinol serum and more skincare deals this week. Pharmacy hours are 9 to 5.",
		"Squalane oil is 2 for $20. Ask our pharmacist about flu shots.",
		"Bakuchiol cream 2-pack, now $18, approved for sensitive skin.",
	)
}

// TestRedTeam3Opened: a record opened for someone is no place opened
// (announce_public.go).
func TestRedTeam3Opened(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"We've opened a new case for the hepatitis C follow-up on Monday.",
		"We have opened a new claim for the chemotherapy on March 3.",
	)
	checkFlagged(t, g, false,
		"We've opened a new physical therapy gym on the 3rd floor.",
	)
}

// TestRedTeam3QuotedPerson: a quoted pair of name words after a media or
// ticket word is a person (brandlist.go).
func TestRedTeam3QuotedPerson(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Tickets for 'Aroha Ngata' at the front desk.",
	)
	checkFlagged(t, g, false,
		"Tickets for 'Dr. Strangelove' are in your account.",
		"Your table at Mr. Kim's Kitchen is reserved for 7 PM.",
	)
}

// TestRedTeam3Round2: fasting beside any code letters (ordercode.go); two
// quoted name words after "your" and media (product.go); a quoted title
// and its author opening the notice (brandlist.go); a JSON value under an
// order key is no state and ZIP (refcode.go).
func TestRedTeam3Round2(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Confirmation code TSH-90211 for Monday, fasting not required.",
		"Your DVD 'Chidi Okonkwo' has shipped.",
		`{"state":"TX-78701"}`,
	)
	checkFlagged(t, g, false,
		"'The Silent Patient' by Alex Michaelides has shipped.",
		`{"transaction.id":"TX-88213-A","amount":"19.99"}`,
		"Your Heart 'Dreamboat Annie' LP has shipped.",
	)
}

// TestRedTeam3OpenedSlot: one slot or chair opened for a time is one
// person's (announce_public.go); plurals stay announcements.
func TestRedTeam3OpenedSlot(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"We've opened a new slot at our oncology clinic for the biopsy follow-up Monday at 9 AM.",
		"We've opened a new chemotherapy chair at our Eastside clinic for the 9 AM infusion on Monday.",
	)
	checkFlagged(t, g, false,
		"We have opened new appointment slots at our Eastside clinic for flu shots.",
		"We have opened new infusion chairs at our Eastside clinic.",
	)
}

// TestRedTeam3Announcements: the advice, audience, event and public-date
// readings with a personal sentence said without "you" (probes after the
// first round; these held before any change of this helper).
func TestRedTeam3Announcements(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Ask your pharmacist. Lithium level due Monday.",
		"Talk to your doctor. Biopsy showed melanoma.",
		"Consult your pharmacist. Warfarin dose changed to 5 mg.",
		"Health fair for all area residents on March 3. Post-op check March 3 at 2 PM.",
		"Free diabetes screenings for the public on May 20. A1C was 9.1.",
		"Walk-ins welcome at our Eastside clinic. Methadone dose increased to 90 mg.",
		"Our Eastside clinic now offers suboxone. Induction confirmed for Monday at 9 AM.",
		"Order ready: Dr. Patel compression stockings 2-pack.",
		"Your ticket number is 12 at the HIV clinic window.",
		"Summer prep refills ready for pickup.",
	)
	checkFlagged(t, g, false,
		"Our Eastside clinic now offers flu shots for walk-ins.",
		"Mr. Kim's Kitchen catering order is ready for pickup.",
		"Dr. Teal's Epsom salt soak is 2 for $10 this week.",
	)
}

// TestRedTeam3QuotedTitleName: a quoted title and a listed name that are
// no listed title are a person (brandlist.go, quotedPerson).
func TestRedTeam3QuotedTitleName(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Tickets for 'Dr. Kowalski' at will call.",
		"Tickets for 'Nurse Priya' at will call.",
	)
	checkFlagged(t, g, false,
		"Tickets for 'Doctor Foster' are in your account.",
		"Tickets for 'Nurse Jackie' are in your account.",
		"Tickets for 'Dr. Strangelove' are in your account.",
		"Your 'Doctor Sleep' hardcover has shipped.",
	)
}

// TestRedTeam3BrandHas: a person-like listed brand that "has" what a
// customer owns is a person (brandlist.go).
func TestRedTeam3BrandHas(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Sara Lee has 2 items in the pickup bag at window 3.",
	)
	checkFlagged(t, g, false,
		"Sara Lee has a new cheesecake in the bakery aisle.",
		"Jimmy Dean breakfast sandwiches are 2 for $5.",
		"Pepperidge Farm cookies are back in stock.",
	)
}

// TestRedTeam3ProcedureCode: a procedure's letters in a code with a
// booking's state or a body part pass only with a shipping, travel or
// shop word in the notice (ordercode.go).
func TestRedTeam3ProcedureCode(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Reservation DEXA-4471 confirmed.",
		"Reservation EEG-4471 confirmed.",
		"Confirmation number MRI-55102 for your knee.",
		"Confirmation number EEG-22041: stay up late the night before.",
	)
	checkFlagged(t, g, false,
		"Your booking reference is MRI-77310. See you at the gate.",
		"Your booking reference is MRI-77310.",
		"Reservation ref: ECG-90412. Enjoy your stay.",
		"Order #ECG-10042 is out for delivery.",
		"Your confirmation number is ECG-55102. We'll email when it ships.",
	)
}

// TestRedTeam3CodeShopWording: the code readings of the red team keep
// shop notices that say review, range, target, test or a weekday beside
// a parcel (ordercode.go; false positives of a first draft).
func TestRedTeam3CodeShopWording(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Order #A1C-88213 has shipped. Leave us a review!",
		"Order #PSA-10293 is on its way. Delivery within the normal range of 3-5 days.",
		"Order #TSH-55013 has shipped. Our target is next-day delivery.",
		"Order #CBC-22041 has shipped. Reading glasses are 20% off.",
		"Order #A1C-88213 has shipped. Test our new app!",
		"Order #ECG-10042 ships Monday.",
		"Order #ECG-10042 arrives tomorrow by 8 PM.",
		"Your confirmation number is ECG-55102. Delivery on March 3.",
	)
}
