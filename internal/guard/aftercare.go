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
// Red team red15 (dev87x): "removal" counts only after a procedure word
// or a body object (acRemovalObjects: hair, mole, wart, tag, cyst, vein,
// scar, tattoo, nail but a salon's gel nail…): "Piercing removal
// aftercare", "Carpet stain removal aftercare", "Eyelash extension removal
// aftercare" pass.
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
	s.scanAftercareOn()
}

// scanAftercareOn is scanAftercare past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanAftercareOn() {
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
		if s.toks[p].low == "removal" && !s.acRemovalOfBody(p) {
			continue // "Carpet stain removal aftercare", "Piercing removal aftercare" (red15)
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

// acRemovalObjects: what a clinic or med spa removes from the body (red15,
// dev87x): "laser hair removal", "mole removal", "toenail removal".
var acRemovalObjects = wordSetTab("hair mole moles wart warts tag tags cyst cysts lipoma lipomas vein veins scar scars " +
	"lesion lesions tattoo tattoos fat nail nails toenail toenails ingrown stitches suture sutures cast skin")

// acNailCosmetic: a salon's nails, not a podiatrist's ("gel nail removal").
var acNailCosmetic = wordSetTab("gel acrylic dip polish shellac press-on")

// acRemovalOfBody: "removal" at token p names a removal from the body: a
// procedure word or a body object right before it (red15, dev87x).
// "Piercing removal aftercare", "Tree removal aftercare", "Gel nail
// removal aftercare" pass; "Laser hair removal aftercare", "Mole removal
// aftercare", "Toenail removal aftercare" stay reported.
func (s *scanner) acRemovalOfBody(p int) bool {
	o := p - 1
	if o < 0 || s.toks[p].sent || s.gap(p) != " " {
		return false
	}
	if acProcedures.get(s.toks[o].h) {
		return true
	}
	if !acRemovalObjects.get(s.toks[o].h) {
		return false
	}
	if (s.toks[o].low == "nail" || s.toks[o].low == "nails") && o > 0 && !s.toks[o].sent && acNailCosmetic.get(s.toks[o-1].h) {
		return false
	}
	return true
}
