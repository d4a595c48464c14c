package guard

// remitbox.go: the sender's remittance address (issue 15, dev38). A billing
// office writes "New mailing address for payments by check: Little Harbor
// Pediatrics, PO Box 4471, Portsmouth, NH 03802". The post office box and
// the city line are the sender's, where the reader mails a check, not the
// reader's address (address.po_box, address.city_state).
//
// senderRemitBox passes a post office box when a remittance cue ends right
// before it, with at most an organisation's capitalised name between
// (words with capitals, "&", "and", "of", "the", commas and a colon):
//   - "… to": "remit to", "send payments to", "mail checks to", "payments
//     by check should be mailed to", "make checks payable to";
//   - "payments by check:" ;
//   - Spanish "pague a", "envíe su pago a" is not taken ("su" is the
//     reader's).
//
// It then passes the city, state and ZIP that follow the box in the same
// sentence. What stays reported: the reader's box ("send your payment from
// PO Box 4471", "we will mail your refund check to PO Box 991", "your
// mailing address on file is PO Box …"): any "you", "your", "su", "sus" or
// "refund" in the cue, a cue other than the ones above, or a word of the
// name already reported (a person's name) keeps the box; so does a check
// the sender sends out ("We will mail the check to PO Box 4471", "The
// reimbursement check was mailed to …": remitOut, dev43r).

var (
	remitToVerbs  = wordSetTab("remit payments payment checks check cheques payable remittance remittances")
	remitReader   = wordSetTab("you your yours su sus tu refund refunds reembolso")
	remitNameGlue = wordSetTab("and of the")
	// a check the sender sends out (dev43r, helper RED2): "We will mail
	// the check to PO Box 4471", "The reimbursement check was mailed to …"
	remitOutgoing = wordSetTab("reimbursement reimbursements overpayment overpayments credit")
	remitOutSubj  = wordSetTab("we was were")
	remitOutVerb  = wordSetTab("mail mailed send sent issue issued")
)

// remitOut: the cue ending at c speaks of a check the sender sends
// (remitOutgoing, or "we"/"was"/"were" within three words before a send
// verb), so the box is the payee's, the reader's.
func (s *scanner) remitOut(c int) bool {
	for k := c; k >= 0 && k >= c-8; k-- {
		if remitOutgoing.get(s.toks[k].h) {
			return true
		}
		if remitOutSubj.get(s.toks[k].h) {
			for m := k + 1; m <= c && m <= k+3; m++ {
				if remitOutVerb.get(s.toks[m].h) {
					return true
				}
			}
		}
		if s.toks[k].sent {
			break
		}
	}
	return false
}

func (s *scanner) senderRemitBox(i int) bool {
	// the organisation's name before the box
	c := i - 1
	for steps := 0; c >= 0 && steps < 8; steps++ {
		t := &s.toks[c]
		if s.used[c] {
			return false
		}
		g := s.gap(c + 1)
		if g != " " && g != ", " && g != ": " && g != " & " && g != "\u00a0" {
			break
		}
		if t.cls&tAlpha != 0 && t.cls&(tCap|tUpper) != 0 && !t.sent || remitNameGlue.get(t.h) && c+1 < i {
			c--
			continue
		}
		break
	}
	if c < 0 {
		return false
	}
	switch s.low(c) {
	case "to", "remit":
		for k := c; k >= 0 && k >= c-4; k-- {
			if remitReader.get(s.toks[k].h) {
				return false
			}
		}
		if s.remitOut(c) {
			return false
		}
		if s.low(c) == "remit" {
			return true
		}
		for k := c - 1; k >= 0 && k >= c-4; k-- {
			if remitToVerbs.get(s.toks[k].h) {
				return true
			}
			if s.toks[k].sent {
				break
			}
		}
	case "check", "checks":
		return c >= 2 && s.low(c-1) == "by" && (s.low(c-2) == "payments" || s.low(c-2) == "payment")
	case "a":
		return c >= 1 && (s.low(c-1) == "pague" || s.low(c-1) == "paguen" || s.low(c-1) == "pagar")
	}
	return false
}

// remitCityLine marks the city, state and ZIP after the box number at k as
// the sender's: capitalised words, a state code and digits in the same
// sentence, at most six tokens.
func (s *scanner) remitCityLine(k int) {
	for m := k + 1; m < len(s.toks) && m <= k+6; m++ {
		g := s.gap(m)
		if g != " " && g != ", " && g != "-" && !(g == ". " && m > 0 && (s.low(m-1) == "st" || s.low(m-1) == "ft" || s.low(m-1) == "mt")) { // "St. Louis" (sendersite.go)
			return
		}
		t := &s.toks[m]
		if t.cls&tDigit != 0 && (t.e-t.s == 5 || t.e-t.s == 4) || t.cls&tAlpha != 0 && t.cls&(tCap|tUpper) != 0 {
			s.used[m] = true
			continue
		}
		return
	}
}
