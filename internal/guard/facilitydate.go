package guard

import "strings"

// facilitydate.go: the sender's facility, membership and card-charge dates
// (issue 15, helper DATE44, dev44/dev46d).
//
// facilityDate makes a date allowed that date() found untied, or tied
// only to a care word inside the sender's name ("Motion Lab", "Mercy
// Valley Billing Office"), when its sentence is about the sender's
// facility or the reader's membership and payment:
//
//	"The Motion Lab pool will be closed Aug 4–10 for annual draining."
//	"The men's locker room at Motion Lab Downtown closes March 3–21."
//	"Lock in your rate: prepay a year of Motion Lab membership before June 30."
//	"our truck is scheduled to arrive at your dock between 7 and 9 AM on Sept 2"
//	"Se cargaron $75,00 a su tarjeta Visa terminada en 4242 el 02/04/2025."
//
// The frame is a facility or membership noun in the date's sentence (pool,
// locker, sauna, garage, lot, parking, membership, rate, page, app, dock,
// truck, studio, lobby, desk, floor, "open house"…), or a charge or
// renewal verb (charged, renews, billed, cargaron…) with a card word
// (card, tarjeta) in it.
//
// A care cue of date() near the date must be a word of the sender's name
// (fdNameCue): capitalised after a capitalised word (sdNamePart), and the
// name either recurs in the notice or is followed by a branch or facility
// word (Downtown, Westside, members, membership, front desk, pool, Open
// House…), a possessive or a header's colon or dash. "Motion Lab: your
// lab appointment on June 1" keeps "lab" (lower case) a care word and is
// reported; "Motion Lab: your blood draw is June 1" has no facility noun
// and is reported.
//
// Fail closed: any care word in the notice (sdCareInNotice: appointment,
// visit, test, results, birthday…), a reader's word (you, your, su…) not
// followed within four words by a goods, facility or card noun ("your
// dock", "your rate", "su tarjeta"), an arrival instruction (sdArrival,
// except a truck's arrival, a check-in page and a drive's "bring"), a
// clock time off the hour and half hour, a year before 2010, a therapy or
// rehab word in the notice (fdCare), or a charge whose "for"/"por" names
// no amount or goods (fdChargeFor: "por fisioterapia").
var (
	fdFacility = wordSetTab("pool pools locker lockers sauna saunas garage garages lot lots parking membership memberships " +
		"rate rates page app dock docks truck trucks studio court track lobby desk tub club treadmills showers floor " +
		"membresia membresias estacionamiento")
	fdBranch   = wordSetTab("downtown uptown midtown westside eastside northside southside northgate members member team standard premium front open kids")
	fdPayVerbs = wordSetTab("charged charge renews renewed renew billed debited cargaron cargamos cargo renueva renovo renovamos cobramos cobro")
	fdCards    = wordSetTab("card tarjeta")
	fdReader   = wordSetTab("card cards tarjeta tag rate rates dock docks membership membresia")
	fdTruck    = wordSetTab("truck trucks driver courier shipment delivery")
	// a session of therapy or rehab at the sender's place is the reader's
	// care, wherever its words stand ("por una sesión de fisioterapia")
	fdCare = wordSetTab("rehab rehabilitation fisioterapia kinesiologia kinesiology physiotherapy physio session sessions " +
		"sesion sesiones pt hydrotherapy aquatic evaluation evaluacion " +
		// a permit or a plate is issued to one person (pricedate_test.go:
		// "Parking permits are free on Jan 1" stays reported)
		"permit permits plate plates " +
		// a medical hold, an insurer-paid membership, a doctor's note
		"medical medica medico medicas medicos insurance seguro covered silversneakers hold doctor doctors note")
	// "scan your key tag", "scan the QR code": no scan of the body
	fdScanned = wordSetTab("key tag tags card barcode qr code badge")
	fdDrive   = wordSetTab("drive donation donations donate donaciones colecta")
	// the sender's works after "for" ("closes for resurfacing", "for a
	// fixture reset"): redteam.go's closurePurpose reads them as business
	fdWorks = wordSetTab("a an and fixture reset remodel remodeling resurfacing repaving repaved draining tile repair repairs " +
		"upgrade upgrades refinishing annual new lockers heater service members guests")
)

// facilityDate: the date at tokens i..j (year y, 0 when not written) is
// the sender's facility, membership or charge date (see the file comment).
func (s *scanner) facilityDate(i, j, y int) bool {
	if y > 0 && y < loyaltyFirstYear {
		return false
	}
	if s.sdCareInNotice() {
		return false // the last test below, asked first: once per token list (caremo.go)
	}
	lo, hi := s.sdSpan(i)
	frame, pay, card := false, false, false
	for m := lo; m < hi; m++ {
		if m >= i && m <= j {
			continue
		}
		h := s.toks[m].h
		if fdFacility.get(h) && !(s.toks[m].low == "lot" && m > 0 && s.toks[m-1].low == "a") ||
			s.toks[m].low == "house" && m > 0 && s.toks[m-1].low == "open" {
			frame = true
		}
		pay = pay || fdPayVerbs.get(h)
		card = card || fdCards.get(h)
	}
	if !(frame || pay && card) || !s.fdNameCues(i, j) || !frame && s.fdChargeFor(lo, hi) {
		return false
	}
	for m := range s.toks {
		if fdCare.get(s.toks[m].h) {
			return false
		}
	}
	return !s.sdCareInNotice() && s.fdReaderOK() && !s.fdArrival() && !s.sdOddClock(lo, hi)
}

// fdChargeFor: a charge's sentence lo..hi says what it is for ("for",
// "por") and the next word (past an article) is neither an amount nor a
// goods, facility or card noun ("por fisioterapia", "for a knee MRI"):
// the charge may be for care, so it is no sender's date.
func (s *scanner) fdChargeFor(lo, hi int) bool {
	for m := lo; m < hi; m++ {
		if s.toks[m].low != "for" && s.toks[m].low != "por" {
			continue
		}
		k := m + 1
		for k < hi && (s.toks[k].low == "a" || s.toks[k].low == "an" || s.toks[k].low == "the" || s.toks[k].low == "una" || s.toks[k].low == "un" || s.toks[k].low == "la" || s.toks[k].low == "el" || recipientWords.get(s.toks[k].h)) {
			k++
		}
		if k >= hi {
			return true
		}
		if h := s.toks[k].h; s.toks[k].cls&tDigit == 0 && !sdGoods.get(h) && !fdReader.get(h) && !fdFacility.get(h) {
			return true
		}
	}
	return false
}

// fdNameCues: every date person cue in date()'s window around i..j is a
// word of the sender's name (fdNameCue) or the "visit" of "visit us".
func (s *scanner) fdNameCues(i, j int) bool {
	ok := func(k int) bool {
		if s.fl(k)&wDatePerson == 0 {
			return true
		}
		if s.toks[k].low == "visit" && k+1 < len(s.toks) && s.toks[k+1].low == "us" {
			return true
		}
		return s.fdNameCue(k)
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if !ok(k) {
			return false
		}
		if s.toks[k].sent {
			break
		}
	}
	for k := j + 1; k < len(s.toks) && k <= j+4 && !s.toks[k].sent; k++ {
		if !ok(k) {
			return false
		}
	}
	return true
}

// fdNameCue: the care cue at k is a word of the sender's name: a name part
// (sdNamePart) whose name recurs in the notice, or is followed by a branch
// or facility word, a possessive, or a header's colon or dash.
func (s *scanner) fdNameCue(k int) bool {
	if !s.sdNamePart(k) {
		return false
	}
	e := k
	for e+1 < len(s.toks) && !s.toks[e+1].sent && s.gap(e+1) == " " && s.sdCapital(e+1) && s.fl(e+1)&wDatePerson == 0 {
		if fdBranch.get(s.toks[e+1].h) || fdFacility.get(s.toks[e+1].h) {
			return true // "Motion Lab Downtown", "Motion Lab Open House"
		}
		e++
	}
	if e+1 < len(s.toks) {
		g := s.gap(e + 1)
		if strings.Contains(g, ":") || strings.Contains(g, "—") || strings.HasPrefix(g, "'") || strings.HasPrefix(g, "’") {
			return true // "Motion Lab: …", "Motion Lab's rooftop track"
		}
		if fdBranch.get(s.toks[e+1].h) || fdFacility.get(s.toks[e+1].h) {
			return true // "Motion Lab members", "Motion Lab front desk"
		}
	}
	a, b := s.toks[k-1].low, s.toks[k].low
	for m := 1; m < len(s.toks); m++ {
		if m != k && s.toks[m].low == b && s.toks[m-1].low == a {
			return true // the name recurs
		}
	}
	return false
}

// fdReaderOK: every reader's word of the notice ("thank you" excepted) is
// followed within four words by a goods, facility or card noun.
func (s *scanner) fdReaderOK() bool {
	for m := range s.toks {
		if !recipientWords.get(s.toks[m].h) || s.toks[m].low == "you" && m > 0 && s.toks[m-1].low == "thank" {
			continue
		}
		ok := false
		for k := m + 1; k < len(s.toks) && k <= m+4 && !s.toks[k].sent; k++ {
			if h := s.toks[k].h; sdGoods.get(h) || fdReader.get(h) || fdFacility.get(h) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// fdArrival: an arrival instruction in the notice (sdArrival), except a
// truck's or courier's arrival ("our truck is scheduled to arrive"), a
// check-in page or app, and "bring" in a notice about a drive.
func (s *scanner) fdArrival() bool {
	drive := false
	for k := range s.toks {
		drive = drive || fdDrive.get(s.toks[k].h)
	}
	for k := range s.toks {
		if !redArrive.get(s.toks[k].h) {
			continue
		}
		skip := false
		switch s.toks[k].low {
		case "arrive", "arriving", "arrival":
			for m := k - 1; m >= 0 && m >= k-5 && !s.toks[m].sent; m-- {
				skip = skip || fdTruck.get(s.toks[m].h)
			}
		case "check", "checkin":
			for m := k + 1; m < len(s.toks) && m <= k+2 && !s.toks[m].sent; m++ {
				skip = skip || s.toks[m].low == "page" || s.toks[m].low == "app"
			}
		case "bring":
			skip = drive
		}
		if !skip {
			return true
		}
	}
	return false
}

// fdScanTag: token m is "scan" and a key tag, card, barcode or QR code
// follows within three words ("Just scan your key tag at the desk"): a
// scan of a thing, not of the reader's body (sdCareInNotice skips it).
func (s *scanner) fdScanTag(m int) bool {
	if s.toks[m].low != "scan" {
		return false
	}
	for k := m + 1; k < len(s.toks) && k <= m+3 && !s.toks[k].sent; k++ {
		if fdScanned.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
