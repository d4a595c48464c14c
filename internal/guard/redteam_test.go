package guard

import "testing"

// redteam_test.go: the red team's leaks of the suppressions
// (testdata/guard/dev20r.jsonl, redteam.go) stay reported, and the clean
// notices each suppression was written for still pass.

// TestRedTeamAnnouncements: an announcement with a personal part said
// without "you" is no general announcement (announce.go, redPersonal).
func TestRedTeamAnnouncements(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"As discussed at the visit, insulin pump training is now available at all our locations.", "clinical.supply"},
		{"Dad's dialysis chair is now available Saturdays at all our centers.", "clinical.procedure"},
		{"After last week's overdose, naloxone is now available without a prescription at all our stores.", "clinical.condition"},
		{"Get your remaining hepatitis B shots at any of our stores this week.", "clinical.condition"},
		{"Get your post-exposure rabies shots at any of our pharmacies this week.", "clinical.condition"},
		{"Como lo hablamos en la consulta, la prueba de VIH ya está disponible en todas nuestras farmacias.", "clinical.lab_test"},
		{"Hepatitis C treatment is now available at all our clinics. The viral load came back high.", "clinical.condition"},
		{"Hepatitis C treatment is now available at all our clinics. The numbers were worse this time.", "clinical.condition"},
		{"Hope the recovery is going well! Dialysis is now available at all our locations.", "clinical.procedure"},
		// the announcements themselves
		{"Flu season is here! Pneumonia vaccines are now available at all our locations.", ""},
		{"Pneumonia vaccines are now available at all our locations. Questions? Call 1-800-555-0100.", ""},
		{"Pneumonia vaccines are now available at all our locations. No appointment needed.", ""},
		{"Dialysis chairs are now available Saturdays at all our centers.", ""},
		{"Get your hepatitis B shots at any of our stores this week.", ""},
		{"Get your flu shot at any of our stores this weekend.", ""},
		{"Our pharmacy now carries naloxone without a prescription.", ""},
		{"Shingles and pneumonia vaccines are now stocked at all our locations.", ""},
	})
}

// TestRedTeamEveryday: vitamins given as a treatment and product codes
// that name a condition stay reported (everyday.go).
func TestRedTeamEveryday(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your vitamin D2 capsules have shipped; take one every week.", "clinical.medication"},
		{"Your vitamin K order has shipped for the newborn.", "clinical.medication"},
		{"Your vitamin B12 nasal spray has shipped.", "clinical.medication"},
		{"Item HIV-4420 is ready for pickup.", "clinical.condition"},
		{"Your vitamin B12 gummies have shipped.", ""},
		{"Your vitamin D3 gummies have shipped.", ""},
		{"SKU HRT-4420 is back in stock.", ""},
		{"Item ECG-3300 has shipped.", ""},
	})
}

// TestRedTeamProducts: a hyphenated remedy brand and a quoted title about
// coping with a condition are no product exemption (product.go).
func TestRedTeamProducts(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your Hives-Away soothing cream 2-pack has shipped.", "clinical.condition"},
		{"Your 'Surviving Withdrawal' paperback has been delivered.", "clinical.condition"},
		{"Your Fever-Tree tonic water 8-pack has shipped.", ""},
		{"Your 'Cold Mountain' paperback has shipped.", ""},
		{"Your Stephen King 'Doctor Sleep' paperback has shipped.", ""},
	})
}

// TestRedTeamClosuresAndCards: a closure date followed by one person's
// purpose, and a record number after a card word, stay reported
// (closure.go, words.go, cardcue.go).
func TestRedTeamClosuresAndCards(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Our office will close on 12/31 and reopen on 01/02 for the suture removal.", "date.untied"},
		{"Our clinics will reopen on Jan 4 for the stitches to come out.", "date.untied"},
		{"Our clinics will close early on Dec 31 for the holidays.", ""},
		{"Our clinics will close early on Dec 31.", ""},
		{"Our offices will reopen on January 2.", ""},
		{"Your patient card (MRN 00412934) is ready.", "id.mrn"},
		{"Your clinic card (Patient ID 7730211) was scanned at check-in.", "id.mrn"},
		{"Your card ending in 4242 was charged $20.", ""},
	})
}

// TestRedTeamSecondRound: a guest's name after a capitalised category
// word, a money sense beside a clinical word, and "Lyme" after a cue
// (orgnames.go, producthead.go, vocab/conditions.txt).
func TestRedTeamSecondRound(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Hotel Maria Lopez: your stay is confirmed.", "name.full"},
		{"Your withdrawal of $200 for the rehab deposit was processed.", "clinical.condition"},
		{"Your dog Luna's heartworm test and your own Lyme test are both positive.", "clinical.condition"},
		{"Hotel Meliá Sevilla: su reserva está confirmada.", ""},
		{"Esta semana café Juan Valdez a precio especial.", ""},
		{"Your withdrawal of $200 was processed.", ""},
		{"Your ATM withdrawal receipt is attached.", ""},
	})
}
