package guard

// staffmilestone.go: the sender's news of a staff member's milestone read
// by the sentence's structure (issue 15, dev96 fam2-staff, fix helper
// staff17b, seventeenth pass, probe set dev99s). The staff rules before it
// (staffsent.go, staffappoint.go) want a verb of hiring, appointment or
// award and a person named with a title or a listed credential, so a
// clinician who "now sees patients on Fridays at our Aurora clinic", an
// adviser who "has completed NCSCT specialist training. Well done, Tom!",
// a "prosthetist/orthotist James Mwangi, CPO" welcomed to a workshop, a
// pharmacist's "10 years of service" or a retirement kept every finding.
// dropStaffMilestones, run in standard mode after dropStaffAppointments,
// reads such a sentence by what each part of it is about:
//
//   - a staff person: staffappoint.go's (a title, listed credentials, "as
//     our new <role>"), or a name right after a role noun (a listed role, a
//     specialist's ending: -ist, -grapher, -ista, -ologist, -ician; slash
//     roles "prosthetist/orthotist", "audióloga/protésica"; one Spanish
//     adjective after the role, "técnico ortopédico Pablo"), with a run of
//     credentials after a comma that may hold parentheses ("RT(R)(M)") or
//     mixed case ("MRPharmS", "FCPodS", "MDiv");
//   - a milestone verb in the sentence: staffsent's and staffappoint's
//     verbs, or completed / ha completado / obtained… before a training's
//     noun, sees / treats / atiende before "patients" or a day, leads /
//     runs before the sender's unit, marks / retires / se jubila / cumple;
//   - the slots (besides staffappoint's person, sender's name, specialty,
//     body and role's modifier): the role run before the name; the
//     training completed ("completed NCSCT specialist training", "ha
//     completado su formación en prótesis…", an educator's programme), the
//     service ("10 years of service", "por sus 20 años de servicio",
//     "after 32 years at Maple Grove Hospice"), the generic patients a
//     clinician sees ("now sees patients"), the unit a staff member leads
//     ("now leads our Saturday evening dialysis shift"), a header before a
//     colon (clinical kinds only); "su / sus" before the training or the
//     years is the staff member's own;
//   - a praise closer: a sentence of closer words only ("Well done",
//     "Thank you", "Congratulations", "¡Enhorabuena!", "¡Gracias!") and a
//     name of a staff person of a cleared sentence ("Well done, Tom!");
//   - outside the slots no word of the reader or of care in the field
//     (staffappoint's saBlocked, saTheirRole), no reader-tied finding; every
//     finding of the sentence lies in a slot (a name only over the person,
//     its role or its credentials, or the sender's name).
//
// Stays reported: "Dr. X now sees you on Fridays", "… ahora le atiende…",
// "Well done, Marcus Bell, 30 days smoke-free!" (a closer with more words),
// "Owen Blake has completed the 12-week weight management programme" (no
// staff person; a programme without an educator's word is no training),
// "Felicitamos a Juan Ortega por sus 90 días sin fumar" (no role), and any
// field with your / su care beside the news. Strict mode never drops.

import "strings"

var (
	// smVerbs: milestone verbs besides ssVerbs and saVerbs.
	smVerbs = wordSetTab("completed completes completado completo termino terminado obtained obtuvo obtenido earned " +
		"passed gained achieved qualified leads heads runs marks " +
		"retires retired jubila jubilara jubilacion cumple celebra celebran wishing wish thank thanks")
	// smDone: the verbs of a completed training.
	smDone = wordSetTab("completed completes complete completing finished earned passed gained achieved obtained " +
		"completado completo completar termino terminado obtuvo obtenido")
	// smTrain: the nouns of a training, a qualification or an exam.
	smTrain = wordSetTab("training trainings certification certificate qualification accreditation diploma degree " +
		"fellowship residency exam examination exams formacion " +
		"certificacion acreditacion diplomado titulo especializacion maestria master")
	// smProg: a programme counts as a training after an educator's or a
	// practitioner's word ("the DESMOND educator programme").
	smProg = wordSetTab("programme program programa")
	// smOwn: the determiners and possessives inside a training's or a
	// service's slot ("su formación", "sus 20 años").
	smOwn = wordSetTab("his her their the a an su sus el la un una")
	// smSee: a clinician seeing patients; smGeneric: the public seen.
	smSee     = wordSetTab("sees see seeing treats treat treating atiende atienden atendera")
	smGeneric = wordSetTab("patients pacientes clients clientes a")
	smClitic  = wordSetTab("lo la los las le les me te nos")
	smDayLead = wordSetTab("los el on")
	// smLead: a staff member leading the sender's unit; smUnit: the unit.
	smLead = wordSetTab("leads heads runs lead head run dirige dirigira coordina")
	smUnit = wordSetTab("shift shifts clinic clinics service team department unit lab list ward rota turno " +
		"equipo servicio unidad consulta")
	// smYears: a span of service; smService: its nouns.
	smYears   = wordSetTab("years year anos ano decades")
	smService = wordSetTab("service servicio anniversary aniversario")
	smAfter   = wordSetTab("after tras despues of de with at con en")
	// smCloser: the words of a praise closer.
	smCloser = wordSetTab("well done thank thanks you congratulations congrats bravo kudos gracias enhorabuena " +
		"felicidades felicitaciones bien hecho muchas happy retirement best wishes feliz jubilacion and y to a so much")
	// smRoleWords: role nouns no other list names.
	smRoleWords = wordSetTab("chaplain registrar dispenser doula midwife medic adviser advisor trainer prosthetist " +
		"orthotist pedorthist podiatrist chiropodist hygienist protesico protesica ortesista higienista tecnico " +
		"tecnica enfermera enfermero farmaceutica farmaceutico matrona capellan")
	smStop = wordSetTab("with for of to on at in from by the a an our your his her their and y de del la el los las " +
		"su sus nuestro nuestra nuestros nuestras a al")
)

// smRole: token k is a lower-case role noun (a listed one or by its ending).
func smRole(v *srView, k int) bool {
	tk := &v.toks[k]
	if tk.cls&tCap != 0 && tk.cls&tUpper != 0 || tk.nd != 0 {
		return false
	}
	if ssRole(tk) || saHeads.get(tk.h) || saSpecialist(tk) || smRoleWords.get(tk.h) {
		return true
	}
	l := tk.low
	for _, suf := range []string{"ist", "ists", "grapher", "ographers", "ista", "istas", "apeuta", "ologo", "ologa"} {
		if strings.HasSuffix(l, suf) && len(l) >= len(suf)+4 {
			return true
		}
	}
	return false
}

// smMixedCred: a credential written in mixed case ("MRPharmS", "FCPodS",
// "MDiv", "AuD"): upper case first, a capital inside, no digit, at most
// nine letters.
func smMixedCred(tk *token) bool {
	return tk.nd == 0 && tk.cls&tCap != 0 && tk.cls&tInnerUp != 0 && len(tk.low) >= 3 && len(tk.low) <= 9
}

// smCredGap: the gap before a credential: a comma, or parentheses
// ("RT(R)(M)").
func smCredGap(g string) bool {
	g = strings.TrimSpace(g)
	if g == "" {
		return false
	}
	for i := 0; i < len(g); i++ {
		if c := g[i]; c != ',' && c != '(' && c != ')' && c != ' ' {
			return false
		}
	}
	return true
}

// smCreds: the end of the credential run after name token b (b when none).
func smCreds(v *srView, b, hi int) int {
	end := b
	for m := b + 1; m < hi && m <= b+8; m++ {
		g := srGap(v, m-1, m)
		if !smCredGap(g) || m == b+1 && !strings.Contains(g, ",") {
			break
		}
		tk := &v.toks[m]
		single := len(tk.low) == 1 && tk.cls&tUpper != 0 && strings.Contains(g, "(")
		if !(ssCredTok(v, m) || smMixedCred(tk) || single ||
			(srCreds.get(tk.h) || ssCreds.get(tk.h) || saCreds.get(tk.h)) && tk.cls&tCap != 0) {
			break
		}
		end = m
	}
	return end
}

// smRoleRun: the first token of the role run ending at token r (slash
// roles and up to three modifiers before it).
func smRoleRun(v *srView, r, lo int) int {
	a := r
	for m := r - 1; m >= lo && m >= r-4; m-- {
		g := strings.TrimSpace(srGap(v, m, m+1))
		tk := &v.toks[m]
		if g != "" && g != "/" && g != "-" || tk.cls&tCap != 0 && m > lo || smStop.get(tk.h) ||
			srReader.get(tk.h) || saBlocked(v, m) || tk.nd != 0 {
			break
		}
		a = m
	}
	return a
}

// smPeople: the staff persons of sentence lo..hi named right after a role.
func smPeople(v *srView, lo, hi int) (ps []saPerson) {
	for k := lo; k < hi; k++ {
		if !ssNameTok(v, k) || sdWeekdays.get(v.toks[k].h) {
			continue
		}
		a, b := k, k
		for b+1 < hi && b-a < 3 && ssNameTok(v, b+1) && strings.TrimSpace(srGap(v, b, b+1)) == "" {
			b++
		}
		k = b
		q := srPrev(v, a, lo)
		if q < 0 || strings.TrimSpace(srGap(v, q, a)) != "" {
			continue
		}
		r := -1
		if smRole(v, q) {
			r = q
		} else if p := srPrev(v, q, lo); p >= 0 && strings.TrimSpace(srGap(v, p, q)) == "" && smRole(v, p) &&
			v.toks[q].cls&tCap == 0 && !smStop.get(v.toks[q].h) && !saBlocked(v, q) {
			r = q // "técnico ortopédico Pablo", "enfermera jefa Carmen"
		}
		if r < 0 {
			continue
		}
		ps = append(ps, saPerson{smRoleRun(v, r, lo), a, smCreds(v, b, hi)})
	}
	return ps
}

// smSlots marks the milestone slots of sentence lo..hi (see the file
// comment); clear marks the words that are no reader's or care word there.
func smSlots(v *srView, lo, hi int, slot, soft []bool) {
	mark := func(a, b int, sf bool) {
		for m := a; m <= b; m++ {
			slot[m] = true
			soft[m] = soft[m] || sf
		}
	}
	// a header before a colon opening the sentence (clinical kinds only)
	for m := lo; m < hi && m < lo+6; m++ {
		if v.toks[m].cls&tCap == 0 && !saConnect.get(v.toks[m].h) || srTitle.get(v.toks[m].h) {
			break
		}
		if g := srGap(v, m, m+1); m+1 < hi && strings.Contains(g, ":") {
			if m > lo {
				mark(lo, m, false)
			}
			break
		}
	}
	for k := lo; k < hi; k++ {
		tk := &v.toks[k]
		switch {
		case smDone.get(tk.h):
			// the training completed: up to six words ending in a training's noun
			for m := k + 1; m < hi && m <= k+7 && !saPunct(v, m-1, m); m++ {
				t := &v.toks[m]
				prog := smProg.get(t.h) && m-1 > k && smRole(v, m-1)
				if smTrain.get(t.h) || prog {
					mark(k, m, false)
					// "… training in nail surgery", "formación en prótesis de miembro inferior"
					if j := m + 1; j < hi && saPrepIn.get(v.toks[j].h) && !saPunct(v, m, j) {
						for e := j + 1; e < hi && !saPunct(v, e-1, e); e++ {
							if saAux.get(v.toks[e].h) || srReader.get(v.toks[e].h) || saBlock.get(v.toks[e].h) || smClauseWord(&v.toks[e]) {
								break
							}
							mark(j, e, false)
						}
					}
					break
				}
				if srReader.get(t.h) && !smOwn.get(t.h) || saBlocked(v, m) && !smOwn.get(t.h) || saPrepIn.get(t.h) {
					break // "her own", "her chemotherapy", "your"
				}
			}
		case smSee.get(tk.h):
			// "sees patients", "atiende a pacientes", "now sees patients on Fridays"
			if j := smSeeObj(v, k, lo, hi); j > k {
				mark(k, j, false)
			}
		case smLead.get(tk.h):
			// "now leads our Saturday evening dialysis shift"
			if j := k + 1; j < hi && (srOur.get(v.toks[j].h) || v.toks[j].low == "the" || v.toks[j].low == "el" ||
				v.toks[j].low == "la") {
				for m := j + 1; m < hi && m <= j+5 && !saPunct(v, m-1, m); m++ {
					if srReader.get(v.toks[m].h) || saBlock.get(v.toks[m].h) {
						break
					}
					if smUnit.get(v.toks[m].h) {
						mark(j+1, m, false)
						break
					}
				}
			}
		case smYears.get(tk.h) && k > lo && v.toks[k-1].nd != 0:
			// "10 years of service", "por sus 20 años de servicio", "after 32 years at Maple Grove Hospice"
			a := k - 1
			if p := a - 1; p >= lo && smOwn.get(v.toks[p].h) && !saPunct(v, p, a) {
				a = p
			}
			b := k
			if j := k + 1; j < hi && smAfter.get(v.toks[j].h) && !saPunct(v, k, j) {
				e := j
				for m := j + 1; m < hi && m <= j+5 && !saPunct(v, m-1, m); m++ {
					t := &v.toks[m]
					if smService.get(t.h) || t.cls&tCap != 0 || saConnect.get(t.h) && m+1 < hi &&
						v.toks[m+1].cls&tCap != 0 || smOwn.get(t.h) && !srReader.get(t.h) {
						e = m
						continue
					}
					break
				}
				if e > j {
					b = e
				}
			}
			mark(a, b, false)
		}
	}
}

// smSeeObj: token k is a clinician's seeing the public: "sees patients",
// "atiende a pacientes", "ahora atiende los viernes"; the last token of
// the phrase, else -1. An object pronoun before the verb ("lo atenderá",
// "le atiende") or the reader after it is no public.
func smSeeObj(v *srView, k, lo, hi int) int {
	if !smSee.get(v.toks[k].h) {
		return -1
	}
	if p := srPrev(v, k, lo); p >= 0 && smClitic.get(v.toks[p].h) {
		return -1
	}
	j := k + 1
	if j < hi && v.toks[j].low == "a" && !saPunct(v, k, j) {
		j++
	}
	if j >= hi || saPunct(v, j-1, j) {
		return -1
	}
	if smGeneric.get(v.toks[j].h) && v.toks[j].low != "a" {
		return j
	}
	if j+1 < hi && smDayLead.get(v.toks[j].h) && sdWeekdays.get(v.toks[j+1].h) && !saPunct(v, j, j+1) {
		return j + 1 // "atiende los viernes", "sees patients on Fridays" is the first case
	}
	return -1
}

// smCloserSent: sentence lo..hi is a praise closer: closer words and one
// or two name words, the names among names.
func smCloserSent(v *srView, lo, hi int, names map[string]bool) bool {
	named, closer := false, false
	for m := lo; m < hi; m++ {
		tk := &v.toks[m]
		switch {
		case names[tk.low] && tk.cls&tCap != 0:
			named = true
		case smCloser.get(tk.h):
			closer = closer || tk.low != "you" && tk.low != "and" && tk.low != "y" && tk.low != "to" && tk.low != "a"
		default:
			return false
		}
	}
	return named && closer
}

// smSoftKind: the kinds a milestone slot may hold (a role word read as a
// misspelt device: "prosthetist").
func smSoftKind(k Kind) bool { return saSoftKind(k) || k == KindDevice }

// dropStaffMilestones: see the file comment.
func (g *Guard) dropStaffMilestones(n Notice, out []Finding) []Finding {
	v := g.staffSlotView(n, out)
	if v == nil || smYearsWithHealth(v, out, n.Fields[0].Name) { // "marks 10 years with HIV" (slotnarrow.go)
		return out
	}
	slot := make([]bool, len(v.toks))
	soft := make([]bool, len(v.toks))
	type sent struct {
		lo, hi int
		staff  bool
		names  []string
	}
	var ss []sent
	for k := 0; k < len(v.toks); {
		lo, hi := ssSentence(v, k)
		k = hi
		verb := false
		for m := lo; m < hi; m++ {
			h := v.toks[m].h
			verb = verb || saVerbs.get(h) || ssVerbs.get(h) || smVerbs.get(h) || smSeeObj(v, m, lo, hi) > m
		}
		s := sent{lo: lo, hi: hi}
		if verb {
			ps := append(saPeople(v, lo, hi), smPeople(v, lo, hi)...)
			if smRoleHealth(v, out, n.Fields[0].Name, ps) {
				return out // "our bipolar adviser": the staff member's own health (slotnarrow.go)
			}
			if len(ps) > 0 {
				s.staff = true
				saSlots(v, lo, hi, ps, slot, soft)
				smSlots(v, lo, hi, slot, soft)
				for _, p := range ps {
					for m := p.t; m <= p.end; m++ {
						slot[m], soft[m] = true, true // the role run, the name, the credentials
						if m >= p.a && ssNameTok(v, m) {
							s.names = append(s.names, v.toks[m].low)
						}
					}
				}
			}
		}
		if s.staff && g.saTalkPerson(v, lo, hi, slot) { // a person's case as a talk's topic (talktopic.go)
			return out
		}
		ss = append(ss, s)
	}
	names := map[string]bool{}
	for _, s := range ss {
		for _, nm := range s.names {
			names[nm] = true
		}
	}
	closer := make([]bool, len(ss))
	for i, s := range ss {
		if !s.staff && len(names) > 0 && smCloserSent(v, s.lo, s.hi, names) {
			closer[i] = true
			for m := s.lo; m < s.hi; m++ {
				slot[m], soft[m] = true, true
			}
		}
	}
	// no word of the reader or of care outside the slots, in any sentence
	for k := range v.toks {
		if !slot[k] && saBlocked(v, k) || saTheirRole(v, k) {
			return out
		}
	}
	drop := make([]bool, len(out))
	cleared := map[string]bool{} // the names of the staff sentences cleared
	for pass := 0; pass < 2; pass++ {
		for i, s := range ss {
			if pass == 0 && !s.staff || pass == 1 && (!closer[i] || !smCloserSent(v, s.lo, s.hi, cleared)) {
				continue
			}
			mine, ok := slotFindings(v, out, n.Fields[0].Name, s.lo, s.hi, slot, soft, smSoftKind) // staffappoint.go
			if ok {
				for _, j := range mine {
					drop[j] = true
				}
				for _, nm := range s.names {
					cleared[nm] = true
				}
			}
		}
	}
	keep := out[:0]
	for i, f := range out {
		if !drop[i] {
			keep = append(keep, f)
		}
	}
	return keep
}
