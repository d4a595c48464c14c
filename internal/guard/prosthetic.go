package guard

import "strings"

// prosthetic.go: the reader's prosthetic or orthotic part or service
// (issue 15, seventeenth pass, fix helper recall17b, dev96's recall
// family, probe set dev99r, 2026-12-06), rule compose.prosthetic_part,
// kind procedure.
//
// "LimbWorks: … Your Alpha Smart liner, size 28, is ready to ship" and
// "LimbWorks: your socket recast is booked for Fri 18 December" passed:
// liner, socket and recast are ordinary words, and an amputee's supplies
// and fittings were no vocabulary. scanProsthetic reports a part or
// service noun when a reader's possessive (your, su, sus, tu, tus) stands
// up to three words before it in its sentence ("your socket", "Your
// Alpha Smart liner", "su nuevo encaje protésico") and:
//   - the noun is a prosthetic or orthotic one by itself (prosthesis,
//     prosthetic, stump, recast, AFO, KAFO, TLSO, orthotic(s), prótesis,
//     protésico, muñón); or
//   - the noun is a part that is ordinary elsewhere (liner, socket, sock,
//     sleeve, insole, knee, foot, hand, leg, arm, helmet, pylon, encaje,
//     rodilla, pie, pierna, funda, calceta, plantilla, casco) or a service
//     of the workshop (fitting, casting, cast, adjustment, alignment,
//     servicing, ajuste, molde, alineación) and the notice is a limb or orthotics clinic's:
//     a word starting prosth, protes, amput, stump, orthot, ortes, ortop,
//     orthop, recast, munon, podiat, limb or gait stands in it (the sender's name
//     counts: "LimbWorks"), or a named prosthetic component (Genium, C-Leg's
//     Rheo, Kenevo, Taleo, Iceross, Ottobock, Össur, Meridium, Proprio…)
//     stands right before the noun.
//
// Passes: a newsletter's advice in the noun's sentence (how, tips, guide,
// caring, clean, wash, keep; consejos, cómo, cuidar, limpiar, lavar):
// "How to keep your liner clean in the heat", "our workshop services prosthetic knees and feet" and
// "how to wash and rotate silicone liners" (no reader's possessive before
// the noun), "your jacket liner, size M" and "your phone's charging
// socket" (no limb-clinic word), "your knee brace" (supportfit.go's).
// Reader-tied (readerTiedRule). Gated on fb3Prosthetic (tokfilter.go).
var (
	ppStrong = wordSetTab("prosthesis prostheses prosthetic prosthetics stump stumps recast recasting afo afos kafo kafos hkafo tlso " +
		"orthotic orthotics orthosis protesis protesica protesico protesicos protesicas munon")
	ppWeak = wordSetTab("liner liners socket sockets sock socks sleeve sleeves insole insoles knee knees foot feet hand pylon " +
		"encaje encajes rodilla pie pies funda fundas calceta calcetas plantilla plantillas leg legs arm arms pierna brazo mano helmet casco " +
		"fitting fittings casting cast adjustment adjustments alignment servicing ajuste molde alineacion")
	ppNamed = wordSetTab("genium rheo kenevo taleo iceross ottobock ossur meridium proprio triton echelon plie empower variflex kinterra")
	ppOwner = wordSetTab("your su sus tu tus")
	// ppAdvice: a newsletter's advice to every wearer ("how to keep your
	// liner clean in summer")
	ppAdvice = wordSetTab("how tips tip guide caring clean cleaning wash washing keep avoid consejos consejo como cuidar cuide cuida limpiar limpie lavar lave mantener")
	// ppClinic: word starts that make the notice a limb or orthotics clinic's
	ppClinic = []string{"prosth", "protes", "amput", "stump", "orthot", "ortes", "ortop", "orthop", "recast", "munon", "podiat", "limb", "gait"}
)

// ppStartFilter: the words scanProsthetic starts from (fb3Prosthetic).
var ppStartFilter = tabsFilter(ppStrong, ppWeak)

// scanProsthetic: see the file comment.
func (s *scanner) scanProsthetic() {
	if s.fbAll3&fb3Prosthetic == 0 { // no part noun in the field (tokfilter.go)
		return
	}
	s.scanProstheticOn()
}

// scanProstheticOn is scanProsthetic past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanProstheticOn() {
	clinic := -1 // -1 not yet read, 0 no, 1 yes
	for i := range s.toks {
		h := s.toks[i].h
		strong := ppStrong.get(h)
		if !strong && !ppWeak.get(h) || !s.ppOwnerBefore(i) || s.wholeSentenceHas(i, &ppAdvice) {
			continue
		}
		if s.toks[i].cls&tCap != 0 && i+1 < len(s.toks) && chNouns.get(s.toks[i+1].h) {
			continue // "Your TorqueLimb Prosthetics Atelier statement": a trading name's business noun follows (clinhead.go)
		}
		if !strong && !(i > 0 && ppNamed.get(s.toks[i-1].h)) {
			if clinic < 0 {
				clinic = 0
				if s.ppClinicNotice() {
					clinic = 1
				}
			}
			if clinic == 0 {
				continue
			}
		}
		s.addTok(i, i, KindProcedure, "compose.prosthetic_part", 0.7, "names the reader's prosthetic or orthotic part or fitting")
	}
}

// ppOwnerBefore: a reader's possessive up to three words before token i,
// in its sentence.
func (s *scanner) ppOwnerBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ppOwner.get(s.toks[k].h) {
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	return false
}

// ppClinicNotice: a word of the notice starts like a limb or orthotics
// clinic's word (ppClinic).
func (s *scanner) ppClinicNotice() bool {
	for k := range s.toks {
		low := s.toks[k].low
		if len(low) < 4 {
			continue
		}
		for _, p := range ppClinic {
			if strings.HasPrefix(low, p) {
				return true
			}
		}
	}
	return false
}
