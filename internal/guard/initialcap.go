package guard

// Capitalised words in no vocabulary opening a sentence (issue 15, fifth
// pass: dev20): frame.initial.
//
// frame.unknown, the last resort, reports a lower-case word of 6+ letters
// in no vocabulary ("your gastroparisis diet guide"), but never a
// capitalised one: inside a sentence a capital makes a proper noun, and a
// word that opens a sentence is capitalised whatever it is, a brand as
// often as a drug ("Keurig pods…"). So "Gastroparisis diet guide attached
// to your visit summary." and "Keratoconus fitting results are ready"
// passed. Such a word is judged by the words after it, as a lower-case
// word is by frame.clinical: a capitalised word of 6+ letters that opens
// a sentence, in no vocabulary at all (not even the larger English lists,
// which hold brands and places), no two ordinary words run together, and
// followed within three words of its sentence by a clinical head
// (frame.clinical's cues and initialHeads: "diet", "fitting", "results",
// "infusion", "resultados"), is reported. Unlike frame.clinical, ordinary
// words may stand between ("Keratoconus fitting results"): a brand opening
// a sentence is most often in the larger lists, and one that is not
// rarely comes before a clinical head. Right before one of frame.clinical's
// cues the word is frame.clinical's to judge (it passes "Swiffer refills
// subscription"), and a product called a treatment or a household refill
// ("Olaplex hair treatment order") is none.

// initialHeads: heads after a sentence-opening word that make it clinical,
// besides frame.clinical's cues.
var initialHeads = wordSetTab("diet fitting clinic dressing dressings flare flares pouch pouches tubing infusions " +
	"follow-up followup dieta tratamiento tratamientos resultados sintomas crisis")

// initialClinical: token i is a capitalised word in no vocabulary opening
// a sentence before a clinical head; it returns the head.
func (s *scanner) initialClinical(i int) (string, bool) {
	t := &s.toks[i]
	if i > 0 && !t.sent || t.cls&tCap == 0 || t.cls&tUpper != 0 || len(t.low) < 6 || !s.suspicious(i) {
		return "", false
	}
	if s.g.gen.extended(t.h) || s.extendedPlural(i) || s.compound(t.low) || s.loanword(i) {
		return "", false
	}
	for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
		if !s.sameSentence(i, k) {
			break
		}
		h := s.toks[k].h
		cue := clinicalAfter.get(h) || clinicalAfterTest.get(h)
		if !cue && !initialHeads.get(h) {
			continue
		}
		// right before a cue of its own, the word was frame.clinical's to
		// judge, and it passed it for a reason ("Swiffer refills
		// subscription", "Olaplex treatment order")
		if cue && k == i+1 {
			return "", false
		}
		// a product called a treatment or a household refill
		if k+1 < len(s.toks) && s.gap(k+1) == " " && (h == hTreatment && (consumerRefill.get(s.toks[k+1].h) || s.toks[k+1].h == hOrder) ||
			(h == hRefill || h == hRefills) && consumerRefill.get(s.toks[k+1].h)) {
			return "", false
		}
		return s.toks[k].low, true
	}
	return "", false
}
