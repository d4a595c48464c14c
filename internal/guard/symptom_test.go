package guard

import "testing"

// TestSymptoms: clinical.symptom (symptom.go).
func TestSymptoms(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Recibimos tu reporte de dolor de pecho y falta de aire. Una enfermera te llamará pronto.", "clinical.symptom"},
		{"Seguimiento: ¿sigues con fiebre y tos con flemas? Responde SI o NO.", "clinical.symptom"},
		{"Gracias por reportar mareos y visión borrosa en el portal.", "clinical.symptom"},
		{"¿Aún tienes dolor en el pecho al caminar?", "clinical.symptom"},
		{"Registramos tu falta de aire durante la caminata de control.", "clinical.symptom"},
		{"Nos contaste que tienes ardor al orinar; una enfermera te llamará.", "clinical.symptom"},
		{"Tus dolores de cabeza frecuentes se revisarán en la próxima cita.", "clinical.symptom"},
		{"Are you still having fever and a cough with phlegm? Reply YES or NO.", "clinical.symptom"},
		{"We noticed you reported chills after the infusion.", "clinical.symptom"},
		// idioms, other reports, grief, pets, a symptom in no personal frame
		{"Evita el dolor de cabeza del tráfico: compra en línea y recoge en tienda.", ""},
		{"Se acabó el dolor de cabeza de las devoluciones: ahora son gratis.", ""},
		{"¡Llegó la fiebre de descuentos! Hasta 50% en toda la tienda.", ""},
		{"Su fiebre de descuentos termina hoy.", ""},
		{"Tu reporte de ventas de noviembre ya está disponible.", ""},
		{"¿Sigues con dudas sobre tu factura? Responde a este correo.", ""},
		{"Entendemos tu dolor por la pérdida de tu equipaje.", ""},
		{"¿Tu perro tiene picazón? Champú especial con 10% de descuento.", ""},
		{"El vino destaca por su acidez.", ""},
		{"Tienes envío gratis en tu próxima compra.", ""},
		{"Customers reported a rash of delivery problems this week.", ""},
		{"We are experiencing bleeding-edge demand for the new phone.", ""},
		{"¿Sigues con fiebre mundialista? Jerseys con 20% de descuento.", ""},
	})
	checkRuleCases(t, g, Strict, []tpCase{
		{"Contagia tu fiebre de ofertas este Buen Fin.", ""},
	})
}
