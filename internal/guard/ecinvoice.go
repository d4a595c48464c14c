package guard

// ecinvoice.go: an Ecuadorian electronic invoice's number (issue 15,
// twentieth pass, dev105's fam ops20, fix helper ops20, probe set dev105o).
//
// An Ecuadorian comprobante electrónico is numbered establecimiento -
// punto de emisión - secuencial, three, three and nine digits joined by
// hyphens: "Factura electrónica N.º 001-002-000045871", and a billing
// system's webhook carries it under "numero": {"evento":
// "factura.emitida", "numero": "001-002-000046210", "valor": "45.00"}.
// numbers.go reported the fifteen digits as "identifier.number" (a long
// number that may identify a person). The number names the sender's own
// document, not a person.
//
// ecInvoiceNumber reads it as the sender's when all of these hold:
//
//   - the number is exactly 3-3-9 digits joined by "-";
//   - the notice names an invoice or a receipt: factura, facturas,
//     facturación, comprobante, comprobantes, invoice, invoices (a word or
//     a key or a value such as "factura.emitida");
//   - no invoice care word within eight words of it (invoicecare.go:
//     "factura … por su consulta") and no shop record word in the notice
//     (invoiceaccount.go: account, expediente…);
//   - no word of a person's record, plan or identity anywhere in the
//     notice (ecPersonWords: paciente, patient, afiliado, member, cédula,
//     historia, claim, reclamo, póliza, policy, expediente, mrn, nhc, dob,
//     nacimiento, beneficiario, asegurado, titular, name, nombre…), no
//     person cue of the date rule, no health cue, no given name of the
//     lists capitalised (a patient named beside it), but after St., San,
//     Santa… (a place's name: "Clínica Santa Lucía").
//
// Stays reported (ecinvoice_test.go, dev105o's leaks): "Factura
// 001-002-000045871 de la paciente Ana Ruiz, cédula …", {"evento":
// "factura.emitida", "numero_historia": "001-002-000046212"}, "Su número
// de afiliado es 001-002-000045871", "Your claim number
// 001-002-000045871 was processed" (no invoice word there), any other
// grouping of the digits.
// Tests `TestECInvoice`.

var (
	// ecDocWords: an invoice or a receipt named in the notice
	ecDocWords = wordSetTab("factura facturas facturacion comprobante comprobantes invoice invoices")
	// ecPersonWords: a person's record, plan or identity
	ecPersonWords = wordSetTab("paciente pacientes patient patients afiliado afiliada afiliados member members miembro " +
		"cedula ci dni historia historial claim claims reclamo reclamos poliza policy expediente mrn nhc dob " +
		"nacimiento birth beneficiario beneficiaria asegurado asegurada titular name nombre nombres apellido apellidos " +
		"cliente client customer usuario user empleado employee")
)

// ecInvoiceNumber: the groups c (the first at token first) are an
// Ecuadorian electronic invoice's number of the sender's (see the file
// comment).
func (s *scanner) ecInvoiceNumber(first int, c []group) bool {
	if len(c) < 3 || len(c[0].d) != 3 || len(c[1].d) != 3 || len(c[2].d) != 9 || c[1].sep != "-" || c[2].sep != "-" ||
		len(c) > 3 && (c[3].sep == "-" || c[3].sep == ".") {
		return false
	}
	if !s.ecNoticeClear(first) {
		return false
	}
	doc := false
	for k := range s.toks {
		if ecDocWords.get(s.toks[k].h) {
			doc = true
		}
	}
	return doc
}

// ecNoticeClear: no invoice care word near token first, no shop record
// word, no person's record, plan or identity word, no person or health
// cue and no listed given name in the notice (shared with crinvoice.go).
func (s *scanner) ecNoticeClear(first int) bool {
	if s.invoiceCare(first) || s.invoiceRecordNotice() {
		return false
	}
	for k := range s.toks {
		t := &s.toks[k]
		if ecPersonWords.get(t.h) || s.fl(k)&(wDatePerson|wHealthCue|wTitle|wNameCue) != 0 && !recipientWords.get(t.h) {
			return false
		}
		if t.cls&tCap != 0 && s.fl(k)&wFirst != 0 && s.fl(k)&(wCommon|wMonth) == 0 && !(k > 0 && oePlaceBefore.get(s.toks[k-1].h)) {
			return false // a given name of the lists, not a place's ("Clínica Santa Lucía")
		}
	}
	return true
}
