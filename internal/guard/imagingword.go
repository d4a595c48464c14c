package guard

import "strings"

// imagingword.go: a Spanish imaging study named by "resonancia" and the
// region imaged (issue 15, seventeenth pass, helper misc17, probe set
// dev98m: "Su seguro pagó su parte de la resonancia de rodilla").
//
// clinical_es.txt lists "resonancia magnética" and, for "resonancia"
// alone, needs a health cue within three words ("su resonancia"); a bill
// puts the reader's word further off ("su parte de la resonancia de
// rodilla"). imaging.go reads a modality abbreviation before a region
// ("RM de rodilla"); scanImagingWord reads the word the same way:
// "resonancia" (or "resonancias"), then de/del/la/el/izquierda/derecha…
// (imagingSkip), then a region of imaging.go's list (rodilla, cadera,
// columna, hombro, cabeza…), reported as compose.imaging (procedure).
// "la resonancia del coro" names no region and passes. Cost: a byte
// search for "resonanc" first. Test `TestImagingWord`.
var imagingWords = wordSetTab("resonancia resonancias")

// imagingFilter: the field bit fb3Imaging (tokfilter.go) — the walk starts
// only at an imagingWords word.
var imagingFilter = tabsFilter(imagingWords)

func (s *scanner) scanImagingWord() {
	if s.fbAll3&fb3Imaging == 0 || !strings.Contains(s.t.low, "resonanc") { // no imagingWords word in the field (tokfilter.go)
		return
	}
	n := len(s.toks)
	for i := 0; i+2 < n; i++ {
		if !imagingWords.get(s.toks[i].h) || s.used[i] {
			continue
		}
		k := i + 1
		for m := 0; m < 2 && k < n && imagingSkip.get(s.toks[k].h) && !s.toks[k].sent; m++ {
			k++
		}
		if k == i+1 || k >= n || s.toks[k].sent || !imagingRegions.get(s.toks[k].h) {
			continue
		}
		s.addTok(i, k, KindProcedure, "compose.imaging", 0.75, "is an imaging study and the region imaged")
		i = k
	}
}
