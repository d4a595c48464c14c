package guard

// medleave.go: compose.medical_leave (condition), fix helper r113m
// (issue 15, twenty-second pass round two; dev113 / probe set dev113m,
// 2026-12-06).
//
// A mutual insurer, an employer's health desk or a clinic tells the reader
// about their own sick or work-incapacity leave: "Mutua Atalaya: su baja por
// contingencia profesional consta desde el 14/11/2026", "your medical leave
// has been extended through Friday" passed (no condition is named; the
// leave says a clinician certified one). The words are ordinary alone: "su
// baja" is also an unsubscription or a membership ended, "alta" a sign-up,
// "leave" a holiday or "leave a message", and an employer's "sick leave
// policy" or "sick leave balance" is about everyone's entitlement.
//
// Reported, with the reader's possessive (su, tu; your) right before:
//   - Spanish: baja or alta followed by médica or laboral ("su baja médica",
//     "tu alta laboral"); baja por + a cause of leave (enfermedad, accidente,
//     contingencia, incapacidad, IT, lesión); incapacidad followed by
//     temporal, laboral, permanente or transitoria; Chile's licencia
//     followed by "con reposo" (r116m, dev116-leak-016: "Su
//     licencia con reposo desde el 24/11/2026"; "su licencia de conducir"
//     passes);
//   - English: leave after one to three words of a health leave (sick,
//     medical, disability, injury, work, stress, illness, FMLA), at least one
//     of them not "work", not followed by an entitlement word (balance,
//     accrual, hours, allowance, entitlement, policy, bank, pay, days).
//
// "Para darse de baja", "su baja del servicio", "su alta en el portal",
// "Nuestra política de baja por enfermedad" (no possessive), "Your sick
// leave balance is 32 hours", "Dr. Lee is on medical leave" (not the
// reader's) and "Your leave request was approved" (no health word) pass.
//
// Tied to the reader (readerTiedRule). Gated by pass20gate.go (p20Leave).
var (
	mlStart    = wordSetTab("baja alta incapacidad leave licencia")
	mlEsPoss   = wordSetTab("su tu")
	mlEsQual   = wordSetTab("medica médica laboral")
	mlEsCause  = wordSetTab("enfermedad accidente contingencia incapacidad it lesion lesión")
	mlEsIncap  = wordSetTab("temporal laboral permanente transitoria")
	mlEnQual   = wordSetTab("sick medical disability injury work stress illness fmla")
	mlEnOff    = wordSetTab("balance balances accrual accruals accrued hours allowance allowances entitlement entitlements policy policies bank pay days")
	hMLBaja    = hstr("baja")
	hMLIncap   = hstr("incapacidad")
	hMLLic     = hstr("licencia")
	hMLCon     = hstr("con")
	hMLReposo  = hstr("reposo")
	hMLLeave   = hstr("leave")
	hMLPor     = hstr("por")
	hMLYour    = hstr("your")
	hMLWork    = hstr("work")
	mlEnJoiner = " -"
)

// scanMedicalLeave runs compose.medical_leave at its start words.
func (s *scanner) scanMedicalLeave() {
	if s.p20&p20Leave == 0 { // no leave word (pass20gate.go)
		return
	}
	s.scanMedicalLeaveOn()
}

// scanMedicalLeaveOn is scanMedicalLeave past its gate.
func (s *scanner) scanMedicalLeaveOn() {
	n := len(s.toks)
	for i := range s.toks {
		h := s.toks[i].h
		if s.used[i] || !mlStart.get(h) {
			continue
		}
		a, b := -1, -1
		if h == hMLLeave {
			a, b = s.medLeaveEn(i)
		} else if !s.toks[i].sent && i >= 1 && mlEsPoss.get(s.toks[i-1].h) && s.gap(i) == " " &&
			i+1 < n && !s.toks[i+1].sent && s.gap(i+1) == " " {
			next := s.toks[i+1].h
			switch {
			case h == hMLIncap:
				if mlEsIncap.get(next) {
					a, b = i, i+1
				}
			case h == hMLLic:
				// Chile's "su licencia con reposo" (r116m); "licencia
				// médica electrónica fue emitida" is a clean development
				// row (dev99-clean-162), so not médica
				if next == hMLCon && i+2 < n && !s.toks[i+2].sent && s.gap(i+2) == " " && s.toks[i+2].h == hMLReposo {
					a, b = i, i+2
				}
			case mlEsQual.get(next):
				a, b = i, i+1
			case h == hMLBaja && next == hMLPor && i+2 < n && !s.toks[i+2].sent && s.gap(i+2) == " " && mlEsCause.get(s.toks[i+2].h):
				a, b = i, i+2
			}
		}
		if a < 0 {
			continue
		}
		free := true
		for k := a; k <= b; k++ {
			free = free && !s.used[k]
		}
		if free {
			s.addTok(a, b, KindCondition, "compose.medical_leave", 0.75, reasonFor(KindCondition))
		}
	}
}

// medLeaveEn: the span of "your <health words> leave" ending at i, or -1.
func (s *scanner) medLeaveEn(i int) (int, int) {
	if i+1 < len(s.toks) && !s.toks[i+1].sent && mlEnOff.get(s.toks[i+1].h) {
		return -1, -1
	}
	strong := false
	k := i - 1
	for ; k >= 0 && k >= i-3 && !s.toks[k+1].sent && mlEnQual.get(s.toks[k].h); k-- {
		g := s.gap(k + 1)
		if len(g) != 1 || g[0] != mlEnJoiner[0] && g[0] != mlEnJoiner[1] {
			return -1, -1
		}
		strong = strong || s.toks[k].h != hMLWork
	}
	if !strong || k < 0 || k == i-1 || s.toks[k+1].sent || s.toks[k].h != hMLYour || s.gap(k+1) != " " {
		return -1, -1
	}
	return k + 1, i
}
