package guard

// roombed.go — the reader's hospital room and bed, an admission (issue 15,
// tenth pass, helper MISS10: dev60 "Your meal tray is on its way to 6
// North, Room 614, Bed B.", dev63 "estás internado en la habitación 214,
// cama B, de la sede Palermo").
//
// A hotel has rooms and a furniture shop sells beds; a room AND a bed
// designation together, or a ward with a bed, is where an inpatient lies.
// Rule compose.admission (kind procedure) reports, in one sentence:
//
//   - "bed"/"cama" followed by a number or a single letter ("Bed B",
//     "cama 12") when "room"/"habitación"/"ward"/"sala"/"planta"/"unit"/
//     "unidad" with a number comes at most six words before it ("Room 614,
//     Bed B", "Ward 5, Bed 12", "habitación 214, cama B");
//   - a Spanish admission participle (internado, internada, ingresado,
//     ingresada, hospitalizado, hospitalizada) with "habitación", "cama",
//     "planta", "sala", "piso" or "unidad" at most four words after it
//     ("estás internado en la habitación 214", "está ingresado en la
//     planta 4").
//
// The notice must not be a lodging's: a word of lodgingWords anywhere
// (hotel, hall, dorm, residence, hostel, suite, check-in, guest,
// residencia, huésped, hostal, reserva …) clears it ("Dorm Life: Room 214,
// Bed B in North Hall"). "Room 614 at the Hilton", "la cama B de nuestra
// colección", "the keynote is in Room 614" pass (no bed after a room).
// Accepted risk: a camp or a ship's cabin numbered "Room 3, Bed 2" with
// none of the lodging words is blocked.

var (
	roomBedFirst  = wordSetTab("bed cama internado internada ingresado ingresada hospitalizado hospitalizada")
	roomBedPlaces = wordSetTab("room habitacion ward sala planta unit unidad")
	roomBedStayES = wordSetTab("habitacion cama planta sala piso unidad")
	roomBedAdmit  = wordSetTab("internado internada ingresado ingresada hospitalizado hospitalizada")
	lodgingWords  = wordSetTab("hotel hotels motel inn hall halls dorm dorms dormitory residence resort hostel suite suites checkin check guest guests " +
		"booking reservation roommate camp cabin cruise airbnb " +
		"residencia huesped huespedes hostal reserva albergue hospedaje campamento colchon colchones mueble muebles")
)

// roomBed: token i is "bed"/"cama" or a Spanish admission participle.
func (s *scanner) roomBed(i int) {
	n := len(s.toks)
	h := s.toks[i].h
	if roomBedAdmit.get(h) {
		for k := i + 1; k < n && k <= i+4 && s.sameSentence(i, k); k++ {
			if roomBedStayES.get(s.toks[k].h) {
				if s.lodging() {
					return
				}
				s.addTok(i, k, KindProcedure, "compose.admission", 0.7, "says the reader is admitted to a hospital room or unit")
				return
			}
		}
		return
	}
	// "Bed B", "cama 12"
	k := i + 1
	if k >= n || s.gap(k) != " " || !(s.toks[k].cls&tDigit != 0 || len(s.toks[k].low) == 1 && s.toks[k].cls&tUpper != 0) {
		return
	}
	for j := i - 1; j >= 0 && j >= i-6 && s.sameSentence(j, i); j-- {
		if roomBedPlaces.get(s.toks[j].h) && j+1 < i && s.toks[j+1].cls&(tDigit|tMixed) != 0 {
			if s.lodging() {
				return
			}
			s.addTok(j, k, KindProcedure, "compose.admission", 0.7, "names the reader's room and bed, an inpatient's place")
			return
		}
	}
}

// lodging: the notice has a word of a hotel, a dorm or a furniture shop.
func (s *scanner) lodging() bool {
	for k := range s.toks {
		if lodgingWords.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
