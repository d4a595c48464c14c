package guard

import "testing"

// TestTakesDrug: an ambiguous listed drug after a form of tomar or usar
// (takesdrug.go); other things taken pass.
func TestTakesDrug(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Strict, []tpCase{
		{"Feria de salud para todas las personas que toman litio: control de niveles.", "compose.takes_drug"},
		{"¿Toma usted litio? Conozca nuestro servicio de control.", "compose.takes_drug"},
		{"Toma nota: nuestro horario cambia el lunes.", ""},
		{"Si usted toma el autobús 12, nuestra nueva sede está a una cuadra.", ""},
		{"Personas que toman decisiones en su empresa: conozca nuestros planes.", ""},
	})
}

// TestPopulationInHealthGroup: a population in a programme named for a
// condition or treatment, or taking a drug, keeps the announcement and
// public-offer drops from clearing the notice (healthpop.go).
func TestPopulationInHealthGroup(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Free webinar for all clients in our opioid treatment program: naloxone basics. Open to the public.",
		"Free workshop for all patients in our HIV care program: healthy cooking. Everyone welcome.",
		"Feria de salud comunitaria para todas las personas que toman litio: control de niveles. Abierta al público.",
	)
	checkFlagged(t, g, false,
		"Free webinar for all clients in our rewards program: saving on everyday goods. Open to the public.",
		"Open house for everyone in our volunteer program on Friday. Open to the public.",
		"Taller gratuito para todos los socios de nuestro programa de puntos. Abierto al público.",
	)
}
