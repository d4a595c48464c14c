package guard

import "testing"

// TestInjury: an injury named by the body part it hurts (injury.go).
func TestInjury(t *testing.T) {
	g := newTestGuard(t)
	checkRuleIn(t, g, Standard, "compose.injury", true,
		"Your hinged brace fitting for your MCL tear is confirmed for Saturday at 11 am.",
		"Your PT plan for your hamstring strain starts Monday.",
		"Your splint for your fractured finger is ready at the front desk.",
		"Your knee brace for your meniscus tear has shipped.",
		"Recovery tips for a torn hamstring are in your portal.",
		"Your sling for your broken left wrist is ready.",
		"Su cita por la rotura de ligamento es el jueves a las 3.",
		"Su cita por el tobillo torcido es el jueves a las 3.",
		"Su sesión por el desgarro del hombro se movió al viernes.",
		"Su férula para el pie fracturado está lista.",
	)
	// esguince and fractura are listed conditions now (clinical.condition)
	checkFlagged(t, g, true,
		"Su cita por el esguince de tobillo es el jueves a las 3.",
		"Le recordamos su prueba de la bota ortopédica por la fractura del pie el sábado a las 10.",
	)
	checkRuleIn(t, g, Standard, "compose.injury", false,
		"Tear-off coupons for the fall sale are at the front desk.",
		"The Sprain-Free Sports Camp runs in June.",
		"Free class for the public: fracture risk and bone health.",
		"New in store: knee sleeves and ankle braces, 15% off.",
		"Valentine's cards for a broken heart are 2 for $5.",
		"Your acl order shipped.", // lower case: no ligament
		"Nuestra tienda tiene botas de montaña para el pie ancho.",
	)
}
