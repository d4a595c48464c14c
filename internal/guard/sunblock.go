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
	sunHeads   = wordSet("bloqueador bloqueadores")
	sunWords   = wordSet("solar solares")
	sunClassAf = wordSet("beta betas alfa alfas de del h2 adrenérgicos adrenergicos adrenérgico adrenergico cálcico calcico canales receptores")
	sunCues    = wordSet("repelente repelentes bronceador bronceadores playa playas vacaciones verano sol fps spf piscina alberca albercas")
)

// sunBlocker: the class head at token i is the Spanish sunscreen.
func sunBlocker(s *scanner, i int) bool {
	if !sunHeads[s.toks[i].h] {
		return false
	}
	if i+1 < len(s.toks) && sunWords[s.toks[i+1].h] && !s.toks[i+1].sent {
		return true
	}
	if i+1 < len(s.toks) && !s.toks[i+1].sent && sunClassAf[s.toks[i+1].h] {
		return false // "bloqueadores beta", "bloqueadores de calcio"
	}
	lo, hi := sentenceSpan(s.toks, i)
	for m := lo; m < hi; m++ {
		if sunCues[s.toks[m].h] {
			return true
		}
	}
	return false
}
