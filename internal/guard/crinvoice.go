package guard

// crinvoice.go: a Costa Rican electronic document's number after its type
// code (issue 15, twentieth pass, dev106's fam fpB, fix helper fpb, probe
// set dev106w).
//
// A Costa Rican comprobante electrónico is shown by billing portals as its
// type code, a hyphen and its consecutive number: "Su factura electrónica
// N.º FE-00187734 está disponible. Monto: ₡48.500." (FE factura, TE
// tiquete, NC / ND nota de crédito / débito, FEC compra, FEE exportación).
// numbers.go reported the eight digits as "identifier.number". The number
// names the sender's own document, not a person.
//
// crInvoiceNumber reads it as the sender's when all of these hold:
//
//   - one group of 6 to 20 digits right after one of the type codes and
//     a hyphen ("FE-00187734"), the code not itself after a hyphen;
//   - the notice names the document: factura, facturas, comprobante,
//     comprobantes, tiquete, tiquetes, invoice, invoices, receipt;
//   - every veto of ecinvoice.go's ecInvoiceNumber holds (ecNoticeClear):
//     no invoice care word near it, no shop record word, no word of a
//     person's record, plan or identity, no person or health cue, no
//     listed given name.
//
// Stays reported (crinvoice_test.go, dev106w's leaks): "Factura electrónica
// N.º FE-00291155 de la paciente María Solís: consulta por diabetes",
// "Su factura electrónica FE-00187740 por su cirugía", a member or claim
// number in the same shape, any other prefix ("MRN-00187734").
// Tests `TestCRInvoice`.

var (
	// crDocCodes: the type codes of Costa Rica's electronic documents
	crDocCodes = wordSetTab("fe te nc nd fec fee")
	// crDocWords: an invoice, a ticket or a receipt named in the notice
	crDocWords = wordSetTab("factura facturas facturacion comprobante comprobantes tiquete tiquetes invoice invoices receipt")
)

// crInvoiceNumber: the one digit group at token first is a Costa Rican
// electronic document's number of the sender's (see the file comment).
func (s *scanner) crInvoiceNumber(first int, c []group) bool {
	if len(c) < 1 || len(c[0].d) < 6 || len(c[0].d) > 20 || first < 1 || s.gap(first) != "-" ||
		len(c) > 1 && (c[1].sep == "-" || c[1].sep == "." || c[1].sep == " ") {
		return false
	}
	v := &s.toks[first-1]
	if v.cls&tUpper == 0 || v.cls&tDigit != 0 || !crDocCodes.get(v.h) || first >= 2 && s.gap(first-1) == "-" {
		return false
	}
	doc := false
	for k := range s.toks {
		if crDocWords.get(s.toks[k].h) {
			doc = true
			break
		}
	}
	return doc && s.ecNoticeClear(first)
}
