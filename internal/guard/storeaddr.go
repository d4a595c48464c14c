package guard

// storeaddr.go: an address in apposition to a numbered store of the sender
// (issue 15, ninth pass, helper DATE9, dev54/dev61d): "Your photo order
// #P-88213 is ready for pickup at store 4421, 900 Elm Ave", "Su pedido está
// listo en la tienda 4421, 900 Elm Ave". A chain names its store by number
// and gives the store's street after a comma; the street is the store's,
// as "our store at" is.
//
// storeNumberAddr(lo, p, i): the word before the address (p) is a number of
// at most six digits, the address follows it after ", ", and the word
// before the number is a place noun of senderplace.go (store, branch,
// location, tienda, sucursal…) after at/en/in/the/la/el or an optional
// "our"/"nuestra". It is one more owner evidence of spOwner, so every veto
// of senderPlace runs first (a reader's goods or home, ship/deliver/visit
// words, a person's name, kin, an apartment, a care word in the notice).
// "Your order was delivered to 900 Elm Ave" and "Delivered to your home at
// 900 Elm Ave" stay reported (no store number before the address).

// storeNumberAddr: see the file comment.
func (s *scanner) storeNumberAddr(lo, p, i int) bool {
	if s.gap(i) != ", " || p-1 < lo || s.toks[p].cls&tDigit == 0 || s.toks[p].cls&tAlpha != 0 || s.toks[p].nd > 6 {
		return false
	}
	if s.gap(p) != " " && s.gap(p) != " #" && s.gap(p) != " no. " {
		return false
	}
	n := p - 1
	if !spPlaceNouns.get(s.toks[n].h) || n-1 < lo {
		return false
	}
	switch s.low(n - 1) {
	case "at", "en", "in", "the", "la", "el", "our", "nuestra", "nuestro", "a", "from", "de":
		return true
	}
	return false
}
