package guard

import "testing"

// TestSlotNarrow: the reader's service in a header, a van's stop at a
// bare address, deliveries to an address, a staff member's own condition
// in the years slot or on the role, a training field running on into a
// personal clause, and a population narrowed by a health adjective or
// clause stay reported (slotnarrow.go); the sender's genuine operations,
// staff milestones and public campaigns still pass.
func TestSlotNarrow(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Dialysis Transport: the van will be at 14 Ferry Lane on 3 March.",
		"PrEP Refills: the counter at 220 Elm Avenue opens at 8am on 3 March.",
		"Methadone Dispensing: the counter at 220 Elm Avenue opens at 7am from 3 March.",
		"Entrega De Insulina: la unidad móvil estará en Calle Olmo 14 el 9 de marzo.",
		"Oakfield Renal Unit: Deliveries to 27 Station Road, Ashby are unavailable on 15 January.",
		"Brightwater Prosthetics: the van will be at 40 Dock Road on 14 February with the new socket.",
		"Our nurse Ana Ruiz retires after 30 years with HIV. Thank you, Ana!",
		"Nuestra enfermera Ana Ruiz cumple 20 años con VIH. ¡Gracias, Ana!",
		"Our bipolar adviser Tom Reed has completed NCSCT training. Well done, Tom!",
		"Nuestra recepcionista diabética Ana Ruiz cumple 10 años de servicio. ¡Gracias, Ana!",
		"Our adviser Liam Doyle has completed NCSCT training in Leeds while recovering from his stroke. Well done, Liam!",
		"Free foot checks for diabetic adults at the health fair. Open to the public.",
		"Free flu shots for asthmatic children at all our pharmacies this Saturday. Open to the public.",
		"Feria de salud para personas diagnosticadas de diabetes: control de pies. Abierta al público.",
		"Free flu shots for women with breast cancer. Open to the public.",
	)
	checkFlagged(t, g, false,
		"Oakfield Renal Unit: Due to heavy snow, the Ashby satellite unit, 27 Station Road will open at noon tomorrow, 15 January.",
		"Kestrel Methadone Clinic: the counter at 220 Elm Avenue opens at 7am from 3 March.",
		"Meadow Lane Breast Screening: the mobile screening unit will be at the Asda car park, 12 Canal Road, from 6 to 17 January.",
		"Tidewater Kidney Care: the mobile outreach unit will be at Fenton Library, 2 Mill Lane, from 2 to 9 February.",
		"Our diabetes specialist nurse Helen Ward, RGN, marks 10 years with the team. Thank you, Helen!",
		"Our receptionist Ana Ruiz retires after 22 years with Kestrel Dialysis Centre. Thank you, Ana!",
		"Our diabetic foot podiatrist Kevin Marsh, FCPodS, marks 10 years with the team. Thank you, Kevin!",
		"Our paediatric physiotherapist Sam Lee has completed NCSCT training. Well done, Sam!",
		"Our adviser Liam Doyle has completed NCSCT training in smoking cessation and alcohol brief advice. Well done, Liam!",
		"Free flu shots for pregnant women and adults 65 and older. Open to the public.",
		"Free webinar on heart health for women over 50, Tuesday 12 May. Open to the public.",
	)
}
