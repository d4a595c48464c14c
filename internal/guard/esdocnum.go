package guard

import "strings"

// esdocnum.go: a Spanish document's number after its number marker (fix
// helper fix108, issue 15, twenty-first pass round two; dev108, probe set
// dev108x, 2026-12-06), and the Dominican peso's sign after an amount.
//
// Spanish notices name the sender's own documents by noun and number
// marker: "Su solicitud N.° 2026-118044 fue recibida", "Su bono
// electrónico N.° 88120455 fue emitido", "Folio N.º 55120871". numbers.go
// reported the digits as identifier.number: solicitud, bono and folio are
// no order or booking cue of the allow_number list (context_words.txt).
//
// esDocNumber reads the number as the sender's document's when all hold:
//
//   - a number marker (n, no, nro, num, número; "N.º" read as n and o)
//     right before the digits;
//   - within three words before the marker, in its sentence, a document
//     noun (esDocWords: solicitud, bono, boleta, factura, folio,
//     comprobante, pedido, orden, trámite, reembolso, cotización,
//     presupuesto, requerimiento, ticket), only document modifiers between
//     (esDocBetween: electrónico, de, venta, atención, compra, pago, su,
//     la …);
//   - every veto of ecinvoice.go's ecNoticeClear holds: no invoice care
//     word near the number, no shop record word, no word of a person's
//     record, plan or identity (paciente, afiliado, cédula, historia,
//     póliza, reclamo, beneficiario …), no person or health cue, no listed
//     given name.
//
// Stays reported (esdocnum_test.go): "Solicitud N.° 2026-118044 del
// afiliado Juan Pérez", "Su solicitud N.° 2026-118044 de cirugía
// bariátrica", a number after "afiliado N.°" or "cédula N.°", a number
// with no marker ("Su solicitud 2026118044").
//
// The peso: "Su factura N.° F-88213 por RD$ 3,500.00" was address.street
// ("88213 por RD": a house number, a word, the street suffix Rd). A street
// suffix right before "$" is a currency's sign (RD$, the Dominican peso),
// not a road (words.go's street walk asks esCurrencySign).
var (
	esDocMark    = wordSetTab("n no nro num numero o")
	esDocWords   = wordSetTab("solicitud solicitudes bono bonos boleta boletas factura facturas folio folios comprobante comprobantes pedido pedidos orden ordenes tramite tramites reembolso reembolsos cotizacion presupuesto requerimiento ticket")
	esDocBetween = wordSetTab("electronico electronica electronicos de del venta atencion compra pago pagos su sus la el")
)

// esDocNumber: the digit group at token first is the number of a document
// of the sender's named before its number marker (see the file comment).
func (s *scanner) esDocNumber(first int) bool {
	m := first - 1
	if m < 0 || !esDocMark.get(s.toks[m].h) || s.toks[m].cls&tDigit != 0 {
		return false
	}
	if s.toks[m].low == "o" { // "N.º": the ordinal sign read as a letter
		if m < 1 || s.toks[m-1].low != "n" {
			return false
		}
		m--
	}
	for k := m - 1; k >= 0 && k >= m-3; k-- {
		if s.toks[k+1].sent && k+1 < m {
			return false
		}
		if esDocWords.get(s.toks[k].h) {
			return s.ecNoticeClear(first)
		}
		if !esDocBetween.get(s.toks[k].h) {
			return false
		}
	}
	return false
}

// esCurrencySign: the street suffix at token k stands right before "$"
// ("RD$ 3,500.00", the Dominican peso's sign).
func (s *scanner) esCurrencySign(k int) bool {
	return strings.HasPrefix(s.gap(k+1), "$")
}
