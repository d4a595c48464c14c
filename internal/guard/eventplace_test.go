package guard

import "testing"

// TestEventPlace: eventplace.go (an event noun names the sender's place
// only with no reader's clause between it and the address).
func TestEventPlace(t *testing.T) {
	g := newTestGuard(t)
	runFifthPass(t, g, []fifthPassCase{
		{`{"event":"shipment.created","body":"Your package is headed to 9 Quarry Hill Road, Springfield MA 01104"}`, "*", ""},
		{"Event x. Your package is headed to 9 Quarry Hill Road, Springfield MA 01104", "*", ""},
		{`{"event_type":"order.shipped","message":"Your order will be delivered to 41 Linden Street, Worcester MA 01609"}`, "*", ""},
		{"Join our wellness event next week! Your kit was mailed to 17 Elm Court, Dayton OH 45402.", "*", ""},
		{"Job fair! Brightway Distribution Center, 5100 Logistics Dr, Reno NV 89502", "", ""},
		{"Join our community health fair event at 9 Quarry Hill Road, Springfield MA 01104, open to everyone.", "", ""},
		{"La carrera 5K de la Fundación es el 7 de julio. Recoja su número el viernes en 1800 Hospital Dr, Edificio C.", "", ""},
		{`{"event":"store.relocation","store_id":"0112","old_address":"840 High St","new_address":"455 Oak Ave"}`, "", ""},
		{"Event: grand opening at our new store, 41 Linden Street, Worcester MA 01609. All are welcome.", "", ""},
	})
}
