package guard

import "testing"

// TestOpsDrive: the sender's public drives, fairs, Q&As and events held
// at all locations pass their date; the same shapes tied to the reader, a
// relative or a named person keep it (opsdrive.go, ops20, dev105o).
func TestOpsDrive(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Campaña de donación de sangre en Clínica Santa Lucía, 12 de enero. ¡Su donación salva vidas!", Standard, false},
		{"Campaña de donación de sangre en el Hospital del Río, sábado 9 de enero.", Standard, false},
		{"Community blood drive at Riverbend, Jan 20. Thank you for giving.", Standard, false},
		{"Northgate Health is hiring! RN and CNA career fair Jan 9 in Tacoma. Tell your nurse friends.", Standard, false},
		{"Feria de empleo en Dental Sonrisa el 15 de enero en Quito. ¡Comparte con tus colegas!", Standard, false},
		{"Solace Live: Join our dietitians for a public Q&A on holiday eating, Dec 17 at 6pm CT. Free.", Standard, false},
		{"Brightwell hosts a free kids' vision screening day Sat Jan 9, 9am-1pm, at all locations. No appointment needed.", Standard, false},
		{"Jornada de vacunación gratuita el 9 de enero en todas nuestras sedes.", Standard, false},
		// a site's hours around the clock (siteop.go's soOpSentence, soAroundClock)
		{"Emergencias atendidas las 24 horas en Calle Larga 7-10, Cuenca. Llámenos al (07) 283-1111.", Standard, false},
		{"Su hijo Mateo fue atendido las 24 horas en Calle Larga 7-10, Cuenca.", Standard, true},
		{"Atendemos las 24 horas en Calle Larga 7-10, Cuenca: su cirugía es el 3 de enero.", Standard, true},
		{"La paciente Ana Ruiz vive en Calle Larga 7-10, Cuenca, atendida las 24 horas.", Standard, true},
		// leaks of the same shapes
		{"Su cita de donación de sangre es el 12 de enero a las 9:40 en Clínica Santa Lucía.", Standard, true},
		{"Campaña de donación de sangre para Juan Pérez, 19 de diciembre.", Standard, true},
		{"Campaña de donación de sangre, 19 de diciembre. Su hijo Mateo necesita donantes.", Standard, true},
		{"Your son's vision screening day is Sat Dec 12 at 10:40am at our Northgate location.", Standard, true},
		{"Free vision screening day Sat Dec 12 at all locations. Your screening on Dec 12 is at 10:40am.", Standard, true},
		{"Career fair Dec 14 in Denver. Tell your nurse friends your surgery is Dec 14.", Standard, true},
		{"Career fair Dec 14 in Denver: your pre-employment drug test is scheduled Dec 10.", Standard, true},
		{"Thank you for donating at our blood drive. Your next eligible donation date is Feb 13.", Standard, true},
		{"Join Dr. Ana Ruiz for your post-surgery Q&A, Dec 15 at 8pm ET.", Standard, true},
	})
}

// TestSenderOpShip: a shipment's estimated arrival and the sender's terms
// changing on a date pass; a care item arriving, the reader's word in the
// date's sentence or a care word keep the date (senderopship.go, ops20,
// dev105o).
func TestSenderOpShip(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, &Context{AllowURLs: []string{"https://portal.example/m/"}}, []modeCase{
		{"Su pedido #LV-33012 fue enviado. Llegada estimada: 14 de enero. Seguimiento: https://portal.example/m/envio", Standard, false},
		{"Su paquete fue enviado. Fecha estimada de llegada: 14 de enero.", Standard, false},
		{"Your order has shipped. Expected delivery: Jan 8.", Standard, false},
		{"Lumen: Our Terms of Service are changing Jan 1, 2027. Review the changes.", Standard, false},
		{"Our Privacy Policy will be updated on March 1, 2027.", Standard, false},
		{"Nuestros Términos y Condiciones cambian el 1 de febrero de 2027.", Standard, false},
		// leaks
		{"Llegada estimada de su resultado de biopsia: 9 de diciembre.", Standard, true},
		{"Su pedido de insulina glargina fue enviado. Llegada estimada: 9 de diciembre.", Standard, true},
		{"Su pedido fue enviado. Llegada estimada: 9 de diciembre. Seguimiento de su tratamiento: 12 de diciembre.", Standard, true},
		{"Su pedido fue enviado a Ana Ruiz. Llegada estimada: 9 de diciembre.", Standard, true},
		{"Our Terms of Service change Jan 1, 2027, the day of your colonoscopy.", Standard, true},
		{"Your dialysis schedule is changing Jan 1, 2027.", Standard, true},
		{"Sus condiciones de cobertura para su quimioterapia cambian el 1 de febrero de 2027.", Standard, true},
	})
}
