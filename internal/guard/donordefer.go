package guard

// donordefer.go: compose.donor_deferral (condition), fix helper fix108
// (issue 15, twenty-first pass round two; dev108, 2026-12-06).
//
// A blood or plasma centre tells a donor that screening deferred them:
// "Jordan Pike, your donor status was changed to deferred after today's
// screening" passed (no condition is named; the deferral itself says a
// screening found one). Every "deferred" of the corpora beside a donation
// word is such a leak; "diferido a 3 meses sin intereses" (a payment) is
// Spanish and not read.
//
// Reported: deferred, deferral(s) in a field holding a donation word
// (ddDonation: donor, donors, donation(s), donate, donating, plasma,
// blood, platelets, giving), in a sentence holding a reader's word (you,
// your, you're, yourself) or "donor status", not after a modal within two
// words (may, might, can, could, should: "Donors who traveled may be
// deferred for 3 months" is the public eligibility rule). "Your payment
// was deferred" (no donation word) passes.
//
// Tied to the reader (readerTiedRule).
var (
	ddDefer    = wordSetTab("deferred deferral deferrals")
	ddDonation = wordSetTab("donor donors donation donations donate donating plasma blood platelets giving")
	ddReader   = wordSetTab("you your youre yourself")
	ddModal    = wordSetTab("may might can could should")
	hDDDonor   = hstr("donor")
	hDDStatus  = hstr("status")
)

// scanDonorDeferral runs compose.donor_deferral at its start words.
func (s *scanner) scanDonorDeferral() {
	if s.p20&p20DonorDefer == 0 { // no deferral word (pass20gate.go)
		return
	}
	s.scanDonorDeferralOn()
}

// scanDonorDeferralOn is scanDonorDeferral past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanDonorDeferralOn() {
	at := -1
	for i := range s.toks {
		if ddDefer.get(s.toks[i].h) && !s.used[i] {
			at = i
			break
		}
	}
	if at < 0 {
		return
	}
	donation := false
	for k := range s.toks {
		if ddDonation.get(s.toks[k].h) {
			donation = true
			break
		}
	}
	if !donation {
		return
	}
	for i := at; i < len(s.toks); i++ {
		if !ddDefer.get(s.toks[i].h) || s.used[i] {
			continue
		}
		lo, hi := s.sentSpan(i)
		modal := false
		for k := max(lo, i-2); k < i; k++ {
			modal = modal || ddModal.get(s.toks[k].h)
		}
		reader := false
		for k := lo; k < hi && !reader; k++ {
			h := s.toks[k].h
			reader = ddReader.get(h) || h == hDDDonor && k+1 < hi && s.toks[k+1].h == hDDStatus
		}
		if reader && !modal {
			s.addTok(i, i, KindCondition, "compose.donor_deferral", 0.8, reasonFor(KindCondition))
		}
	}
}
