package guard

// resultcat.go: a result category with its value (issue 15, seventeenth
// pass, fix helper recall17b, dev96's recall family, probe set dev99r,
// 2026-12-06), rule compose.result_category, kind condition.
//
// The reporting systems of imaging and pathology sort one patient's
// result into a category: BI-RADS (breast), TI-RADS (thyroid), PI-RADS
// (prostate), LI-RADS (liver), Lung-RADS, O-RADS (ovary), C-RADS (colon),
// CAD-RADS (coronary), NI-RADS (head and neck), Bosniak (kidney cyst),
// Bethesda (thyroid and cervical cytology), Gleason (prostate). A
// system's name was in no vocabulary, so "BI-RADS 4" passed unless a test
// word stood beside it, and a webhook's payload ({"birads":"4"},
// {"category":"PI-RADS 5"}) passed whole. A system's name followed by a
// value — a number, a number with a letter (4A, 4B, TR4), a Roman numeral
// (II, IIF, IV), after at most two of category, categoría, grade, score,
// cat and the JSON punctuation between a key and its value — is one
// patient's result: scanResultCat reports the name and the value. No
// reader's word is needed: a value on a category is about the person the
// notice is for (a webhook's payload names no "you").
//
// Passes: "What does a BI-RADS category mean? Our radiologists explain"
// (no value), "Bethesda, MD 20814" (Bethesda takes a Roman numeral only),
// "Gleason" as a surname (Gleason takes a number only after score or
// grade, or as "3+4"). Reader-tied (readerTiedRule). Gated on
// fb3ResultCat (tokfilter.go).
var (
	// rcRads: the word before "rads" in BI-RADS, TI-RADS, … and the
	// systems written as one word
	rcRadsPre = wordSetTab("bi ti pi li lung o c cad ni")
	rcOne     = wordSetTab("birads tirads pirads lirads lungrads orads crads cadrads nirads bosniak")
	rcFill    = wordSetTab("category categories categoria grade score cat class clase")
	rcRoman   = wordSetTab("i ii iii iv v vi iif")
	rcStart   = wordSetTab("rads birads tirads pirads lirads lungrads orads crads cadrads nirads bosniak bethesda gleason")
)

// rcStartFilter: the words scanResultCat starts from (fb3ResultCat).
var rcStartFilter = tabsFilter(rcStart)

// scanResultCat: see the file comment.
func (s *scanner) scanResultCat() {
	if s.fbAll3&fb3ResultCat == 0 { // no system's name in the field (tokfilter.go)
		return
	}
	s.scanResultCatOn()
}

// scanResultCatOn is scanResultCat past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanResultCatOn() {
	for i := range s.toks {
		t := &s.toks[i]
		if !rcStart.get(t.h) {
			continue
		}
		a := i
		switch t.low {
		case "rads":
			if i == 0 || !rcRadsPre.get(s.toks[i-1].h) || s.gap(i) != "-" && s.gap(i) != "" {
				continue
			}
			a = i - 1
		case "bethesda", "gleason":
		default:
			if !rcOne.get(t.h) {
				continue
			}
		}
		j, ok := s.rcValue(i)
		if !ok {
			continue
		}
		s.addTok(a, j, KindCondition, "compose.result_category", 0.8, "gives a result category with its value")
	}
}

// rcValue: the value after the system's name at token i, and its token.
func (s *scanner) rcValue(i int) (int, bool) {
	name := s.toks[i].low
	filled := false
	k := i + 1
	for n := 0; n < 2 && k < len(s.toks) && rcFill.get(s.toks[k].h); n++ {
		filled = true
		k++
	}
	if k >= len(s.toks) || s.toks[k].sent && !filled {
		return 0, false
	}
	v := &s.toks[k]
	digit := v.cls&tDigit != 0 && v.nd <= 2
	mixed := v.cls&tMixed != 0 && len(v.low) <= 3
	roman := rcRoman.get(v.h) && v.cls&tUpper != 0
	switch name {
	case "bethesda":
		return k, roman
	case "gleason":
		if digit && (filled || k+1 < len(s.toks) && s.gap(k+1) == "+") {
			return k, true
		}
		return 0, false
	}
	return k, digit || mixed || roman
}
