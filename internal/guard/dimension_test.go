package guard

import "testing"

func TestGoodsDimension(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"• Camilla plegable de aluminio 185x60 cm color gris\n• Biombo de 3 cuerpos tela celeste",
		"Mesa auxiliar 60x40x75 cm, despacho gratis.",
	)
	checkFlagged(t, g, true,
		"Ref 185x60123 for the patient.",
		"Your member code 123456x60 cm is ready.",
		"Camilla asignada a la paciente Elena Ríos, habitación 412, con neumonía.",
	)
}
