package guard

import "testing"

// TestSenderAddrLabel: senderaddrlabel.go and addrdatefrag.go — the sender's
// address after "Dirección:" in a notice about its place, after a
// first-person future ("lo atenderemos en"), after a closure "por
// traslado", and a short date's month read as no house number, pass; the
// same shapes placing one reader or a person at the address keep it.
func TestSenderAddrLabel(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Oficina Arequipa - nuevo horario de atención: lunes a viernes de 9:00 a 17:00. Dirección: Av. Ejército 710, Yanahuara.",
		"Sucursal Centro: horario de lunes a sábado de 9 a 18 h. Dirección: Calle Mayor 12, Alcalá.",
		"Our Eastside office is open Saturdays 9-1. Address: 410 Oak Ave, Springfield.",
		"La agencia de Trujillo cerrará temporalmente por traslado. Desde el 15/12 lo atenderemos en Av. España 1450.",
		"La oficina cerrará por traslado de sede. Desde el lunes atendemos en Av. Arequipa 2200.",
		"Desde el 1/3 estaremos en Av. Cabildo 3150.",
	)
	checkFlagged(t, g, true,
		"Su visita domiciliaria es el martes. Dirección: Av. Ejército 710, Yanahuara.",
		"Paciente Juan Pérez, horario de atención de 9 a 17. Dirección: Av. Ejército 710, Yanahuara.",
		"Horario de entrega: 9 a 17 h. Dirección: Av. Ejército 710, Yanahuara.",
		"Nuevo horario de atención. Su dirección: Av. Ejército 710, Yanahuara.",
		"Dirección: Av. Ejército 710, Yanahuara. Su cita es el martes.",
		"Desde el 15/12 lo atenderemos en su domicilio, Av. España 1450.",
		"Su traslado en ambulancia está programado. Lo atenderemos en Av. España 1450.",
		"La agencia estará cerrada por traslado de su madre. Desde el lunes atendemos en Av. España 1450.",
		"Unit 3/10 Smith St, Parramatta.",
		"Su cita del 15/12 en Av. España 1450 está confirmada.",
		// red23c, dev116r: a flat is a home; a closure of no place of the sender
		"Desde el 15/12 lo atenderemos en Jr. Ayacucho 455, Int. 302, Miraflores.",
		"Desde marzo estaremos en Jr. Ayacucho 455, Int. 302 todos los martes.",
		"Sucursal Yanahuara - horario de internamiento: lunes 9:00. Dirección: Av. Ejército 710, dpto 3.",
		"Siniestro 44812 cerrado por traslado. Desde el 15/12 lo atenderemos en Av. España 1450.",
	)
}
