package guard

import "strings"

// quitslip.go: the reader's relapse in a quit programme (issue 15,
// seventeenth pass, fix helper recall17b, dev96's recall family, probe set
// dev99r, 2026-12-06), rule compose.quit_slip, kind condition.
//
// "BreatheFree: ¿Volviste a fumar? Te esperamos de nuevo en el programa"
// passed: every word is ordinary, and the question says the reader went
// back to smoking. scanQuitSlip reports, in a notice that names the habit
// (a smoking, vaping, drinking or nicotine word: smoking, vape, cigarette,
// nicotine, alcohol, sober, fumar, tabaco, cigarrillo, nicotina, beber…):
//   - a return to the habit said to the reader: a form of volver (volviste,
//     volvió, vuelto, vuelves, volvés) followed by "a" and fumar, vapear,
//     beber, tomar or consumir ("¿Volviste a fumar?", "vimos que volvió a
//     fumar"); "smoking/vaping/drinking/using again" or "back to smoking"
//     with a reader's word in its sentence or the one before (readerNear);
//   - a relapse said to the reader: recaíste; (ha|has) recaído; tu/su
//     recaída; "your slip/lapse/relapse"; "you slipped/relapsed/lapsed"
//     ("you've relapsed"); "Had a slip?" — "had a slip/lapse/relapse"
//     opening its sentence, the reader's question with its subject left
//     out; "Slipped up?" opening its sentence; "¿Tuviste una recaída?";
//   - the habit said of the reader: fumaste, vapeaste, has fumado; "did
//     you smoke", "have you smoked"; sigues/sigue fumando; "still smoking"
//     with a reader's word near.
//
// Relapse words that are clinical whatever the habit (recaíste, recaído,
// recaída, relapse, relapsed) need no habit word: "¿Has recaído?" in a
// programme's notice that names no habit.
//
// Passes: "many people slip before they quit for good" (no reader's word,
// no "had a"), "una recaída es parte del proceso" (no tu/su), "¿Volviste
// de vacaciones?" (no habit verb after), "You slipped on the ice?" in a
// notice with no habit word, "If you've had a slip, call your coach" and
// "Si volviste a fumar, llámanos" (a condition word before it in its
// sentence: advice to anyone in the programme). Reader-tied
// (readerTiedRule). Gated on fb3QuitSlip (tokfilter.go).
var (
	qsVolver = wordSetTab("volviste volvio vuelto vuelves volves volvieras volviera")
	qsHabitV = wordSetTab("fumar vapear beber tomar consumir")
	qsRecaer = wordSetTab("recaiste recaido recaida recaidas")
	qsSlipN  = wordSetTab("slip slips lapse lapses relapse relapses slipup")
	qsSlipV  = wordSetTab("slipped relapsed lapsed")
	qsGerund = wordSetTab("smoking vaping drinking using")
	qsAgain  = wordSetTab("again")
	qsHabit  = wordSetTab("smoking smoke smoked smoker smokefree cigarette cigarettes cigs vape vaping vaped nicotine alcohol drinking sober sobriety quit quitting " +
		"fumar fumaste fumo fumando vapeando fumador fumadora tabaco cigarrillo cigarrillos vapear nicotina alcohol beber sobriedad")
	qsYou     = wordSetTab("you youve")
	qsOwnerES = wordSetTab("tu su")
	qsAuxES   = wordSetTab("has ha")
	qsIf      = wordSetTab("if whether si even aunque")
	// qsSmokedYou: the habit's verb in a form that says "you" ("¿Fumaste
	// esta semana?")
	qsSmokedYou = wordSetTab("fumaste vapeaste fumado")
	// qsHabitSmoke: the habit's verb after "you" ("did you smoke", "have
	// you smoked")
	qsHabitSmoke = wordSetTab("smoke smoked vape vaped")
	// qsStill: "sigues fumando", "still smoking"
	qsStill   = wordSetTab("sigues sigue still")
	qsHabitG  = wordSetTab("fumando vapeando smoking vaping")
	qsTenerES = wordSetTab("tuviste tuvo tenido")
	// qsClinical: relapse words that are clinical whatever the habit
	qsClinical = wordSetTab("recaiste recaido recaida recaidas relapse relapses relapsed")
)

// qsStartFilter: the words scanQuitSlip starts from (fb3QuitSlip).
var qsStartFilter = tabsFilter(qsVolver, qsRecaer, qsSlipN, qsSlipV, qsGerund, qsSmokedYou, qsHabitSmoke, qsStill)

// scanQuitSlip: see the file comment.
func (s *scanner) scanQuitSlip() {
	if s.fbAll3&fb3QuitSlip == 0 { // no start word in the field (tokfilter.go)
		return
	}
	s.scanQuitSlipOn()
}

// scanQuitSlipOn is scanQuitSlip past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanQuitSlipOn() {
	habit := -1 // -1 not yet read
	for i := range s.toks {
		j, ok := s.qsAt(i)
		if !ok || s.qsConditional(i) {
			continue
		}
		if qsClinical.get(s.toks[i].h) {
			s.addTok(i, j, KindCondition, "compose.quit_slip", 0.7, "says the reader went back to a habit they are quitting")
			continue
		}
		if habit < 0 {
			habit = 0
			for k := range s.toks {
				if qsHabit.get(s.toks[k].h) {
					habit = 1
					break
				}
			}
		}
		if habit == 0 {
			continue
		}
		s.addTok(i, j, KindCondition, "compose.quit_slip", 0.7, "says the reader went back to a habit they are quitting")
	}
}

// qsAt: the relapse wording starting at token i, and its last token.
func (s *scanner) qsAt(i int) (int, bool) {
	t := &s.toks[i]
	h := t.h
	n := len(s.toks)
	prev := func(k int) bool { return i-k >= 0 && !s.toks[i-k+1].sent }
	switch {
	case qsVolver.get(h):
		if i+2 < n && s.toks[i+1].low == "a" && qsHabitV.get(s.toks[i+2].h) && !s.toks[i+1].sent && !s.toks[i+2].sent {
			return i + 2, true
		}
	case qsSmokedYou.get(h):
		switch t.low {
		case "fumaste", "vapeaste":
			return i, true
		case "fumado": // "¿Has fumado esta semana?"
			if prev(1) && s.toks[i-1].low == "has" {
				return i, true
			}
		}
	case qsHabitSmoke.get(h):
		if prev(1) && s.toks[i-1].low == "you" && prev(2) && (s.toks[i-2].low == "did" || s.toks[i-2].low == "have") {
			return i, true
		}
	case qsStill.get(h):
		if i+1 < n && !s.toks[i+1].sent && qsHabitG.get(s.toks[i+1].h) && (t.low != "still" || s.readerNear(i)) {
			return i + 1, true
		}
	case qsRecaer.get(h):
		switch t.low {
		case "recaiste":
			return i, true
		case "recaido":
			if prev(1) && qsAuxES.get(s.toks[i-1].h) {
				return i, true
			}
		default:
			if prev(1) && qsOwnerES.get(s.toks[i-1].h) {
				return i, true
			}
			if prev(2) && s.toks[i-1].low == "una" && qsTenerES.get(s.toks[i-2].h) { // "¿Tuviste una recaída?"
				return i, true
			}
		}
	case qsSlipN.get(h):
		if prev(1) && s.toks[i-1].low == "your" {
			return i, true
		}
		if prev(2) && s.toks[i-1].low == "a" && s.toks[i-2].low == "had" && (s.toks[i-2].sent || s.qsOpens(i-2) || prev(3) && qsYou.get(s.toks[i-3].h)) {
			return i, true
		}
	case qsSlipV.get(h):
		if t.low == "slipped" && (t.sent || s.qsOpens(i)) && i+1 < n && s.toks[i+1].low == "up" { // "Slipped up this week?"
			return i + 1, true
		}
		if prev(1) && qsYou.get(s.toks[i-1].h) {
			return i, true
		}
		if prev(2) && s.toks[i-1].low == "have" && qsYou.get(s.toks[i-2].h) {
			return i, true
		}
	case qsGerund.get(h):
		if i+1 < n && qsAgain.get(s.toks[i+1].h) && !s.toks[i+1].sent && s.readerNear(i) {
			return i + 1, true
		}
		if prev(2) && s.toks[i-1].low == "to" && s.toks[i-2].low == "back" && s.readerNear(i) {
			return i, true
		}
	}
	return 0, false
}

// qsConditional: a condition word before token i in its sentence ("If
// you slipped, call your coach", "Si volviste a fumar, llámanos"): advice
// to anyone in the programme.
func (s *scanner) qsConditional(i int) bool {
	lo, _ := s.sentSpan(i)
	for k := lo; k < i; k++ {
		if qsIf.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// qsOpens: token k opens a clause after a header's colon or a dash
// ("ClearLungs: Had a slip this week?").
func (s *scanner) qsOpens(k int) bool {
	g := s.gap(k)
	return strings.Contains(g, ":") || strings.Contains(g, "—") || strings.Contains(g, " - ")
}
