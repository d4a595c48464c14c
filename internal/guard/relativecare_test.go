package guard

import "testing"

// TestRelativeCare: the reader's relative treated in the sender's care
// unit (relativecare.go).
func TestRelativeCare(t *testing.T) {
	g := newTestGuard(t)
	checkRuleIn(t, g, Strict, "compose.relative_care", true,
		"Because your daughter was treated in our NICU, we thought you'd want to support the new NICU expansion.",
		"Because your son was treated in our PICU, we hope you'll join our family walk.",
		"Because your wife was treated at our burn center, we'd love your support for the new wing.",
		"Your grandson spent three weeks in our NICU; join other families at our reunion.",
		"Como su hija fue atendida en nuestra UCI neonatal, le invitamos a apoyar la ampliación.",
		"Su padre estuvo internado en nuestra unidad coronaria; su donativo ayuda a otros pacientes.",
		"Since you were treated at our hospital last year, we hope you'll join our gala.",
	)
	checkRuleIn(t, g, Strict, "compose.relative_care", false,
		"Join us at the NICU expansion gala on May 9.",
		"Your son was seen at our booth at the county fair.",
		"Your son spent the summer at our sports center.",
		"Your volunteer shift in the NICU family lounge is Saturday 9–12.",
		"Our hospital treated 4,000 children last year; thank you.",
	)
}
