package guard

import "testing"

func TestChainName(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Flu shots are now available at all Brightway pharmacies. Walk in any time the pharmacy is open - no appointment needed.",
		"CFS: Vacunas contra el RSV y la neumonía disponibles para adultos de la comunidad en las 14 clínicas de Florida. Infórmese en recepción.",
		"Farmacias Del Valle: La campaña de vacunación contra la influenza 2026-2027 ya inició en 120 sucursales. Aplicación para todo público, sin cita.",
	)
	checkFlagged(t, g, true,
		"Your Brightway refill for the pharmacy is ready.",
		"Sr. Ramírez: su vacuna contra la neumonía está programada el 14 de enero.",
		"Su resultado de influenza fue positivo. Aíslese 5 días.",
		"Vacunas contra la neumonía en las 14 clínicas de Florida. Su cita es el lunes.",
	)
}
