package guard

// tradeframe.go: the sender's workshop and its trade as an announcement's
// frame (issue 15, seventeenth pass, fix helper recall17b, dev99r,
// 2026-12-06).
//
// "LimbCare North: our workshop services prosthetic knees and feet of all
// major makes" names a supply (clinical.supply) in a sentence about the
// sender's trade: what its workshop repairs for anyone, not one reader's
// leg. announceFrame (announce.go) had no such frame, so the notice was
// blocked in standard mode. tradeFrame reports a sentence with:
//   - "our/nuestro/nuestra" and a workshop word (workshop, workshops, lab,
//     laboratory, technicians, technician, engineers, taller, talleres,
//     laboratorio, técnicos) followed, at most one word on, by a trade verb
//     (services, repairs, fits, makes, builds, adjusts, maintains, supplies,
//     fabricates, custom-makes; repara, reparan, fabrica, fabrican, ajusta,
//     ajustan, adapta, mantiene); or
//   - "all makes", "all major makes", "all brands", "todas las marcas".
//
// Everything else announce.go asks still holds (standard mode only, no
// personal cue anywhere in the notice — "your knee", "su pie" —, every
// finding of a clinical kind and in vocabulary, no reader-tied finding).
// Stays reported: "Our workshop has repaired your Genium knee" (a reader's
// word), strict mode.
var (
	tfOurs     = wordSetTab("our nuestro nuestra nuestros nuestras")
	tfWorkshop = wordSetTab("workshop workshops lab laboratory technicians technician engineers taller talleres laboratorio tecnicos")
	tfVerb     = wordSetTab("services repairs fits makes builds adjusts maintains supplies fabricates repara reparan fabrica fabrican ajusta ajustan adapta mantiene")
	tfAll      = wordSetTab("all todas todos")
	tfMakes    = wordSetTab("makes brands marcas")
)

// tradeFrame: see the file comment.
func tradeFrame(toks []token) bool {
	for k := range toks {
		h := toks[k].h
		if tfWorkshop.get(h) && k > 0 && tfOurs.get(toks[k-1].h) {
			for j := k + 1; j < len(toks) && j <= k+2; j++ {
				if tfVerb.get(toks[j].h) {
					return true
				}
			}
		}
		if tfMakes.get(h) && k > 0 {
			p := k - 1
			if p > 0 && (toks[p].low == "major" || toks[p].low == "las" || toks[p].low == "los") {
				p--
			}
			if tfAll.get(toks[p].h) {
				return true
			}
		}
	}
	return false
}
