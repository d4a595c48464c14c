package guard

// Closures of the sender's place (issue 15, fifth pass, dev19): "Our
// clinics will close early on Dec 31", "Nuestras clínicas cerrarán
// temprano el 31 de diciembre", "Our offices will reopen on January 2".
// A date after a closing or reopening verb whose subject is one of the
// sender's places (clinic, office, pharmacy, store, location, branch,
// clínica, oficina, sucursal…) is a business date, like one after "closed"
// or "holiday" (vocab/context_words.txt [date_allowed]). The verb alone is
// no cue: "a close contact on Dec 3", "your exposure window closes on Dec
// 10" stay reported. A person cue near the date still wins (date() in
// words.go checks it first): "Our clinic will close early on Dec 31, so
// your appointment moves to Jan 2" is reported.
var (
	closureVerbs = wordSetTab("close closes closing reopen reopens reopening open opens shut shuts " +
		"cierra cierran cerrara cerraran cerrado cerrada cerrados cerradas abre abren abrira abriran reabre reabren reabrira reabriran")
	closurePlaces = wordSetTab("clinic clinics office offices pharmacy pharmacies store stores shop location locations " +
		"branch branches center centers centre centres building campus counter desk portal we " +
		"clinica clinicas oficina oficinas farmacia farmacias tienda tiendas sucursal sucursales consultorio consultorios " +
		"centro centros local locales")
	// Spanish first-person plural: the sender is the verb's subject
	// ("cerramos el 25 de diciembre", "reabrimos el 2 de enero")
	closureWeVerbs = wordSetTab("cerramos abrimos reabrimos cerraremos abriremos reabriremos")
)

// closureCue: the date at token i follows, in its sentence and within 8
// words, a closing or reopening verb with one of the sender's places up to
// 6 words before the verb, or a Spanish "we" form of such a verb.
func (s *scanner) closureCue(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if closureBits.may(s.toks[k].h) { // a verb of either set is in closureBits (closureafter.go)
			if (closureWeVerbs.get(s.toks[k].h) || closureVerbs.get(s.toks[k].h)) && s.closureObject(k, i) {
				return false // "Cerramos su expediente el 3 de marzo": the recipient's, not the place's
			}
			if closureWeVerbs.get(s.toks[k].h) {
				return !s.closurePurpose(i)
			}
			if closureVerbs.get(s.toks[k].h) {
				for p := k - 1; p >= 0 && p >= k-6; p-- {
					if closurePlaces.get(s.toks[p].h) {
						return !s.closurePurpose(i) // "… reopen on 01/02 for the suture removal" (redteam.go)
					}
					if s.toks[p].sent {
						break
					}
				}
			}
		}
		if s.toks[k].sent {
			break
		}
	}
	return false
}

// closureObject: a personal word stands between the verb at k and the date
// at i ("close your account on", "cerramos su expediente el"): what closes
// is the recipient's, so the date is no business date.
func (s *scanner) closureObject(k, i int) bool {
	for j := k + 1; j < i; j++ {
		if h := s.toks[j].h; recipientBits.may(h) && recipientWords.get(h) {
			return true
		}
	}
	return false
}
