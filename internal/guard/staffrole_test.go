package guard

import "testing"

// TestStaffRoles: the sender's staff named with a role pass; the reader's
// carers, greetings and appointments stay reported (staffrole.go).
func TestStaffRoles(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	pass := []string{
		"Meet Rosa Jimenez, our new billing supervisor. Rosa answers billing questions Mon-Fri.",
		"Peak Fuel Tempe welcomes coach Marcus Bell, NASM-CPT, who'll lead our free Tuesday run club.",
		"Congratulations to caregiver Samuel Adeyemi, BrightPath's Caregiver of the Quarter! Samuel has covered 120 shifts.",
		"New on our blog: 'Five lunchbox ideas' by nutritionist Farah Siddiqui, RD.",
		"Welcome Dr. Hannah Okafor, AuD, to our Lakeview team!",
		"Le presentamos a Rosa Jiménez, nuestra nueva supervisora de facturación.",
		"<h3>Meet Jenna Kowalski</h3><p>Olympic rower Jenna Kowalski is visiting <b>Peak Fuel Scottsdale</b> on Saturday.</p>",
		"Lumen Optical Pearl District says farewell to manager Priya Raman, who's opening our new Seattle store. Welcome, new manager Joel Okonkwo!",
		"ClearTone Hearing is proud to announce that Dr. Lena Varga, AuD, was elected president of the Idaho Academy of Audiology.",
		"Nuestro equipo da la bienvenida a la Dra. Marta Gil, AuD, en la sucursal de Lakeview.",
		"Peak Fuel Tempe da la bienvenida al coach Marcus Bell, quien dirigirá el club de corredores gratuito.",
		// fix108 (dev108): "patient" opening a job title after "our new"; "nombra a … como nueva gerenta"
		"Say hello to Marcus, our new patient consultant at the Main Street store.",
		"Isapre Vertiente Salud nombra a Paula Orellana como nueva gerenta de operaciones.",
		"Our new patient financial counselor, Brenda Yazzie, is available for walk-in questions on Wednesdays.",
	}
	report := []string{
		"Hi Rosa Jimenez, your billing statement is ready.",
		"Your caregiver Samuel Adeyemi will arrive at 9 AM tomorrow.",
		"Dr. Hannah Okafor will see you on Tuesday at our Lakeview branch.",
		"Your audiologist Dr. Lena Varga has sent your results.",
		"Meet Rosa Jimenez, your case manager. She will call you this week.",
		"Keisha Brown picked up your order today.",
		"Meet Aaron Blake, our new billing supervisor. Aaron, your statement of $310 is due Friday.",
		"Meet Dr. Hannah Okafor, AuD, our new audiologist. She will see you Tuesday.",
		"Our team welcomes new client Dorothy Simms to BrightPath home care.",
		"Su cuidador Samuel Adeyemi llegará a las 9 de la mañana.",
		"La Dra. Marta Gil lo atenderá el martes en nuestra sucursal.",
		"<h3>Meet Jenna Kowalski</h3><p>Olympic rower Jenna Kowalski will visit you at home on Saturday.</p>",
		"Welcome coach Marcus Bell to our team! Anna Bell joined our store's program on Monday.",
		"Welcome, new manager Joel Okonkwo! Joel Okonkwo has your hearing test results.",
		"Our new caregiver Samuel Adeyemi starts with Mrs. Doris Lee on Monday.",
		"Meet Olympic rower Jenna Kowalski at our store. Jenna Kowalski will see you for your session.",
		"Meet our client of the month, Rosa Jimenez!",
		"Meet Rosa Jimenez, our newest rewards member.",
		"Meet coach Marcus Bell, our new trainer. He will call you tomorrow.",
		"Despedimos a nuestro gerente Raúl Ortega. Raúl Ortega le entregará su pedido.",
		// RED (dev53r): a person in care named like staff
		"Congratulations to Leo Grant, BrightPath's Recovery Milestone of the Quarter: 1 year sober!",
		"Felicitamos a Rosa Jiménez, nuestra sobreviviente del año.",
		"Meet Rosa Jimenez, our newest hospice admission.",
		"Say hello to Marcus, our new patient at the Main Street store.",
		"Isapre Vertiente Salud nombra a Paula Orellana como nueva afiliada del plan.",
		"Our counselor, Brenda Yazzie, says your son relapsed.",
		"Our new patient financial counselor, Brenda Yazzie, will call you about your bill.",
	}
	checkFlagged(t, g, false, pass...)
	checkFlagged(t, g, true, report...)
	// Strict mode never drops.
	if fs, _ := g.CheckText(pass[0], nil, Strict); len(fs) == 0 {
		t.Errorf("strict: staff name dropped")
	}
}

// TestStaffRoleFirstTest: srMay lets through every notice with a role,
// credential, "member" or award word (or a byte outside ASCII) and
// nothing else; dropStaffRoles' findings are the same with it
// (TestDumpFindings compared every development row when it was added).
func TestStaffRoleFirstTest(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Dear Maria Lopez, your metformin refill is ready.", false},
		{"Meet Rosa Jimenez, our new billing SUPERVISOR.", true},
		{"Welcome Dr. Hannah Okafor, AuD, to the team!", true},
		{"Caregiver of the Quarter: Samuel Adeyemi", true},
		{"Le presentamos a Lucía Herrera", true},
		{"Hi Anne, your order shipped", false},
		{"Your A1C result was reviewed by Dr. Patel on 2/3.", false}, // a title alone: no staff news
		{"Dr. Lena Varga retires this month.", true},
		// staffthird.go: a title in a field without a reader word
		{"Dr. Rebecca Tran now sees patients at our Bayside office on Mondays.", true},
		{"Watch: Dr. Lina Haddad explains how to read our new itemized bill format.", true},
		{"El Dr. Hugo Benítez dará una charla gratuita.", true},
		{"Dr. Rebecca Tran will see you on Monday.", false},
		{"Dr. Patel reviewed su receta.", false},
	} {
		if got := srMay(Notice{Fields: []Field{{Name: "text", Text: c.text}}}); got != c.want {
			t.Errorf("srMay(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if srMay(Notice{Fields: []Field{{Name: "html", Text: "<p>Meet our new coach</p>", HTML: true}}}) {
		t.Error("srMay read an HTML field, which dropStaffRoles never reads")
	}
}
