package guard

import "testing"

// TestSpanishInjuryDateCues: the Spanish of injury, accident and sick
// leave ties a date to the reader (vocab/context_words.txt [date_person],
// r116m, dev116-leak-016/-017), as "injury" and "accident" do in English;
// a road closure or a closed office still reads as no one's.
func TestSpanishInjuryDateCues(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Su licencia con reposo desde el 24/11/2026 hasta el 08/12/2026 fue tramitada correctamente. Ver comprobante: https://portal.example/m/comprobante", Standard, true},
		{"Le recordamos que el accidente registrado el 15 de octubre ya cuenta con cobertura aprobada.", Standard, true},
		{"Su incapacidad del 3 al 10 de marzo fue aprobada.", Standard, true},
		{"El siniestro por accidente del 2 de mayo ya tiene cobertura.", Standard, true},
		{"El accidente de tráfico en la Av. Juárez cierra el carril hasta el 3 de marzo.", Standard, false},
		{"Nuestra oficina estará cerrada el 12 de octubre. Lamentamos las molestias.", Standard, false},
	})
}
