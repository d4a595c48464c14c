package guard

import "testing"

// TestStaffPost: staffpost.go's slots — credentials dropStaffRoles did not
// know, an ambiguous credential in a run, the credentialled person's
// specialty, programme, professional body, exam, languages and department
// — pass; the same shapes about the reader's care, a patient or a
// participant keep their findings, and strict mode drops nothing.
func TestStaffPost(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	clean := []string{
		"Congrats to coordinators Luis Ortega, CCRC, and Hannah Pike, CCRP, on earning their certifications!",
		"Please welcome Gloria Núñez, PT, DPT, to our rehab team!",
		"Congratulations to Dr. Samuel Okafor, MD, our Medical Director, on his election to the Academy for Eating Disorders board of directors!",
		"Welcome to the team: Dana Whitfield, MS, RDN, CEDS, joins Harbor Light Bend as Lead Dietitian.",
		"Congrats to Jamie Tran, CLC, on passing the IBCLC exam! 🎉",
		"Welcome Dr. Rina Castellanos, MD, FACE, who joins Meridian as a Principal Investigator for our endocrinology studies.",
		"Meet Aisha Brown, CPhT — our new inventory and compliance lead.",
		"Staff update: Priya Natarajan, LCSW, now leads our family-based treatment (FBT) training program for clinicians across the Northwest.",
		"Welcome Dr. Tomás Villarreal, MD, our new Medical Director, board-certified in geriatric medicine.",
		"Welcome Sofia Arredondo, RN, IBCLC, to the Little Latch family! She sees families in English and Spanish.",
		"Please welcome Carmen Ibáñez, OT, OTD, to our day-center therapy team!",
		"Please welcome Marcus Lee, PharmD, our new pharmacist-in-charge at Verdant Leaf Harrisburg!",
		"Meet Keisha Grant, CPhT — our new patient-services lead.",
	}
	checkFlagged(t, g, false, clean...)
	checkFlagged(t, g, true,
		"Please welcome Gloria Núñez, PT, DPT, who will start your knee rehab Monday.",
		"Please welcome Gloria Núñez, PT, DPT, to our rehab team! She will start your knee rehab Monday.",
		"Welcome Renée Alvarez, RN, IBCLC! She will visit you Tuesday to check your baby's latch and your mastitis.",
		"Welcome to the team: Morgan Hale, MS, RDN, CEDS, who will take over your anorexia meal plan this week.",
		"Welcome Dr. Nadia Farouk, MD, FACP, your new study doctor for the heart failure trial; your next visit is March 3.",
		"Congrats to Jamie Tran on finishing chemo! 🎉",
		"Congrats to Jamie Tran, CLC, on finishing chemo! 🎉",
		"Congratulations to Sam Rivera, our patient, on completing 90 days in our bulimia program!",
		"Congratulations to Sam Rivera, RN, on completing our bulimia treatment program!",
		"Congratulations to Ruth Kimani, MS, on completing her stroke rehab this week!",
		"Patient: Ben Ortiz, PT (DOB 04/12/1941), falls-prevention plan after hip fracture.",
		"Owen Brandt, CCRC, enrolled you in the insulin study; your screening A1c was 8.2.",
		"Staff update: Julia Brooks, LCSW, now leads your daughter Emma's family-based treatment sessions.",
		"Congrats to Jamie Tran, CLC, on passing your glucose test!",
		"Congrats to Jamie Tran, RN, on passing the COVID test!",
		"Welcome Dr. Rina Castellanos, MD, who joins Meridian as your endocrinology study doctor.",
		"Jamie Tran, MS, has relapsed and is back in our rehab program.",
		"Welcome Sofia Arredondo, RN, IBCLC! She treats your mastitis in English and Spanish.",
		"Please welcome Marcus Lee, PharmD, our new pharmacist-in-charge at Verdant Leaf Harrisburg, who filled your oxycodone today.",
		"Marcus Lee, PharmD, our pharmacist at Verdant Leaf Harrisburg, dispensed oxycodone to Jane Doe.",
		"Meet Keisha Grant, CPhT — she will call you about your patient-assistance application for Humira.",
	)
	strictKeepsFindings(t, g, clean[:3])
}
