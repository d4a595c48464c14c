package guard

import "testing"

// TestSpanishLeaveAndAccidentDates: an accident insurer's "accidente" ties
// a date to the reader (vocab/context_words.txt [date_person], r116m,
// dev116-leak-017), and Chile's "su licencia con reposo" is the reader's
// medical leave (medleave.go, dev116-leak-016); a
// road closure, a closed office and a driving licence pass.
func TestSpanishLeaveAndAccidentDates(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Su licencia con reposo desde el 24/11/2026 hasta el 08/12/2026 fue tramitada correctamente. Ver comprobante: https://portal.example/m/comprobante", Standard, true},
		{"Tu licencia con reposo de 7 días fue recibida por tu empleador.", Standard, true},
		{"Le recordamos que el accidente registrado el 15 de octubre ya cuenta con cobertura aprobada.", Standard, true},
		{"El siniestro por accidente del 2 de mayo ya tiene cobertura.", Standard, true},
		{"El accidente de tráfico en la Av. Juárez cierra el carril hasta el 3 de marzo.", Standard, false},
		{"Nuestra oficina estará cerrada el 12 de octubre. Lamentamos las molestias.", Standard, false},
		{"Su licencia de conducir vence el 3 de marzo; renuévela en línea.", Standard, false},
	})
}
