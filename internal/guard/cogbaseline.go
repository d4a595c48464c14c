package guard

// cogbaseline.go: the reader's cognitive or concussion test, scored or set
// against the reader's own baseline (issue 15, eighteenth pass, fix helper
// recall18, dev100's recall family, probe set dev100r, 2026-12-06): rules
// compose.cognitive_baseline and compose.cognitive_test, kind lab_test.
//
// "Your ImPACT post-injury test showed verbal memory at 68 (below your
// baseline)" passed: ImPACT is the word "impact", baseline and memory are
// ordinary words, and clinscore.go reads MoCA only beside a score word.
// Two shapes are read:
//
//   - the reader's baseline (cgBaselineAt): "baseline", "basal" or
//     "línea (de) base" with a reader's possessive up to three words before
//     it ("your preseason baseline", "su línea base"), compared (a word of
//     cgCompare up to five words before: below, under, slower, down from,
//     por debajo, menos que, más lento…) or given a value right after it
//     ("your baseline: 0.55 s", "your baseline of 38.1"); a number in its
//     sentence or the one before; and a cognitive word in the notice —
//     one of cgStrong (cognitive, concussion, conmoción, injury, MoCA,
//     SCAT, ImPACT, King-Devick, Mini-Cog…) or two different words of
//     cgWeak (memory, recall, verbal, visual, reaction, attention, symptom,
//     words, palabras, test, screen, prueba…). The finding is the possessive
//     and the baseline.
//   - a named cognitive test with a result (cgNamedAt): ImPACT written so,
//     SCAT/SCAT2-6 in capitals, MoCA capitalised, Mini-Cog, King-Devick,
//     with a reader's word near (readerNear), a result verb of cgVerb up to
//     six words after the name and a number up to six words after the verb,
//     in its sentence ("Your MoCA today was 22/30", "su prueba ImPACT
//     mostró memoria visual de 61", "your Mini-Cog result was 2 of 5").
//
// Passes: a speed test's "68 Mbps (below your plan's baseline)", "your
// typing test showed accuracy at 92 (above your baseline)", a game's
// "reaction time … faster than your baseline" (one weak word only), a
// tutor's SAT reading score (no cognitive word); a public talk "what is an
// ImPACT baseline? Thursday 7 PM" (no reader's possessive before the
// baseline, no result verb after the name); "hiring an athletic trainer to
// run baseline ImPACT testing" (no reader's word); "café moca" (lower
// case). Reader-tied (readerTiedRule). Run from scanRecallFam18
// (recallfam18.go) at its start words.
var (
	cgBaseWords = wordSetTab("baseline baselines basal base")
	cgNamed     = wordSetTab("impact scat scat2 scat3 scat5 scat6 moca cog devick")
	// cgCompare: a comparison with the baseline before it
	cgCompare = wordSetTab("below above under over down up lower higher slower faster worse better than from vs versus compared " +
		"debajo encima menos mas bajo sobre respecto comparado desde lento lenta rapido rapida peor mejor")
	// cgStrong: one word makes the notice a cognitive or concussion test's
	// (with cgNamed in its case, cgNamedCase)
	cgStrong = wordSetTab("cognitive cognition cognitiva cognitivo cognitivas cognitivos neurocognitive neurocognitiva neurocognitivo " +
		"concussion concussions conmocion postconcussion injury lesion mmse")
	// cgWeak: two different words make it so ("verbal memory", "recall of
	// 3 of 5 words", "reaction time on the Axon test")
	cgWeak = wordSetTab("memory memoria recall verbal visual reaction reaccion attention atencion processing procesamiento symptom symptoms " +
		"sintoma sintomas words palabras test tests testing prueba pruebas screen screening exam examen")
	// cgVerb: a result of the named test
	cgVerb = wordSetTab("was were is came showed shows show scored dropped fell rose improved declined went returned " +
		"fue es salio mostro muestra bajo subio dio resulto obtuvo")
	// cgValueAfter: the baseline given right after it ("of 38.1", "de 27")
	cgValueAfter = wordSetTab("of de was fue at en")
	hCgBase      = hstr("base")
	hCgLinea     = hstr("linea")
	hCgDe        = hstr("de")
	hCgImpact    = hstr("impact")
	hCgMoca      = hstr("moca")
	hCgCog       = hstr("cog")
	hCgMini      = hstr("mini")
	hCgDevick    = hstr("devick")
	hCgKing      = hstr("king")
)

// cogBaselineAt: token i is one of cgBaseWords or cgNamed.
func (s *scanner) cogBaselineAt(i int) {
	if cgBaseWords.get(s.toks[i].h) {
		s.cgBaselineAt(i)
		return
	}
	s.cgNamedAt(i)
}

// cgBaselineAt: token i is "baseline", "basal" or the "base" of "línea
// (de) base".
func (s *scanner) cgBaselineAt(i int) {
	t := s.toks
	first := i // the phrase's first word: "línea" for "línea base"
	if t[i].h == hCgBase {
		switch {
		case i > 0 && t[i-1].h == hCgLinea:
			first = i - 1
		case i > 1 && t[i-1].h == hCgDe && t[i-2].h == hCgLinea:
			first = i - 2
		default:
			return
		}
	}
	owner := -1
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		if ppOwner.get(t[k].h) {
			owner = k
			break
		}
		if t[k].sent {
			break
		}
	}
	if owner < 0 || !(s.cgComparedBefore(owner) || s.cgValueAfter(i)) || !s.cgNumberNear(i) || !s.cgCognitiveNotice() {
		return
	}
	s.addTok(owner, i, KindLabTest, "compose.cognitive_baseline", 0.7, "compares the reader's cognitive or concussion test with the reader's baseline")
}

// cgComparedBefore: a comparison word up to five words before token k, in
// its sentence.
func (s *scanner) cgComparedBefore(k int) bool {
	lo, _ := s.sentSpan(k)
	for m := k - 1; m >= lo && m >= k-5; m-- {
		if cgCompare.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// cgValueAfter: a number right after the baseline word i, or after one of
// cgValueAfter ("your baseline: 0.55 s", "your baseline of 38.1").
func (s *scanner) cgValueAfter(i int) bool {
	n := len(s.toks)
	k := i + 1
	if k < n && !s.toks[k].sent && cgValueAfter.get(s.toks[k].h) {
		k++
	}
	return k < n && !s.toks[k].sent && s.toks[k].cls&tDigit != 0
}

// cgNumberNear: a number in the sentence of token i or the one before it.
func (s *scanner) cgNumberNear(i int) bool {
	lo, hi := s.sentSpan(i)
	from := lo
	if lo > 0 {
		from, _ = s.sentSpan(lo - 1)
	}
	for k := from; k < hi; k++ {
		if s.toks[k].cls&tDigit != 0 {
			return true
		}
	}
	return false
}

// cgCognitiveNotice: a word of cgStrong (a named test in its written case)
// or two different words of cgWeak in the notice.
func (s *scanner) cgCognitiveNotice() bool {
	var weak uint64
	for k := range s.toks {
		h := s.toks[k].h
		if cgNamed.get(h) {
			if s.cgNamedCase(k) {
				return true
			}
		} else if cgStrong.get(h) {
			return true
		}
		if cgWeak.get(h) {
			if weak != 0 && weak != h {
				return true
			}
			weak = h
		}
	}
	return false
}

// cgNamedCase: token k, a word of cgNamed, is written as the test's name:
// ImPACT with its capitals, SCAT in capitals, MoCA capitalised, Mini-Cog
// and King-Devick joined by a hyphen.
func (s *scanner) cgNamedCase(k int) bool {
	t := &s.toks[k]
	switch t.h {
	case hCgImpact:
		return s.rawTok(k) == "ImPACT"
	case hCgMoca:
		return t.cls&(tCap|tUpper) != 0
	case hCgCog:
		return k > 0 && s.toks[k-1].h == hCgMini && s.gap(k) == "-"
	case hCgDevick:
		return k > 0 && s.toks[k-1].h == hCgKing && s.gap(k) == "-"
	}
	if cgNamed.get(t.h) { // scat, scat2…scat6
		return t.cls&tUpper != 0
	}
	return false
}

// cgNamedAt: token i names a cognitive test (cgNamed in its case) with a
// reader's word near, a result verb after it and a number after the verb.
func (s *scanner) cgNamedAt(i int) {
	if !s.cgNamedCase(i) || !s.readerNear(i) {
		return
	}
	_, hi := s.sentSpan(i)
	verb := -1
	for k := i + 1; k < hi && k <= i+6; k++ {
		if cgVerb.get(s.toks[k].h) {
			verb = k
			break
		}
	}
	if verb < 0 {
		return
	}
	for k := verb + 1; k < hi && k <= verb+6; k++ {
		if s.toks[k].cls&tDigit != 0 {
			a := i
			if h := s.toks[i].h; h == hCgCog || h == hCgDevick {
				a = i - 1 // "Mini-Cog", "King-Devick"
			}
			s.addTok(a, i, KindLabTest, "compose.cognitive_test", 0.7, "names the reader's cognitive or concussion test with its result")
			return
		}
	}
}
