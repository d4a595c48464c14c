package guard

import "testing"

func TestClosureAfter(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Aviso: el 25 de diciembre y 1 de enero nuestras sucursales permanecerán cerradas.",
		"El 1 de mayo nuestras tiendas cierran por el Día del Trabajo.",
		"On December 26 our stores will be closed for inventory.",
	)
	checkFlagged(t, g, true,
		"El 25 de diciembre nuestras clínicas cerrarán; su cita se moverá.",
		"On December 26 our clinics will be closed, so your appointment moves.",
		"El 3 de marzo nuestras farmacias cerrarán para su vacuna.",
		"El 25 de diciembre sus resultados estarán listos.",
	)
}
