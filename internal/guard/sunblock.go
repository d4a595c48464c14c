package guard

// Sunscreen in Spanish (issue 15, night session, dev25): "bloqueador solar",
// "bloqueadores solares" (and "protector solar", which no rule reads) is
// sunscreen, not a drug class; compose.drug_class read the word before the
// head ("descuento en bloqueador solar") as the English modifier of a
// "blocker". A Spanish class head (bloqueador, bloqueadores) right before
// solar/solares names no drug class. "Su receta de bloqueador beta" is
// still reported.

var (
	sunHeads = wordSet("bloqueador bloqueadores")
	sunWords = wordSet("solar solares")
)

// sunBlocker: the class head at token i is the Spanish sunscreen.
func sunBlocker(s *scanner, i int) bool {
	return sunHeads[s.toks[i].h] && i+1 < len(s.toks) && sunWords[s.toks[i+1].h] && !s.toks[i+1].sent
}
