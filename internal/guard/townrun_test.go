package guard

import "testing"

// TestTownRun: a town of the gazetteer in a place's frame is not a name
// (townrun.go); after a greeting or a title, in a personal frame, or a lone
// given name after a mere preposition, it stays one.
func TestTownRun(t *testing.T) {
	checkAnyFinding(t, []string{
		"We're hiring! Riverbend is looking for certified phlebotomists in Eau Claire and Menomonie.",
		"Keystone HME is now delivering in Cumberland and Perry counties! Same-day service available on weekdays.",
		"New drop-off hours at our store in Eau Claire.",
		"Free blood pressure checks for everyone across Eau Claire this week.",
	}, []string{
		"Hi Eau Claire, your refill is ready.",
		"Your refill for Eau Claire is ready.",
		"A message from Perry about your refill.",
		"Perry, your insulin is ready.",
		"Dr. Perry will see you Tuesday.",
		"Thank you, Eau Claire, for finishing your chemo.",
	})
}
