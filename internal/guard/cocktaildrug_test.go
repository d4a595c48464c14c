package guard

import "testing"

func TestCocktailDrug(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Happy hour: try the Penicillin (scotch, honey, ginger) or the Paper Plane — $10 at the bar until 7.",
		"Cóctel del mes en la barra: Penicillin con mezcal a $95.",
		"Bar special: Bloody Mary and a Penicillin cocktail for $8 each at the rooftop lounge.",
		"Cocktail class Friday: learn the Dr. Funk, Mai Tai and Painkiller. $30/person in the café kitchen.",
	)
	checkFlagged(t, g, true,
		"Your Penicillin refill is ready; skip the happy hour cocktails this week.",
		"Patient Tom Reyes takes Penicillin daily; bartender shift moved to Friday.",
		"Penicillin 500 mg: no cocktails or whisky until the course ends.",
		"Dr. Funk will see you Thursday at 9 about your biopsy results.",
	)
}
