package guard

import "strings"

// esenclitic.go: a Spanish imperative with an enclitic pronoun (issue 15,
// ninth pass, dev59, helper MISC9B, 2026-12-05).
//
// "Súbela de forma segura", "Descárgalo", "Envíanosla", "Llámanos": Spanish
// writes an imperative and its object pronouns as one word, with a written
// accent on the stem once the word grows; no list holds every such form,
// and frame.notice read "Súbela" as a word in no vocabulary. esEnclitic(i)
// takes a token written with a non-ASCII letter (the accent: "subela"
// without it is not read) that ends in one or two enclitic pronouns (la,
// las, lo, los, le, les, nos, me, te, se) and whose remainder, of three
// letters or more, is an ordinary word of the general lists ("sube",
// "descarga", "envia", "llama"). A drug's or a person's name has no such
// shape; the notice's other words are read as before ("tu receta de
// sertralina" keeps its finding).
//
// Accepted risk: an unknown word with an accent ending so whose remainder
// happens to be an ordinary word passes frame.notice only. Cost: only for a
// word about to be reported by frame.notice.
var esEncliticEnds = []string{"las", "los", "les", "nos", "la", "lo", "le", "me", "te", "se"}

func (s *scanner) esEnclitic(i int) bool {
	t := &s.toks[i]
	if t.cls&tAlpha == 0 {
		return false
	}
	// the accent is in the text as written (the normalised text folds it)
	oa, ob := s.t.orig(int(t.s), int(t.e))
	if oa < 0 || ob > len(s.src) || oa >= ob || !hasHighByte(s.src[oa:ob]) {
		return false
	}
	w := t.low
	for pass := 0; pass < 2; pass++ {
		cut := false
		for _, e := range esEncliticEnds {
			if len(w) >= len(e)+3 && strings.HasSuffix(w, e) {
				w = w[:len(w)-len(e)]
				cut = true
				if s.g.gen.has(hstr(w)) {
					return true
				}
				break
			}
		}
		if !cut {
			return false
		}
	}
	return false
}

// hasHighByte: w holds a byte outside ASCII (an accented letter).
func hasHighByte(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= 0x80 {
			return true
		}
	}
	return false
}
