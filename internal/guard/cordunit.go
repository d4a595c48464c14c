package guard

// cordunit.go — a cord-blood unit's cell counts and viability (issue 15,
// sixteenth pass, helper recall16, dev88-leak-053: "Unit LT-26-009183
// processed successfully. TNC count and viability are in your report.").
//
// A cord-blood bank's processing report measures the stored unit: its
// total nucleated cell count (TNC), CD34+ count and (post-thaw) viability.
// A bank's public page names the same measures ("every unit is tested for
// TNC count and viability"), so rule compose.cord_unit (kind lab_test)
// reports "TNC", "CD34(+)", "total nucleated cell(s)", "viability" or
// "viabilidad" (the last two only beside a cord, unit or cell word in the
// field) when a reader's possessive stands in its sentence or the one
// before ("… are in your report"; a bare "you" may be a public page's) or a value follows it at most two words on
// ("TNC 1.2 billion", "viability 92%") with no word of an average in the
// sentence ("our units average a TNC of …").
//
// The same rule (kind procedure) reports the Spanish birth-plan request
// "pinzamiento (tardío) del cordón" with a reader's possessive in its sentence
// or the one before ("Su solicitud de pinzamiento tardío del cordón fue
// enviada"): the word is in no list, since a new word moves the letter-
// shape model (shape.go). A talk about it ("Charla: el pinzamiento tardío
// del cordón") passes.
//
// Passes: "every unit is tested for TNC count and viability in our
// accredited lab", "Seed viability drops after two years" (no cord or
// unit word).

var (
	cordUnitFirst = wordSetTab("tnc cd34 viability viabilidad nucleated pinzamiento")
	cordUnitWords = wordSetTab("cord cordon unit units unidad unidades cell cells celulas stem blood sangre tnc cd34")
	cordAverage   = wordSetTab("average averages averaged typical median mean promedio media")
	cordFillers   = wordSetTab("count counts of was is were are at de fue es cell cells")
	hTNC          = hstr("tnc")
	hCD34         = hstr("cd34")
	hNucleated    = hstr("nucleated")
	hCount        = hstr("count")
	hPinzamiento  = hstr("pinzamiento")
	hCordon       = hstr("cordon")
)

// cordUnitAt: token i is one of cordUnitFirst.
func (s *scanner) cordUnitAt(i int) {
	n := len(s.toks)
	t := &s.toks[i]
	e := i
	switch t.h {
	case hPinzamiento: // "pinzamiento (tardío) del cordón"
		for k := i + 1; k < n && k <= i+3 && s.sameSentence(i, k); k++ {
			if s.toks[k].h == hCordon {
				if s.possNear(i) {
					s.addTok(i, k, KindProcedure, "compose.cord_unit", 0.7, "names the reader's birth-plan request for the cord")
				}
				return
			}
		}
		return
	case hTNC, hCD34:
		if t.h == hTNC && t.cls&tUpper == 0 { // a lower-case "tnc" is no abbreviation
			return
		}
	case hNucleated:
		if !s.fieldHas(cordUnitWords) {
			return
		}
	default: // viability, viabilidad
		if !s.fieldHas(cordUnitWords) {
			return
		}
	}
	if i+1 < n && s.toks[i+1].h == hCount && s.gap(i+1) == " " {
		e = i + 1
	}
	if !s.possNear(i) && !s.cordValue(i) {
		return
	}
	s.addTok(i, e, KindLabTest, "compose.cord_unit", 0.7, "names a stored cord-blood unit's cell counts for the reader")
}

// cordValue: a number at most two words after token i (count, of, was…
// between), with no average in the sentence.
func (s *scanner) cordValue(i int) bool {
	n := len(s.toks)
	for k := i + 1; k < n && k <= i+3 && s.sameSentence(i, k); k++ {
		if s.toks[k].nd > 0 {
			return !s.sentenceHas(i, &cordAverage)
		}
		if !cordFillers.get(s.toks[k].h) {
			return false
		}
	}
	return false
}
