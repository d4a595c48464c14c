package guard

// aftercare.go: aftercare instructions for a procedure the reader had
// (issue 15, fifteenth pass, helper recall15, dev82 "Lumière: CO2 laser
// resurfacing aftercare — keep skin moist, no sun for 2 weeks, and call us
// if you see blistering.").
//
// A clinic sends aftercare to the people it treated: "Microneedling
// aftercare: no makeup for 24 hours", "Chemical peel aftercare: expect
// peeling on day 3", "Filler aftercare tips". scanAftercare reports the
// procedure and "aftercare" (rule compose.aftercare, kind procedure) when
// the word right before "aftercare" (or "after-care") is a procedure of a
// clinic or med spa (acProcedures: laser, resurfacing, peel, microneedling,
// filler, botox, injection, photofacial, biopsy, extraction, surgery,
// removal, sclerotherapy…), or a word another rule already reported
// ("Bunionectomy aftercare").
//
// Stays clean: aftercare of things (sod, carpet, a tattoo, a piercing: no
// procedure word before it), aftercare goods ("aftercare kit", "aftercare
// balm": a goods word right after it), "from prep to aftercare" (no
// procedure right before it).
var (
	acProcedures = wordSetTab("laser resurfacing peel peels microneedling needling filler fillers botox dysport xeomin " +
		"injectable injectables injection injections ipl photofacial bbl dermaplaning hydrafacial coolsculpting kybella " +
		"liposuction lipo biopsy extraction extractions surgery surgical procedure procedures removal sclerotherapy " +
		"cryotherapy threadlift prp microblading radiofrequency morpheus8 vasectomy implant implants")
	acGoods        = wordSetTab("kit kits balm balms cream creams serum serums lotion lotions product products set sets bundle bundles spray sprays ointment soap")
	hAftercare     = hstr("aftercare")
	hAfter, hCareW = hstr("after"), hstr("care")
	acStartFilter  = tabsFilter(wordSetTab("aftercare after"))
)

// scanAftercare reports compose.aftercare.
func (s *scanner) scanAftercare() {
	if s.fbAll3&fb3Aftercare == 0 { // neither "aftercare" nor "after" in the field
		return
	}
	n := len(s.toks)
	for i := 1; i < n; i++ {
		t := &s.toks[i]
		e := i
		switch {
		case t.h == hAftercare:
		case t.h == hAfter && i+1 < n && s.gap(i+1) == "-" && s.toks[i+1].h == hCareW:
			e = i + 1
		default:
			continue
		}
		if t.sent || s.gap(i) != " " || e+1 < n && !s.toks[e+1].sent && acGoods.get(s.toks[e+1].h) {
			continue
		}
		p := i - 1
		if !acProcedures.get(s.toks[p].h) && !s.used[p] {
			continue
		}
		if s.used[p] && !s.usedByFinding(p) {
			continue
		}
		a := p
		for a > 0 && !s.toks[a].sent && s.gap(a) == " " && (acProcedures.get(s.toks[a-1].h) || s.toks[a-1].cls&tDigit != 0 && s.toks[a-1].cls&tAlpha != 0) {
			a-- // "CO2 laser resurfacing"
		}
		s.addTok(a, e, KindProcedure, "compose.aftercare", 0.7, "is aftercare for a procedure the reader had")
		i = e
	}
}

// usedByFinding: token k lies inside a finding already reported.
func (s *scanner) usedByFinding(k int) bool {
	a, b := int(s.toks[k].s), int(s.toks[k].e)
	for _, f := range s.fs {
		if f.a <= a && b <= f.b && f.kind != KindURL {
			return true
		}
	}
	return false
}
