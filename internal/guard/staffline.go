package guard

// staffline.go: the sender's staff offered to everyone with a line or
// hours (issue 15, seventeenth pass, helper misc17, dev95's fam-misc:
// "Vireo Home Infusion pharmacists are available 24/7 at 1-800-555-0123."
// reported compose.care_role: the sender's name ends in a care domain,
// "Infusion pharmacists" read as a role named by a treatment).
//
// dropStaffLine drops a compose.care_role or compose.care_place finding
// when the sentence presents a group of the sender's staff to everyone:
//
//   - the finding ends in a plural staff noun (slStaff: pharmacists,
//     nurses, technicians, coordinators, specialists, team, staff,
//     farmacéuticos, enfermeras…);
//   - right after it, an availability phrase: are/is available, on call,
//     standing by, here, can be reached, answer; están disponibles,
//     atienden, responden;
//   - the sentence holds a line or hours (a number, "24/7", clock, hours,
//     horas, día) after it;
//   - no reader's word (you, your, su, tu, usted…) before the finding in
//     the sentence: "your infusion nurses are available" is the reader's
//     care team.
//
// Stays reported: "Your infusion nurse, Dana Ortiz, will call you" (singular,
// a reader's word), "Our oncology nurses will call you after your infusion"
// (no availability phrase), every finding of a reader-tied rule
// (readerTiedRule). Test `TestStaffLine`.
var (
	slStaff  = wordSetTab("pharmacists nurses technicians techs coordinators specialists educators counselors navigators team teams staff clinicians farmaceuticos farmaceuticas enfermeras enfermeros especialistas tecnicos equipo personal")
	slBe     = wordSetTab("are is remain stay estan esta siguen")
	slAvail  = wordSetTab("available here reachable ready disponibles disponible")
	slAnswer = wordSetTab("answer answers atienden responden contestan")
	slLine   = wordSetTab("24/7 clock hours hour day days night horas hora dia dias noche")
	slReader = wordSetTab("you your yours su sus tu tus usted ustedes")
)

func (s *scanner) dropStaffLine() {
	if len(s.fs) == 0 || s.fbAll&fbCareRole == 0 && !s.anyRule("compose.care_place") {
		return
	}
	k := 0
	for _, f := range s.fs {
		if !f.ctx && s.staffLine(f) {
			continue
		}
		s.fs[k] = f
		k++
	}
	s.fs = s.fs[:k]
}

// anyRule reports whether a finding of rule is in s.fs.
func (s *scanner) anyRule(rule string) bool {
	for _, f := range s.fs {
		if f.rule == rule {
			return true
		}
	}
	return false
}

func (s *scanner) staffLine(f ifind) bool {
	if f.readerTied() || f.rule != "compose.care_role" && f.rule != "compose.care_place" {
		return false
	}
	i, j := s.tokSpan(f.a, f.b)
	if i < 0 || j < 0 || j+2 >= len(s.toks) || !slStaff.get(s.toks[j].h) {
		return false
	}
	a, b := s.sentence(i)
	for k := a; k < i; k++ {
		if slReader.get(s.toks[k].h) {
			return false
		}
	}
	n := j + 1
	switch {
	case slAnswer.get(s.toks[n].h):
	case slBe.get(s.toks[n].h) && (slAvail.get(s.toks[n+1].h) || s.toks[n+1].low == "on" && n+2 < len(s.toks) && s.toks[n+2].low == "call" || s.toks[n+1].low == "standing"):
	case s.toks[n].low == "can" && s.toks[n+1].low == "be" && n+2 < len(s.toks) && s.toks[n+2].low == "reached":
	default:
		return false
	}
	if s.slOnePerson(a, i, n, b) {
		return false // a third person's staff, one visit (oneinshape.go)
	}
	for k := n + 1; k <= b && k < len(s.toks); k++ {
		if s.toks[k].cls&tDigit != 0 || slLine.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
