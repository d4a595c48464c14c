package guard

import "testing"

// TestEsEnclitic: a Spanish imperative with an enclitic pronoun, written
// with its accent, is no unknown word; a drug named and an unknown word
// whose remainder is no ordinary word stay reported.
func TestEsEnclitic(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Farmacias Santa Lucía: Para completar tu pedido necesitamos una copia de tu receta. Súbela de forma segura.",
	)
	checkFlagged(t, g, true,
		"Farmacias Santa Lucía: Para completar tu pedido necesitamos una copia de tu receta de sertralina. Súbela de forma segura.",
		"Farmacias Santa Lucía: tu receta de Zolóftela está lista.",
		"Farmacias Santa Lucía: Para completar tu pedido necesitamos tu receta. Subela de forma segura.",
	)
}
