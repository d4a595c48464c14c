package guard

// urgentadvice.go: compose.urgent_advice (condition), fix helper r113m
// (issue 15, twenty-second pass round two; dev113 / probe set dev113m,
// 2026-12-06).
//
// A nurse line or a clinic tells the reader what one clinician advised
// after their call: "The nurse recommends urgent care today", "La
// enfermera le recomienda acudir a urgencias" passed (no condition is
// named; the advice says the reader has one that needs urgent care). The
// public advice has the same words ("For emergencies, go to the nearest
// emergency room", "Our nurses recommend urgent care for minor cuts"), so
// the rule asks for one clinician, made definite, advising now.
//
// Reported: an advising verb (recommends, advised, suggests, urges;
// recomienda, indicó, aconseja, sugiere… — the start words) right after a
// singular clinician (nurse, doctor, provider, clinician, physician;
// enfermera, enfermero, médico, doctora, pediatra), or after "le"/"te"
// after one, the clinician after a determiner (the, your, our; la, el, su,
// tu, nuestra, nuestro), with at most one word between ("Our triage
// nurse"); and within six words after the verb, in its sentence, a place
// of urgent care (urgent care, ER, ED, emergency, 911, A&E; urgencias,
// emergencias, guardia), not after "new"/"nueva"/"nuevo" (a new site's
// advertisement). Not in a sentence of a condition (if, when, si, cuando,
// caso: "If you have chest pain, the nurse recommends calling 911" is the
// public rule).
//
// Tied to the reader (readerTiedRule). Gated by pass20gate.go (p20Advice).
var (
	uaVerb = wordSetTab("recommends recommended advises advised suggests suggested urges urged " +
		"recomienda recomendo recomendó aconseja aconsejo aconsejó sugiere sugirio sugirió indica indico indicó")
	uaWho = wordSetTab("nurse doctor provider clinician physician enfermera enfermero medico médico medica médica " +
		"doctora pediatra")
	uaClitic  = wordSetTab("le te")
	uaDet     = wordSetTab("the your our la el su tu nuestra nuestro")
	uaDest    = wordSetTab("er ed emergency 911 urgencias emergencias guardia")
	uaNew     = wordSetTab("new nueva nuevo")
	uaIf      = wordSetTab("if when si cuando caso")
	hUAUrgent = hstr("urgent")
	hUACare   = hstr("care")
)

// scanUrgentAdvice runs compose.urgent_advice at its start words.
func (s *scanner) scanUrgentAdvice() {
	if s.p20&p20Advice == 0 { // no advising verb (pass20gate.go)
		return
	}
	s.scanUrgentAdviceOn()
}

// scanUrgentAdviceOn is scanUrgentAdvice past its gate.
func (s *scanner) scanUrgentAdviceOn() {
	n := len(s.toks)
	for v := 1; v < n; v++ {
		if !uaVerb.get(s.toks[v].h) || s.toks[v].sent {
			continue
		}
		w := v - 1
		if uaClitic.get(s.toks[w].h) && w >= 1 && !s.toks[w].sent {
			w--
		}
		if !uaWho.get(s.toks[w].h) || w < 1 || s.toks[w].sent {
			continue
		}
		det := uaDet.get(s.toks[w-1].h) || w >= 2 && !s.toks[w-1].sent && uaDet.get(s.toks[w-2].h)
		if !det {
			continue
		}
		end := -1
		for k := v + 1; k < n && k <= v+6 && !s.toks[k].sent; k++ {
			h := s.toks[k].h
			if uaDest.get(h) {
				end = k
			} else if h == hUAUrgent && k+1 < n && s.toks[k+1].h == hUACare && !s.toks[k+1].sent {
				end = k + 1
			}
			if end >= 0 {
				if uaNew.get(s.toks[k-1].h) {
					end = -1
				}
				break
			}
		}
		if end < 0 {
			continue
		}
		lo, hi := s.sentSpan(v)
		cond := false
		for k := lo; k < hi && !cond; k++ {
			cond = uaIf.get(s.toks[k].h)
		}
		if cond {
			continue
		}
		free := true
		for k := w; k <= end; k++ {
			free = free && !s.used[k]
		}
		if free {
			s.addTok(w, end, KindCondition, "compose.urgent_advice", 0.75, reasonFor(KindCondition))
		}
	}
}
