package guard

// zipcodigo.go: "código de pedido 78205" is no postal code (issue 15,
// helper GAPS, dev37g).
//
// "código" is a ZIP cue ([zip_cue] of vocab/context_words.txt: "código
// postal 78205", "su código 78205"), so five digits after "Su código de
// pedido" were reported as a ZIP code. When the five digits follow
// "código de" and an order, tracking, booking or confirmation word
// ([allow_number]: pedido, seguimiento, envío, reserva, confirmación…)
// right before them, the code is that order's number: the ZIP-cue branch
// is skipped (the other rules still run). "código postal 78205", "su
// código 78205" and "código de pedido 78205, código postal 78205" (the
// second number) stay reported.

var hCodigo = hstr("codigo") // hDe: username.go

// zipCodigoOrder reports whether the five digits at i follow "código de"
// and an [allow_number] word.
func (s *scanner) zipCodigoOrder(i int) bool {
	if i < 3 || s.gap(i) != " " || s.gap(i-1) != " " || s.gap(i-2) != " " {
		return false
	}
	return s.fl(i-1)&wAllowNum != 0 && s.toks[i-2].h == hDe && s.toks[i-3].h == hCodigo &&
		!s.toks[i].sent && !s.toks[i-1].sent && !s.toks[i-2].sent
}
