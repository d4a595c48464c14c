package guard

// sendercode.go: a reference code that carries the sender's initials is
// the sender's own document number (issue 15, ninth pass, helper CONTACT9,
// dev59/dev61c, 2026-12-05).
//
// Tenants number their statements, invoices, support cases and payment
// confirmations under their own initials: "Moreno & Blake PT: … Invoice
// #MB-INV-118204", "Clearline Infusion Pharmacy: … Statement
// #CIP-2026-11-0871", "… Confirmation CIP-PAY-30417", "NowCare Urgent Care:
// … Case #NC-CASE-20417". The identifier cues read a segment of the code
// as a cue ("CASE", the Spanish health-card "CIP") and idprefix.go's
// letters ("INV") took the invoice for an account code.
//
// senderCode(c, end) passes the code whose first token is c when:
//   - c is 2 to 5 capital letters joined by "-" to the rest of the code,
//     and they are the initials of the notice's opening sender header
//     (senderlisting.go) or of its first words: one letter per word, and
//     one per inner capital ("NowCare" gives NC, "Moreno & Blake PT" MB or
//     MBP, "Clearline Infusion Pharmacy" CIP);
//   - the word before the code (past "#", number, no, ":") names one of the
//     sender's documents (invoice, statement, case, confirmation, receipt,
//     reference, ticket, inquiry, factura, recibo, folio, caso…), never a
//     record (member, claim, account, policy, patient, ID…);
//   - no segment of the code names a record (CLM, MBR, MEM, ACCT, MRN, PT,
//     PAT, POL, RX);
//   - no care word is within eight words of it (invoiceCare: "Invoice
//     #SEC-INV-220418 for your cataract surgery"), no record word is in the
//     notice (invoiceRecordNotice; "estado de cuenta" is a statement), and
//     no care word stands in the notice outside the header (shCareOutside).
//
// "Insurance claim #CLM-2026-0048817", "Your Member ID GPD-448192-01"
// (GlucoPath Direct's initials, but a member ID) and "Case #SEC-CASE-30212
// about your glaucoma referral" stay reported. Accepted risk: a code of the
// sender's initials after a document word in a notice with no care and no
// record word passes, whatever its digits. Cost: only for an identifier
// about to be reported whose code opens with capital letters and a hyphen.

var (
	scDocWords = wordSetTab("invoice statement case confirmation receipt reference ref ticket inquiry request order payment " +
		"factura recibo folio caso confirmacion referencia pago solicitud")
	scRecordSegs = wordSetTab("clm mbr mem acct acc mrn pt pat pol rx dob ssn")
	scBetween    = wordSetTab("number no num nbr")
)

// senderCode: the code from token c to end is the sender's (see the file
// comment).
func (s *scanner) senderCode(c, end int) bool {
	if c < 1 || c+1 > end || end >= len(s.toks) {
		return false
	}
	t := &s.toks[c]
	if t.cls&tUpper == 0 || t.cls&tDigit != 0 || len(t.low) < 2 || len(t.low) > 5 || s.gap(c+1) != "-" {
		return false
	}
	for k := c; k <= end; k++ {
		if scRecordSegs.get(s.toks[k].h) || scRecordExtra.get(s.toks[k].h) {
			return false
		}
	}
	p := c - 1
	for p > 0 && scBetween.get(s.toks[p].h) && !s.toks[p].sent {
		p--
	}
	if !scDocWords.get(s.toks[p].h) || s.toks[c].sent {
		return false
	}
	if !s.scInitials(t.low) || s.invoiceCare(c) || s.scRecordNotice() || s.scInsuranceNotice() || s.shCareOutside(-1, -1) {
		return false
	}
	return true
}

// scCodeStart: the first token of the hyphenated code that holds token i
// ("NC" of "NC-CASE-20417" for "CASE").
func (s *scanner) scCodeStart(i int) int {
	for i > 0 && s.gap(i) == "-" && s.toks[i-1].cls&tAlpha != 0 {
		i--
	}
	return i
}

// scRecordNotice: invoiceRecordNotice, but "estado de cuenta" is a
// statement.
func (s *scanner) scRecordNotice() bool { return s.recordWordNotice(true) }

// scInitials: the letters l are the initials of the sender's header, or
// of its first words (at least two letters).
func (s *scanner) scInitials(l string) bool {
	a, _, ok := s.senderHead()
	if !ok {
		return false
	}
	e, _ := s.shRunEnd(a)
	var buf [16]byte
	n := 0
	for k := a; k <= e && n < len(buf); k++ {
		tk := &s.toks[k]
		if tk.low == "&" || tk.low == "s" && k > a && (s.gap(k) == "'" || s.gap(k) == "\u2019") {
			continue
		}
		src := s.t.s[tk.s:tk.e]
		for q := 0; q < len(src) && n < len(buf); q++ {
			if q == 0 || src[q] >= 'A' && src[q] <= 'Z' && tk.cls&tUpper == 0 {
				b := src[q]
				if b >= 'a' && b <= 'z' {
					b -= 'a' - 'A'
				}
				buf[n] = b
				n++
			}
		}
		if n >= 2 && n == len(l) && scSameLetters(buf[:n], l) {
			return true
		}
	}
	return false
}

// scSameLetters: the capitals b spell the lower-case letters l.
func scSameLetters(b []byte, l string) bool {
	for q := range b {
		c := l[q]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if b[q] != c {
			return false
		}
	}
	return true
}
