package guard

// closureafter.go: a closure date written before the closing place (issue
// 15, seventh pass, helper BIZ: dev35 "Aviso: el 25 de diciembre y 1 de
// enero nuestras sucursales permanecerán cerradas").
//
// closureCue (closure.go) reads a date after "our clinics will close";
// Spanish, and English too, also put the date first: "El 1 de mayo
// nuestras tiendas cierran", "On December 25 our stores will be closed".
// closureAfter makes the date at token i a business date when, after it in
// its sentence and within 10 words, a sender's possessive (our, nuestra(s),
// nuestro(s)) stands right before one of the sender's places
// (closurePlaces: stores, sucursales, clinics…) and a closing or reopening
// verb or "closed" / "cerrad…" follows the place within 4 words. A
// recipient word (you, your, su, tu…; "thank you" excepted) anywhere in
// the notice, as in businessDate (bizdate.go), or a
// purpose after the date ("for your suture removal": closurePurpose),
// ends it; a person cue near the date wins before (date(), words.go).
// Runs only on dates no other cue allowed: no bit filter.

var (
	closureOur       = wordSetTab("our nuestra nuestras nuestro nuestros")
	closureAfterVerb = wordSetTab("closed cerrada cerradas cerrado cerrados")
	// closureBits filters closure.go's and this file's word sets
	// (closureCue and closureAfter read the words around every date)
	closureBits = tabsFilter(closureOur, closurePlaces, closureVerbs, closureAfterVerb, closureWeVerbs)
)

// closureAfter: see the file comment.
func (s *scanner) closureAfter(i int) bool {
	n := len(s.toks)
	for k := range s.toks {
		if h := s.toks[k].h; recipientBits.may(h) && recipientWords.get(h) && !(s.toks[k].low == "you" && k > 0 && s.toks[k-1].low == "thank") {
			return false
		}
	}
	for k := i + 1; k < n && k <= i+10 && !s.toks[k].sent; k++ {
		if !closureBits.may(s.toks[k].h) || !closureOur.get(s.toks[k].h) || k+1 >= n || s.toks[k+1].sent || !closurePlaces.get(s.toks[k+1].h) {
			continue
		}
		for v := k + 2; v < n && v <= k+5 && !s.toks[v].sent; v++ {
			if closureVerbs.get(s.toks[v].h) || closureAfterVerb.get(s.toks[v].h) {
				return !s.closurePurpose(i) && !s.redClosureVisit(i, k) // redcuts.go
			}
		}
		return false
	}
	return false
}
