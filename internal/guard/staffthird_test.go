package guard

import "testing"

// TestStaffThird: titled or role-named staff told about in the third person
// in a reader-free field pass; the same shapes tied to the reader stay
// reported (staffthird.go).
func TestStaffThird(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	pass := []string{
		"Dr. Aisha Rahman will be a guest on the 'Healthy Valley' podcast this Thursday.",
		"The Harbor Health board has named Dr. Elena Petrova Chief Medical Officer.",
		"Staff spotlight: physical therapist Omar Haddad ran the Boston Marathon for charity!",
		"Dr. Rebecca Tran now sees patients at our Bayside office on Mondays.",
		"Watch: Dr. Lina Haddad explains how to read our new itemized bill format.",
		"Recognition: RN Patrick O'Neill received the DAISY Award for extraordinary nursing.",
		"in the news: our own Dr. Sarah Lindgren was quoted in the Valley Gazette about community volunteering",
		"Store news: Marisol Vega is our new shop manager at the Market Square location.",
		"Felicitaciones a la enfermera Rosa Delgado por sus 20 años de servicio.",
		"La Dra. Lucía Fernández recibió el premio Mujer Destacada de la ciudad.",
		"La junta directiva nombró a la Dra. Elena Paredes directora médica.",
		"Lamentamos informar que el Dr. Arturo Medina, jubilado en 2010, falleció la semana pasada.",
		`{"post":"staff_news","title":"Dr. Kofi Asante named Medical Director of Urgent Care","audience":"everyone"}`,
	}
	report := []string{
		"Dr. Aisha Rahman will see you on Thursday for your follow-up visit.",
		"Dr. Rebecca Tran now sees you at our Bayside office on Mondays.",
		"Watch: Dr. Lina Haddad explains your biopsy results in this private video.",
		"Dr. Martens is running 20 minutes late today.",
		"Dr. Anna Kowalski is running 20 minutes late today.",
		"Dr. Anna Kowalski will call tomorrow.",
		"Dr. Anna Kowalski signed the referral.",
		"Dr. Anna Kowalski is out sick; the visit is rescheduled.",
		"Nurse Maria Lopez was admitted to the ER last night.",
		"Maria Lopez received the award.",
		"El Dr. Juan Pérez lo llamará mañana.",
		"La Dra. Patricia Llorente lo atenderá el lunes en la sede de Bayside.",
		"El paciente Arturo Medina falleció la semana pasada en la unidad.",
		"Hola Inés Carrasco, su cita es el viernes a las 9.",
		"Dr. Ben Carver ran the marathon. Your results from him are ready.",
		"Meet our new therapist, Alicia Moreno, LCSW. Your sessions move to her.",
		"Marisol Vega is our new client at the Market Square location.",
		`{"post":"reminder","title":"Dr. Kofi Asante will see you Tuesday","audience":"member"}`,
	}
	checkFlagged(t, g, false, pass...)
	checkFlagged(t, g, true, report...)
	// Strict mode never drops.
	if fs, _ := g.CheckText(pass[3], nil, Strict); len(fs) == 0 {
		t.Error("strict mode dropped a third-person staff name")
	}
}
