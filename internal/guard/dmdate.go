package guard

// dmdate.go: a day-first d/m pair after a weekday or a Spanish date
// article (issue 15, tenth pass, helper DATE10, dev63/dev65d).
//
// The month/day rule (numbers.go) reads "3/7" as a date only when the first
// number is a month, so an es-AR or es-ES day-first date whose day is over
// 12 was read as no date at all: "tu turno es el sábado 18/4", "del jueves
// 26/3" passed whatever stood beside them, while "12/3" was reported. A
// pair whose first number is 13–31 and second 1–12 is now a date when the
// word right before it is a weekday (lunes … domingo, lun/mar/mié/jue/vie/
// sáb/dom, monday … sunday, mon … sun) or el/del/al/desde/hasta, in the
// same sentence. Everything else stays as before: "24/7 support", "atención
// 24/7", a score "21/3" with no such word. The date is judged by date()
// like any other (a person cue, the sender's own frames, the care gate).
// Cost: one map look-up on a digit pair that the month/day rule refused.

var dmLead = wordSetTab("lunes martes miercoles jueves viernes sabado domingo lun mar mie jue vie sab dom " +
	"monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun " +
	"el del al desde hasta")

// dayFirstPair: the digit pair a/b starting at token first is a day-first
// date (see the file comment).
func (s *scanner) dayFirstPair(first, a, b int) bool {
	return a >= 13 && a <= 31 && b >= 1 && b <= 12 && first > 0 && !s.toks[first].sent && dmLead.get(s.toks[first-1].h)
}
