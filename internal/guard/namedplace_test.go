package guard

import "testing"

// TestNamedPlaces: namedplace.go's place names — a park after "at", a
// Spanish street, a quoted room — pass; a person beside the place, a
// person in the room without quotes and a two-word "at Helen Park" stay
// reported.
func TestNamedPlaces(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Hartley Women's Health: Join our free community walk for Women's Heart Month, Saturday, Feb 21 at Ann Morrison Park.",
		"Hospital Doctora Ferrer: nuevo aparcamiento para visitantes en la calle Sinesio Delgado. Primera hora gratuita.",
		"Clínicas Ferreyra: el auditorio “Dr. José María Güemes” se reinaugura el jueves.",
		"Clínicas Ferreyra: la sede San Isidro tiene nueva cafetería \"Doña Rosa\" en planta baja.",
	)
	checkFlagged(t, g, true,
		// a home visit: the street may be the reader's (red-team pass RED10, dev66r)
		"Visita domiciliaria: la enfermera pasará por calle Marta Gómez el martes.",
		"Maria Delgado, your prescription is ready for pickup at our Ann Morrison Park location.",
		"Dr. José María Güemes le espera en el auditorio para su control de diabetes del jueves.",
		"Rosa Jiménez: su receta de insulina está lista en la cafetería \"Doña Rosa\".",
		"Your walk with Helen Park is Saturday at 9.",
		"Ann Morrison will meet you at the park for your cardiac rehab walk.",
		"Mensaje para Sinesio Delgado: su resultado de VIH está listo.",
	)
}
