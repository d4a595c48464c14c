package guard

import "testing"

// redteam4_test.go: helper RED3's red team of the suppressions merged from
// h-br2, h-an2 and h-ms2 (testdata/guard/dev28s.jsonl): the leaks each
// tightening catches, and the clean notices each rule was written for.

// TestRedTeam4PriorAuthSpellings: "PA request for", "preauthorization
// for", "pre-auth for" read as "prior auth request for" (priorauth.go).
func TestRedTeam4PriorAuthSpellings(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your PA request for Humera was approved.", "compose.prior_auth"},
		{"Your preauthorization for Humera was denied.", "compose.prior_auth"},
		{"We received the pre-auth for Humera; a decision is expected Friday.", "compose.prior_auth"},
		// PA alone is Pennsylvania or a public address
		{"Your PA for Humera County taxes is ready.", ""},
		{"The PA for the school concert is being replaced.", ""},
	})
}

// TestRedTeam4TherapyAttire: workout clothes and gym shoes are what a
// physical therapist asks for; EMDR and ABA sessions (therapyabbr.go).
func TestRedTeam4TherapyAttire(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Reminder: PT session Tuesday 3 PM. Wear comfortable workout clothes.", "clinical.therapy_abbrev"},
		{"Your PT appointment moved to Friday; bring gym shoes for the knee exercises.", "clinical.therapy_abbrev"},
		{"Your EMDR session is confirmed for Thursday at 4 pm.", "clinical.therapy_abbrev"},
		{"Your ABA session with the therapist is confirmed for Monday.", "clinical.therapy_abbrev"},
		{"Your ABA intake is confirmed for Monday.", "clinical.therapy_abbrev"},
		// the bar association's session
		{"Your ABA session registration is confirmed for the annual meeting.", ""},
		// a personal trainer's session at a gym still passes
		{"Your PT session at the gym is confirmed for Monday.", ""},
		{"Your PT session is confirmed. Your gym membership renews Friday.", ""},
	})
}

// TestRedTeam4IDPrefixDigits: statement, claim, account and member codes
// of five digits; "INV 558812" with a space (idprefix.go).
func TestRedTeam4IDPrefixDigits(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your statement STMT-40917 is ready.", "id.prefixed"},
		{"Your statement ST-55190 shows a past-due balance.", "id.prefixed"},
		{"Invoice INV 558812 for $120.00 is now due.", "id.prefixed"},
		// five-digit invoice codes stay the corpus's clean rows
		{"Invoice INV-85728 is paid.", ""},
		{"Your invoice AB-40917 is paid.", ""},
		{"Order ORD-55812 has shipped.", ""},
	})
}

// TestRedTeam4DentalSeated: "seated" is dental lab work, "aligner #14" a
// numbered set (dental.go).
func TestRedTeam4DentalSeated(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your crown will be seated on Tuesday at 10 am.", "clinical.dental"},
		{"Your aligner #14 is ready for pickup.", "clinical.dental"},
		{"Your garage door aligner is back in stock.", ""},
		{"Crown Royal gift set is back in stock.", ""},
	})
}

// TestRedTeam4LoyaltyCareEvent: a care event beside reward points keeps
// the date the recipient's (loyaltydate.go).
func TestRedTeam4LoyaltyCareEvent(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Loyalty update: 300 points for the COVID booster given on 11/02/2026.", "date.untied"},
		{"Rewards member: points credited for the shingles shot, 10/04/2026.", "date.untied"},
		{"You have 1,250 loyalty points. Redeem them before Dec 31, 2026!", ""},
		{"Rewards update: 200 bonus points expire on March 31, 2027.", ""},
	})
}

// TestRedTeam4ColonOccasion: a person's own recording before a colon and a
// media word is no title (brandline.go colonTitle).
func TestRedTeam4ColonOccasion(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Maria Faleolo: Wedding Highlights (DVD) has shipped.", "name.full"},
		{"Grace Okafor: Memorial Tribute (Blu-ray) is ready for pickup.", "name.full"},
		{"Sherlock Holmes: A Game of Shadows (Blu-ray) has shipped.", ""},
		{"Trauma Center: New Blood (Wii) is back in stock.", ""},
		{"Hogwarts Legacy: Deluxe Edition (PS5) has shipped.", ""},
	})
}

// TestRedTeam4BodyChangeCue: a weight change said of the recipient without
// "your weight", with a clinician to call (bodychange.go).
func TestRedTeam4BodyChangeCue(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"You are up 4 lb since Monday; please call your nurse.", "clinical.vital_change"},
		{"Weight check: up 5 pounds in three days. Please call your nurse today.", "clinical.vital_change"},
		{"You're down 4 lb this month! Keep it up, says your trainer.", ""},
		{"Your package is up 4 lb after repacking.", ""},
		{"Prices are down 5 pounds on all boots this week.", ""},
	})
}

// TestRedTeam4CarePlaces: an IOP group and a recovery house
// (therapyabbr.go, addictcare.go).
func TestRedTeam4CarePlaces(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your IOP group meets Tuesday at 6 pm in Room 3.", "clinical.therapy_abbrev"},
		{"Your bed at Harbor Recovery House is confirmed for Friday.", "compose.care_place"},
		{"Muscle Recovery House opens Friday.", ""},
		{"Disaster Recovery Center hours extended through Friday.", ""},
	})
}

// TestRedTeam4SenderConsequence: a sender frame that goes on to what
// follows for someone frames nothing (announce_sender.go).
func TestRedTeam4SenderConsequence(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Our behavioral health program is expanding to evenings, so the Tuesday group for alcohol use disorder moves to 6 pm.", "clinical.condition"},
		{"Our cardiology clinic is moving to the new medical pavilion so that parking is easier.", ""},
		{"Our cardiology clinic is moving to Elm Street in June, so plan a little extra time for parking.", ""},
		{"Our cardiology clinic is moving to the new medical pavilion on Elm Street in June.", ""},
	})
}

// TestRedTeam4DermDrugs: prescription dermatology drugs after a listed
// brand are no product line (vocab/medications.txt).
func TestRedTeam4DermDrugs(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your Aveeno Eucrisa order has shipped.", "clinical.medication"},
		{"Your Winlevi cream has shipped.", "clinical.medication"},
		{"Your Clinique Moisture Surge and Addyi tablets have shipped.", "clinical.medication"},
		{"Your Olay Retinol 24 night cream has shipped.", ""},
		{"Your CeraVe Resurfacing Retinol Serum has shipped.", ""},
	})
}

// TestRedTeam4DentalPickup: a night guard or retainer that is ready for
// pickup is the recipient's appliance (dental.go).
func TestRedTeam4DentalPickup(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your night guard is ready for pickup at the front desk.", "clinical.dental"},
		{"Your retainer is ready for pickup.", "clinical.dental"},
		{"Your night guard shift starts at 11 PM; badge pickup is at the front desk.", ""},
		{"Your night guard uniform is ready for pickup.", ""},
		{"Your retainer agreement is ready to sign.", ""},
		{"Your bridge toll pass is ready for pickup.", ""},
	})
}
