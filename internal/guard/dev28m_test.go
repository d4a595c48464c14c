package guard

import "testing"

// Tests of helper MS2's rules for dev27/dev28's misses (idprefix.go,
// dental.go, addictcare.go, bodychange.go, therapyabbr.go, priorauth.go,
// subjname.go). Each case names the rule that must report it, or "" for a
// clean look-alike that nothing may report.

func TestIDPrefix(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Invoice INV-558812 is past due.", "id.prefixed"},
		{"Your invoice INV-448920 for $120.00 is now due.", "id.prefixed"},
		{"Statement STMT-204417 is ready to view.", "id.prefixed"},
		{"Please pay invoice inv-448201 by Friday.", "id.prefixed"},
		{"Ref: invoice INV-118730, amount due $42.", "id.prefixed"},
		{"Your statement ST-204417 was updated.", "id.prefixed"},
		{"Your bill number BL-993120 is overdue.", "id.prefixed"},
		// shop codes, and the corpus's short invoice codes
		{"Order ORD-558812 has shipped.", ""},
		{"Tracking TRK-99210 shows your package is out for delivery.", ""},
		{"Use promo code SAVE-202512 for 20% off.", ""},
		{"Invoice INV-85728 is paid. Thank you.", ""},
		{"Your order qualifies: use code CLM-558812.", ""},
	})
}

func TestDental(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your dental crown is back from the lab. Call us to schedule the seating.", "clinical.dental"},
		{"Your crown is back from the lab; call us to book the seating.", "clinical.dental"},
		{"Your dentures have been relined and are ready.", "clinical.dental"},
		{"Your next set of aligners is ready for pickup.", "clinical.dental"},
		{"Your night guard is ready for pickup at the front desk of Smile Dental.", "clinical.dental"},
		{"Orthodontic update: your retainer check is next week.", "clinical.dental"},
		{"Your bridge is ready for your fitting on Tuesday.", "clinical.dental"},
		{"Your veneer consult is booked.", "clinical.dental"},
		{"Time to swap to aligner tray 7 tonight.", "clinical.dental"},
		// clean senses
		{"Crown Royal is 20% off this weekend.", ""},
		{"The Route 9 bridge is closed; your delivery may be late.", ""},
		{"Your crown and tiara order for the pageant has shipped.", ""},
		{"Your night guard shift starts at 11 PM at the warehouse.", ""},
		{"Thanks for filling out our survey!", ""},
		{"Your bridge tournament entry is confirmed for Saturday.", ""},
		{"Your wood veneer sample pack is on its way.", ""},
		{"Your new implant-grade titanium earrings have shipped.", ""},
		{"Your wheel aligners are back in stock at AutoZone.", ""},
		{"Your walnut veneer panels have shipped.", ""},
		{"Your aligner for the garage door was installed.", ""},
	})
}

func TestAddictionCare(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Reminder from Northside Recovery Center: group session moved to Room 3.", "compose.care_place"},
		{"Reminder from Lakeside Recovery Center: your intake is Monday at 10.", "compose.care_place"},
		{"Harbor Sober Living: house meeting moved to Sunday.", "compose.care_place"},
		{"Your ride to Maple Grove Recovery Centre leaves at 8.", "compose.care_place"},
		{"Parking validation is available at the inpatient rehab unit front desk.", "compose.care_unit_way"},
		{"Please check in at the inpatient unit reception on floor 4.", "compose.care_unit_way"},
		{"Your family can visit you on the inpatient ward after 3 PM.", "compose.care_unit"},
		// clean look-alikes
		{"The Disaster Recovery Center at City Hall is open until 7 PM.", ""},
		{"Your laptop is at the Data Recovery Center for assessment.", ""},
		{"The Water Treatment Center will flush hydrants on Tuesday.", ""},
		{"Your rental unit inspection is Tuesday.", ""},
		{"Your group session at Peak Fitness moved to Room 3.", ""},
	})
}

func TestBodyChange(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"We noticed your weight went up 4 lb since Monday. Please call your nurse.", "clinical.vital_change"},
		{"Your weight dropped 6 pounds this week. Please call the clinic.", "clinical.vital_change"},
		{"Your weight is up 3 kg since your last visit.", "clinical.vital_change"},
		{"Your waist measurement went down 2 inches since your last check.", "clinical.vital_change"},
		{"Your body weight increased by 2.5 kg overnight.", "clinical.vital_change"},
		// things and pets that are weighed, prices
		{"Your package weight went up 4 lb after repacking.", ""},
		{"Your dog's weight went up 2 lb; time for the light formula!", ""},
		{"The price of your plan went up $4 since Monday.", ""},
		{"Your baggage allowance went up to 23 kg.", ""},
		{"Your weight class changed to 75 kg for Saturday's match.", ""},
	})
}

func TestTherapyAbbrev(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your PT eval is confirmed. Wear comfortable clothes.", "clinical.therapy_abbrev"},
		{"Your OT evaluation is scheduled for Wednesday.", "clinical.therapy_abbrev"},
		{"Your SLP session moved to 3 PM.", "clinical.therapy_abbrev"},
		{"Your PT re-eval is due next week.", "clinical.therapy_abbrev"},
		{"Reminder: PT session tomorrow at 9:15 AM.", "clinical.therapy_abbrev"},
		// Pacific Time, part-time, overtime
		{"The webinar starts at 8 AM PT.", ""},
		{"Join us at 10 AM PT session two.", ""},
		{"Your PT position interview is on Tuesday.", ""},
		{"Your OT hours this week: 6.", ""},
		{"The OT session of the game went to 3 overtimes.", ""},
		{"Your PT session with your trainer at Iron Gym is confirmed.", ""},
	})
}

func TestPriorAuth(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"We received your prior auth request for Humera. The insurer needs 3-5 business days.", "compose.prior_auth"},
		{"Your prior authorization request for Humera was received.", "compose.prior_auth"},
		// no "prior", or nothing named
		{"Your authorization request for the wire transfer was approved.", ""},
		{"We received your request for a new card.", ""},
	})
}

func TestSubjectName(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Subject: Olumide, your account settings were changed", "compose.name"},
		{"Subject: Chidinma, your password was reset", "compose.name"},
		{"Tavita, your account settings were changed.", "compose.name"},
		{"Subject: Ngozika, you have a new message", "compose.name"},
		{"Priyanka, you have a new secure message.", "compose.name"},
		// ordinary words and brands in no list that end otherwise
		{"Subject: Heads up, your account settings were changed", ""},
		{"Subject: Netflix, your payment failed", ""},
		{"Congrats, your order has shipped", ""},
		{"Subject: Update, your password was reset", ""},
	})
}
