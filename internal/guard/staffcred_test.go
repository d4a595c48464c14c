package guard

import "testing"

// TestStaffCred: staffcred.go's structures — upper-case credentials
// (PA-C, DO), a care word inside the sender's organisation name, a courier
// on a label line, founders and owners, an employer's "X & Y" firm name —
// pass; the same slots naming a patient, the reader's care or a greeting
// keep their name findings.
func TestStaffCred(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Kara Doyle, PA-C, now leads our Westfield clinic.",
		"Please welcome Owen Hart, DO, to our Fairview team.",
		"Welcome Rita Salas, LCSW, our new social services director.",
		"Clearline Infusion Pharmacy: Our courier Marcus Bell just completed 10,000 on-time deliveries. Thank you, Marcus!",
		"Summit Pharmacy: Your courier is 5 minutes away. Driver: Derek, silver van with the Summit logo.",
		"Ridgeway PT: Our founders, Lisa Grant and Tom Ward, were named Regional Small Business Leaders of 2026. Thank you for 15 years!",
		"Congratulations to Maya Brennan, DPT, our new clinic director at Hale & Brooks Riverside. Maya has been with us for six years.",
		"Mother's Day brunch is Sunday, May 10, 11 am–1 pm. Reserve seats with Ruth Abernathy by May 4.",
		"¿Dudas sobre su factura? Nuestra especialista de facturación Renee Castillo le atiende de lunes a viernes al 1-800-555-0177.",
		"Our director of community outreach Ana Ruiz joined in 2019.",
		"Father's Day brunch is Sunday, June 21. Reserve a table with Dana Reed by June 14.",
	)
	checkFlagged(t, g, true,
		"Kara Doyle, PA-C, will see you for your follow-up at 2 pm.",
		"Kara Doyle, PA, will see you for your follow-up at 2 pm.",
		"Owen Hart, DO, will review your MRI on Monday.",
		"Clearline Infusion Pharmacy: Our courier Marcus Bell will deliver your chemotherapy pills today.",
		"Clearline Infusion Pharmacy: Marcus Bell, your infusion nurse, will visit Tuesday.",
		"Your infusion with Marcus Bell is on Tuesday.",
		"Driver: Derek will bring your oxygen tanks at 2 pm.",
		"Hi Derek, your refill is ready for pickup.",
		"Our founders, Lisa Grant and Tom Ward, thank Maria Lopez for sharing her recovery story.",
		"Our nurse at Hale & Brooks Riverside cared for Ana Moreno during her stay.",
		"Your physical therapist Maya Brennan, DPT, will see you at 3 pm Thursday.",
		"Congratulations to Maya Brennan, DPT, who finished chemotherapy last week.",
		"Nuestra especialista de facturación Renee Castillo le llamará para hablar de su diagnóstico.",
		"Nuestra especialista de facturación Renee Castillo le explicará los resultados de su biopsia.",
		"Our billing specialist for hospice patients Renee Castillo will call you.",
		"Nuestra especialista de facturación Renee Castillo atendió a Ana Moreno tras su cirugía.",
		"Our driver will pick up the Okafor household's walker on Monday.",
		"Reserve your seat with Ruth Abernathy by May 4.",
		"Group therapy session is Sunday, May 10. Reserve seats with Ruth Abernathy by May 4.",
		"Support group lunch is Sunday, May 10. Reserve seats with Ruth Abernathy by May 4.",
		"Mother's Day brunch is Sunday. Reserve seats with Ruth Abernathy by May 4. Ruth had knee surgery last week.",
		"Reserve seats with Ruth Abernathy by May 4 for the hospice family brunch.",
		"Reserve a spot with Dr. Lee for the flu shot clinic.",
	)
}
