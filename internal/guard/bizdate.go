package guard

// bizdate.go: dates of a shop's or clinic's business calendar that the
// date rules read as untied (issue 15, dev31/dev32, helper F31A).
//
//	"Payment received — thank you! $125.00 was applied on Nov 14."
//	"Order #88031 is delayed due to weather. New estimate: Dec 9–11."
//	"Reminder: coupons dated 12/31/2026 can't be combined."
//	"Tienes 800 puntos … Úsalos antes del 31 de enero."
//	"Masks are optional in our waiting rooms as of March 1, …"
//
// businessDate makes such a date allowed when date() found no person cue
// near it, no word of the notice addresses the reader (you, your, su, tu…;
// "thank you" excepted), its year, if written, is 2010 or later, and one of:
//
//   - "applied" (aplicaron, aplicó) at most five words before the date,
//     and a payment word (payment, paid, credit, refund, balance, pago,
//     abono) in the notice;
//   - "estimate" right before the date (through a colon, "is", "of"), "new"
//     right before "estimate", and an order or delivery word in the
//     notice; "due" anywhere in the date's sentence ends it ("New estimate
//     of your due date", "estimated due date": a pregnancy);
//   - "dated" right before the date and a coupon word (coupon(s),
//     voucher(s), cupón, cupones) right before "dated";
//   - a Spanish "use them" (úsalos, úselos, úsalas, úselas) at most three
//     words before the date, and a loyalty word (loyaltydate.go) in the
//     sentence before;
//   - a volunteer word and a group event (drive, class, fair…:
//     publicdate.go's groupEventNouns) in the date's sentence ("Volunteer
//     opportunity: help at our winter coat drive Dec 12");
//   - the date's sentence announces the operations of a site of the
//     sender's (opsSiteFrame, announce_ops.go: "The Elmwood site will
//     consolidate with the Brookside clinic on April 30", "The Brookside
//     clinic's parking lot will be repaved on Sept 8");
//   - "free" and a local group ("for local high school athletes", "for
//     middle school students": for, then within four words a local word —
//     local, school, area, community — and a group of people) in the
//     date's sentence;
//   - "as of" right before the date and mask(s) and a policy word
//     (optional, required, recommended) in the date's sentence;
//   - a listed price's change date (pricedate.go: "parking permits go
//     to $45/month on Jan 1").
//
// A care event in the date's sentence (shot, dose, refill…:
// loyaltyCareEvent) ends every reading.

var (
	bizPayWords    = wordSetTab("payment payments paid credit refund balance pago pagos abono")
	bizOrderWords  = wordSetTab("order orders delivery shipment package parcel pedido envio")
	bizCouponWords = wordSetTab("coupon coupons voucher vouchers cupon cupones")
	bizUseThem     = wordSetTab("usalos uselos usalas uselas")
	bizMaskWords   = wordSetTab("mask masks")
	bizVolunteer   = wordSetTab("volunteer volunteers voluntarios")
	bizFree        = wordSetTab("free gratis gratuito gratuita gratuitos gratuitas")
	bizGroupPeople = wordSetTab("athletes students families kids teens youth seniors veterans runners")
	bizGroupLocal  = wordSetTab("local school area community")
	bizMaskPolicy  = wordSetTab("optional required recommended")
)

// businessDate: the date at tokens i..j (year y, 0 when not written) is a
// business date (see the file comment).
func (s *scanner) businessDate(i, j, y int) bool {
	if y > 0 && y < loyaltyFirstYear {
		return false
	}
	for m := range s.toks {
		if recipientWords.get(s.toks[m].h) && !(s.toks[m].low == "you" && m > 0 && s.toks[m-1].low == "thank") {
			return false
		}
	}
	lo, hi := s.sentSpan(i)
	for m := lo; m < hi; m++ {
		if loyaltyCareEvent.get(s.toks[m].h) {
			return false
		}
	}
	tok := func(m int) string {
		if m < 0 || m >= len(s.toks) {
			return ""
		}
		return s.toks[m].low
	}
	any := func(set *setTab, a, b int) bool {
		for m := max(a, 0); m < b && m < len(s.toks); m++ {
			if set.get(s.toks[m].h) {
				return true
			}
		}
		return false
	}
	// "… was applied on Nov 14"
	for m := i - 1; m >= lo && m >= i-5; m-- {
		if (tok(m) == "applied" || tok(m) == "aplicaron" || tok(m) == "aplico") && any(&bizPayWords, 0, len(s.toks)) { // "Se aplicaron $200.00 el 3 de febrero" (helper DATES)
			return true
		}
	}
	// "New estimate: Dec 9–11"
	e := i - 1
	if tok(e) == "is" || tok(e) == "of" {
		e--
	}
	if e >= lo && tok(e) == "estimate" && tok(e-1) == "new" && any(&bizOrderWords, 0, len(s.toks)) {
		for m := lo; m < hi; m++ {
			if s.toks[m].low == "due" {
				return false
			}
		}
		return true
	}
	// "coupons dated 12/31/2026"
	if tok(i-1) == "dated" && i-2 >= lo && bizCouponWords.get(s.toks[i-2].h) {
		return true
	}
	// "Úsalos antes del 31 de enero" after a sentence with points
	for m := i - 1; m >= lo && m >= i-3; m-- {
		if bizUseThem.get(s.toks[m].h) && lo > 0 {
			plo, _ := s.sentSpan(lo - 1)
			if any(&loyaltyWords, plo, lo) {
				return true
			}
		}
	}
	// "Free sports physicals for local high school athletes on Aug 3"
	if any(&bizFree, lo, hi) && s.localGroup(lo, hi) {
		return true
	}
	// "Volunteer opportunity: help at our winter coat drive Dec 12"
	if any(&bizVolunteer, lo, hi) && any(&groupEventNouns, lo, hi) {
		return true
	}
	// "The Elmwood site will consolidate with the Brookside clinic on
	// April 30" (announce_ops.go)
	if opsSiteFrame(s.toks[lo:hi]) {
		return true
	}
	// "parking permits go to $45/month on Jan 1" (pricedate.go)
	if s.priceChangeDate(i, lo, hi) {
		return true
	}
	// "Masks are optional … as of March 1"
	if tok(i-1) == "of" && tok(i-2) == "as" && any(&bizMaskWords, lo, hi) && any(&bizMaskPolicy, lo, hi) {
		return true
	}
	return false
}

// localGroup: "for", then within four words a local word and a group of
// people, in tokens lo..hi.
func (s *scanner) localGroup(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.toks[k].low != "for" {
			continue
		}
		local := false
		for m := k + 1; m < hi && m <= k+4; m++ {
			if bizGroupLocal.get(s.toks[m].h) {
				local = true
			}
			if local && bizGroupPeople.get(s.toks[m].h) {
				return true
			}
		}
	}
	return false
}

// charityDate: the date at tokens i..j is a charity event's ("Save the
// date: our 5K fun run benefiting the children's hospital is May 17"):
// its sentence names a charity event (run, walk, race, gala, tournament,
// fundraiser, auction, 5K, 10K) and a benefit word (benefiting, supporting,
// benefit), names no care event (opsCareEvents, announce_ops.go), no word
// of the notice addresses the reader, and every date person cue date()
// would read near the date ("hospital", "center") stands at most four
// words after a benefit word: the beneficiary, not the reader's care. A
// charity date is a business date and its person cues are ignored.
func (s *scanner) charityDate(i, j int) bool {
	lo, hi := s.sentSpan(i)
	event, benefit := false, false
	for m := lo; m < hi; m++ {
		h := s.toks[m].h
		if !charityBits.may(h) {
			continue // in none of the three sets (charityBits)
		}
		if opsCareEvents.get(h) {
			return false
		}
		if charityEvents.get(h) {
			event = true
		}
		if charityBenefit.get(h) {
			benefit = true
		}
	}
	if !event || !benefit {
		return false
	}
	for m := range s.toks {
		if h := s.toks[m].h; recipientBits.may(h) && recipientWords.get(h) {
			return false
		}
	}
	beneficiary := func(k int) bool {
		for m := k - 1; m >= lo && m >= k-4; m-- {
			if charityBenefit.get(s.toks[m].h) {
				return true
			}
		}
		return false
	}
	// the window of date()'s person cue (cueNear(i, j, wDatePerson, 8, 4))
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if s.fl(k)&wDatePerson != 0 && !beneficiary(k) {
			return false
		}
		if s.toks[k].sent {
			break
		}
	}
	for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
		if s.toks[k].sent {
			break
		}
		if s.fl(k)&wDatePerson != 0 && !beneficiary(k) {
			return false
		}
	}
	return true
}

var (
	charityEvents  = wordSetTab("run walk race gala tournament fundraiser auction 5k 10k marathon")
	charityBenefit = wordSetTab("benefiting benefitting benefit benefits supporting")
	// charityBits filters opsCareEvents, charityEvents and charityBenefit
	// (charityDate reads every word of each date's sentence)
	charityBits = tabsFilter(opsCareEvents, charityEvents, charityBenefit)
)
