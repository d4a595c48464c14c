package guard

import "strings"

// orginvoice.go: an invoice the sender issues to an organisation (issue
// 15, thirteenth pass, helper date13, dev75/dev77d).
//
// idprefix.go reports a lettered code after an invoice word ("Your invoice
// INV-448920 for $120.00 is now due"): a bill addressed to a person is that
// person's account, and with a care word near it ("for your visit", "for
// the lab work", invoicecare.go) five digits do. An occupational-health
// laboratory, a supplier or a staffing agency bills companies, not
// patients: "Keystone Occupational Health Labs: Invoice #KOH-20931 for
// $2,480.00 has been issued to your company account", "Factura INV-20931
// para su empresa por $1,240.00", {"invoice": "KOH-30417", "employer":
// "Delta Freight LLC", "amount": "1240.00"}. The care word the count saw
// there is the sender's own name ("Health Labs"). The reading is by what
// the document is and whom it bills, not by wording of one tenant:
//
//   - the code is an invoice's or a statement's (an invoice, factura,
//     statement, bill word or key within four words before it, or the
//     letters INV or FAC);
//   - the notice names an amount ("$", "€", an amount, monto, importe or
//     total key or word);
//   - the notice names an organisation as the payer: company, empresa,
//     employer, empleador, business, negocio, organization, corporate,
//     compañía, or a legal form closing a capitalised name (LLC, Inc, Corp,
//     Ltd, Constructora);
//   - and nothing in the notice is about a person's care or record: no
//     invoice care word (visit, lab, therapy, consulta…, invoicecare.go), no
//     person cue of the date rule, no health cue, no record or person word
//     (patient, paciente, member, employee, empleado, donor, MRN, DOB…).
//     Only the sender's own name is read past: the header before the
//     first colon ("Keystone Occupational Health Labs:") and a capitalised
//     name of three words or more ("Keystone Occupational Health Labs" as a
//     JSON value), and a JSON key itself ("lab":, "laboratorio":).
//
// Fail closed: "Invoice #KOH-20931 for your MRI of the knee", "Factura
// INV-20931 por su consulta", an invoice for a company that names an
// employee's drug test or a patient, or any invoice to a person ("your
// invoice … for $120.00") stays reported; a claim, member or account code
// is not touched.

var (
	oiDocWords  = wordSetTab("invoice invoices factura facturas statement statements bill")
	oiDocLetter = wordSetTab("inv fac")
	oiAmount    = wordSetTab("amount amount_due monto importe total usd eur")
	oiOrg       = wordSetTab("company companies empresa empresas employer employers empleador empleadora business negocio " +
		"organization organisation organizacion corporate corporativa corporativo compania")
	oiLegal  = wordSetTab("llc inc corp ltd constructora")
	oiPerson = wordSetTab("patient patients paciente pacientes member members miembro afiliado afiliada employee employees " +
		"empleado empleada empleados donor donors donante donantes mrn dob nacimiento resident residente")
)

// orgInvoice: the code at tokens i..e is an invoice or statement the
// sender issues to an organisation (see the file comment).
func (s *scanner) orgInvoice(i, e int) bool {
	doc := oiDocLetter.get(s.toks[i].h)
	for k := i - 1; !doc && k >= 0 && k >= i-4; k-- {
		doc = oiDocWords.get(s.toks[k].h)
	}
	if !doc {
		return false
	}
	n := len(s.toks)
	head := s.ownHeadEnd()
	amount, org := false, false
	for k := 0; k < n; k++ {
		if k >= i && k <= e {
			continue
		}
		t := &s.toks[k]
		if t.cls&tDigit != 0 && (strings.ContainsAny(s.gap(k), "$€") || k+1 < n && strings.HasPrefix(s.gap(k+1), "€") || k+1 < n && strings.HasPrefix(s.gap(k+1), " €")) {
			amount = true
			continue
		}
		if k <= head || s.oiNameRun(k) {
			org = org || oiLegal.get(t.h)
			continue
		}
		if strings.HasSuffix(s.gap(k), `"`) && k+1 < n && strings.HasPrefix(strings.ReplaceAll(s.gap(k+1), " ", ""), `":`) {
			amount = amount || oiAmount.get(t.h) || strings.HasPrefix(t.low, "amount") || strings.HasPrefix(t.low, "monto")
			org = org || oiOrg.get(t.h)
			continue // a JSON key: "lab":, "employer":
		}
		if invoiceCareWords.get(t.h) || oiPerson.get(t.h) || t.w != nil && (t.w.flags&wDatePerson != 0 || t.w.flags&wHealthCue != 0 && !recipientWords.get(t.h)) || careKin.get(t.h) || kinWords.get(t.h) {
			return false
		}
		amount = amount || oiAmount.get(t.h)
		org = org || oiOrg.get(t.h) || oiLegal.get(t.h)
	}
	return amount && org
}

// oiNameRun: token k is a word of a capitalised run of three words or
// more (an organisation's name: "Keystone Occupational Health Labs").
func (s *scanner) oiNameRun(k int) bool {
	if s.toks[k].cls&(tCap|tUpper) == 0 {
		return false
	}
	a, b := k, k
	for a > 0 && !s.toks[a].sent && s.gap(a) == " " && s.toks[a-1].cls&(tCap|tUpper) != 0 {
		a--
	}
	for b+1 < len(s.toks) && !s.toks[b+1].sent && s.gap(b+1) == " " && s.toks[b+1].cls&(tCap|tUpper) != 0 {
		b++
	}
	return b-a >= 2
}
