package guard

import "testing"

// TestListingAddr: the sender's address after a dash listing's branch or
// in parentheses after a named branch (listingaddr.go), and test drives as
// a shop's trade (senderdate.go's sdTradeUse).
func TestListingAddr(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Now open: Cedar Ridge Physical Therapy – Westminster, 7110 W 92nd Ave. Free parking and evening hours.",
		"Now open: Cedar Ridge Fitness – Westminster, 7110 W 92nd Ave. Free parking and evening hours.",
		"Nuevo horario en La Ceiba de Ponce (Calle Comercio 54): lunes a sábado de 8:00 a.m. a 8:00 p.m.",
		"Farmacias La Ceiba de Ponce (Calle Comercio 54) tiene nuevo horario.",
		"Our Columbus showroom (2280 Morse Rd) now offers free test drives of every scooter model.",
	)
	checkFlagged(t, g, true,
		"Nuevo horario para su visita a domicilio (Calle Comercio 54): lunes a las 8:00 a.m.",
		"Maria Lopez (2201 S Havana St) has a new phone.",
		"Your mother's apartment (2280 Morse Rd) is on the delivery list for Friday.",
		"Delivery for Maria Lopez – Westminster, 7110 W 92nd Ave.",
		"We will deliver your oxygen to Cedar Ridge – Westminster, 7110 W 92nd Ave.",
		"Your new address (2201 S Havana St) was saved to your profile.",
		// red-team tightening (red14b, dev81x): two words opening the sentence
		"Grace Lake (18 Birch Ln) moved in on Monday.",
		"Carol Stream (18 Birch Ln) checked in for respite this week.",
	)
}
