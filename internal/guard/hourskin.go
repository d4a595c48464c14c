package guard

// hourskin.go: an hours change tied to one reader's relative (issue 15,
// fourteenth pass, helper red14, dev77x/dev80x, 2026-12-05).
//
// hoursdate.go clears the day the sender's hours change ("Our lab draw
// station hours change Oct 1") and steps back at a reader's word; the date
// rule's own cues ("hours", "change", "effective") still clear it, so
// "Per our nurse, visiting hours change Oct 1 while the baby is in the
// NICU" and "Nuestro horario cambia el 1 de octubre para su hija" passed:
// the hours are those of one relative's stay or care. hoursKinDate makes
// the date a person's date when it is an hours change (hoursChange: a
// change verb after hours/horario, the date right after it) and the
// sentence names one relative: a singular kin word (son, daughter, baby,
// mother, hija, bebé, esposo…, greetkin.go's kinWords), not a plural or a
// household ("families", "familia", "parents") and not a holiday's name
// ("for Mother's Day", "Día de la Madre").
//
// Stays clean: "Our hours change Oct 1 for the holidays", "Our NICU
// visiting hours change Oct 1: 8 AM to 8 PM", "Our family medicine hours
// change Oct 1", "Our hours change May 10 for Mother's Day". Cost: only
// for a date right after a change verb of hours.

// hkKin: one relative
var hkKin = wordSetTab("son daughter hijo hija child wife husband esposa esposo spouse mother father madre padre " +
	"baby bebe infant newborn toddler grandson granddaughter grandchild nieto nieta brother sister hermano hermana " +
	"nephew niece sobrino sobrina")

// hoursKinDate: the date at token i is when the hours of one relative's
// stay or care change (see the file comment).
func (s *scanner) hoursKinDate(i int) bool {
	lo, hi, _, ok := s.hoursChange(i)
	if !ok {
		return false
	}
	return s.oneRelative(lo, hi)
}

// oneRelative: tokens lo..hi-1 name one relative (a singular kin word, not
// a holiday's name).
func (s *scanner) oneRelative(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		h := s.toks[k].h
		if !hkKin.get(h) && !kinWords.get(h) {
			continue
		}
		if k+2 < len(s.toks) && s.toks[k+1].low == "s" && (s.toks[k+2].low == "day" || s.toks[k+2].low == "days") ||
			k+1 < len(s.toks) && s.toks[k+1].low == "day" || k >= 3 && s.toks[k-3].low == "dia" && s.toks[k-2].low == "de" {
			continue // "Mother's Day", "Día de la Madre", "Día del Padre"
		}
		if k >= 2 && s.toks[k-2].low == "dia" && s.toks[k-1].low == "del" {
			continue
		}
		return true
	}
	return false
}
