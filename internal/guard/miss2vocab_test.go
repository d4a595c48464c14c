package guard

import "testing"

// TestMiss2Vocab: the eighth pass's vocabulary entries of helper MISS2 —
// hearing-loss abbreviations, therapeutic infant formulas (a health cue
// near), Spanish injuries and walking boots, an ID after a health-plan
// card (vocab/conditions.txt, clinical_es.txt, supplies.txt,
// context_words.txt).
func TestMiss2Vocab(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Follow-up for bilat SNHL scheduled.",
		"Su cita de control de la HNS bilateral es el martes a las 10.",
		"Your Nutramigen hypoallergenic formula order for your baby has been delivered.",
		"Your EleCare Jr order has been delivered to your porch.",
		"Su pedido de Neocate para su hijo está listo para recoger.",
		"Su bota ortopédica para el esguince está lista en la tienda.",
		"We need a copy of the Medicaid card (ID 1029384756) for your husband's room and board billing.",
		"Please send a copy of your Medicare card (ID 5512098734) before your visit.",
		"Necesitamos copia de la tarjeta de Medicaid (ID 2093847561) de su esposo.",
	)
	checkFlagged(t, g, false,
		"Similac Alimentum 32 oz bundle is ready",
		"Your Similac Advance order from BabyMart has shipped.",
		"Bring your insurance card and a photo ID to your first visit.",
		"We accept Medicare cards and most commercial plans at every location.",
		"Your library card number 2093847561 is due for renewal on the 1st.",
	)
}
