package guard

// nurseline.go: a nurse title before a service word is the sender's
// service, not a nurse's name (issue 15, twenty-second pass, fix helper
// r113f, dev113/dev113f, 2026-12-06).
//
// Health plans and hospitals run a nurse advice service and name it so:
// "Beacon Nurse Line is available 24 hours a day", "Call the Nurse Advice
// Line any time", "La Nurse Line de su plan atiende en español". The
// title rule (words.go a, name.title) reads "Nurse" as a title and the
// capital after it as the nurse's name — and "Line" is a listed given
// name. nurseServiceRun reads the run as the service when:
//
//   - the title is "Nurse"/"Nurses" (or "Enfermera"/"Enfermero") and the
//     next word is a capitalised service word of nlService (Line, Lines,
//     Hotline, Helpline, Desk, Chat, Línea), or "Advice"/"Triage"/
//     "Consejos" and then such a service word ("Nurse Advice Line");
//   - no capitalised word follows the service word ("Nurse Line Jensen
//     called about your biopsy", "Nurse Desk Mendoza paged" stay a
//     person).
//
// Only the title's own finding is vetoed: every name, relative, date or
// care word after the service's name is read by the other rules as
// before ("Beacon Nurse Line: Marisol Vega's fever…", "Nurse Line: your
// daughter Emma's asthma…" stay reported). "Nurse Lina Park" is no
// service word and stays a person.
//
// Speed: asked only at a capitalised title before a capital, where the
// title rule would report; two set look-ups.

var (
	nlTitle   = wordSetTab("nurse nurses enfermera enfermero enfermeras")
	nlService = wordSetTab("line lines hotline helpline desk chat linea")
	nlAdvice  = wordSetTab("advice triage consejos")
)

// nurseServiceRun: the title at i opens a nurse service's name; end is
// its last word.
func (s *scanner) nurseServiceRun(i int) (end int, ok bool) {
	n := len(s.toks)
	if !nlTitle.get(s.toks[i].h) || i+1 >= n || s.gap(i+1) != " " || !s.isCapWord(i+1) {
		return 0, false
	}
	end = i + 1
	if nlAdvice.get(s.toks[end].h) {
		if end+1 >= n || s.gap(end+1) != " " || !s.isCapWord(end+1) {
			return 0, false
		}
		end++
	}
	if !nlService.get(s.toks[end].h) {
		return 0, false
	}
	if k := end + 1; k < n && s.nameGap(k) && s.isCapWord(k) {
		return 0, false // "Nurse Line Jensen", "Nurse Desk Mendoza": a person
	}
	return end, true
}
