package guard

// heldpickup.go — goods held for the reader to collect (issue 15,
// seventeenth pass, fix helper gaps17, dev93x/dev97g: "Our new CPAP
// supplies have arrived. Pick up at the front desk.").
//
// "Our new … have arrived" is the sender's news (announce.go passes it in
// standard mode), but an instruction to collect the goods with no object
// of their own says the goods are one person's order: "Pick up at the
// front desk", "pick it up at the counter", "collect them", "Recójalos en
// recepción". heldForReader is one of announcePersonal's personal cues:
//
//   - "pick up" then nothing, a place or time word (at, from, in, by,
//     anytime, today, tomorrow, here) or the sentence's end;
//   - "pick it/them/yours up", "collect it/them/yours";
//   - a Spanish imperative or infinitive of recoger/retirar with an object
//     clitic (recójalo(s), retírela(s), recogerlos, retirarlas…).
//
// Passes: "Pick up a free flu guide at the front desk" (an object: the
// goods are anyone's), "Stop by to see the colour range", "New CPAP
// supplies have arrived in our showroom for everyone to try".

var (
	hpAfterUp  = wordSetTab("at from in by anytime today tomorrow here during between after before")
	hpObject   = wordSetTab("it them yours")
	hpEsClitic = wordSetTab("recojalo recojala recojalos recojalas retirelo retirela retirelos retirelas " +
		"recogerlo recogerla recogerlos recogerlas retirarlo retirarla retirarlos retirarlas")
)

// heldForReader: token k opens an instruction to collect goods held for
// the reader (see the file comment).
func heldForReader(toks []token, k int) bool {
	n := len(toks)
	switch toks[k].low {
	case "pick":
		if k+1 < n && toks[k+1].low == "up" && !toks[k+1].sent {
			return k+2 >= n || toks[k+2].sent || hpAfterUp.get(toks[k+2].h)
		}
		return k+2 < n && hpObject.get(toks[k+1].h) && toks[k+2].low == "up" && !toks[k+1].sent && !toks[k+2].sent
	case "collect":
		return k+1 < n && hpObject.get(toks[k+1].h) && !toks[k+1].sent
	}
	return hpEsClitic.get(toks[k].h)
}
