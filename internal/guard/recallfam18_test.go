package guard

import "testing"

// TestRecallFam18: the reader's cognitive test against the reader's
// baseline or with its result (cogbaseline.go), the reader's breast form
// (breastform.go), a care worker on the way to see a named person
// (carevisit.go) and a lab abbreviation spelled with dots, hyphens or
// spaces in any case before its value (spacedlabdot.go); their clean
// look-alikes pass.
func TestRecallFam18(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		// cogbaseline.go
		{"Crestline: your verbal recall came in at 14, under your baseline from August.", "compose.cognitive_baseline"},
		{"Crestline: Your SCAT5 total was 27 today. Please rest.", "compose.cognitive_test"},
		{"Orilla: su prueba cognitiva dio 21 puntos, por debajo de su línea base.", "compose.cognitive_baseline"},
		{"Crestline: your ImPACT visual memory score was 61 today.", "compose.cognitive_test"},
		{"NetNorth: our speed test showed 41 Mbps, below your baseline. We'll check the line.", ""},
		{"Crestline: free talk for parents: what is an ImPACT baseline? Monday 6 PM.", ""},
		{"Hi-Score Arena: your reaction time was 190 ms, faster than your baseline!", ""},
		{"Brew Bar: your café moca was 12 oz, under your baseline order.", ""},
		{"Summit Crag: your balance test took 68 seconds, above your baseline. Great job!", ""},
		// breastform.go
		{"Willow Intimates: your silicone breast form (size 5, right) is ready.", "compose.breast_form"},
		{"Because you bought the Amoena Essential last year, you may be due for a new one.", "compose.breast_form"},
		{"Lencería Alba: su forma mamaria talla 6 ya llegó.", "compose.breast_form"},
		{"Willow Intimates: your foam shell (size 2, left) and a pocketed bra are in.", "compose.breast_form"},
		{"Hillcrest Auto: your door panel form (size 6, left) is ready for pickup.", ""},
		{"Stitchwell: your dress form (size 8) ships Monday.", ""},
		{"Tiendas Ruiz: su forma de pago fue actualizada.", ""},
		{"Willow Intimates now carries Amoena forms in every size.", ""},
		{"Your Amoena order has shipped.", ""},
		// carevisit.go
		{"Our nurse is on her way to see Walt now; she should be there by 11.", "name.care_visit"},
		{"Our aide is heading over to check on Rosalind this afternoon.", "name.care_visit"},
		{"La enfermera va en camino a ver a Chelo.", "name.care_visit"},
		{"Your nurse is on her way to see your father now.", "compose.care_visit"},
		{"Our nurse manager is on her way to the Salem board meeting.", ""},
		{"Our nurses are on their way to see Wicked tonight!", ""},
		{"Our driver is on his way to see you with your order.", ""},
		{"Our chief nurse is on her way to see the governor about staffing.", ""},
		{"Our caregiver team is heading to see Mariners play on Saturday!", ""},
		{"Your caregiver is on her way to see your mom now.", "compose.care_visit"},
		// spacedlabdot.go
		{"GlucoWise: A.1.c result 7.2%. Please book coaching.", "clinical.lab_test.spaced"},
		{"Your a-1-c came back at 6.4% this time.", "clinical.lab_test.spaced"},
		{"Su A 1 c fue de 7,1 %.", "clinical.lab_test.spaced"},
		{"Section A.1.c of our terms changes; the fee rises 7.2%.", ""},
		{"Unit A.1.c rent goes up 3.5% on renewal.", ""},
	})
	checkRuleCases(t, newTestGuard(t), Strict, []tpCase{
		{"Since you ordered the Trulife Everyday Shaper last spring, you may like our new camisoles.", "compose.breast_form"},
		{"Because you bought the Bosch wiper blades last spring, you may be due for new ones.", ""},
		{"Because you bought the Align leggings, you might like our new sports bras.", ""},
	})
}
