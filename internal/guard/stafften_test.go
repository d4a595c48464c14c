package guard

import "testing"

// TestStaffTen: stafften.go's structures — a titled clinician's own
// schedule, a department the name leads, a role's award, a religious title
// in staff news, a run of credentials, "atención al paciente" after a role,
// "es el nuevo <role>" — pass; the same slots naming the reader's care, a
// greeting, a patient or a person in care keep their name findings.
func TestStaffTen(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Dr. Lena Pruitt's office hours have moved to Mondays and Wednesdays at the Westerville location starting April 1.",
		"Delgado Chiropractic: Dr. Zoë Brännström’s schedule on Wednesday is now 7 a.m.–3 p.m.",
		"Theo Team Update: Marcus Bell now leads Member Support. You can still reach the team 7 days a week.",
		"CareAxis News: Driver of the Year goes to Luis Ortega! Thank you Luis for 11 years of on-time deliveries.",
		"Thank you to Sister Mary Bernadette Kowalski, who retires after 42 years of service to St. Agnes.",
		"Nurse manager Patrice Lumley, RN, CWOCN, celebrates 20 years with Tidewater this month. Congratulations, Patrice!",
		"El Lic. Nahuel Pereyra es el nuevo coordinador de atención al paciente de la sede San Isidro.",
	)
	checkFlagged(t, g, true,
		"Dr. Lena Pruitt will review your biopsy results on Tuesday.",
		"Dr. Lena Pruitt's office hours have moved, so your follow-up for the biopsy is now Monday at 9.",
		"Dr. Lena Pruitt's schedule changed. She will call you about your biopsy.",
		"Your appointment with Dr. Zoë Brännström is on Wednesday at 7 a.m.",
		"Hi Marcus Bell, Member Support has your claim on file.",
		"Marcus Bell now leads your care team for the chemotherapy.",
		"Patient of the Year goes to Luis Ortega for finishing chemotherapy!",
		"Sister Mary Bernadette Kowalski was admitted to St. Agnes with pneumonia.",
		"Welcome back, Patrice Lumley — your wound check is Tuesday.",
		"Patrice Lumley, RN, CWOCN, will call you about your wound culture results.",
		"Our volunteer Theo Ramírez will drive you to dialysis on Thursday.",
		"Meet Harold Nwosu, our new volunteer. Harold joins us three mornings a week after his discharge.",
		"El Lic. Nahuel Pereyra revisará su historia clínica antes de la consulta del jueves.",
		"Nahuel Pereyra es el nuevo paciente de la sede San Isidro.",
		"Coach Bill Hensley's chemotherapy starts Monday.",
		"Dr. Marlow's Tuesday clinic is moving to 3 pm.",
	)
}
