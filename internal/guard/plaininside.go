package guard

// A plain clinical term inside a longer ambiguous one (fix helper r112,
// twenty-second pass, the GES bug).
//
// phrases keeps the longest vocabulary phrase at a word, and a WordNet
// entry flagged a ("diabetes mellitus|a", an ordinary-English reading is
// possible for some of its words) outranked the plain listed term it
// starts with ("diabetes", conditions.txt, reported with no cue): with no
// health cue within three words ("Su cobertura GES para diabetes mellitus
// tipo 2 fue activada", "Coverage for diabetes mellitus was activated")
// the longer entry was dropped and the plain term with it, while the same
// text without "mellitus" was reported. The acronym only pushed the
// reader's "Su" out of the cue window; any word there did the same.
//
// plainInside gives the drop its fallback: when the ambiguous phrase at i
// is not reported for want of a cue (and is not read as a product,
// productClinical), the longest plain (unflagged) clinical phrase of the
// same word that matches at i, shorter than the ambiguous one, is judged
// instead, as it would have been alone. Words whose listed readings are
// all ambiguous ("depression", "blood pressure") are unchanged; "Su plan
// GES para todos los afiliados" names no condition and stays clean.
func (s *scanner) plainInside(i int, w *wordInfo, best *phrase, bestN int) (*phrase, int) {
	if w == nil || best.class != pClinical || s.productClinical(i, i+bestN-1) {
		return nil, 0
	}
	var p *phrase
	n := 0
	for _, q := range w.phrases {
		if q.class != pClinical || q.flags&fAmbig != 0 || len(q.toks) >= bestN || len(q.toks) <= n {
			continue
		}
		if s.matchPhrase(i, q) == len(q.toks) {
			p, n = q, len(q.toks)
		}
	}
	return p, n
}
