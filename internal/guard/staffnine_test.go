package guard

import "testing"

// TestStaffNine: staffnine.go's structures — a bare role apposition, a
// relative clause of appointment, a first name alone whose full name is no
// finding, the new role nouns, frame words and Spanish titles — pass; the
// same slots naming a patient, the reader's care or a greeting keep their
// name findings.
func TestStaffNine(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Our CEO Margaret Hollis will retire in June after 22 years. Thank you, Margaret!",
		"Our COO Daniel Brandt retires in May after 30 years. Thank you, Daniel!",
		"Congratulations to Priya Nandakumar, who has been promoted to revenue cycle director.",
		"Congrats to Alicia Grant, who was named patient access manager this week.",
		"Felicidades a Marta Quiles, quien fue nombrada gerente de facturación.",
		"Felicitamos a nuestra directora ejecutiva, Lcda. Ivelisse Rosado, por sus 15 años de servicio.",
		"Damos la bienvenida a nuestra nueva administradora, Lcda. Nilda Torres.",
		"Welcome Dana Whitfield, our new billing manager, and Luis Ferraro, patient financial counselor. Both are reachable at billing@birchwood.example.",
		"Welcome Tara Nguyen, our new front desk lead, and Omar Haddad, billing specialist.",
		"Say hello to Keisha Morgan, our new head of customer care, and designer Tomás Rivera.",
		"Say hello to Nina Park, our new marketing lead, and photographer Leo Grant.",
		"Keystone Lab congratulates clinician Paul Weatherby on 25 years of service.",
		"Pine Clinic congratulates nurse Ada Mills on 30 years of service.",
		"Valley Labs congratulates technician Raj Patel on 10 years of service.",
		"Your same-day delivery order is on its way with driver Marcus. ETA 4:15 pm.",
		"Your grocery order is out for delivery with driver Andre. ETA 6:40 pm.",
		"Please welcome Dr. Elena Marsh, family medicine physician, and Jordan Teague, RN, to the Pine Hollow team.",
		"Please join us in welcoming Dr. Felix Moore, internal medicine physician, to the Westfield team.",
		"Harbor Health names Dr. Owen Price as Medical Director and Julia Stone as Director of Operations.",
		"Our pharmacy manager Linda Osei will retire on Friday after 18 years with us. We'll miss you, Linda!",
		"Nuestra gerente Rosa Vélez se jubila en junio tras 20 años. ¡Gracias, Rosa!",
	)
	checkFlagged(t, g, true,
		"Hi Margaret, your results are ready in the portal.",
		"Our CEO Margaret Hollis will retire in June. Thank you, Margaret, your biopsy results are ready.",
		"Our CEO Margaret Hollis thanks you; your HIV test results are ready.",
		"Congratulations to Priya Nandakumar, who has finished chemotherapy.",
		"Congrats to Ben Okafor, who was discharged from rehab this week.",
		"Congratulations to Ben Okafor, who was admitted to our billing team.",
		"Lcda. Ivelisse Rosado, su cita de terapia es el martes.",
		"Felicitamos a nuestro paciente, Sr. Ramón Ortiz, por completar su diálisis.",
		"Welcome Dana Whitfield, our new patient, and Luis Ferraro, her caregiver.",
		"Luis Ferraro, patient financial counselor, will call you about your chemotherapy balance.",
		"Maria Lopez, hospice patient, passed away on Tuesday.",
		"Say hello to Keisha Morgan, our new resident, and her daughter Ana.",
		"Keystone Lab congratulates patient Paul Weatherby on 25 years of sobriety.",
		"Clinician Paul Weatherby will review your lab results with you Monday.",
		"Our clinician Paul Weatherby will see you on March 3.",
		"Your insulin delivery is on its way with driver Marcus.",
		"Driver Marcus will bring your oxygen tanks at 4 pm.",
		"Driver Marcus will bring your wound dressing order to your home.",
		"Your courier Priya will bring your chemotherapy pills.",
		"Hi Dana, your order is on its way with driver Marcus.",
		"Please welcome Jordan Teague, RN, to your care team; he will review your MRI on Monday.",
		"Dr. Felix Moore, internal medicine physician, will see you on Monday.",
		"Jordan Teague was admitted to our internal medicine unit.",
		"Harbor Health names patient Julia Stone as Volunteer of the Year for her recovery.",
		"Thanks, Maria!",
		"¡Gracias, Rosa! Su resultado de VIH está listo.",
		"Our pharmacy manager Linda Osei will retire. We'll miss you, Linda, and hope you get well soon.",
		"Our pharmacy manager Linda Osei will retire. We will miss you at your chemo session, Linda!",
		"¡Gracias, Rosa, por venir a su cita de terapia!",
	)
}
