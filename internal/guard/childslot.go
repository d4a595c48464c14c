package guard

import "strings"

// childslot.go — one child's care slot and one reader's numbered dose
// (issue 15, seventeenth pass, fix helper gaps17, dev90x/dev97g:
// "Everyone welcome: the newborn's hearing rescreen is Thursday 10 AM",
// "Everyone welcome at the well-child visit with the 2-month vaccines
// Tuesday 9 AM", "Everyone welcome at the allergy shot Friday 9 AM, dose 4
// of the series").
//
// An audience word ("Everyone welcome", "Walk-ins welcome") makes the
// announcement rules read a care sentence as public. Three shapes name one
// person's slot whatever the audience word says:
//
//   - a child's age in weeks, months or years on vaccines, shots or a
//     screening ("the 2-month vaccines", "las vacunas de los 2 meses"):
//     the doses of one child's age;
//   - a child's possessive ("the newborn's", "the infant's", "your baby's")
//     with a screening, test, shots or vaccines at most three words after
//     it (not a bare visit or checkup: "your son's checkup is due" is a
//     recall reminder and passes);
//   - a dose's place in a series: dose/dosis/shot/injection then a number
//     ("dose 4", "dosis 4"), or an ordinal before a singular shot or dose
//     ("the third DTaP shot").
//
// Each needs a slot in its sentence — a weekday, today or tomorrow, a clock
// time ("is due" alone is no slot) — and no word of a standing offer (every, each, all, daily,
// cada, todos los <day>…): "Well-child visits are open on Saturdays", "Allergy shots
// are given Monday to Friday" and "Newborn hearing screenings are offered
// every weekday" pass.
//
// Rule compose.child_slot / compose.dose_series, kind procedure. Cost: the
// pass is gated on the field bit fb3ChildSlot (an age unit, a child word
// or a dose word) and on a digit token, a possessive apostrophe or an
// ordinal's letters in the field, and reads the care words of the
// sentences it finds.

var (
	csAgeUnit   = wordSetTab("week weeks month months year years mes meses ano anos semana semanas")
	csVisitHead = wordSetTab("vaccines vaccine shots shot immunizations immunization screen screening rescreen retest test " +
		"vacunas vacuna tamiz tamizaje")
	csChild    = wordSetTab("newborn infant baby toddler child kid son daughter bebe nino nina hijo hija")
	csDoseHead = wordSetTab("dose shot injection dosis inyeccion")
	csOrdinal  = wordSetTab("first second third fourth fifth sixth 2nd 3rd 4th 5th 6th primera segunda tercera cuarta quinta")
	// csStartFilter: every shape of csShape needs one of these words (the
	// age unit after "2-" or "de los 2", the child of a possessive, the
	// dose or shot after a number or an ordinal): the field bit
	// fb3ChildSlot (tokfilter.go) skips the walk without one.
	csStartFilter = tabsFilter(csAgeUnit, csChild, csDoseHead)
	// csFirstFilter: the words other than a number that open a shape of
	// csShape (a child, a dose, an ordinal, "vacunas", "control"); the walk
	// skips any other token without a digit.
	csFirstFilter = tabsFilter(csChild, csDoseHead, csOrdinal, wordSetTab("vacunas control"))
	csSlotWords   = wordSetTab("monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight " +
		"lunes martes miercoles jueves viernes sabado domingo hoy manana")
	hTodos, hTodas = hstr("todos"), hstr("todas")
	csStanding     = wordSetTab("every each all daily weekday weekdays anytime offered cada diario diariamente semanal semanales")
)

// scanChildSlot reports the slots described in the file comment.
func (s *scanner) scanChildSlot() {
	t := s.t.s
	if s.fbAll3&fb3ChildSlot == 0 { // no age unit, child word or dose word in the field (csStartFilter, tokfilter.go)
		return
	}
	if len(s.numToks) == 0 && strings.IndexByte(t, '\'') < 0 && !strings.Contains(t, "ird") && !strings.Contains(t, "econd") {
		return
	}
	n := len(s.toks)
	for i := 0; i < n; i++ {
		if s.toks[i].cls&tDigit == 0 && !csFirstFilter.may(s.toks[i].h) {
			continue
		}
		a, b, rule := s.csShape(i)
		if rule == "" || !s.csSlot(i) {
			continue
		}
		s.addTok(a, b, KindProcedure, rule, 0.7, "names one person's care slot")
		i = b
	}
}

// csShape: token i opens one of the three shapes; its span and rule.
func (s *scanner) csShape(i int) (int, int, string) {
	n := len(s.toks)
	tk := &s.toks[i]
	h := tk.h
	// "2-month vaccines", "6-month well-baby check"
	if tk.cls&tDigit != 0 && tk.nd <= 2 && i+2 < n && csAgeUnit.get(s.toks[i+1].h) && (s.gap(i+1) == "-" || s.gap(i+1) == " ") {
		for k := i + 2; k < n && k <= i+5 && !s.toks[k].sent; k++ {
			if csVisitHead.get(s.toks[k].h) {
				return i, k, "compose.child_slot"
			}
		}
		return 0, 0, ""
	}
	// "vacunas de los 2 meses"
	if (tk.low == "vacunas" || tk.low == "control") && i+4 < n && s.low(i+1) == "de" && s.low(i+2) == "los" &&
		s.toks[i+3].cls&tDigit != 0 && csAgeUnit.get(s.toks[i+4].h) {
		return i, i + 4, "compose.child_slot"
	}
	// "the newborn's hearing rescreen"
	if csChild.get(h) && i+2 < n && s.low(i+1) == "s" && (s.gap(i+1) == "'" || s.gap(i+1) == "\u2019") {
		for k := i + 2; k < n && k <= i+4 && !s.toks[k].sent; k++ {
			if csVisitHead.get(s.toks[k].h) {
				return i, k, "compose.child_slot"
			}
		}
		return 0, 0, ""
	}
	// "dose 4", "dosis 4"
	if csDoseHead.get(h) && i+1 < n && s.toks[i+1].cls&tDigit != 0 && s.toks[i+1].nd <= 2 && s.gap(i+1) == " " {
		return i, i + 1, "compose.dose_series"
	}
	// "the third DTaP shot"
	if csOrdinal.get(h) {
		for k := i + 1; k < n && k <= i+2 && s.gap(k) == " "; k++ {
			if csDoseHead.get(s.toks[k].h) {
				return i, k, "compose.dose_series"
			}
		}
	}
	return 0, 0, ""
}

// csSlot: the sentence of token i holds a slot word or a clock time, and
// no word of a standing offer.
func (s *scanner) csSlot(i int) bool {
	a, b := s.sentence(i)
	slot := false
	for k := a; k <= b; k++ {
		h := s.toks[k].h
		if csStanding.get(h) || (h == hTodos || h == hTodas) && k+1 <= b && (s.low(k+1) == "los" || s.low(k+1) == "las") && k+2 <= b && csSlotWords.get(s.toks[k+2].h) {
			return false // "todos los viernes"; not "Todos bienvenidos"
		}
		if csSlotWords.get(h) || s.toks[k].cls&tDigit != 0 && s.careClock(k) {
			slot = true
		}
	}
	return slot
}
