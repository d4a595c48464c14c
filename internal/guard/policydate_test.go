package guard

import "testing"

// TestPolicyDate: the date a rule for everyone takes effect passes; a
// date of the reader's care in the same shape stays reported
// (policydate.go).
func TestPolicyDate(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Keystone Occupational Health Labs: Effective Sept 1, donors must present a government photo ID at all collection sites.",
		"Hospital Infantil Rosewood: A partir del 1 de noviembre, cada paciente podrá tener 2 visitantes a la vez. Gracias por su comprensión.",
		"Hospital San Rafael: A partir del 15 de enero, cada paciente podrá recibir 3 visitas al día.",
		"Mercy Ridge Hospital: Starting Nov 15, visitors must be 12 or older to enter patient units.",
		// red13/dev77x: "all" makes a care event everyone's
		"Mercy Ridge Hospital: Starting Nov 15, all visits will require a photo ID at the front desk.",
		"Please bring your insurance card and a photo ID to every visit. As of Jan 1, we're no longer able to accept personal checks at the front desk.",
	)
	checkFlagged(t, g, true,
		"Effective Sept 1, your insulin dose changes to 12 units.",
		"Effective Oct 1, your dose changes.",
		"Starting Nov 15, your visits move to Tuesdays.",
		"A partir del 1 de noviembre, su hijo podrá tener 2 visitantes a la vez.",
		"A partir del 1 de noviembre, su cita de control será los martes.",
		"Effective Sept 1, Maria Lopez must present a photo ID at the collection site.",
		"Effective Sept 1, son's visits will move to the east clinic.",
		"Effective Sept 1, donors must present ID; your next donation is Sept 3 at 9:40 AM.",
		"Su cita con el Dr. Ruiz es el 1 de noviembre.",
		// red13/dev77x: a care event as the subject with no "all" is someone's care
		"Starting Oct 3, home visits will be Tuesdays.",
		"As of Jan 4, infusions will be every other Monday.",
		"A partir del 3 de octubre, las sesiones serán los martes.",
	)
}

// TestPolicyDateClassVisits: a class of visits by payment and a rule's verb
// (recall15, dev82); someone's care and a reader's word keep the date.
func TestPolicyDateClassVisits(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Starting Jan 1, self-pay visits require a $25 deposit at check-in, applied to your final bill.", Standard, false},
		{"Effective Feb 1, walk-in visits cost $20 more after 8 PM.", Standard, false},
		{"A partir del 1 de marzo, las consultas particulares requieren un abono de $10.000.", Standard, false},
		{"Starting Jan 5, weekly visits require a ride.", Standard, true},
		{"Starting Jan 5, self-pay visits require a deposit, applied to your surgery bill.", Standard, true},
		{"Starting Jan 5, your visits require a deposit.", Standard, true},
		{"Starting Jan 5, wound-care visits require a deposit.", Standard, true},
		// red15 (dev87x): a class of care events takes a rule's verb; a
		// programme's sessions, groups and rides are care events
		{"Beginning Jan 5, cash infusions will start at 7 AM.", Standard, true},
		{"Starting Dec 8, group will meet Tuesdays at 6 PM at the Lakeview office.", Standard, true},
		{"Starting Dec 8, rides will pick up at 5:30 AM for the 6 AM chair.", Standard, true},
		{"Effective Jan 2, all sessions will require a photo ID at check-in.", Standard, false},
	})
}
