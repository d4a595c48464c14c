package guard

import "strings"

// sendersite.go: the sender's own sites and boxes written other ways
// (issue 15, dev44; helper ADDR44, 2026-12-04).
//
// senderSite, called from bizAddress (words.go) beside senderAddress
// (senderdate.go), passes a street address, or the city line after one,
// that is the sender's:
//
//   - a site moving or opening with the sender as the subject: a site noun
//     (warehouse, fulfillment/distribution center, branch, clinic, office,
//     store, showroom, studio, almacén, centro, sucursal…) with a
//     capitalised name before it ("Lensly's fulfillment center is moving
//     to", "Peak Fitness Northside's studio moves to") or after it with
//     "de" ("El almacén de CareFleet se muda a"), or a company's
//     capitalised run of two or more words right before the verb
//     ("QuickCare Midtown se mudó a", "Motion Lab Westside is open!",
//     "QuickCare Cedar Park opens Saturday, Aug 2 at"), or an opening cue
//     (now open, coming soon, grand opening, opening, ya abrimos) in the
//     sentence or the one before and a company's run right before the
//     address ("New Texas branch now open: CareFleet Rentals, 8800
//     Freeport Pkwy", "Coming soon … QuickCare Round Rock at 2101 …");
//   - a footer: a company's run, then " · " or " | ", then the address
//     ("Motion Lab · 1401 N Halsted St · Chicago, IL"), whichever word the
//     name ends with, and the city line after the passed address;
//   - "Ships from:"/"Shipped from:" and a company's run before it.
//
// A company's run (ssCompany) holds no title or name cue and at least one
// word that is no given name or surname (or an inner capital,
// "CareFleet"); "Maria Lopez moves to", "Jordan Avery · 1401 N Halsted
// St" and "Mrs. Chen se mudó a" stay reported. Fail closed: the vetoes of
// bizAddress (a home-care visit, sdSentTo's sent-to address or
// apartment) run first, and any reader's word of sdReaderAddr in the
// sentence (your, su, ship, deliver, home, patient…) or a care word in
// the notice keeps the address.
//
// senderMailBox, called from poBox beside senderRemitBox (remitbox.go),
// passes a post office box the reader mails something to:
// "accepts mailed payments at", "payments are accepted at",
// "remittance address has changed to"/"is now", "send a signed
// cancellation form to Motion Lab Memberships,", "Para pagar con cheque,
// envíelo a Mercy Valley Health,", "send back your empty blister packs …
// to" — a mail verb in the imperative (sentence-first, after a colon,
// comma or "please") with an object between it and "to" (a Spanish verb
// with its clitic, "envíelo a", needs none), or a payment cue. A reader's
// word passes only after an imperative verb; "We'll mail your card to",
// "Your new card will be mailed to", "Mail to: Priya Raman, PO Box …", a
// person's name before the box, and remitOut's outgoing checks stay
// reported.

var (
	ssSiteNouns = wordSetTab("warehouse warehouses center centre branch clinic office store showroom studio location facility hub lab " +
		"almacen centro sucursal clinica oficina tienda sede bodega")
	ssMoveVerbs = wordSetTab("moves moved moving move relocates relocated relocating opens open opening reopens reopened " +
		"muda mudo mudara traslada traslado trasladara abre abrio abrira inaugura")
	ssVerbGlue  = wordSetTab("is are has have will be now se has been officially")
	ssOpenCues  = wordSetTab("open opening opens soon abrimos abre apertura inauguracion")
	ssMailVerbs = wordSetTab("send mail return ship drop envie envielo enviela envielos envienos mande mandelo devuelva")
	ssClitic    = wordSetTab("envielo enviela envielos envienos mandelo")
	// the object after an English mail verb ("send a signed form to",
	// "send back your packs … to", "mail the completed form to")
	ssMailObj = wordSetTab("a an the back your this these all any us it them empty completed signed payment payments check checks form forms " +
		// DATES5 (dev41): "Envíe sus pagos a PO Box …", "Envíe sus cheques a …"
		"sus su los las")
	// "Clínica del Sol", "Hogar de la Paz"
	ssNameGlueEs = wordSetTab("del de la las los y")
	ssPayAt      = wordSetTab("payments payment remittance remittances checks cheques pago pagos")
)

// ssPerson: the capitalised run a..b reads as a person's name: a title or
// name cue in it, or every word a given name or surname that is no common
// word and has no inner capital.
func (s *scanner) ssPerson(a, b int) bool {
	if a > 0 && s.fl(a-1)&(wTitle|wNameCue) != 0 {
		return true
	}
	all := true
	for k := a; k <= b; k++ {
		f := s.fl(k)
		if f&(wTitle|wNameCue) != 0 {
			return true
		}
		if f&(wFirst|wLast) == 0 || f&wCommon != 0 || s.toks[k].cls&tInnerUp != 0 {
			all = false
		}
	}
	return all
}

// ssRunBefore: the capitalised run that ends at token e (joined by single
// spaces), at most five words; its first token, or -1.
func (s *scanner) ssRunBefore(e int) int {
	if e < 0 || !s.isCapWord(e) {
		return -1
	}
	a := e
	for a > 0 && e-a < 4 && s.nameGap(a) && s.isCapWord(a-1) && !s.toks[a].sent {
		a--
	}
	return a
}

// ssCompany: the run a..e is a company's name (see the file comment).
func (s *scanner) ssCompany(a, e int) bool {
	return a >= 0 && !s.ssPerson(a, e)
}

// ssReaderIn: a reader's address word (sdReaderAddr) or a name cue in
// lo..hi outside i..j.
func (s *scanner) ssReaderIn(lo, hi, i, j int) bool {
	for m := lo; m < hi; m++ {
		if m >= i && m <= j {
			continue
		}
		if s.toks[m].low == "sus" && m > 0 && m+1 < len(s.toks) && s.toks[m+1].low == "puertas" && ssMoveVerbs.get(s.toks[m-1].h) {
			continue // "abre sus puertas": the sender's doors
		}
		if s.ssStreetSuffix(m) {
			continue // "2200 Commerce Dr" is no title
		}
		if sdReaderAddr.get(s.toks[m].h) || s.fl(m)&(wNameCue|wTitle) != 0 {
			return true
		}
	}
	return false
}

// senderSite: the address (or city line) at i..j is the sender's site
// (see the file comment).
func (s *scanner) senderSite(i, j int) bool {
	lo, hi := s.sdSpan(i)
	if s.ssCareInNotice() || s.ssReaderIn(lo, hi, i, j) || s.sdAptIn(i, j) { // the notice's care first: once per token list (caremo.go)
		return false
	}
	g := s.gap(i)
	p := s.sdPrevWord(i)
	// the city line after a passed footer address, or after a house
	// number and street in a company's footer
	if (g == " · " || g == " | ") && p >= 0 && (s.used[p] || s.ssFooterCity(p)) {
		return true
	}
	if g == ", " && p > 0 && s.ssCityAfterFooter(p) {
		return true // "… · Columbus, OH 43215": the state after the city
	}
	// footers and "Ships from:"
	if g == " · " || g == " | " || g == ", " {
		a := s.ssRunBefore(p)
		if a >= 0 && s.ssCompany(a, p) && p < i {
			if g != ", " && s.ssBlockStart(a) {
				return true
			}
			if a >= 2 && s.gap(a) == ": " && s.low(a-1) == "from" && (s.low(a-2) == "ships" || s.low(a-2) == "shipped") {
				return true
			}
		}
	}
	plo := lo
	if lo > 0 {
		plo, _ = s.sentSpan(lo - 1)
		if s.ssReaderIn(plo, lo, -1, -1) {
			plo = lo
		}
	}
	// the sender's event at its site: "ribbon cutting", "blood drive",
	// "open house", "refreshments will be served at"
	for m := plo; m+1 < hi; m++ {
		if m >= i && m <= j {
			continue
		}
		if ssEventPair(s.toks[m].low, s.toks[m+1].low) {
			return true
		}
	}
	if !s.sdHasNumber(i, j) {
		return false
	}
	// a company's run right before the address after an opening cue
	if g == ", " || g == " " && p >= 0 && s.low(p) == "at" {
		e := p
		if g == " " {
			e = p - 1
		}
		a := s.ssRunBefore(e)
		if a >= 0 && (a < e || s.toks[a].cls&tInnerUp != 0) && s.ssCompanyWord(a, e) {
			for m := plo; m < a; m++ {
				if ssOpenCues.get(s.toks[m].h) {
					return true
				}
			}
		}
	}
	// the sender's site as the subject of a move or opening verb
	for v := plo; v < i; v++ {
		if !ssMoveVerbs.get(s.toks[v].h) {
			continue
		}
		k := v - 1
		for k >= plo && ssVerbGlue.get(s.toks[k].h) {
			k--
		}
		if k < plo {
			continue
		}
		// a run of two or more capitalised words: "QuickCare Midtown se mudó"
		if a := s.ssRunBefore(k); a >= 0 && a < k && s.ssCompanyWord(a, k) {
			return true
		}
		// a site noun with the name before it or after it with "de"
		for n := k; n >= plo && n >= k-4; n-- {
			if !ssSiteNouns.get(s.toks[n].h) {
				continue
			}
			for q := n - 1; q >= plo && q >= n-3; q-- {
				if a := s.ssRunBefore(q); a >= 0 && s.ssCompany(a, q) && s.isCapWord(q) {
					return true
				}
			}
			for q := n + 1; q <= k; q++ {
				if s.low(q-1) == "de" && s.isCapWord(q) && s.ssCompany(q, q) {
					return true
				}
			}
		}
	}
	return false
}

// senderMailBox: the post office box at token i is where the reader
// mails a payment, a form or goods to a named organisation (see the file
// comment).
func (s *scanner) senderMailBox(i int) bool {
	lo, _ := s.sentSpan(i)
	c := i - 1
	name := -1
	for c >= lo && c >= i-8 {
		g := s.gap(c + 1)
		if g != " " && g != ", " && g != " & " {
			break
		}
		if s.isCapWord(c) && !s.toks[c].sent || (remitNameGlue.get(s.toks[c].h) || ssNameGlueEs.get(s.toks[c].h)) && c+1 < i && c > lo && s.isCapWord(c-1) {
			if s.used[c] {
				return false
			}
			if name < 0 {
				name = c
			}
			c--
			continue
		}
		break
	}
	if name >= 0 {
		if s.ssPerson(c+1, name) {
			return false
		}
	}
	// a footer: "ClearPath Billing · PO Box 77120 · Charlotte, NC"
	if g := s.gap(i); (g == " · " || g == " | ") && i > 0 {
		a := s.ssRunBefore(i - 1)
		return a >= 0 && s.ssCompany(a, i-1) && s.ssBlockStart(a) && !s.used[i-1]
	}
	if c < lo || s.remitOut(c) {
		return false
	}
	reader := false
	for m := lo; m < c; m++ {
		if remitReader.get(s.toks[m].h) || s.toks[m].low == "we" || s.toks[m].low == "ll" {
			reader = true
		}
	}
	switch s.low(c) {
	case "old", "new", "former":
		// "our old PO Box 33018 is closing" (DATES5, dev41)
		return c > lo && (s.low(c-1) == "our" || s.low(c-1) == "nuestro" || s.low(c-1) == "nuestra") && !reader
	case "at", "now", "is", "es":
		// "accepts mailed payments at", "Our remittance address is now",
		// "Nuestra nueva dirección de pago es" (DATES5, dev41)
		if reader {
			return false
		}
		for k := c - 1; k >= lo && k >= c-4; k-- {
			if ssPayAt.get(s.toks[k].h) {
				return true
			}
		}
	case "to", "a":
		if s.low(c) == "to" && c >= 2 && s.low(c-1) == "changed" && s.low(c-2) == "has" && !reader {
			for k := c - 3; k >= lo && k >= c-6; k-- {
				if ssPayAt.get(s.toks[k].h) {
					return true // "remittance address has changed to"
				}
			}
		}
		for v := c - 1; v >= lo && v >= c-12; v-- {
			if !ssMailVerbs.get(s.toks[v].h) {
				continue
			}
			imp := v == lo || s.toks[v].sent || strings.HasSuffix(strings.TrimSpace(s.gap(v)), ":") ||
				strings.HasSuffix(strings.TrimSpace(s.gap(v)), ",") || v > lo && s.low(v-1) == "please"
			if !imp {
				return false
			}
			if !ssClitic.get(s.toks[v].h) && (v+1 == c || !ssMailObj.get(s.toks[v+1].h)) {
				return false // "Mail to: Priya Raman, PO Box …", "Mail goes to P.O. Box 33"
			}
			for m := lo; m < v; m++ {
				if s.toks[m].low == "we" || s.toks[m].low == "ll" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// ssEventPair: two words that name the sender's event ("ribbon cutting",
// "blood drive", "open house", "refreshments will be served").
func ssEventPair(a, b string) bool {
	switch a {
	case "ribbon":
		return b == "cutting"
	case "blood":
		return b == "drive"
	case "open":
		return b == "house"
	case "refreshments":
		return b == "will" || b == "served"
	}
	return false
}

// ssBlockStart: token a opens a footer block: its sentence's first token
// (" · " and " | " end sentences), or the first word after an HTML tag.
func (s *scanner) ssBlockStart(a int) bool {
	alo, _ := s.sentSpan(a)
	return alo == a || a > 0 && s.sdTag(a-1) || strings.HasSuffix(s.gap(a), ">")
}

// ssFooterCity: token p ends a "<number> <capitalised words>" segment that
// follows a company's run through " · " or " | " ("Mercy Valley Health ·
// 1200 Mercy Way · Columbus, OH"): the street of a footer.
func (s *scanner) ssFooterCity(p int) bool {
	k := p
	for k > 0 && p-k < 5 && s.gap(k) == " " {
		k--
	}
	if s.toks[k].cls&tDigit == 0 || k == p || s.gap(k) != " · " && s.gap(k) != " | " {
		return false
	}
	for m := k + 1; m <= p; m++ {
		if !s.isCapWord(m) {
			return false
		}
	}
	e := k - 1
	a := s.ssRunBefore(e)
	return a >= 0 && s.ssCompany(a, e) && s.ssBlockStart(a)
}

// ssCareInNotice: sdCareInNotice, but "Come see" is the sender's
// invitation and "abre sus puertas" its opening, neither the reader's care
// nor address.
func (s *scanner) ssCareInNoticeScan() bool {
	if !s.sdCareInNotice() {
		return false
	}
	for m := range s.toks {
		if s.toks[m].low == "see" && m > 0 && s.toks[m-1].low == "come" {
			continue
		}
		if s.sdCareTok(m) && !s.sdNamePart(m) &&
			!(s.toks[m].low == "visit" && m+1 < len(s.toks) && s.toks[m+1].low == "us") &&
			!(s.toks[m].low == "dos" && s.toks[m].cls&tUpper == 0) &&
			!(m > 0 && m+1 < len(s.toks) && s.toks[m-1].cls&tDigit != 0 && sdStreetWords.get(s.toks[m+1].h) && s.sdCapital(m)) {
			return true
		}
	}
	return false
}

// ssCityAfterFooter: token p ends a city's capitalised words that follow a
// passed footer address, or a footer's street, through " · " or " | ".
func (s *scanner) ssCityAfterFooter(p int) bool {
	c := p
	for c > 0 && p-c < 3 && s.isCapWord(c) && s.gap(c) == " " {
		c--
	}
	if !s.isCapWord(c) || c < 1 {
		return false
	}
	g := s.gap(c)
	return (g == " · " || g == " | ") && (s.used[c-1] || s.ssFooterCity(c-1))
}

// ssStreetSuffix: token m is a street type ("Dr", "St") that ends a
// house number and capitalised street words ("2200 Commerce Dr"), not a
// title before a name.
func (s *scanner) ssStreetSuffix(m int) bool {
	if s.fl(m)&wStreetSuffix == 0 {
		return false
	}
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		if s.toks[k].cls&tDigit != 0 {
			return k < m-1
		}
		if !s.isCapWord(k) || s.gap(k+1) != " " {
			return false
		}
	}
	return false
}

// ssCompanyWord: the run a..e is a company's name with positive evidence:
// no person (ssPerson), and a word of it is ordinary vocabulary, a place
// or written with an inner capital ("QuickCare Midtown", "Motion Lab
// Westside", "Peak Fitness Northside"); two unknown capitalised words
// ("Okonkwo Adebayo moves to …") stay a person's.
func (s *scanner) ssCompanyWord(a, e int) bool {
	if a < 0 || s.ssPerson(a, e) {
		return false
	}
	for k := a; k <= e; k++ {
		f := s.fl(k)
		t := &s.toks[k]
		if t.cls&tInnerUp != 0 && !soMcName(s.t.s[t.s:t.e]) || f&wPlace != 0 || f&(wFirst|wLast) == 0 && s.general(k) { // a Mc-/Mac- name is no coined word (siteowner.go, red14)
			return true
		}
	}
	return false
}

// ssBranchRun, called from branchRun (branchrun.go) with the capitalised
// run a..b a name rule holds, passes the sender's name in three slots:
// before ", PO Box" that senderRemitBox or senderMailBox passes ("Remit to
// CareFleet Rentals, PO Box 66120"); before a move or opening verb with a
// house number later in the sentence ("QuickCare Cedar Park opens
// Saturday, Aug 2 at 1890 E Whitestone Blvd", "CityMed Downtown has moved
// to 310 Congress Ave"); before "at" and a house number after an opening
// cue ("Coming soon … QuickCare Round Rock at 2101 Palm Valley Blvd").
// The run must be a company (ssCompanyWord) in no person's slot, with no
// reader's word in its sentence and no care word in the notice.
func (s *scanner) ssBranchRun(a, b int) bool {
	n := len(s.toks)
	k := b + 1
	if k >= n || !s.ssCompanyWord(a, b) {
		return false
	}
	if a > 0 && !s.toks[a].sent && (s.fl(a-1)&(wTitle|wGreeting|wNameCue) != 0 || branchRunPersonBefore.get(s.toks[a-1].h)) {
		return false
	}
	for j := a; j < b; j++ {
		if s.personAfter(j) {
			return false
		}
	}
	lo, hi := s.sentSpan(a)
	if s.ssReaderIn(lo, hi, -1, -1) || s.ssCareInNotice() {
		return false
	}
	if s.gap(k) == ", " && poBoxWord(s.low(k)) {
		return s.senderRemitBox(k) || s.senderMailBox(k)
	}
	if s.gap(k) != " " {
		return false
	}
	number := false
	for m := k + 1; m < hi; m++ {
		if s.toks[m].cls&tDigit != 0 && s.toks[m].nd >= 2 && m+1 < hi && s.toks[m+1].cls&(tCap|tUpper) != 0 {
			number = true
		}
	}
	if !number {
		return false
	}
	v := k
	for v < k+2 && v+1 < hi && ssVerbGlue.get(s.toks[v].h) {
		v++
	}
	if ssMoveVerbs.get(s.toks[v].h) {
		return true
	}
	if s.low(k) == "at" && k+1 < hi && s.toks[k+1].cls&tDigit != 0 {
		plo := lo
		if lo > 0 {
			plo, _ = s.sentSpan(lo - 1)
		}
		for m := plo; m < a; m++ {
			if ssOpenCues.get(s.toks[m].h) {
				return true
			}
		}
	}
	return false
}
