package guard

// closedslot.go: a closed "appointment" on a holiday is one reader's slot
// (issue 15, seventeenth pass, red team red17, dev97x, 2026-12-06).
//
// closeddept.go's closedDeptDay reads a person cue standing right before a
// word of closing in a holiday's sentence as the closed place ("la
// consulta externa estará cerrada": consulta is a visit and also the
// outpatient department). Red17's probe set dev97x found one reader's slot
// passing in the same shape: "Because of the Labor Day holiday, the
// appointment closed on Sept 1 moves to Sept 2 at 6:20 AM", "Por el
// feriado del 15 de septiembre, la cita cerrada pasa al 16 a las 8:20",
// "For the Thanksgiving holiday, the visit closed Nov 27 is now Nov 28 at
// 9:15". An appointment, a visit, a session or a booking is no place that
// closes: it is one person's slot, and what is "closed" or moved is that
// slot. closedSlotCue reports that token k, the cue, is such a slot noun
// in the singular (appointment, visit, session, booking, reservation, cita,
// turno, sesion, reserva); closedDeptDay then refuses the day, and date()
// reads the cue as before. "la consulta externa estará cerrada", "the
// clinic will be closed Sept 1 for the Labor Day holiday" pass. Test
// `TestClosedSlot`.

var closedSlotNouns = wordSetTab("appointment visit session booking reservation cita turno sesion reserva")

// closedSlotCue: token k is a singular slot noun (see the file comment).
func (s *scanner) closedSlotCue(k int) bool {
	return closedSlotNouns.get(s.toks[k].h)
}

// closedMoveVerb: a slot moved to another day ("moves to", "is now",
// "pasa al", "rebooked"): a place reopens, a slot moves.
var closedMoveVerb = wordSetTab("moves moved move rebooked rescheduled now pasa paso cambia cambio reprogramada reprogramado reprogramamos mueve")

// closedMovedDate: the date at i..j stands in a sentence where something
// closed moves to a clock time (red17b, dev99x): "the consult closed on
// Sept 1 moves to Sept 2 at 6:20 AM", "the slot closed Nov 27 is now Nov
// 28 at 9:15", "la consulta cerrada pasa al 16 a las 8:20". A word of
// closing (closeddept.go's closedDeptShut) before a move verb
// (closedMoveVerb) and a clock time after the verb make every date of the
// sentence one person's slot, whatever noun stands before "closed" (the
// list of slot nouns above cannot hold "consult", "infusion", "slot").
// "The infusion center is closed on Sept 1 and reopens Sept 2 at 7 AM" (a
// reopening, no move) and "Our Elm St office closed on Sept 1 moves to 22
// Oak Ave" (no clock time) pass.
func (s *scanner) closedMovedDate(i, j int) bool {
	a, b := s.sentSpan(i)
	shut, move := -1, -1
	for k := a; k < b; k++ {
		if k >= i && k <= j {
			continue
		}
		if shut < 0 && closedDeptShut.get(s.toks[k].h) {
			shut = k
		}
		if shut >= 0 && k > shut && move < 0 && closedMoveVerb.get(s.toks[k].h) {
			move = k
		}
		if move >= 0 && k > move && s.toks[k].cls&tDigit != 0 && s.careClock(k) {
			return true
		}
	}
	return false
}
