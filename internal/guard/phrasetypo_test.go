package guard

import "testing"

// TestPhraseTypo: one word of a listed multi-word clinical term misspelled
// among its other words (phrasetypo.go), and the typo of an ordinary word
// before an ordinary-sense cue (typocue.go).
func TestPhraseTypo(t *testing.T) {
	g := newTestGuard(t)
	checkRuleIn(t, g, Standard, "frame.phrase_misspelling", true,
		"Your birth controll pill refill for next month is scheduled.",
		"Your birth controll pills are ready for pickup.",
		"Your hering aid repair is complete and ready for pickup.",
		"Your sleep apnia machine rental was renewed.",
		"Your blood presure cuff order has shipped.",
	)
	checkFlagged(t, g, false,
		"Your controll panel is out of stock.",
		"Your game controll panel replacement has shipped.",
		"Your blood orange presure washer order has shipped.",
		"Your hering fillets order has shipped.",
		"We did not recieve your payment.",
		"Your birth certificate copy is ready for pickup.",
	)
	// fail closed: a word near a clinical term before an ordinary-sense cue
	checkFlagged(t, g, true,
		"Your diabetis supplies have shipped.",
		"Your insolin pens are ready.",
		"Your Zorvexa refill is ready for pickup.",
	)
}
