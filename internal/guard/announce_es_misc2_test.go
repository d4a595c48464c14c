package guard

import "testing"

// TestAnnounceESMisc2: helper MISC2's Spanish public frames, group thanks,
// Spanish electrolyte goods and ordinary words (dev42), with twins.
func TestAnnounceESMisc2(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Gracias por acompañarnos en la Gala 2026: recaudamos $186 millones para la nueva unidad de terapia neonatal del hospital.",
		"Gracias a 3.812 donantes compramos el nuevo tomógrafo para el hospital.",
		"¡Nuevo sabor! Electrolitos LMNT Mango Chile, edición limitada.",
		"Termo Stanley Classic 1.4 L verde Hammertone $42.990 en nuestra sección de regalos.",
		"Recargas de tiempo aire Telcel y Movistar con 10% de bonificación.",
		"Hasta 40% en dermocosmética La Roche-Posay y Vichy.",
		"Invitamos a toda la comunidad a nuestra feria anual: música, activaciones de marcas y muestras gratis.",
	)
	checkFlagged(t, g, true,
		"Su hija Sofía ingresó a la unidad de terapia neonatal del hospital anoche.",
		"Recaudamos fondos para su terapia neonatal.",
		"Gracias por su visita: su terapia neonatal empieza el lunes.",
		"Sus electrolitos están bajos, según su análisis de sangre.",
		"Electrolitos LMNT: su resultado de sodio está listo.",
		"Su tomografía de tórax está lista.",
	)
}
