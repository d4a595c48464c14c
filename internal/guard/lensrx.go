package guard

// lensrx.go: the reader's lens prescription (issue 15, fifteenth pass,
// helper latent14, dev68/dev81l, 2026-12-05), rule compose.lens_rx, kind
// condition.
//
// "Your ClearSight order #159577 has shipped: 6 boxes of scleral lenses"
// and "… toric lenses (-2.75 / -1.25 x 180)" were caught only through the
// shop's own name (a coined word): once the tenant's display name was
// given they passed. A lens type that only an eye condition calls for
// tells the reader's condition (toric: astigmatism; scleral: keratoconus,
// dry eye; multifocal, bifocal, progressive: presbyopia), and a
// prescription's powers are the reader's eyes. scanLensRx reports:
//   - a lens type word (toric, scleral, multifocal, bifocal, progressive;
//     Spanish tórico/a(s), escleral(es), multifocal(es), bifocal(es),
//     progresivo/a(s)) beside a lens noun (lens, lenses, contacts, lentes,
//     lentillas…: the noun up to two words after it, or in Spanish up to
//     four before it, "lentes de contacto tóricos"), with a reader's word
//     (readerNear, woundcare.go: your, you, su, usted …) in its sentence
//     or the one before;
//   - a prescription's power: a signed quarter-step number (-2.75, +1.75,
//     -0.50) with a prescription label in its sentence (sph, cyl, axis,
//     add, od, os, ou, rx, esfera, cilindro, eje, graduación, dioptrías)
//     or an axis after it ("x 180": x and a number from 1 to 180), not a
//     catalogue's range ("powers -0.50 to -6.00": to/a/hasta/through
//     between two powers).
//
// Passes: "Toric, multifocal and scleral lenses are now 20% off for
// everyone" (no reader's word), "the lens of our camera", "Save $2.75"
// (no sign), "lens solution". Cost: one look at each token whose word is a
// lens type, and at each number after a minus or plus sign.

var (
	lrType = wordSetTab("toric torics scleral sclerals multifocal multifocals bifocal bifocals progressive progressives " +
		"torico toricos torica toricas escleral esclerales multifocales bifocales progresivo progresivos progresiva progresivas")
	lrNoun  = wordSetTab("lens lenses contact contacts lentes lente lentillas lentilla")
	lrLabel = wordSetTab("sph sphere cyl cylinder axis add od os ou rx esfera esferico cilindro eje graduacion dioptrias diopters dioptre diopter")
	lrRange = wordSetTab("to a hasta through thru")
	lrStep  = wordSetTab("00 25 50 75")
)

// lrTypeBits: lrType's filter, tested before the set for every token.
var lrTypeBits = tabsFilter(lrType)

// scanLensRx: see the file comment.
func (s *scanner) scanLensRx() {
	if s.fbAll3&fb3LensRx == 0 { // no lens type and no power's decimals (00, 25, 50, 75) in the field (tokfilter.go)
		return
	}
	s.scanLensRxOn()
}

// scanLensRxOn is scanLensRx past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanLensRxOn() {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		if h := s.toks[i].h; lrTypeBits.may(h) && lrType.get(h) { // (its filter bit first, helper SPEED15)
			if s.lensTypeNoun(i) && s.readerNear(i) {
				s.addTok(i, i, KindCondition, "compose.lens_rx", 0.7, "names the lens type of the reader's eyes")
			}
			continue
		}
		// (lensPower's first tests inline: one or two digits, a "." after
		// it; helper SPEED15)
		if s.toks[i].cls&tDigit == 0 || len(s.toks[i].low) > 2 || i+1 >= n || !s.gapStarts(i+1, '.') {
			continue
		}
		if end, ok := s.lensPower(i); ok {
			if s.lensRxLabelled(i, end) {
				s.addTok(i, end, KindCondition, "compose.lens_rx", 0.7, "is a lens prescription's power")
			}
			i = end
		}
	}
}

// lensTypeNoun: a lens noun stands up to two words after token i, or in
// Spanish up to four before it.
func (s *scanner) lensTypeNoun(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+2; k++ {
		if s.toks[k].sent {
			break
		}
		if lrNoun.get(s.toks[k].h) {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if lrNoun.get(s.toks[k].h) && s.toks[k].low != "lens" && s.toks[k].low != "contact" {
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	return false
}

// lensPower: a signed quarter-step number starts at token i ("-2.75",
// "+1.75"); end is its last token.
func (s *scanner) lensPower(i int) (int, bool) {
	if i+1 >= len(s.toks) || s.toks[i].cls&tDigit == 0 || len(s.toks[i].low) > 2 || s.gap(i+1) != "." || !lrStep.get(s.toks[i+1].h) {
		return 0, false
	}
	g := s.gap(i)
	if g == "" {
		return 0, false
	}
	if c := g[len(g)-1]; c != '-' && c != '+' {
		return 0, false
	}
	if len(g) >= 2 {
		if c := g[len(g)-2]; c != ' ' && c != '(' && c != '/' && c != ':' && c != ',' {
			return 0, false // "3-2.50", "$-2.50"
		}
	}
	return i + 1, true
}

// lensRxLabelled: the power at tokens i..end has a prescription label in
// its sentence or an axis after it, and is not a catalogue's range.
func (s *scanner) lensRxLabelled(i, end int) bool {
	lo, hi := s.sentSpan(i)
	if end+2 < hi && lrRange.get(s.toks[end+1].h) {
		if _, ok := s.lensPower(end + 2); ok {
			return false // "-0.50 to -6.00"
		}
	}
	if i-1 >= lo && lrRange.get(s.toks[i-1].h) && i-2 >= lo && s.toks[i-2].cls&tDigit != 0 {
		return false // the range's second power
	}
	for k := lo; k < hi; k++ {
		if lrLabel.get(s.toks[k].h) {
			return true
		}
	}
	// "-2.75 / -1.25 x 180": an axis after the power
	for k := end + 1; k+1 < hi && k <= end+6; k++ {
		if s.toks[k].low == "x" && s.toks[k+1].cls&tDigit != 0 && len(s.toks[k+1].low) <= 3 && atoiSmall(s.toks[k+1].low) >= 1 && atoiSmall(s.toks[k+1].low) <= 180 {
			return true
		}
	}
	return false
}

// atoiSmall: the value of a short string of ASCII digits.
func atoiSmall(d string) int {
	v := 0
	for i := 0; i < len(d); i++ {
		v = v*10 + int(d[i]-'0')
	}
	return v
}

// lrStartFilter: the words scanLensRx starts from (fb3LensRx): a lens
// type, or the decimals after a power's point (lensPower reads lrStep)
var lrStartFilter = tabsFilter(lrType, lrStep)
