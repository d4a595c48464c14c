package guard

// spinelevel.go: a spine level with a procedure (issue 15, fifteenth
// pass, helper latent14, dev76/dev81l, 2026-12-05), rule
// compose.spine_level, kind procedure.
//
// "Ridgeline Health Partners: Your L4-5 RFA is confirmed for Friday
// morning" was caught only through the sender's name. A vertebral level
// (C1–C8, T1–T12, L1–L5, S1–S2, capitalised, alone or as a span "L4-5",
// "L5-S1", "T12-L1", "L4-L5") beside a spine procedure tells the reader's
// spine care. scanSpineLevel reports the level and the procedure word
// when one stands up to three words before or after the level in its
// sentence: an abbreviation (RFA, ESI, TFESI, ILESI, CESI, LESI, MBB,
// ACDF, TLIF, PLIF, ALIF, XLIF, SCS) or a word (fusion, block, injection,
// ablation, radiofrequency, decompression, disc, discectomy, laminectomy,
// foraminotomy, kyphoplasty, vertebroplasty, herniation, hernia, facet,
// epidural, nerve; Spanish bloqueo, inyección, radiofrecuencia, fusión,
// ablación, hernia, disco).
//
// Passes: "L4 Digital will update our phone system" (no procedure), "Level
// L4 of the garage", "our S1 shuttle stops at Gate L2", "RFA = request for
// approval" (no level). Cost: one look at each capitalised letter-digit
// token of two or three bytes.

var spProc = wordSetTab("rfa esi tfesi ilesi cesi lesi mbb mbbs acdf tlif plif alif xlif scs fusion block blocks injection injections ablation " +
	"radiofrequency decompression disc discs discectomy laminectomy foraminotomy kyphoplasty vertebroplasty herniation herniated hernia facet " +
	"epidural nerve bloqueo inyeccion infiltracion radiofrecuencia ablacion disco discos herniado")

// spineLevelTok: token i is a vertebral level ("L4", "C5", "T12", "S1"),
// capitalised.
func (s *scanner) spineLevelTok(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	if t.cls&tMixed == 0 || t.cls&tCap == 0 || len(t.low) < 2 || len(t.low) > 3 {
		return false
	}
	d := t.low[1:]
	for j := 0; j < len(d); j++ {
		if d[j] < '0' || d[j] > '9' {
			return false
		}
	}
	v := atoiSmall(d)
	switch t.low[0] {
	case 'c':
		return v >= 1 && v <= 8
	case 't':
		return v >= 1 && v <= 12
	case 'l':
		return v >= 1 && v <= 5
	case 's':
		return v >= 1 && v <= 2
	}
	return false
}

// scanSpineLevel: see the file comment.
func (s *scanner) scanSpineLevel() {
	if s.fbAll3&fb3Spine == 0 { // no spine level in the field (tokfilter.go)
		return
	}
	s.scanSpineLevelOn()
}

// scanSpineLevelOn is scanSpineLevel past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanSpineLevelOn() {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		if !s.spineLevelTok(i) {
			continue
		}
		end := i
		if i+1 < n && s.gap(i+1) == "-" {
			if s.spineLevelTok(i+1) || s.toks[i+1].cls&tDigit != 0 && len(s.toks[i+1].low) <= 2 {
				end = i + 1 // "L4-5", "L5-S1", "T12-L1"
			}
		}
		lo, hi := s.sentSpan(i)
		a, b := i, end
		for k := max(lo, i-3); k < hi && k <= end+3; k++ {
			if k >= i && k <= end || !spProc.get(s.toks[k].h) {
				continue
			}
			a, b = min(a, k), max(b, k)
		}
		if a != i || b != end {
			s.addTok(a, b, KindProcedure, "compose.spine_level", 0.7, "names a spine level with a procedure")
		}
		i = end
	}
}

// spLevelWords: every token spineLevelTok accepts, folded (c1-c8,
// t1-t12, l1-l5, s1-s2, and with a leading zero; TestSpineLevelWords),
// for spStartFilter (fb3Spine)
var (
	spLevelWords = wordSetTab("c1 c2 c3 c4 c5 c6 c7 c8 t1 t2 t3 t4 t5 t6 t7 t8 t9 t10 t11 t12 l1 l2 l3 l4 l5 s1 s2 " +
		"c01 c02 c03 c04 c05 c06 c07 c08 t01 t02 t03 t04 t05 t06 t07 t08 t09 l01 l02 l03 l04 l05 s01 s02")
	spStartFilter = tabsFilter(spLevelWords)
)
