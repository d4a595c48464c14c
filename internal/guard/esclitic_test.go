package guard

import "testing"

func TestESClitic(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Hola! Tu pedido recurrente se procesará en 3 días. Puedes editarlo o pausarlo en el portal.",
		"Puedes pausarla cuando quieras desde la app.",
	)
	checkFlagged(t, g, true,
		"Hola! Tu pedido recurrente de sertralina se procesará en 3 días.",
		"Tu pedido recurrente de insulina glargina se procesará en 3 días.",
	)
	// not a clitic form: the stem is no infinitive of the list
	s := &scanner{g: g}
	s.toks = []token{{low: "zorvalarlo", h: hstr("zorvalarlo")}}
	if s.esClitic(0) {
		t.Error("zorvalarlo: taken for a clitic form")
	}
}
