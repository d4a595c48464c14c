package guard

// Public observance days (issue 15, helper GAP, dev26g): "Drug take-back
// day is October 26." A community drug take-back day (the DEA's National
// Prescription Drug Take Back Day, a pharmacy's or town's collection of
// unused medicines) is announced to everyone; its date is an event's, like
// one after "event" or "webinar" (vocab/context_words.txt [date_allowed]),
// and says nothing about the reader. The date rule had no cue for it and
// reported it as date.untied.
//
// publicDayCue reports that the date at token i sits in a sentence that
// names such a day before it, within 8 words: "take back day", "take-back
// day", "takeback day/event", Spanish "día de devolución/recolección de
// medicamentos". It fails closed — the date stays reported — when
//
//   - a person cue is near the date (date() checks it first: "As discussed
//     at your visit, drug take-back day is October 26", "Your drug
//     take-back appointment is October 26");
//   - the date's year is before 2010, when take-back days began ("Drug
//     take-back day: 03/14/1961" is a birth date; red team, dev26r);
//   - the field speaks to the reader anywhere (you, your, su, usted…:
//     "Drug take-back day is October 26 — bring your old pills", "…
//     October 26; we will also review your medications").
//
// Only the take-back day is read: other health observances ("World
// Diabetes Day is November 14") are left to the date rule as before.

var (
	hTake, hBack, hTakeback = hstr("take"), hstr("back"), hstr("takeback")
	// publicDayHeads close the day's name ("take-back day", "takeback event")
	publicDayHeads = wordSet("day days event events")
	// Spanish: "día de devolución de medicamentos"
	hDia, hDevolucion, hRecoleccion, hMedicamentos = hstr("dia"), hstr("devolucion"), hstr("recoleccion"), hstr("medicamentos")
)

// publicDayFirstYear: the DEA's take-back days began in 2010; a date of an
// earlier year is someone's (a birth date), not the day's.
const publicDayFirstYear = 2010

// publicDayCue: the date at token i (year y, 0 when not written) follows the name of a take-back day in
// its sentence, and the field has no word addressed to the reader.
func (s *scanner) publicDayCue(i, y int) bool {
	if y > 0 && y < publicDayFirstYear {
		// red team (dev26r): "Drug take-back day: 03/14/1961" is no
		// take-back day's date but a birth date
		return false
	}
	found := false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		h := s.toks[k].h
		if publicDayHeads[h] && k >= 1 && (s.toks[k-1].h == hTakeback || k >= 2 && s.toks[k-1].h == hBack && s.toks[k-2].h == hTake) {
			found = true
		}
		if h == hDia && k+3 < i && (s.toks[k+2].h == hDevolucion || s.toks[k+2].h == hRecoleccion) && s.toks[k+4].h == hMedicamentos {
			found = true
		}
		if s.toks[k].sent {
			break
		}
	}
	if !found {
		return false
	}
	// no word addressed to the reader anywhere in the field
	for k := range s.toks {
		if recipientWords[s.toks[k].h] {
			return false
		}
	}
	return true
}
