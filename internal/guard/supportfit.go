package guard

// supportfit.go: a brace, splint or boot fitted for the reader (issue 15,
// fifteenth pass, helper latent14, dev78, 2026-12-05), rule
// compose.support_fit, kind procedure (as clinical.supply).
//
// "Cedar Ridge PT: the lumbar support brace you were fitted for is ready
// for pickup at the Aurora front desk, 2201 S Havana St." was caught only
// through the sender's own address: once the tenant's review approved its
// branch address, it passed. "Your knee brace" is a listed supply; "the
// lumbar support brace you were fitted for", "the brace you were fitted
// for" and "your walking boot" were not. scanSupportFit reports an
// orthosis noun (brace, braces, splint, splints, orthosis, orthoses,
// immobilizer, férula, ortesis, rodillera, tobillera, muñequera,
// faja) when a reader's word (readerNear, woundcare.go) is near and:
//   - a word of fitting (fitted, fit, fitting, measured, casted, ajustada,
//     medida) stands in its sentence, or
//   - a body part or support word (lumbar, back, knee, ankle, wrist, neck,
//     cervical, spine, spinal, shoulder, elbow, hip, thumb, hand, foot,
//     support, lumbosacral, lumbar, rodilla, tobillo, muñeca, espalda)
//     stands up to two words before it;
// and "boot" after walking, cam, fracture, air or orthopedic, with a
// reader's word near.
//
// Passes: "The ski boots you were fitted for are ready" and "Your walker
// boots in size 10" (no medical word before boots), "Your shoulder brace
// hangers" (goods the noun names: hangers, hooks, racks, bags, cases), "Your fitted sheets shipped" (no orthosis noun), "Brace
// yourself for our sale" (no fitting or body word), "our new winter boot
// line". Cost: one look at each token of those nouns.

var (
	sfNoun  = wordSetTab("brace braces splint splints orthosis orthoses immobilizer immobiliser ferula ferulas ortesis rodillera tobillera munequera faja")
	sfFit   = wordSetTab("fitted fit fitting measured casted ajustada ajustado medida")
	sfPart  = wordSetTab("lumbar back knee ankle wrist neck cervical spine spinal shoulder elbow hip thumb hand foot support lumbosacral rodilla tobillo muneca espalda")
	sfBoot  = wordSetTab("boot boots bota botas")
	sfBootM = wordSetTab("walking cam fracture air orthopedic orthopaedic ortopedica ortopedicas")
	// goods the noun only names ("shoulder brace hangers")
	sfGoods = wordSetTab("hanger hangers hook hooks rack racks bag bags case cases bracket brackets clip clips")
)

// scanSupportFit: see the file comment.
func (s *scanner) scanSupportFit() {
	if s.fbAll3&fb3SupportFit == 0 { // no support noun and no boot in the field (tokfilter.go)
		return
	}
	s.scanSupportFitOn()
}

// scanSupportFitOn is scanSupportFit past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanSupportFitOn() {
	for i := range s.toks {
		h := s.toks[i].h
		switch {
		case sfNoun.get(h):
			if !s.wholeSentenceHas(i, &sfFit) && !s.sfPartBefore(i) {
				continue
			}
		case sfBoot.get(h):
			if i == 0 || s.toks[i].sent || !sfBootM.get(s.toks[i-1].h) {
				continue
			}
		default:
			continue
		}
		if i+1 < len(s.toks) && sfGoods.get(s.toks[i+1].h) {
			continue // "shoulder brace hangers for the closet"
		}
		if s.readerNear(i) {
			s.addTok(i, i, KindProcedure, "compose.support_fit", 0.7, "names an orthopedic support fitted for the reader")
		}
	}
}

// sfPartBefore: a body part or support word up to two words before token
// i, in its sentence.
func (s *scanner) sfPartBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if sfPart.get(s.toks[k].h) {
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	return false
}

// sfStartFilter: the words scanSupportFit starts from (fb3SupportFit)
var sfStartFilter = tabsFilter(sfNoun, sfBoot)
