package guard

// rareframe.go — clinical frames around a word in no vocabulary that the
// older cue lists (frame.go clinicalAfter / clinicalBefore) did not hold
// (issue 15, seventh pass, helper REC34, from dev34's misses). Rare
// diseases and their abbreviations are named this way in notices, and no
// list can hold them all:
//
//   - "As a Gaucher patient", "Kelvaro patients": the word right before
//     "patient"/"patients" after "a"/"an"/"as a"/"for" or opening a
//     sentence — a patient is a patient of a condition or of a care place,
//     both of which tell;
//   - "PNH monitoring labs", "X monitoring visit": "monitoring" and a lab or
//     visit word right after the word;
//   - "Fabry enzyme replacement", "X enzyme therapy": "enzyme" and
//     replacement/therapy/infusion right after the word;
//   - "consult for moyamoya": a lower-case word right after "consult(ation)
//     for" (capitalised, it is most often a business: "Design consult for
//     Zappos").
//
// The word must be suspicious (frame.go): in no ordinary vocabulary, no
// listed brand, not approved or template wording. "As a Prime member",
// "Network monitoring labs", "Solar panel replacement" pass: the word is
// ordinary or the cue is not there. Accepted risk: a care system's own
// name in no vocabulary ("As a Geisinger patient") is reported (fail
// closed: it tells that the reader is a patient there).

var (
	hMonitoring, hEnzyme, hConsult, hConsultation = hstr("monitoring"), hstr("enzyme"), hstr("consult"), hstr("consultation")
	hPatientsRF                                   = hstr("patients")
	rareMonitorNext                               = wordSetTab("labs lab bloodwork tests test visit visits panel")
	rareEnzymeNext                                = wordSetTab("replacement therapy infusion infusions")
	rareArticle                                   = wordSetTab("a an")
)

// rareFrame reports the cue that makes suspicious token i clinical, or
// false. Cheap tests first: the next token's hash or the one before.
func (s *scanner) rareFrame(i int) (string, bool) {
	n := len(s.toks)
	if j := i + 1; j < n && s.gap(j) == " " && s.sameSentence(i, j) {
		h := s.toks[j].h
		switch {
		case h == hPatient || h == hPatientsRF:
			if i == 0 || s.toks[i].sent || rareArticle.get(s.toks[i-1].h) || s.toks[i-1].h == hFor {
				return "comes before '" + s.toks[j].low + "'", true
			}
		case h == hMonitoring || h == hEnzyme:
			next := rareMonitorNext
			if h == hEnzyme {
				next = rareEnzymeNext
			}
			if j+1 < n && s.gap(j+1) == " " && next.get(s.toks[j+1].h) {
				return "comes before '" + s.toks[j].low + " " + s.toks[j+1].low + "'", true
			}
		}
	}
	if i >= 2 && s.toks[i].cls&(tCap|tUpper) == 0 && s.gap(i) == " " && s.toks[i-1].h == hFor && s.gap(i-1) == " " &&
		(s.toks[i-2].h == hConsult || s.toks[i-2].h == hConsultation) && s.sameSentence(i-2, i) {
		return "follows '" + s.toks[i-2].low + " for'", true
	}
	return "", false
}

// doseUnitAt: the index of the dose unit after a number starting at token
// d ("20 mg": d+1; "4.5 mg": d+3), or -1.
func (s *scanner) doseUnitAt(d int) int {
	n := len(s.toks)
	if d+1 < n && doseUnits.get(s.toks[d+1].h) && len(s.gap(d+1)) <= 1 {
		return d + 1
	}
	if d+2 < n && (s.gap(d+1) == "." || s.gap(d+1) == ",") && s.toks[d+1].cls&tDigit != 0 && doseUnits.get(s.toks[d+2].h) && len(s.gap(d+2)) <= 1 {
		return d + 2
	}
	return -1
}

// rareGenericCap: capitalised words before "patient" that say what kind of
// patient, not of what ("As a New patient", "As a Valued patient").
var rareGenericCap = wordSetTab("new valued returning current former existing registered prime premier gold silver platinum vip preferred established young senior adult")

// asCapPatient: "As a Gaucher patient" — "as a/an", then a capitalised
// word inside the sentence that is ordinary English only in lower case
// ("gaucher" is "more gauche"), then "patient(s)": an eponym or a care
// place. Reported as a condition (fail closed; a care system's name such
// as "As a Kaiser patient" tells that the reader is its patient).
func (s *scanner) asCapPatient(i int) bool {
	n := len(s.toks)
	if i < 2 || i+1 >= n || s.used[i] || s.toks[i].sent || s.toks[i].cls&tCap == 0 || s.toks[i].cls&tDigit != 0 || len(s.toks[i].low) < 3 {
		return false
	}
	if h := s.toks[i+1].h; h != hPatient && h != hPatientsRF || s.gap(i+1) != " " || s.gap(i) != " " {
		return false
	}
	if !rareArticle.get(s.toks[i-1].h) || s.toks[i-2].h != hAs || rareGenericCap.get(s.toks[i].h) || s.fl(i)&(wStop|wMonth|wPlace|wStateName|wTitle) != 0 {
		return false
	}
	if s.p != nil && (s.p.isTemplate(s.toks[i].h) || s.p.approvedWord(s.toks[i].h)) {
		return false
	}
	s.addTok(i, i, KindCondition, "frame.clinical", 0.65, "is a capitalised word between 'as a' and 'patient', where a condition goes")
	return true
}
