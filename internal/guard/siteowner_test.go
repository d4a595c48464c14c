package guard

import "testing"

// TestSiteOwner: the sender's site after its own header ("Keystone O&P:
// … ready for pickup at", "… in the garage at") or with the sender as the
// subject of a verb of opening or moving passes (siteowner.go); the
// reader's or a person's address in the same shapes stays reported.
func TestSiteOwner(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"We'll deliver your oxygen to 55 Market Square, Apt 4.",
		"Your new address 2280 Morse Rd was saved.",
		"Su dirección Calle Zaragoza 14 fue actualizada.",
		"Maria Lopez has moved to 4410 E Camelback Rd.",
		"Henderson has moved to 4410 E Camelback Rd.",
		"Keystone O&P: your item is ready for pickup at your home, 55 Market Square.",
		"Keystone O&P: our driver will drop your item at 55 Market Square.",
		"Keystone O&P: The Okonkwo garage at 1800 Sherman Ave is open.",
		"BreatheWell: Your daughter has moved to 4410 E Camelback Rd.",
		"Grandma has moved to 4410 E Camelback Rd.",
		"McDonald has moved to 4410 E Camelback Rd.",
		"DeShawn has moved to 4410 E Camelback Rd.",
		// red13/dev77x: two surnames that are ordinary words are a person
		"Carpenter West has moved to 18 Birch Ln.",
		"Baker Young has moved to 4410 E Camelback Rd.",
		// red14/dev77x: a Mc-/Mac- name is a person's, not a coined word
		"McKenzie Young has moved to 4410 E Camelback Rd.",
		"McKinley Stone has moved to 18 Birch Ln.",
		"McKayla Wood relocated to 905 Pine Ave.",
	)
	checkFlagged(t, g, false,
		"McKinley Park Pharmacy has moved to 905 Pine Ave.",
		"Keystone O&P: your item is ready for pickup at 55 Market Square.",
		"Lakeshore Imaging: Free parking in the garage at 1800 Sherman Ave; bring your ticket to the front desk for validation.",
		"Sage & Sorrel: Order #SS-30522 is ready for curbside pickup at 518 Chestnut St.",
		"Sage & Sorrel: Su pedido #SS-30702 está listo para recoger en 518 Chestnut St.",
		"BreatheWell has moved to 4410 E Camelback Rd, Phoenix, AZ 85018.",
		"Ridgeview West opens Jan 6 at 800 Penn Center Blvd, Pittsburgh, PA 15235.",
		"Farmacias Vega reabre el lunes en la Calle Hidalgo 120.",
	)
}
