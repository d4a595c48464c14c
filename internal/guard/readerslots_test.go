package guard

import "testing"

// TestRoomBed: the reader's room with a bed, a ward with a bed, a Spanish
// admission (roombed.go, dev60/dev63); a hotel, a dorm, a shop pass.
func TestRoomBed(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your meal tray is on its way to 6 North, Room 614, Bed B.", "compose.admission"},
		{"Visitors for you can come to Ward 5, Bed 12 between 2 and 8 pm.", "compose.admission"},
		{"Estás internado en la habitación 214, cama B, de la sede Palermo.", "compose.admission"},
		{"Está ingresado en la planta 4, habitación 412.", "compose.admission"},
		{"Your reservation for Room 614 is confirmed.", ""},
		{"La cama B de nuestra colección Nórdica está en oferta.", ""},
		{"The keynote is in Room 614; workshops are in Rooms 210 and 212.", ""},
		{"Your hotel room is Room 12, Bed 2 in the bunk wing.", ""},
	})
}

// TestSpecialistVisit: a specialist of the reader's visit
// (specialistvisit.go, dev60); the sender's specialists named without a
// visit of the reader's pass.
func TestSpecialistVisit(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your consultation with our oral surgeon is confirmed.", "compose.specialist_visit"},
		{"Your consultation with our periodontist is confirmed for Tuesday.", "compose.specialist_visit"},
		{"Our orthopedic surgeon will see you on Monday.", "compose.specialist_visit"},
		{"Beaumont Dental: our oral surgery suite is open to tour this Saturday - everyone welcome.", ""},
		{"We are pleased to welcome our new periodontist to the practice.", ""},
		{"Your appointment with our cosmetologist is confirmed.", ""},
		{"Your tree surgeon will see you at the gate.", ""},
	})
}

// TestBecauseBought: strict mode, marketing by the reader's past rental
// or purchase of medical equipment (becausebought.go, dev60); other goods
// pass, and standard mode does not run the rule.
func TestBecauseBought(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Strict, []tpCase{
		{"Because you rented a walker, you might like our bath safety bundle.", "association.purchase"},
		{"Since you bought a cane, see our grip sale.", "association.purchase"},
		{"Because you bought a tent, you might like our sleeping bag sale.", ""},
		{"Because you ordered a stroller, you might like our car seat bundle.", ""},
		{"Because you bought a cane sugar sampler, you might like our honey set.", ""},
	})
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Because you rented a walker, you might like our bath safety bundle.", ""},
	})
}
