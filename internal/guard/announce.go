package guard

// Public health services announced to everyone (issue 15, fifth pass:
// dev16): a false positive cut, not a finding.
//
// A listed lab test or procedure used as the modifier of a public
// facility or event, with or without a service word between ("Free blood
// pressure screening kiosks are available at most of our locations",
// "cholesterol testing stations", "flu shot events"), in a sentence with
// no second person (your, you, yours, su, tu, usted), no results or
// appointment word and no capitalised name-like word other than the
// sentence's first, names a service open to anyone, not the recipient's
// care. Only in standard mode: in strict (marketing) mode the
// association wording decides, as before. "Your blood pressure screening
// is due" and "Free blood pressure screening for you at our kiosk" are
// still reported (fail closed).

var (
	publicServiceWords = wordSet("screening screenings testing tests test check checks checkup checkups services service exams exam")
	publicFacility     = wordSet("kiosk kiosks station stations machine machines booth booths event events fair fairs drive drives")
	publicPersonal     = wordSet("your you yours su sus tu tus usted ustedes my me results result appointment appointments " +
		"resultados cita citas patient patients paciente mine")
)

// publicService: the clinical phrase i..j (kind k) modifies a public
// facility in a sentence about no one; it returns the facility's index.
func (s *scanner) publicService(i, j int, k Kind) (int, bool) {
	if s.m != Standard || (k != KindLabTest && k != KindProcedure) {
		return 0, false
	}
	n := len(s.toks)
	e := j + 1
	if e < n && publicServiceWords[s.toks[e].h] && s.gap(e) == " " {
		e++
	}
	if e >= n || s.gap(e) != " " || !publicFacility[s.toks[e].h] {
		return 0, false
	}
	// the sentence: back to its first token, on to the next sentence
	a := i
	for a > 0 && !s.toks[a].sent {
		a--
	}
	for k := a; k < n; k++ {
		if k > a && s.toks[k].sent {
			break
		}
		t := &s.toks[k]
		if publicPersonal[t.h] {
			return 0, false
		}
		if k > a && t.cls&(tCap|tUpper) != 0 && t.cls&tAlpha != 0 && k != i && !s.general(k) {
			return 0, false // a name or other proper noun in no vocabulary
		}
	}
	return e, true
}
