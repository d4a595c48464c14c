package guard

import "testing"

// TestFacilityAddr: the sender's address named by a part of its premises, a
// pickup at its desk, a public drive or its own opening passes; a person's,
// family's or the reader's address in the same shapes stays reported
// (facilityaddr.go).
func TestFacilityAddr(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"The front entrance at 1500 Cedar Hollow Parkway is closed Saturday for repaving.",
		"La entrada principal de 1500 Cedar Hollow Parkway estará cerrada el sábado.",
		"The onsite gym at 400 Harlow Street is closed December 24–26.",
		"El gimnasio de 400 Harlow Street cierra del 24 al 26 de diciembre.",
		"Heads up: the loading dock at 2100 Industrial Blvd is closed for repairs until Thursday.",
		"Your wrist wraps and lifting chalk are waiting at the front desk of 88 Foundry Rd.",
		"Su pedido #SS-77301 está listo para recoger en 88 Foundry Rd, Dayton.",
		"Holiday food drive: drop off canned goods at 300 Orchard Street through December 18.",
		"Farmers market every Saturday at 300 Orchard Street, 8 am to 1 pm.",
		"We're now open late on Thursdays at 42 Harbor St. Come see the spring collection.",
		"<p>Tu carrito te espera.</p><p>SuministraChile · Av. Vicuña Mackenna 2850, San Joaquín, Santiago</p>",
	)
	checkFlagged(t, g, true,
		"The front entrance at 12 Oak St (Mr. Diaz's home) will be blocked Monday.",
		"The front entrance at 12 Oak St is where Maria Lopez lives.",
		"The Okonkwo garage at 12 Oak St is open for the sale.",
		"Okonkwo's garage at 12 Oak St is closed Monday.",
		"Drop off your sharps at 300 Orchard St.",
		"Your medical supplies are waiting at the front desk of 52 Mill Rd, Apt 4.",
		"Your wheelchair is waiting at the front desk of 88 Foundry Rd for your fitting.",
		"Tu receta está lista para recoger en 52 Mill Rd.",
		"Our nurse will meet you at the front entrance of 12 Oak St for your home visit.",
		"Drop off canned goods at 300 Orchard Street, home of the Taufa family.",
		"Yard sale at 14 Oak St this Saturday.",
		"We're open to visit you at 14 Oak St.",
		"Acme · Av. Vicuña Mackenna 2850, Maria Lopez",
		"The back entrance at 14 Oak St, the Diaz residence, is closed.",
		"Meal drive: drop off casseroles at 14 Oak St, where the Okafors live.",
		"Food drive: the Taufa family at 300 Orchard St needs help.",
		"The pool at 75 Kessler Street is where Priya swims after dialysis.",
		"El gimnasio de 400 Harlow Street es donde Ana hace su terapia.",
		"Ready for pickup at 14 Oak St: Maria Lopez's order.",
		"The garage at 14 Oak St is where the wheelchair van will park.",
		"The elevator at 220 Maple Grove Parkway is out; our therapist will use the stairs.",
		"The side gate at 14 Oak St will be open for the aide.",
		"The driveway at 14 Oak St must be clear for the oxygen delivery Monday.",
	)
}
