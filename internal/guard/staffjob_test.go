package guard

import "testing"

// TestStaffJob: staffjob.go's structures — a role noun by its form, a job
// title's clinical modifier, a talk's quoted title, a titled talk host, a
// contact's or a courier's notice, introductions — pass; the same slots
// about the reader's care, a patient, a customer or a greeting keep their
// findings.
func TestStaffJob(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		// 1. a role noun by its form
		"La Esperanza: Nuestra promotora Lucía Benavides atiende martes y jueves.",
		"Our esthetician Mara Lindgren now works Sundays at the Elm St spa.",
		"Farmacias Sur: El repartidor Joaquín llegará entre 10:00 y 12:00 con tu pedido.",
		"Andina: felicitamos a don Hernán Castillo, auxiliar de farmacia de Rancagua, por sus 25 años con nosotros.",
		// 2. the job title's modifier
		"Meridian Imaging: Congratulations to our mammography tech Dana Reyes on earning her ARRT credential!",
		"LifeBeacon: Shout-out to monitoring specialist Greg Fielding for 10 years on the night shift!",
		"Northgate Labs welcomes phlebotomy lead Tasha Greene to our Midtown team!",
		"Meridian welcomes Dr. Nils Halvorsen, board-certified vascular surgeon, to our Naperville office.",
		// 3. a talk's quoted title
		"Farmacias Prado: el farmacéutico Andrés Vidal presenta la charla gratuita 'Cuida tu corazón' el 12 de marzo.",
		"Free community talk 'Protect your back' with physical therapist Joel Marsh at our Elm St gym. Open to all.",
		// 4. a titled talk host
		"Join us for a free public talk with Dr. Nadia Brooks at the Lakewood Public Library. Everyone welcome.",
		"Lunch & Learn: 'Eat Smart' with Dr. Owen Price, Room 2B. Open to all staff.",
		// 5. a contact, a courier
		"Summit Home Supply: Priya Shah from Customer Care tried to reach you. Please call us back.",
		"Riverside Medical Supply: Your driver Caleb is on the way and should arrive in about 15 minutes.",
		// credentials by their form, an apposition after one
		"Keystone O&P welcomes Renée Adler, CO, to our Market Square team!",
		"Oak Street Pharmacy welcomes Marta Ruiz, CPhT, to our pharmacy team!",
		"Please welcome Kwame Asante, RRT, our new lead respiratory therapist at BreatheWell!",
		// introductions
		"Laboratorios Norte presenta a Julián Ortega, nuevo coordinador de recolección en la sede de Monterrey.",
	)
	checkFlagged(t, g, true,
		// red13/dev77x: a person's own condition before a role noun, an
		// agent noun of a habit
		"Our diabetic runner Tom Reed finished the Chicago marathon!",
		"Meet our bipolar artist Lena Marchetti at the gallery night.",
		"Felicidades a nuestra fumadora Carmen Vidal por dejar el cigarro.",
		"Nuestra autista Ana Ruiz expone sus dibujos el viernes.",
		// reader words, greetings, care
		"Please welcome Dr. Ingrid Falk, your new oncologist. She will see you on Tuesday.",
		"Dr. Nadia Brooks will see you Tuesday at 3 PM for your follow-up.",
		"Congratulations, Maria Delgado, on finishing chemo!",
		"Hi Maria Delgado, meet our new team at the Elm St clinic.",
		"Survivor spotlight: Maria Delgado celebrates 5 years cancer-free!",
		"Felicidades, Sr. Gómez, por completar su tratamiento.",
		// 1. the reader's side named by an agent noun
		"Nuestro equipo da la bienvenida a la participante Dorothy Simms al taller de los martes.",
		"Please welcome new rider Eitan Mizrahi to our Monday van route.",
		"Nuestra luchadora Ana Ruiz celebra un año sin cáncer.",
		"Nuestra promotora Carmen Ibarra le llamará para hablar de su diagnóstico de diabetes.",
		"Felicitamos a doña Teresa Muñoz por sus 30 años de sobriedad.",
		// 2. a modifier that is the reader's care
		"Our ultrasound tech Dana Reyes will call you about your scan results.",
		"Farewell to Hannah Price, our longtime hospice guest, who passed away Sunday.",
		"Shout-out to our patient Omar Velez for finishing 12 weeks of cardiac rehab!",
		"Welcome Dr. Varga, his new oncologist at our clinic.",
		"Congratulations to our marathoner Maria Lopez, a kidney transplant recipient, on her first race!",
		"Congratulations to our hemodialysis technologist Ana Ruiz, who started her own dialysis this week.",
		"Free talk 'Is your chest pain serious?' with Dr. Nadia Brooks. Open to all.",
		"Congratulations to her oncology nurse Amy Chen from all of us!",
		// 3. a reader word outside the quoted title
		"Your session 'Managing your pain' with Dr. Owen Price is Tuesday at 3 PM.",
		"Free class 'Eat Smart' with nurse Amy Chen for your diabetes.",
		// 4. a care group, the reader's group
		"Join your support group with Dr. Nadia Brooks for patients with HIV, Tuesday at 6 PM.",
		"Free talk with Dr. Nadia Brooks about your biopsy results. Open to all.",
		// 5. a contact about care, a courier bringing care
		"Priya Shah from Oncology tried to reach you about your biopsy. Please call us back.",
		"Priya Shah from Dr. Lee's office tried to reach you.",
		"Priya Shah from Billing tried to reach you about your hospice stay.",
		"Riverside Medical Supply: Your driver Caleb will bring your oxygen concentrator between 2 and 4 PM.",
		"El repartidor Joaquín llegará mañana con su insulina.",
		"Your nurse Keisha is on the way and should arrive in about 20 minutes.",
		// a care status is no credential; a credential beside the reader's care
		"Our team welcomes back Maria Lopez, DNR, to our Elm St lobby.",
		"Our team welcomes Maria Lopez, NPO, to the surgical floor.",
		"Welcome to our team, Maria Lopez, BKA!",
		"Welcome back Maria Lopez, COPD, to our rehab gym!",
		"Please welcome Kwame Asante, RRT, your new respiratory therapist.",
		"Meet Wendell Akers, RRT, who will set up your oxygen at home.",
		// introductions of a patient
		"Laboratorios Norte presenta a la paciente Rosa Ibarra, que completó su quimioterapia.",
	)
}
