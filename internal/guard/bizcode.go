package guard

import "strings"

// bizcode.go: a business document's lettered code after the document's
// word is the sender's own number (issue 15, tenth pass, helper CODES10,
// dev60/dev63/dev65c, 2026-12-05).
//
// Tenants number their support cases, rental agreements, statements,
// payment references, reward certificates and invoices under a letter
// prefix that is not always their initials (sendercode.go asks for those):
// "Case #CS-20931 is open", "Your rental agreement RA-2026-07713 was
// signed", "Statement HWH-55102 for $62.18", "Online payment reference
// WEB-4480921 was applied", "su factura FAC-2026-009317 por importe de
// 85,00 €", "Your $5 Rewards certificate RW-55019 expires"; an Argentine
// invoice is numbered by its letter, point of sale and number ("tu factura
// B 0004-00018273", read as a phone starting with 0). And a shop that
// recalls a lot of its own product says so to every customer ("is
// recalling lot 4471B of our Sunny Kids Gummy Multivitamin").
//
// bizCode(start, end) passes the code when:
//   - it opens with 2 to 5 capital letters joined by "-" to the rest (or,
//     for an invoice, a single letter A/B/C/E/M and a space before the
//     digits);
//   - on a bill (invoice, statement, receipt, factura, recibo) the prefix
//     does not abbreviate the bill's word ("Invoice INV-558812 is past
//     due", "Your statement STMT-40917 is ready", "factura FAC-2026-009317"
//     stay reported: the development sets label a bare bill series a leak);
//   - the word before it (past "#", number, no, nro, n°) is a business
//     document (case, agreement, contract, statement, reference,
//     confirmation, receipt, ticket, certificate, voucher, booking,
//     invoice, factura, comprobante, recibo, remito, folio, contrato,
//     certificado…), and none of the three words before that document
//     word is a record, insurance or care word ("claim case", "insurance
//     certificate", "care agreement", "member statement");
//   - no segment names a record (CLM, MBR, MEM, MRN, PT, POL, RX, DNI…,
//     and HN, HCN, BEN, ENR, ELIG, SUB, MBI, NHS, INS, MED, AFIL: red-team
//     pass RED10, dev66r), and no record, insurance, benefit or enrollment
//     word stands after the document's word in the code's sentence ("Case #BEN-55120 is open
//     about your benefits", "ticket ENR-44102 for your enrollment");
//   - after case/caso, a support word (support, helpdesk, soporte, ayuda)
//     stands in the notice: "Theo Support: … Case #CS-20931 is open";
//     "Your case #CS-40271 has been resolved" stays reported, as
//     supportcase.go leaves it;
//   - no care word is within eight words (invoiceCare), no record word of
//     a person is in the notice (recordWordNotice: the online account
//     excepted), the notice is no insurance notice, no kin word is in the
//     sentence and no care word stands in the notice outside the sender's
//     header (shCareOutside).
//
// bizRecallLot(i, start, end) passes "lot X" when a verb of recalling
// stands right before "lot" and "of our"/"de nuestro…" right after the
// code (the sender recalls its own product), no reader's word is in the
// sentence ("the insulin pump you use, lot 4471B, is being recalled"
// stays reported) and no care word is outside the header.
//
// Accepted risk: a person's own document numbered by the business under a
// letter prefix, in a notice that names no care, record or insurance word
// ("Case #CS-20931 is open"), passes; the code alone tells no one's care.
// Cost: only for an identifier or phone about to be reported.

var (
	bcDocWords = wordSetTab("case invoice statement confirmation receipt reference ref ticket agreement contract certificate " +
		"voucher booking reservation factura recibo folio caso comprobante remito contrato certificado vale " +
		"referencia confirmacion reserva")
	bcBetween = wordSetTab("number no num nbr nro n numero")
	// words before the document word that make it a person's record
	bcRecordBefore = wordSetTab("claim claims member members patient patients policy insurance insurer medical care health " +
		"clinical chart record records medicare medicaid benefit benefits coverage prior authorization auth " +
		"paciente afiliado afiliada poliza seguro reclamo medico medica clinica salud expediente historia " +
		"enrollment enrolment enrolled eligibility subscriber beneficiary afiliacion beneficiario beneficiaria")
	// bcRecordSegs: segments naming a person's health number, benefit,
	// enrollment or subscription (red-team pass RED10, dev66r)
	bcRecordSegs = wordSetTab("hn hcn phn ben enr elig sub subs mbi nhs ins med afil")
	// bills whose code, when it abbreviates the bill's word, is a bill series
	bcBillWords   = wordSetTab("invoice statement bill receipt factura recibo")
	bcRecallVerbs = wordSetTab("recalling recalls recalled recall retira retiramos retirando retirara")
	bcInvLetters  = wordSetTab("a b c e m")
)

// bizCode: the code from token start to end follows a business document's
// word (see the file comment).
func (s *scanner) bizCode(start, end int) bool {
	if start < 1 || end >= len(s.toks) || end < start {
		return false
	}
	c := s.scCodeStart(start)
	t := &s.toks[c]
	p := c - 1
	switch {
	case c < end && t.cls&tUpper != 0 && t.cls&tDigit == 0 && len(t.low) >= 2 && len(t.low) <= 5 && s.gap(c+1) == "-":
	case c == start && t.cls&tDigit != 0 && p >= 1 && bcInvLetters.get(s.toks[p].h) && len(s.toks[p].low) == 1 &&
		s.toks[p].cls&tUpper != 0 && s.gap(c) == " ":
		p-- // "factura B 0004-00018273"
	default:
		return false
	}
	if t.sent {
		return false
	}
	for k := c; k <= end; k++ {
		h := s.toks[k].h
		if scRecordSegs.get(h) || scRecordExtra.get(h) || payPersonalPrefixes.get(h) || bcRecordSegs.get(h) {
			return false
		}
	}
	for p > 0 && bcBetween.get(s.toks[p].h) && !s.toks[p+1].sent {
		p--
	}
	if p < 0 || !bcDocWords.get(s.toks[p].h) {
		return false
	}
	if bcBillWords.get(s.toks[p].h) {
		for k := c; k <= end; k++ {
			if s.toks[k].cls&tDigit == 0 && bcAbbrev(s.toks[k].low, s.toks[p].low) {
				return false // "Invoice INV-558812 is past due", "Invoice #ABC-INV-220417": the bill's own series
			}
		}
	}
	if (s.toks[p].low == "case" || s.toks[p].low == "caso") && !s.bcSupportNotice() {
		return false // "Your case #CS-40271 has been resolved": a case of no support desk (supportcase.go)
	}
	for k := p + 1; k <= c; k++ {
		if s.toks[k].sent {
			return false
		}
	}
	for k := p - 1; k >= 0 && k >= p-3; k-- {
		if strings.Contains(s.gap(k+1), ":") {
			break // "Hartley Women's Health: Statement …": the header ends
		}
		h := s.toks[k].h
		if bcRecordBefore.get(h) || svInsurance.get(h) || careWords.get(h) {
			return false
		}
		if s.toks[k+1].sent {
			break
		}
	}
	_, hi := s.sdSpan(c)
	for k := p + 1; k < hi; k++ { // after the document's word: the header ("… Women's Health: Statement") is read above
		if h := s.toks[k].h; bcRecordBefore.get(h) || svInsurance.get(h) {
			return false // "Case #BEN-55120 is open about your benefits"
		}
	}
	return s.bcNoticeClear(c)
}

// bcNoticeClear: nothing in the notice ties the code at c to a person's
// care or record.
func (s *scanner) bcNoticeClear(c int) bool {
	if s.invoiceCare(c) || s.recordWordNotice(true) || s.scInsuranceNotice() || s.shCareOutside(-1, -1) {
		return false
	}
	lo, hi := s.sdSpan(c)
	for m := lo; m < hi; m++ {
		if kinWords.get(s.toks[m].h) || kinCareWords.get(s.toks[m].h) {
			return false
		}
	}
	return true
}

// bizRecallLot: "is recalling lot 4471B of our …" (see the file comment);
// i is the "lot" cue, start..end its value.
func (s *scanner) bizRecallLot(i, start, end int) bool {
	if i < 1 || start != i+1 || end+2 >= len(s.toks) || s.toks[i].low != "lot" && s.toks[i].low != "lote" {
		return false
	}
	if !bcRecallVerbs.get(s.toks[i-1].h) || s.toks[i].sent || s.toks[start].sent {
		return false
	}
	of, own := s.toks[end+1].low, s.toks[end+2].low
	if of != "of" && of != "de" || s.toks[end+1].sent {
		return false
	}
	switch own {
	case "our", "nuestro", "nuestra", "nuestros", "nuestras":
	default:
		return false
	}
	lo, hi := s.sdSpan(i)
	for m := lo; m < hi; m++ {
		if recipientWords.get(s.toks[m].h) || kinWords.get(s.toks[m].h) {
			return false
		}
	}
	return !s.shCareOutside(-1, -1) && !s.recordWordNotice(true)
}

// bcAbbrev: the letters l abbreviate the word w (its first letter, then
// the rest in order: INV, STMT, ST, FAC of invoice, statement, factura).
func bcAbbrev(l, w string) bool {
	if l == "" || w == "" || l[0] != w[0] {
		return false
	}
	k := 1
	for q := 1; q < len(w) && k < len(l); q++ {
		if w[q] == l[k] {
			k++
		}
	}
	return k == len(l)
}

// bcSupportNotice: a support word (supportcase.go's supportCaseWords but
// "service", "return") stands in the notice ("Theo Support: … Case
// #CS-20931 is open").
func (s *scanner) bcSupportNotice() bool {
	for k := range s.toks {
		switch s.toks[k].low {
		case "support", "helpdesk", "soporte", "ayuda":
			return true
		}
	}
	return false
}
