package guard

import "strings"

// senderplace.go: the sender's own address, read by the structure of its
// sentence rather than by one more shape (issue 15, dev50/dev53a, helper
// ADDR, 2026-12-05).
//
// The earlier cuts (senderAddress, senderSite, officeMoved, senderRemitBox,
// senderMailBox, returnsAddress, carrierHub) each matched one wording at a
// fixed position, and missed the sender's addresses of every new tenant for
// the same few reasons: the company's capitalised run stopped at "&" and at
// a possessive ("Stitch & Stride Riverside", "Meridian's photo lab"); a
// raw reader's word fired on a word of the sender's own name ("Harlan
// County Hospital Patient Financial Services") or on the reader's goods
// ("Su pedido … le espera en"); "mailing", "dirección", "moved" and
// "address" vetoed "has a new mailing address", "Nueva dirección de
// pagos", "corporate has moved to"; and the verbs and objects were lists of
// one wording each ("send rolls to", "Returns now go to", "accepted at the
// cashier window", "Le esperamos en").
//
// senderPlace passes a street address or a post office box when both hold:
//
//  1. the address is the sender's: a company's run right before it through
//     ", ", " · " or " | " ("DailyRoot Fulfillment, 4100 Commerce Pkwy",
//     "Meridian Photo Lab, PO Box 388", "Stitch & Stride Riverside, 312
//     Main St"), or its sentence before it names a place of the sender — our
//     or nuestra… and a place noun (office, store, lab, clinic, corporate,
//     window, tienda, laboratorio…); a place noun after a company's run or
//     possessive ("Meridian's photo lab at", "Stitch & Stride corporate has
//     moved to", "the Gearhouse Cycles service desk has moved to"); a place
//     noun then "de"/"en" right before the address ("El laboratorio de
//     fotos de 77 Harbor Rd"); a company's run as the subject with only
//     verb glue up to the address ("Crumb & Co Westside is now open at");
//     "new [mailing] address", "nueva dirección"; a thing the reader gives
//     the sender (payments, checks, donations, rolls, returns, pagos…) and
//     a verb of bringing it (send, mail, drop, accepted, go, envíe…); an
//     invitation "le esperamos en", "le espera en";
//  2. nothing places the reader or a person there: no ship or delivery
//     word, visit, recolección, entrega, envío (spDeliver); no reader's
//     word (you, your, su, tu, le…) but one before the reader's goods within
//     three words ("Su pedido", "your order number"), "le/lo/te" before
//     esperamos/espera, "thank you"; no home, casa, domicilio, door, porch,
//     patient, member, resident, household, file, records, "mailing" but
//     after "new"; no name cue or title; no "for"/"para" before a
//     capitalised word ("Pickup for Maria Lopez", "the order for Priya
//     Shah"); no caregiver, aide or shift; no apartment in the address; no
//     care word in the notice (ssCareInNotice). A word of a capitalised
//     name (a capital after a capital: "Patient Financial Services") is no
//     reader's word. The company's run itself must be no person's
//     (ssPerson: a title or name cue, or only given names and surnames),
//     carry positive evidence (ssCompanyWord, "&", or a shop head such as
//     Inc, Lab, Group), and not follow for/para/a title/a greeting.
//
// A passed street takes its unit and city line with it ("Dock 6, Reno,
// NV 89502", "2nd floor, Harlan, KY 40831") when they run to a state code.
// Speed: it runs only after address() or poBox() found an address.

var (
	spPlaceNouns = wordSetTab("office offices branch store stores shop shops lab labs laboratory center centre warehouse fulfillment corporate " +
		"headquarters hq showroom studio location facility lobby counter window desk bakery cafe plant depot hub dock " +
		"oficina oficinas sucursal tienda tiendas laboratorio clinica centro almacen bodega sede caja ventanilla mostrador")
	// the verb glue between a company's run and the address
	spGlue = wordSetTab("is are has have will be been now open opened opening officially moved moves moving move relocated relocates " +
		"relocating located to at in a en se mudo muda mudara traslado traslada ahora esta estan abre abrio reopens reopened new atiende atendemos")
	// spOwnerBits: one filter over spGive, spBring and spPlaceNouns,
	// tested before them for every token spOwner reads (helper SPEED12)
	spOwnerBits = tabsFilter(spGive, spBring, spPlaceNouns)
	// things the reader gives the sender
	spGive = wordSetTab("payments payment checks check cheques donations donation rolls film returns pagos pago donaciones donacion devoluciones rollos")
	// verbs of bringing them
	spBring = wordSetTab("send mail mailed drop dropped accepted go goes bring brought processed taken envie envielo envielos enviela envielas " +
		"envien lleve traiga aceptan aceptamos reciben recibimos")
	// words that place the reader or a person at the address
	spDeliver = wordSetTab("ship ships shipped shipping deliver delivers delivered delivery deliveries entrega entregas entregamos entregara " +
		"entregaremos entregado entregada envio enviamos enviaremos enviado enviada recoleccion recolectamos recogemos visit visits " +
		"visited visita visitas visitara visitaremos visitamos home casa hogar domicilio residence resides reside door doorstep porch " +
		"puerta patient patients paciente member resident household family familia file records lives live living vive vives viven caregiver aide shift turno " +
		"refund refunds reembolso rebate")
	// the reader's goods after a reader's word ("Su pedido", "your order number")
	spGoods = wordSetTab("order orders pedido pedidos orden cart carrito number numero donation donations payment payments pago pagos rolls film gift prints photos item items")
	// after "you" behind the address: a footer's subscription line
	spFooterYou = wordSetTab("are re received receive subscribed signed opted")
	// words that open a Spanish or Portuguese place name ("San Joaquín")
	spPlacePrefix = wordSetTab("san santa santo sao villa puerto ciudad nueva nuevo colonia barrio valle")
	// spWeAt: the sender's first-person verbs of being or moving somewhere
	// ("atendemos en", "nos mudamos a", "nos trasladamos a")
	spWeAt      = wordSetTab("atendemos estamos ubicamos encontramos mudamos trasladamos")
	spShopHeads = wordSetTab("inc llc co corp ltd group lab labs photo bank utilities cycles fulfillment services store shop bakery company")
)

// senderPlace: the address at tokens i..j is the sender's (see the file
// comment).
func (s *scanner) senderPlace(i, j int) bool {
	if s.toks[i].cls&tDigit == 0 && !poBoxWord(s.low(i)) && !(streetFirstFilter.may(s.toks[i].h) && streetFirst.get(s.toks[i].h)) { // "SuministraChile · Av. Vicuña Mackenna 2850"
		return false // a city alone ("a new facility in Reno, NV") stays with the city rules
	}
	lo, hi := s.sdSpan(i)
	if hi < len(s.toks) && strings.HasPrefix(strings.TrimSpace(s.gap(hi)), ":") || j+1 < len(s.toks) && strings.HasPrefix(s.gap(j+1), ":") {
		_, hi = s.sentSpan(min(hi, len(s.toks)-1)) // "…, 880 Grand Ave: Jordan Avery's bike repair is done"
		if j+1 < len(s.toks) {
			_, h2 := s.sentSpan(j + 1)
			hi = max(hi, h2)
		}
	}
	// "Iris Optical & Eye Care - Grandview: 1480 W 5th Ave": a listing after the sender's header; a care
	// word of the header vetoes no address (senderlisting.go)
	listing := s.shListing(i) && !s.shHomeHead()                                                                                                 // "Harbor Home Health - Ballard:", "… - Delivery:" (senderveto.go)
	if s.spCareInNotice() && s.shCareOutside(-1, -1) || s.spNameInTail(i, j) || s.spReader(lo, hi, i, j) || s.sdAptIn(i, j) || s.remitOut(i-1) { // the notice's care first: once per token list (caremo.go)
		return false
	}
	return listing || s.spOwner(lo, i) || s.spListingOwner(lo, i, j) || // a branch listing, a branch with its address in parentheses (listingaddr.go)
		s.spLabelOwner(i, j) // "Dirección: Av. …" in a notice about the sender's place (senderaddrlabel.go)
}

// spReader: a word of lo..hi outside i..j places the reader or a person at
// the address (see the file comment).
func (s *scanner) spReader(lo, hi, i, j int) bool {
	for m := lo; m < hi; m++ {
		if m >= i && m <= j {
			continue
		}
		t := &s.toks[m]
		if kinWords.get(t.h) || kinCareWords.get(t.h) {
			return true // "Send rolls to Grandma Rose, 14 Oak St" (greetkin.go, kincare.go)
		}
		if (t.low == "family" || t.low == "familia" || t.low == "household") && m > lo && s.isCapWord(m-1) && (s.fl(m-1)&(wFirst|wLast) != 0 || !s.general(m-1)) {
			return true // "the Avery Family Fund, PO Box 1450"
		}
		if (t.low == "pick" || t.low == "collect" || t.low == "collects") && s.spWeBefore(m, lo) {
			return true // "Our photo lab will pick up your film at 14 Oak St"
		}
		if m > lo && !t.sent && s.isCapWord(m) && s.isCapWord(m-1) && t.cls&tUpper == 0 && !recipientWords.get(s.toks[m-1].h) {
			continue // "Harlan County Hospital Patient Financial Services"
		}
		if s.spOurHome(m) || t.low == "visit" && m+1 < hi && (s.toks[m+1].low == "us" || s.toks[m+1].low == "our") {
			continue // "Visit us at our new home on the 3rd floor of": the sender's
		}
		if t.low == "nombre" && m > lo && s.toks[m-1].low == "a" && m+2 < hi && s.toks[m+1].low == "de" && s.spPayee(m+2) {
			continue // "a nombre de Brightline Rentals": the payee
		}
		if t.low == "re" && m > lo && s.toks[m-1].low == "we" && (s.gap(m) == "'" || s.gap(m) == "\u2019") {
			continue // "We're now open late at": no "Re:" cue (facilityaddr.go)
		}
		if spDeliver.get(t.h) || s.fl(m)&(wNameCue|wTitle) != 0 && !s.ssStreetSuffix(m) {
			return true
		}
		if t.low == "mailing" && (m == lo || s.toks[m-1].low != "new") {
			return true
		}
		if (m < i || m > j && !s.spBeforeState(m, hi)) && (s.spLoneName(m, lo, hi) || s.spPersonRun(m, lo, hi)) {
			return true // "Maria moved to Sunrise Senior Living, 12 Elm St"
		}
		if t.low == "from" && m < i {
			return true // "send your payment from PO Box 4471"
		}
		if (t.low == "for" || t.low == "para") && m+1 < hi && s.isCapWord(m+1) {
			return true
		}
		if recipientWords.get(t.h) {
			if m < i && s.faHeldAt(lo, i) {
				continue // "Your wrist wraps are waiting at the front desk of" (facilityaddr.go)
			}
			if t.low == "you" && m > lo && s.toks[m-1].low == "thank" || m > j && s.opArriveYou(m) { // "Text us when you arrive" (senderops.go)
				continue
			}
			if t.low == "you" && m > i && m+1 < hi && spFooterYou.get(s.toks[m+1].h) {
				continue // "— you are receiving this because you subscribed": a footer's
			}
			if m+1 < hi && sdInvite.get(s.toks[m+1].h) || m+1 < hi && (s.toks[m+1].low == "esperamos" || s.toks[m+1].low == "espera") {
				continue // "Le esperamos en", "le espera en"
			}
			ok := false
			for k := m + 1; k < hi && k <= m+3; k++ {
				if spGoods.get(s.toks[k].h) {
					ok = true
					break
				}
			}
			if !ok {
				return true
			}
		}
	}
	return false
}

// spRun: the capitalised run that ends at token e, its words joined by a
// space or "&" ("Stitch & Stride Riverside"), at most six words; its first
// token, or -1. amp reports an "&" inside it.
func (s *scanner) spRun(e int) (a int, amp bool) {
	if e < 0 || !s.isCapWord(e) {
		return -1, false
	}
	a = e
	for a > 0 && e-a < 6 && !s.toks[a].sent {
		g := s.gap(a)
		if (g == " " || g == " & ") && s.isCapWord(a-1) {
			amp = amp || g == " & "
			a--
			continue
		}
		if a >= 2 && s.toks[a-1].low == "&" && s.gap(a) == " " && s.gap(a-1) == " " && s.isCapWord(a-2) {
			amp = true
			a -= 2
			continue
		}
		break
	}
	return a, amp
}

// spCompany: the run a..e is a company's: no person's, after no for, para,
// title, greeting or name cue, with positive evidence.
func (s *scanner) spCompany(a, e int, amp bool) bool {
	if a < 0 || s.spPerson(a, e) {
		return false
	}
	if a > 0 && !s.toks[a].sent {
		p := s.toks[a-1].low
		if p == "for" || p == "para" || p == "to" || s.fl(a-1)&(wTitle|wGreeting|wNameCue) != 0 || recipientWords.get(s.toks[a-1].h) {
			return false
		}
	}
	if amp || s.ssCompanyWord(a, e) {
		return true
	}
	for k := a; k <= e; k++ {
		if spShopHeads.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// spPossessive: token e is a capitalised word before "'s" ("Meridian's");
// the index of the "s" token, or -1.
func (s *scanner) spPossessive(e int) int {
	if e+1 < len(s.toks) && s.toks[e+1].low == "s" && (s.gap(e+1) == "'" || s.gap(e+1) == "\u2019") && s.isCapWord(e) {
		return e + 1
	}
	return -1
}

// spOwner: the sentence from lo up to the address at token i makes the
// address the sender's (see the file comment, 1).
func (s *scanner) spOwner(lo, i int) bool {
	p := s.sdPrevWord(i)
	if p < lo {
		return false
	}
	// a company's run right before the address
	if g := s.gap(i); g == ", " || g == " · " || g == " | " {
		if a, amp := s.spRun(p); a >= lo && s.spCompany(a, p, amp) {
			return true
		}
	}
	if s.storeNumberAddr(lo, p, i) { // "ready for pickup at store 4421, 900 Elm Ave" (storeaddr.go)
		return true
	}
	if s.faOwner(lo, p, i) || s.opPickupAt(lo, p, i) { // a facility, pickup, public event or opening (facilityaddr.go); "Your curbside order is ready at" (senderops.go)
		return true
	}
	// "Le esperamos en", "le espera en"
	if s.low(p) == "en" && p-1 >= lo && (s.low(p-1) == "esperamos" || s.low(p-1) == "espera" || s.low(p-1) == "esperan") {
		return true
	}
	// "Desde el lunes atendemos en", "nos mudamos a": the sender's own
	// first-person verb of being somewhere right before the address (r107,
	// dev107); spReader has already vetoed a reader's word ("lo atendemos
	// en su domicilio")
	if (s.low(p) == "en" || s.low(p) == "a") && p-1 >= lo && spWeAt.get(s.toks[p-1].h) {
		return true
	}
	if s.spWeAtFutureAt(lo, p) && !s.spAddrFlat(i) { // "lo atenderemos en", never at a flat (senderaddrlabel.go)
		return true
	}
	// a place noun then "de"/"en" right before the address
	if s.low(p) == "de" || s.low(p) == "en" {
		for k := p - 1; k >= lo && k >= p-3; k-- {
			if spPlaceNouns.get(s.toks[k].h) {
				return true
			}
		}
	}
	give, bring := false, false
	for m := lo; m < i; m++ {
		h := s.toks[m].h
		low := s.toks[m].low
		may := spOwnerBits.may(h) // one bit before the three sets (helper SPEED12)
		give = give || may && spGive.get(h)
		bring = bring || may && spBring.get(h)
		if (low == "visit" || low == "find") && m+1 < i && s.toks[m+1].low == "us" || low == "visitanos" || low == "visitenos" || low == "encuentranos" {
			return true // "Visit us at", "Visítanos en"
		}
		switch low {
		case "our", "nuestra", "nuestro", "nuestras", "nuestros":
			for k := m + 1; k < i && k <= m+3; k++ {
				if spPlaceNouns.get(s.toks[k].h) {
					return true
				}
			}
		case "address", "direccion":
			// "has a new mailing address", "Nueva dirección de pagos"
			for k := m - 1; k >= lo && k >= m-2; k-- {
				if (s.toks[k].low == "new" || s.toks[k].low == "nueva") && !(k > lo && s.toks[k-1].low == "s" && s.gap(k-1) == "'") {
					return true // not "Okonkwo's new address"
				}
			}
			if low == "direccion" && m+1 < i && s.toks[m+1].low == "nueva" {
				return true
			}
		}
		// a place noun after a company's run or possessive, with only verb
		// glue (or "at") between it and the address
		if may && spPlaceNouns.get(h) && s.spGlueTo(m+1, i) {
			for q := m - 1; q >= lo && q >= m-3; q-- {
				e := q
				if s.toks[q].low == "s" && q > 0 && s.spPossessive(q-1) == q {
					e = q - 1
				}
				a, amp := s.spRun(e)
				if a < lo {
					continue
				}
				if e < q && !s.spPerson(a, e) && (a == lo || !recipientWords.get(s.toks[a-1].h)) || e == q && s.spCompany(a, e, amp) {
					return true // "Meridian's photo lab at", "Stitch & Stride corporate has moved to"
				}
			}
		}
		// a company's run as the subject, then verb glue up to the address
		if m == lo || s.toks[m].sent || s.gap(m) == ", " && s.isCapWord(m) {
			e := m
			for e+1 < i && s.isCapWord(e+1) && (s.gap(e+1) == " " || s.gap(e+1) == " & ") || e+2 < i && s.toks[e+1].low == "&" && s.isCapWord(e+2) {
				if s.toks[e+1].low == "&" {
					e += 2
				} else {
					e++
				}
			}
			if a, amp := s.spRun(e); a == m && (e > m || amp) && s.spCompany(a, e, amp) && e+1 < i && s.spGlueTo(e+1, i) {
				return true
			}
		}
	}
	return give && bring || s.spSiteSubject(lo, i) // "BreatheWell has moved to" (siteowner.go)
}

// spGlueTo: every token from k up to the address at i is verb glue
// ("is now open at", "has moved to", "se mudó a"), a day of a date, a
// weekday or a month, and there is at least one.
func (s *scanner) spGlueTo(k, i int) bool {
	if k >= i {
		return false
	}
	for m := k; m < i; m++ {
		if !spGlue.get(s.toks[m].h) && s.toks[m].cls&tDigit == 0 && s.fl(m)&wMonth == 0 && !sdWeekdays.get(s.toks[m].h) {
			return false
		}
	}
	return true
}

// spCityLine: after a passed street ending at token end, the unit, floor
// and city line up to a state code and ZIP ("Dock 6, Reno, NV 89502",
// "2nd floor, Harlan, KY 40831") are the sender's too; nothing is marked
// unless the run reaches a state code.
func (s *scanner) spCityLine(end int) {
	n := len(s.toks)
	for m := end + 1; m < n && m <= end+10; m++ {
		g := s.gap(m)
		if g != " " && g != ", " {
			return
		}
		t := &s.toks[m]
		if s.fl(m)&wStateCode != 0 && t.cls&tUpper != 0 {
			e := m
			if m+1 < n && s.toks[m+1].nd == 5 && s.toks[m+1].cls&tDigit != 0 && s.gap(m+1) == " " {
				e = m + 1
			}
			s.markUsed(end+1, e)
			return
		}
		if s.isCapWord(m) && s.fl(m)&(wFirst|wLast) != 0 && s.fl(m)&wPlace == 0 {
			// a given name or surname only as the city right before the
			// state ("Harlan, KY"), never a person's name in the line
			if m+1 >= n || s.fl(m+1)&wStateCode == 0 || s.toks[m+1].cls&tUpper == 0 {
				return
			}
			continue
		}
		if t.cls&tDigit != 0 || t.cls&tMixed != 0 || s.isCapWord(m) || t.low == "floor" || t.low == "piso" {
			continue
		}
		return
	}
}

// spIntlCityLine: after a passed street that began with a street word
// ("Av. Vicuña Mackenna 2850"), the city line that ends its line, field or
// HTML element ("…, San Joaquín, Santiago</p>") is the sender's too: at
// most seven capitalised words after ", ", the last a listed place or a
// segment opened by a place word (San, Santa, Villa, Puerto…); nothing is
// marked otherwise ("…, Maria Lopez" stays).
func (s *scanner) spIntlCityLine(end int) {
	n := len(s.toks)
	m := end + 1
	if m >= n || s.gap(m) != ", " {
		return
	}
	last, prefix := -1, false
	for k := m; k < n && k <= end+7; k++ {
		g := s.gap(k)
		if k > m && g != " " && g != ", " {
			break
		}
		if !s.isCapWord(k) {
			return
		}
		if g == ", " && spPlacePrefix.get(s.toks[k].h) {
			prefix = true // "San Joaquín", "Villa Crespo"
		}
		last = k
	}
	if last < 0 || s.fl(last)&wPlace == 0 && !prefix {
		return
	}
	if g := s.gap(last + 1); strings.TrimSpace(g) != "" && !strings.HasPrefix(g, "<") && !strings.Contains(g, "\n") {
		return // the line goes on: not a footer's city line
	}
	s.markUsed(m, last)
}

// spCareNear: a care word (sdCare, sdHeld) in the sentence of token i that
// is no word of a name nor of the sender's trade: bizAddress's older
// fallback (our, we, us… within twelve words) no longer passes the
// address then ("Our nurse will visit 14 Oak St", "Nuestra enfermera le
// visitará en …": the patient's home, passed before).
func (s *scanner) spCareNear(i int) bool {
	if s.toks[i].cls&tDigit == 0 {
		return false // a street word first ("Westgate Plaza on March 3"): left as it was
	}
	lo, hi := s.sdSpan(i)
	for m := lo; m < hi; m++ {
		h := s.toks[m].h
		if s.toks[m].low == "visit" && m+1 < hi && (s.toks[m+1].low == "us" || s.toks[m+1].low == "our") {
			continue // "Visit us at", "Visit our store at": the sender's invitation
		}
		if (sdCare.get(h) || spDeliver.get(h) && s.toks[m].cls&(tCap|tUpper) == 0) && !s.sdNamePart(m) && !s.sdTradeUse(m) {
			return true
		}
	}
	return false
}

// spCareInNotice: ssCareInNotice, but three uses are the sender's: a
// capitalised care word inside a capitalised run of three or more words
// that holds no reader's word ("Harlan County Hospital Patient Financial
// Services"); "lab" after photo, print or film ("Meridian's photo lab");
// "espera", "esperamos" right before "en" (the sender's invitation, "Su
// pedido le espera en 312 Main St"; "Le esperamos en su domicilio" keeps
// its "su domicilio", spReader).
func (s *scanner) spCareInNoticeScan() bool {
	if !s.ssCareInNotice() {
		return false
	}
	for m := range s.toks {
		if s.spCareAt(m) {
			return true
		}
	}
	return false
}

// spCareAt: token m is a care word spCareInNotice counts.
func (s *scanner) spCareAt(m int) bool {
	if !s.sdCareTok(m) || s.sdNamePart(m) || s.sdTradeUse(m) {
		return false
	}
	low := s.toks[m].low
	if low == "see" && m > 0 && s.toks[m-1].low == "come" ||
		low == "visit" && m+1 < len(s.toks) && s.toks[m+1].low == "us" ||
		low == "dos" && s.toks[m].cls&tUpper == 0 ||
		m > 0 && m+1 < len(s.toks) && s.toks[m-1].cls&tDigit != 0 && sdStreetWords.get(s.toks[m+1].h) && s.sdCapital(m) {
		return false // ssCareInNotice's own exceptions
	}
	if s.spInName(m) || s.spOurHome(m) || s.wkDeptName(m) || s.spMoveClosure(m) { // "Our Patient Financial Services office" (weakcue.go); "cerrará por traslado" (senderaddrlabel.go)
		return false
	}
	if (low == "lab" || low == "labs") && m > 0 && (s.toks[m-1].low == "photo" || s.toks[m-1].low == "print" || s.toks[m-1].low == "film") {
		return false
	}
	if (low == "espera" || low == "esperamos") && m+1 < len(s.toks) && s.toks[m+1].low == "en" {
		return false
	}
	if low == "espera" && s.spGoodsBefore(m) {
		return false // "Tu carrito te espera", "Su pedido le espera"
	}
	if low == "collection" && s.weakPersonCue(m) {
		return false // "Come see the spring collection" (weakcue.go; facilityaddr.go)
	}
	return true
}

// spInName: token m is a capitalised word between two capitalised words of
// one run ("Hospital Patient Financial") whose words are no reader's or
// care words ("Your Hearing Test" stays care).
func (s *scanner) spInName(m int) bool {
	n := len(s.toks)
	if m < 1 || m+1 >= n || s.toks[m].sent || s.toks[m+1].sent || !s.sdCapital(m) || s.toks[m].cls&tUpper != 0 {
		return false
	}
	if s.gap(m) != " " || s.gap(m+1) != " " || !s.sdCapital(m-1) || !s.sdCapital(m+1) {
		return false
	}
	for _, k := range [2]int{m - 1, m + 1} {
		h := s.toks[k].h
		if recipientWords.get(h) || sdCare.get(h) || s.fl(k)&wStop != 0 {
			return false
		}
	}
	return true
}

// spPerson: ssPerson, but a name cue inside the run followed by words that
// are not all given names or surnames is a word of the company's name
// ("Harlan County Hospital Patient Financial Services"); "Patient Maria
// Lopez" and a cue ending the run stay a person's.
func (s *scanner) spPerson(a, e int) bool {
	if a > 0 && s.fl(a-1)&(wTitle|wNameCue) != 0 {
		return true
	}
	all := true
	for k := a; k <= e; k++ {
		f := s.fl(k)
		if f&wTitle != 0 {
			return true
		}
		if f&wNameCue != 0 {
			if k == e {
				return true
			}
			names := true
			for q := k + 1; q <= e; q++ {
				if s.fl(q)&(wFirst|wLast) == 0 || s.fl(q)&wCommon != 0 {
					names = false
				}
			}
			if names {
				return true
			}
		}
		if f&(wFirst|wLast) == 0 || f&wCommon != 0 || s.toks[k].cls&tInnerUp != 0 {
			all = false
		}
	}
	return all
}

// spGoodsBefore: one of the three words before token m, in its sentence, is
// the reader's goods ("Tu carrito te espera").
func (s *scanner) spGoodsBefore(m int) bool {
	for k := m - 1; k >= 0 && k >= m-3; k-- {
		if spGoods.get(s.toks[k].h) {
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	return false
}

// spPayee: the capitalised run from token k is a company's ("a nombre de
// Brightline Rentals").
func (s *scanner) spPayee(k int) bool {
	e := k
	for e+1 < len(s.toks) && e-k < 5 && s.isCapWord(e+1) && s.gap(e+1) == " " {
		e++
	}
	return s.isCapWord(k) && s.spCompany(k, e, false)
}

// spOurHome: token m is "home" or "casa" right after our/nuestra, or after
// "our new"/"nuestra nueva": the sender's new premises ("Visit us at our
// new home on the 3rd floor of 515 Market St").
func (s *scanner) spOurHome(m int) bool {
	if m < 1 || s.toks[m].sent || s.toks[m].low != "home" && s.toks[m].low != "casa" {
		return false
	}
	p := s.toks[m-1].low
	if p == "new" || p == "nueva" {
		if m < 2 || s.toks[m-1].sent {
			return false
		}
		p = s.toks[m-2].low
	}
	if p != "our" && p != "nuestra" {
		return false
	}
	// the sender speaking of itself: "Visit us at our new home", "Find us in
	// nuestra nueva casa"; "Nuestra nueva casa está en 14 Oak St" alone
	// stays a household's
	for k := m - 1; k >= 0 && !s.toks[k+1].sent; k-- {
		if s.toks[k].low == "us" || s.toks[k].low == "visitanos" || s.toks[k].low == "visitenos" {
			return true
		}
	}
	return false
}

// spLoneName: token m is a listed given name written with a capital and
// standing alone, in no capitalised run ("Maria moved to …", "Ana's new
// address is …"): a person in the address's sentence.
func (s *scanner) spLoneName(m, lo, hi int) bool {
	f := s.fl(m)
	if f&wFirst == 0 || f&(wCommon|wPlace|wMonth) != 0 || !s.sdCapital(m) || s.toks[m].cls&tUpper != 0 {
		return false
	}
	if m > lo && !s.toks[m].sent && s.isCapWord(m-1) && (s.gap(m) == " " || s.gap(m) == " & ") {
		return false
	}
	return m+1 >= hi || s.toks[m+1].sent || !s.isCapWord(m+1) || s.gap(m+1) != " " && s.gap(m+1) != " & "
}

// spPersonRun: token m opens a run of two or more capitalised words, before
// the address at i, that reads as a person's name (spPerson: "Jordan Avery
// has a new mailing address: PO Box …").
func (s *scanner) spPersonRun(m, lo, i int) bool { // i: the end of the span read
	if !s.isCapWord(m) || m > lo && !s.toks[m].sent && s.isCapWord(m-1) && s.gap(m) == " " {
		return false
	}
	e := m
	for e+1 < i && s.isCapWord(e+1) && s.gap(e+1) == " " && !s.toks[e+1].sent {
		e++
	}
	return e > m && s.spPerson(m, e)
}

// spWeBefore: we, our, will or nuestra… within the three words before
// token m in its sentence: the sender doing it ("Our lab will pick up").
func (s *scanner) spWeBefore(m, lo int) bool {
	for k := m - 1; k >= lo && k >= m-3; k-- {
		switch s.toks[k].low {
		case "we", "our", "will", "ll", "nuestra", "nuestro":
			return true
		}
	}
	return false
}

// spBeforeState: the capitalised words from token m run to a state code
// ("Harlan, KY", "Fort Collins CO"): a city, not a person.
func (s *scanner) spBeforeState(m, hi int) bool {
	for k := m; k < hi && k <= m+3; k++ {
		if k > m && s.fl(k)&wStateCode != 0 && s.toks[k].cls&tUpper != 0 {
			return true
		}
		if !s.isCapWord(k) {
			return false
		}
	}
	return false
}

// spNameInTail: the address's tail, read by addrTail after the street
// type, runs over a colon or holds a given name or surname that is no city
// before a state ("880 Grand Ave: Ana Ruiz's bike repair is done" read
// "Ana Ruiz" as the city): passing the address would hide the name.
func (s *scanner) spNameInTail(i, j int) bool {
	street := false
	for k := i + 1; k <= j && k < len(s.toks); k++ {
		if !street {
			street = s.fl(k)&wStreetSuffix != 0
			continue
		}
		if strings.Contains(s.gap(k), ":") {
			return true
		}
		f := s.fl(k)
		if s.isCapWord(k) && f&(wFirst|wLast) != 0 && f&(wCommon|wPlace|wStateCode) == 0 && !s.spBeforeState(k, min(j+3, len(s.toks))) {
			return true
		}
	}
	return false
}
