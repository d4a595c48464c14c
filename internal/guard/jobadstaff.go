package guard

import "strings"

// jobadstaff.go: the clinical staff a job ad asks for (issue 15,
// twenty-first pass, fix helper r107, dev107, probe set dev107x). "We're
// hiring! Home infusion nurses and delivery drivers can apply at …"
// reported "infusion nurses" (compose.care_place); "Now hiring oncology
// nurses …" and "Dialysis nurses and pharmacy technicians can apply" report
// the specialty (clinical.condition, clinical.procedure). jobad.go passes
// only a dictionary word right after "hiring".
//
// dropJobAdStaff, after every pass, drops the field's findings — all or
// none — when:
//
//   - the field is a job ad: a hiring word (hiring, contratando,
//     contratamos, vacante, vacantes, or "join our team", "únete a nuestro
//     equipo") and an applying word (apply, applications, careers, jobs,
//     postula, postúlate, postularse, empleos, aplica…);
//   - no word of the reader is in the field (you, your, su, tu…:
//     recipientWords);
//   - every finding is a condition or procedure of a clinical, compose or
//     dictionary rule, tied to no reader and no context match, whose last
//     word is a plural staff noun (nurses, technicians, aides…, jaStaff) or
//     comes right before one, at most two words ahead in its sentence
//     ("oncology nurses", "infusion nursing team").
//
// Stays reported: "We're hiring! Until then your infusion nurse visits for
// your IVIG move to Fridays" (reader's words), a name anywhere in the field
// ("Now hiring: Maria Lopez's home infusion nurses …", all or none), a
// drug, a specialty with no staff noun after it, and a hiring notice with
// no place to apply. Cost: one walk of the findings; the words only when
// every finding may go.

var (
	// jaHiring: a word of a job ad's hiring
	jaHiring = wordSetTab("hiring contratando contratamos vacante vacantes recruiting reclutando")
	// jaApply: a word of applying
	jaApply = wordSetTab("apply applying applications application careers career jobs empleos empleo postula postulate " +
		"postularse postulese postulen aplica aplicar trabaja bolsa")
	// jaStaff: plural staff nouns (and "nursing" before team or staff)
	jaStaff = wordSetTab("nurses nursing technicians techs pharmacists therapists aides assistants coordinators specialists " +
		"physicians doctors drivers couriers phlebotomists hygienists audiologists dietitians paramedics medics " +
		"enfermeras enfermeros tecnicos farmaceuticos quimicos terapeutas auxiliares asistentes medicos choferes repartidores")
)

// jaJobAd: the field holds a hiring word (or "join our team", "únete a
// nuestro equipo") and an applying word.
func (s *scanner) jaJobAd() bool {
	hire, apply := false, false
	for k := range s.toks {
		h := s.toks[k].h
		switch {
		case jaHiring.get(h):
			hire = true
		case jaApply.get(h):
			apply = true
		case (s.toks[k].low == "join" || s.toks[k].low == "unete") && k+3 < len(s.toks):
			n := 1
			if s.toks[k+1].low == "a" {
				n = 2
			}
			if o := s.toks[k+n].low; (o == "our" || o == "nuestro") && (s.toks[k+n+1].low == "team" || s.toks[k+n+1].low == "equipo") {
				hire = true
			}
		}
	}
	return hire && apply
}

// jaStaffFinding: finding f names the staff a job ad asks for (see the
// file comment).
func (s *scanner) jaStaffFinding(f ifind) bool {
	if f.readerTied() || f.ctx || f.kind != KindCondition && f.kind != KindProcedure {
		return false
	}
	if !strings.HasPrefix(f.rule, "clinical.") && !strings.HasPrefix(f.rule, "compose.") && !strings.HasPrefix(f.rule, "dictionary.") {
		return false
	}
	_, j := s.tokSpan(f.a, f.b)
	if j < 0 {
		return false
	}
	for k := j; k < len(s.toks) && k <= j+2; k++ {
		if k > j && (s.toks[k].sent || s.gap(k) != " ") {
			return false
		}
		if jaStaff.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// dropJobAdStaff drops the field's findings when it is a job ad for
// clinical staff (see the file comment).
func (s *scanner) dropJobAdStaff() {
	if len(s.fs) == 0 {
		return
	}
	s.dropJobAdStaffOn()
}

// dropJobAdStaffOn is dropJobAdStaff past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) dropJobAdStaffOn() {
	for _, f := range s.fs {
		if !s.jaStaffFinding(f) {
			return
		}
	}
	if !s.jaJobAd() {
		return
	}
	for k := range s.toks {
		if recipientWords.get(s.toks[k].h) {
			return
		}
	}
	m := 0
	for _, f := range s.fs {
		if s.jaStaffFinding(f) && !f.readerTied() {
			continue
		}
		s.fs[m] = f
		m++
	}
	s.fs = s.fs[:m]
}
