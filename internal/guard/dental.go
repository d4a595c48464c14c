package guard

// dental.go: dental work of the recipient (issue 15, night of 2026-12-04,
// helper MS2: dev27 "Your dental crown is back from the lab. Call us to
// schedule the seating").
//
// Crowns, bridges, implants, veneers, retainers, aligners, dentures,
// fillings, partials, night guards and root canals are dental procedures
// and appliances, but most of these words have clean senses: a king's
// crown and "Crown Royal", a road's bridge, a lawyer's retainer, pie
// filling, a night guard's shift, wood veneer. The word is reported (rule
// clinical.dental, kind procedure) when
//
//   - the notice has a dental word (dental, dentist, orthodontist,
//     orthodontic, endodontist, hygienist, tooth, teeth, molar, DDS, DMD,
//     oral surgeon); or
//   - a personal word (your, you, su, tu) comes at most four words before
//     it and it is a word with no everyday sense (dentures, aligners,
//     implant, veneers, root canal, mouthguard; "your aligner" alone may
//     be a garage door's), or the notice has a word of dental
//     lab work (lab, seating, impression, fitting, placement, prep, reline,
//     cemented, temporary, permanent, sticky foods).
//
// Red team round 4 (dev28s): "seated" is lab work, "aligner #14" a
// numbered set, and a night guard or retainer that is/has … in a notice
// with "pickup" the recipient's appliance.
//
// An aligner, aligners, implants or veneers before tray(s) are dental
// whoever is addressed ("Time to swap to aligner tray 7").
// A term joined to the next word by a hyphen ("implant-grade") or after a
// machine's or a material's word ("wheel aligners", "laser aligners",
// "walnut veneer", "stone veneer") is skipped.
// "Your crown and tiara order has shipped", "Your retainer invoice from
// Smith & Lee Law", "Your night guard shift starts at 11 PM" and "The Route
// 9 bridge is closed" pass.

var (
	dentalTerms = wordSetTab("crown crowns bridge bridges implant implants veneer veneers retainer retainers aligner aligners " +
		"denture dentures filling fillings partial partials mouthguard mouthguards nightguard nightguards " +
		// REC11 (dev68): sealants with a dental word ("sealants (4 teeth)")
		"sealant sealants")
	dentalStrong = wordSetTab("implant implants veneer veneers aligners denture dentures mouthguard mouthguards nightguard nightguards")
	// two-word terms: "night guard", "root canal", "mouth guard"
	dentalPairs = map[uint64]uint64{hstr("night"): hstr("guard"), hstr("root"): hstr("canal"), hstr("mouth"): hstr("guard")}
	dentalCues  = wordSetTab("dental dentist dentists dentistry orthodontist orthodontists orthodontic orthodontics " +
		"endodontist periodontist prosthodontist hygienist hygienists tooth teeth molar molars dds dmd")
	dentalParts       = wordSetTab("tray trays")
	dentalSealant     = wordSetTab("sealant sealants")
	dentalBilling     = wordSetTab("balance statement invoice due charge charged paid payment copay bill billed")
	dentalCleanBefore = wordSetTab("wheel wheels laser tire tyre belt shaft dowel tile fence bike bicycle chain saw " +
		"wood wooden walnut oak maple cherry birch teak ash mahogany stone brick marble")
	dentalLabCues = wordSetTab("lab seating impression impressions fitting placement prep relined reline " +
		"cemented temporary permanent sticky seated")
)

// Orthodontic work (helper recall15, fifteenth pass, dev82 "Next visit
// we'll be bonding your upper braces!"): braces, brackets, an expander,
// spacers, archwires and headgear are the reader's orthodontic appliances
// when a personal word (your, su, sus, tu) comes at most four words before
// the term and either the notice has a dental word (dentalCues) or a word
// of orthodontic work (orthoCues: bond, bonding, debond, tighten,
// adjustment, wire, wax, poking, turn, key, colocación…), or an arch word
// (upper, lower, top, bottom, superiores, inferiores) stands right before
// or after the term. "Your leather braces have shipped", "Your shelf
// brackets have shipped", "Brace yourself", "Braces or clear aligners?
// Come to our open house" (no personal word) pass. Red team red15
// (dev87x): a furniture, building, sport or body-support word right before
// the term (orthoCleanBefore: shelf, corner, cabinet, deck, joist, knee,
// wrist, tournament…), or before a term it is joined to by and/or ("shelf
// brackets and braces"), makes it no dental work.
var (
	orthoTerms = wordSetTab("braces brackets expander expanders spacers archwire archwires headgear")
	orthoCues  = wordSetTab("bond bonding bonded debond debonding debonded tighten tightening tightened adjustment adjustments " +
		"wire wires wax poking poke turn turns key colocacion cementado cementar retiro")
	orthoArch = wordSetTab("upper lower top bottom superior superiores inferior inferiores")
	// orthoCleanBefore: furniture, building, sport or body-support words
	// right before braces/brackets (red15, dev87x: "Your new shelf
	// brackets", "4 corner braces", "Your knee braces")
	orthoCleanBefore = wordSetTab("shelf shelves shelving corner corners cabinet cabinets wall deck joist joists railing " +
		"porch post posts bookcase fence gate roof rafter rafters beam beams angle mounting tv knee knees wrist ankle " +
		"back neck leg elbow tournament playoff")
)

// dentalFirstFilter holds the keys of dentalPairs, dentalTerms and orthoTerms
// (scanDental's cheap first test).
var dentalFirstFilter = func() *hashFilter {
	f := tabsFilter(dentalTerms)
	orthoTerms.each(f.add)
	for h := range dentalPairs {
		f.add(h)
	}
	return f
}()

// scanDental reports clinical.dental.
func (s *scanner) scanDental() {
	if s.fbAll&fbDental == 0 { // no token passes dentalFirstFilter (tokfilter.go)
		return
	}
	s.scanDentalOn()
}

// scanDentalOn is scanDental past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanDentalOn() {
	n := len(s.toks)
	cue, lab, pickup, scanned := false, false, false, false
	for i := 0; i < n; i++ {
		t := &s.toks[i]
		if t.fb&fbDental == 0 || t.cls&tAlpha == 0 || s.used[i] {
			continue // dentalFirstFilter: the keys of dentalPairs and dentalTerms
		}
		e, strong := i, false
		if w, ok := dentalPairs[t.h]; ok {
			if i+1 >= n || s.toks[i+1].h != w || s.gap(i+1) != " " || s.used[i+1] {
				continue
			}
			e = i + 1
			// "root canal" and "mouth guard" have no everyday sense; a
			// night guard is also a watchman
			strong = t.h != hstr("night")
		} else if orthoTerms.get(t.h) {
			if !scanned {
				scanned = true
				s.dentalNoticeCues(&cue, &lab, &pickup)
			}
			if s.orthoWork(i, cue) {
				s.addTok(i, i, KindProcedure, "clinical.dental", 0.7, "is dental work named with a dental or personal cue")
			}
			continue
		} else if dentalTerms.get(t.h) {
			// "implant-grade titanium", "wheel aligners": a modifier or a
			// machine's part
			if i+1 < n && s.gap(i+1) == "-" || i > 0 && dentalCleanBefore.get(s.toks[i-1].h) {
				continue
			}
			strong = dentalStrong.get(t.h)
		} else {
			continue
		}
		if !scanned {
			scanned = true
			s.dentalNoticeCues(&cue, &lab, &pickup)
		}
		// "aligner tray 7", "retainer case": a dental appliance's own parts
		// "aligner #14": a numbered set of the series (red team round 4)
		part := e+1 < n && (dentalParts.get(s.toks[e+1].h) && s.gap(e+1) == " " || s.gap(e+1) == " #" && s.toks[e+1].cls&tDigit != 0)
		ok := cue || part && (strong || t.h == hstr("aligner"))
		// "Your night guard is ready for pickup": a watchman or a lawyer's
		// retainer is not picked up (red team round 4, dev28s)
		pickedUp := dentalPickupTerms.get(t.h) && e+1 < n && !s.toks[e+1].sent && dentalPickupVerbs.get(s.toks[e+1].h) &&
			(pickup || s.dentalReady(e+2))
		if !ok && (strong || lab || pickedUp) {
			for k := i - 1; k >= 0 && k >= i-4; k-- {
				if recipientWords.get(s.toks[k].h) {
					ok = true
					break
				}
				if s.toks[k+1].sent {
					break
				}
			}
		}
		if !ok || s.p != nil && (s.p.isTemplate(t.h)) {
			continue
		}
		// REC11: sealants are offered to whole school classes ("Free dental
		// sealant day for all 9th graders"); only a bill makes them a
		// person's ("Your balance of $88.00 for sealants (4 teeth)")
		if dentalSealant.get(t.h) && !s.noticeHasAny(&dentalBilling) && !s.kdOwned(i) { // "your child's sealants" (kindentalmore.go)
			continue
		}
		s.addTok(i, e, KindProcedure, "clinical.dental", 0.7, "is dental work named with a dental or personal cue")
		i = e
	}
}

// dentalPickup, dentalPickupTerms: an appliance ready for pickup ("Your
// night guard is ready for pickup at the front desk", "Your retainer is
// ready for pickup"); other dental words keep their cues ("Your bridge
// toll pass is ready for pickup").
var (
	dentalPickup      = wordSetTab("pickup")
	dentalPickupTerms = wordSetTab("night retainer retainers")
	// the appliance itself is ready, not "your night guard shift/uniform"
	dentalPickupVerbs = wordSetTab("is are was were has have")
	// helper GAPS (dev37g): "Your new retainers are in!", "Your retainer is
	// ready at the front desk", "Your night guard has arrived": the verb,
	// an optional "now", "all" or "been", then a word of readiness, or "in"
	// closing the sentence. A lawyer's retainer is due, paid, received or
	// on file, never ready, back or in ("Your retainer is due", "Your
	// retainer has been received", "Your retainer is in place" pass).
	dentalReadyWords = wordSetTab("ready back here arrived shipped finished done complete completed")
	dentalReadySkip  = wordSetTab("now all been")
)

// dentalReady reports whether the words from token k say the appliance is
// ready (dentalReadyWords, or "in" closing its sentence).
func (s *scanner) dentalReady(k int) bool {
	n := len(s.toks)
	for m := 0; k < n && m < 2 && !s.toks[k].sent && dentalReadySkip.get(s.toks[k].h); m++ {
		k++
	}
	if k >= n || s.toks[k].sent {
		return false
	}
	if dentalReadyWords.get(s.toks[k].h) {
		return true
	}
	return s.toks[k].h == hIn && (k+1 >= n || s.toks[k+1].sent)
}

// dentalNoticeCues reads the notice's dental, lab-work and pickup words.
func (s *scanner) dentalNoticeCues(cue, lab, pickup *bool) {
	n := len(s.toks)
	for k := range s.toks {
		*cue = *cue || dentalCues.get(s.toks[k].h)
		*lab = *lab || dentalLabCues.get(s.toks[k].h)
		*pickup = *pickup || dentalPickup.get(s.toks[k].h)
	}
	// "oral surgeon"
	for k := 0; k+1 < n; k++ {
		if s.toks[k].h == hstr("oral") && s.toks[k+1].h == hstr("surgeon") {
			*cue = true
		}
	}
}

// orthoWork: the orthodontic term at token i is the reader's (see
// orthoTerms); cue, the notice has a dental word.
func (s *scanner) orthoWork(i int, cue bool) bool {
	n := len(s.toks)
	if s.toks[i].cls&tAlpha == 0 || i+1 < n && s.gap(i+1) == "-" || i > 0 && (dentalCleanBefore.get(s.toks[i-1].h) || orthoCleanBefore.get(s.toks[i-1].h)) {
		return false
	}
	// "shelf brackets and braces": a term joined by and/or to a term of
	// furniture or building (red15)
	if i > 2 && (s.toks[i-1].low == "and" || s.toks[i-1].low == "or") && orthoTerms.get(s.toks[i-2].h) && orthoCleanBefore.get(s.toks[i-3].h) {
		return false
	}
	own := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if recipientWords.get(s.toks[k].h) {
			own = true
			break
		}
		if s.toks[k+1].sent {
			break
		}
	}
	if !own {
		return false
	}
	if cue || i > 0 && !s.toks[i].sent && orthoArch.get(s.toks[i-1].h) || i+1 < n && !s.toks[i+1].sent && orthoArch.get(s.toks[i+1].h) {
		return true
	}
	for k := range s.toks {
		if orthoCues.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
