package guard

import "testing"

// TestNamedGoods: goods named after a person pass after a determiner and
// before a goods head; personalised goods, a reader's slot and a clinician
// keep their name findings.
func TestNamedGoods(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"For every pair of Carmen clogs sold in October, we donate $5 to nursing scholarships.",
		"For every pair of Dolores sandals sold this week, we give $3 to the food bank.",
		"New in beauty: the Dr. Lumen Vitamin C serum and the Nora Bright lip set. Shop today.",
		"Just in: Triage zip jackets and the Dr. Bennett lab coat, now in petite sizes.",
		"Now in stock: the Dr. Hale scrub jacket in extended sizes.",
		"The Stella scrub top is back in navy and teal. Shop now.",
	)
	checkFlagged(t, g, true,
		"Your Carmen name necklace engraved with Maria Lopez ships today.",
		"Reminder: your Dr. Bennett appointment is tomorrow at 9 am.",
		"Dr. Bennett will see you on Monday.",
		"Your Dr. Bennett lab results are ready.",
		"Thank you, Rosa! The Rosa memorial candle for Maria Lopez ships Friday.",
		"For Carmen: your prescription clogs for plantar fasciitis are ready.",
		"Dr. Lumen reviewed your skin biopsy; call us to discuss.",
	)
}
