package guard

import "testing"

// TestSignoff: signoff.go's signer — a name after a valediction (or a
// leading dash) with an administrative title of the sender at the end of
// the letter — passes; a clinical or family title, a reader named in the
// body, a second name, a line after the signature and a name with no
// valediction stay reported.
func TestSignoff(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Our rates change on January 1.\n\nWarmly,\nCarolyn Pierce, Executive Director",
		"Our office will be closed Monday.\n\nSincerely,\nCarolyn Pierce\nExecutive Director, Magnolia Terrace",
		"Flu shots are available at the front desk.\n\nBest,\nDr. Elena Voss, Medical Director",
		"Parking lot repaving starts Tuesday.\n\n– Carolyn Pierce, Administrator",
		"Nuestro horario cambia el lunes.\n\nAtentamente,\nLcda. Ana Ruiz\nGerente de Farmacia",
		"Our billing office has moved to Suite 200.\n\nKind regards,\nAngela Ross\nBilling Manager",
		"Our privacy notice was updated.\n\nSincerely,\nKaren Wu, Chief Compliance Officer",
		"Dear Magnolia Terrace families,\n\nOur rates change on January 1. Questions? (601) 555-0141.\n\nWarmly,\nCarolyn Pierce, Executive Director",
		"The lobby reopens Monday.\n\nThank you,\nLinda Park, Owner",
		"La oficina estará cerrada el 25 de diciembre.\n\nUn saludo,\nJorge Medina, Presidente",
		"Gracias por confiar en nosotros.\n\nAtentamente,\nDra. Sofía Herrera, Directora Médica",
	)
	checkFlagged(t, g, true,
		// a clinical title on a letter about the reader's care
		"Your biopsy results are in.\n\nSincerely,\nDr. Elena Voss, Dermatologist",
		"Your chemotherapy schedule has changed.\n\nWarmly,\nDr. Mark Hale, Medical Director, Oncology",
		"Sus resultados de la biopsia están listos.\n\nAtentamente,\nDra. Sofía Herrera, Oncóloga",
		// a patient or family word
		"Our office hours change Monday.\n\nSincerely,\nAna Ruiz, Patient",
		"Our rates change on January 1.\n\nWarmly,\nCarolyn Pierce, Daughter",
		"Nuestro horario cambia el lunes.\n\nAtentamente,\nAna Ruiz, Paciente",
		// the reader named in the body, or a second name
		"Dear Ana Ruiz, our rates change on January 1.\n\nWarmly,\nCarolyn Pierce, Executive Director",
		"Dear Ruiz family,\n\nOur rates change on January 1.\n\nWarmly,\nCarolyn Pierce, Executive Director",
		"Hola Ana, su cita cambió al lunes.\n\nAtentamente,\nLcda. Carmen Díaz\nGerente de Farmacia",
		"Our rates change on January 1. Thomas Reed's account is past due.\n\nWarmly,\nCarolyn Pierce, Executive Director",
		// a line after the signature, no valediction, no title
		"Our rates change on January 1.\n\nWarmly,\nCarolyn Pierce, Executive Director\nPatient: Ana Ruiz",
		"Our rates change on January 1.\n\nCarolyn Pierce, Executive Director",
		"Our rates change on January 1.\n\nWarmly,\nCarolyn Pierce",
		"Carolyn Pierce, Executive Director, asked us to call you about your mammogram.",
	)
}
