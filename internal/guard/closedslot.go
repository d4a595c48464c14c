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
