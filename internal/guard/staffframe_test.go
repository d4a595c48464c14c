package guard

import "testing"

// TestStaffFrame: staff news by its structure (staffframe.go) — a role in
// the apposition after the name or its list, "as <role>" or "to our …
// team" later in the clause, inline HTML around the name, a lower-case
// "patient" in a job title, a sentence telling the reader how to reach a
// non-clinical staff member — passes; the same shapes naming a patient, a
// reader or the reader's care keep their name findings.
func TestStaffFrame(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Congratulations to Tomás Ibarra, Larkspur's scheduling coordinator, on 10 years with the group!",
		"Meet Dana Whitcomb, DailyRoot's new head of customer care. Dana's team answers chat 7 days a week.",
		"Big congrats to Marisol Vega, now store manager at Stitch & Stride Riverside!",
		"Shout-out to our billing counselors Earl Mullins and Kendra Sizemore, named Employees of the Quarter!",
		"Welcome to Kevin Tran and Aaliyah Brooks, our new photo associates at the Route 9 store.",
		"Our Westgate team — Ray Chen, Ada Mills and Lou Park — won the regional service award!",
		"Meridian welcomes Tom Baker and Rita Chang to the photo counter team.",
		"Please welcome Olivia Grant to our team as scheduling coordinator.",
		"<p>Please welcome <b>Grace Liu</b>, our new billing coordinator.</p>",
		"<p>Our billing office welcomes <b>Renee Dubois</b> as Patient Accounts Manager.</p>",
		"Please welcome Keisha Grant, our new patient financial counselor.",
		"Stitch & Stride welcomes Olivia Szymanski as e-commerce manager. Olivia will be answering your questions on live chat this month.",
		"Say hello to Rosa Mendez, our new billing representative. You may hear her voice when you call our office.",
		"Subject: Congrats, Marco!\nPlease join us in congratulating Marco Diaz, promoted to DailyRoot's warehouse supervisor.",
		"¡Felicidades a Marisol Vega, nueva gerente de Stitch & Stride Riverside!",
		"Felicidades a Gloria Benitez, líder del laboratorio de fotos de Elm St, por ganar el concurso.",
		"Felicidades a nuestros asociados Pablo Díaz y Elena Cruz, nombrados Empleados del Trimestre.",
		"Aisha Khan, Brightway's new Head of Marketing, starts Monday.",
		"Pharmacy techs Jamal Hughes and Brittany Cole won the safety award.",
		"Pharmacist of the Month: Angela Moreno at our Westgate store. Congrats, Angela!",
		"Meet Daniel Cho, Peak Fuel's new head coach for the spring run club.",
		"Please welcome Fiona Grant as our new Manager of Patient Relations.",
		"Harbor Baby team member Chloe Tran just became a certified Child Passenger Safety Technician.",
	)
	// the name itself stays reported, not only another finding
	for _, s := range []string{
		"Please welcome back Maria Lopez, our patient since 2019.",
		"Congrats to Maria Lopez, now under the care of our nurse team at Riverside!",
		"Congrats to Maria Lopez, now seen by our billing counselors.",
		"Welcome Maria Lopez to our recovery team!",
		"Welcome to Kevin Tran and Aaliyah Brooks, our new dialysis patients.",
		"Meet Dana Park, our new store manager. Dana will deliver your insulin on Friday.",
		"Say hello to Rosa Mendez, our new billing representative. She will call you about your overdue balance.",
		"Meet Ray Chen, our new nurse navigator. You may hear his voice when you call.",
		"Counselor Dana White says Marcus Reed relapsed.",
		"<p>Please welcome back <b>Grace Liu</b>, our patient.</p>",
		"Congratulations to Maria Lopez, Tom's caregiver, on 10 years!",
		"Subject: Congratulations, Alicia!\nYour results are ready, Alicia Moreno.",
		"Felicidades a Marisol Vega, nuestra paciente del mes.",
		"Meet Dana Park, our new store manager. Her chemo starts Monday.",
		"Meet Dana Whitcomb, your new care coordinator. Dana will answer your questions.",
		"Welcome to our patient family, Olivia Grant!",
		"Congratulations to Maria Lopez, Tom Baker's caregiver, on 10 years!",
		"Guest of the Month: Dorothy Simms at our Westgate home.",
		"Aisha Khan, Brightway's new Head of Marketing, starts at your home on Monday.",
		"Our residents Jamal Hughes and Brittany Cole won the bingo night.",
		"Maria Lopez, our new billing coordinator, was admitted last night.",
		"Maria Lopez, our store manager, relapsed and is back in rehab.",
		"Retiring: Dr. Alan Pierce. His last day seeing Maria Lopez will be March 3.",
	} {
		fs, err := g.CheckText(s, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if !kinds(fs)[KindName] {
			t.Errorf("%q: no name finding (%+v)", s, fs)
		}
	}
}
