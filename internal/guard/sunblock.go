package guard

// Sunscreen in Spanish (issue 15, night session, dev25): "bloqueador solar",
// "bloqueadores solares" (and "protector solar", which no rule reads) is
// sunscreen, not a drug class; compose.drug_class read the word before the
// head ("descuento en bloqueador solar") as the English modifier of a
// "blocker". A Spanish class head (bloqueador, bloqueadores) right before
// solar/solares names no drug class. "Su receta de bloqueador beta" is
// still reported.
//
// dev31 (helper F32C): the head alone in a summer-goods sentence
// ("2x1 en bloqueadores y repelentes para tus vacaciones") is sunscreen
// too: no class word after it (beta, alfa, de/del "de calcio", H2,
// adrenérgicos…) and a beach or summer word in the sentence (repelentes,
// bronceadores, playa, vacaciones, verano, sol, FPS, SPF, piscina…).

var (
	sunHeads   = wordSetTab("bloqueador bloqueadores")
	sunWords   = wordSetTab("solar solares")
	sunClassAf = wordSetTab("beta betas alfa alfas de del h2 adrenérgicos adrenergicos adrenérgico adrenergico cálcico calcico canales receptores")
	sunCues    = wordSetTab("repelente repelentes bronceador bronceadores playa playas vacaciones verano sol fps spf piscina alberca albercas")
)

// sunBlocker: the class head at token i is the Spanish sunscreen.
func sunBlocker(s *scanner, i int) bool {
	if !sunHeads.get(s.toks[i].h) {
		return false
	}
	if i+1 < len(s.toks) && sunWords.get(s.toks[i+1].h) && !s.toks[i+1].sent {
		return true
	}
	if i+1 < len(s.toks) && !s.toks[i+1].sent && sunClassAf.get(s.toks[i+1].h) {
		return false // "bloqueadores beta", "bloqueadores de calcio"
	}
	lo, hi := s.sentSpan(i)
	for m := lo; m < hi; m++ {
		if sunCues.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// Spanish class words after the head: "sus bloqueadores beta", "bloqueador
// alfa", "bloqueadores de calcio", "bloqueadores H2" (helper F32C,
// dev32c). drugClass read only the English modifier before the head, and
// a possessive or article before it ("Sus bloqueadores beta se
// resurtieron hoy") is no modifier.
var esClassAfter = wordSetTab("beta betas alfa alfas adrenérgicos adrenergicos adrenérgico adrenergico h2")

// esBlockerClass: the Spanish class head at token i is followed by its
// class word; it returns the last token of the class name.
func esBlockerClass(s *scanner, i int) (int, bool) {
	n := len(s.toks)
	if !sunHeads.get(s.toks[i].h) || i+1 >= n || s.toks[i+1].sent || s.gap(i+1) != " " {
		return 0, false
	}
	if esClassAfter.get(s.toks[i+1].h) {
		return i + 1, true
	}
	if s.toks[i+1].low == "de" && i+2 < n && !s.toks[i+2].sent && (s.toks[i+2].low == "calcio" || s.toks[i+2].low == "canales") {
		return i + 2, true
	}
	return 0, false
}
