package guard

import "testing"

// TestStaffPre: staffpre.go's structures — a role in a predicate after the
// name ("has been named practice manager", "from our billing office", "and
// the whole … team", ", who joins our … team"), a reader word that only
// thanks or answers the reader, the host of an open event — pass; the same
// slots naming a patient, a reader's clinician or the reader's care keep
// their name findings.
func TestStaffPre(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Staff news: Marcus Bell has been named practice manager for our three west-side offices. Congratulations, Marcus!",
		"Foundation news: Jamal Carter has been promoted to Director of Major Gifts. Congratulations, Jamal!",
		"Please welcome Alicia Moreno, our new front-office manager, and Ben Tran, who joins our billing team.",
		"Please welcome Yusuf Amari, who joins our patient accounts team as a financial counselor.",
		"Please welcome Hector Silva, who joins our customer care team as a support specialist.",
		"Meet Gideon Price, our family liaison. He's in the lobby office weekdays 9–5 and happy to help with any question.",
		"Renee Castillo from our billing office tried to reach you. Please call us back at 1-800-555-0177, option 2.",
		"Jordan Ellis from our billing office will return your call about the statement within one business day.",
		"Priya Raman and the whole Lakeshore team thank you for bearing with us during this weekend's system upgrade.",
		"Sara Lind and the Elm Street crew wish you a happy holiday season.",
		"A note from our founder, Eli Marston: thank you for ten years of supporting a small, local sports shop.",
		"Thanks for your feedback! Our customer care lead Hannah Brisco will get back to you within 2 business days.",
		"Cooking demo with chef Aaron Feld: quick weeknight meals, Wednesday 12:15 pm in the cafeteria.",
		"Mindful Monday: a 15-minute guided breathing session with Tess Okafor, streamed at 9 am.",
		"Friday yoga in the park with Mei Tanaka, free and open to everyone, 7 am.",
		"Sesión de estiramientos con Tess Alvarado para todos los empleados, transmitida el lunes a las 9.",
		"Únase al chef Diego Campos en una clase de cocina gratuita el jueves.",
		"El coordinador de eventos Andrés Molina presenta el calendario de talleres de primavera.",
		"Nuestro director ejecutivo Martín Ruiz comparte las novedades del año en el boletín.",
		"La gerente de atención al cliente Sofía Lara responde sus preguntas por chat de lunes a viernes.",
		"Head of sales Ingrid Holm was quoted in this week's business journal.",
		"Patient accounts manager Omar Haddad hosts a free 20-minute webinar on reading your statement, Thursday at 6 pm.",
		"Acompañe a la coordinadora de bienestar Tess Okafor en una sesión de estiramientos el miércoles al mediodía.",
	)
	checkFlagged(t, g, true,
		"Patient news: Marcus Bell has finished his last round of radiation. Congratulations, Marcus!",
		"Milestone: Jamal Carter has been sober for one year. Congratulations, Jamal!",
		"Marcus Bell has been named practice manager. Congratulations, Marcus, on your new diagnosis plan!",
		"Marcus Bell has been named patient of the month.",
		"Please welcome Yusuf Amari, who joins our recovery program as a new client.",
		"Please welcome Grace Kim, who joins our dialysis unit as a patient this week.",
		"Please welcome Dana Cole, who joins our recovery team.",
		"Renee Castillo from our billing office called about your unpaid biopsy claim.",
		"Renee Castillo from our hospice team will visit your mother on Tuesday.",
		"Priya Raman and the whole oncology team are here for your next chemo round.",
		"Maria Lopez and the whole support group thank you for visiting her.",
		"Our nurse Kim Alvarez will get back to you about your lab results.",
		"Dr. Aaron Feld will get back to you tomorrow.",
		"Your breathing session with Tess Okafor is streamed at 9 am; bring your inhaler.",
		"Free cooking class with Maria Lopez, our patient, streamed Friday.",
		"Free group session with therapist Dana Lee for everyone, Thursday at 4.",
		"Su sesión de fisioterapia con Tess Okafor es el miércoles al mediodía.",
		"Reserve your visit with Ruth Abernathy by May 4 for the wound check.",
		"Cooking demo with dietitian Aaron Feld for your diabetes, Wednesday.",
		"El paciente de cardiología Juan Pérez fue trasladado ayer.",
		"Su terapeuta Andrés Molina la atenderá el jueves a las 10.",
		"La coordinadora de su cuidado Ana Ruiz revisa sus resultados.",
		"Nuestra paciente Lucía Herrera comparte su historia.",
		"Patient Omar Haddad hosts a free 20-minute webinar on reading your statement, Thursday at 6 pm.",
		"Our nurse Kim Alvarez hosts a free webinar on reading your statement.",
		"Patient accounts manager Omar Haddad hosts a free webinar on your chemo bill.",
		"The daughter of Ruth Abernathy hosts the family council.",
		"La gerente Sofía Lara responde sus preguntas sobre su biopsia por chat.",
		"Maria Lopez and the whole Lakeshore team wish you a speedy recovery.",
		"Maria Lopez from our front office wishes you well.",
		"Maria Lopez has been named Resident of the Month.",
		"Maria Lopez from the front desk was admitted last night.",
		"Our customer care lead Hannah Brisco will get back to you about your prescription.",
		"Thank you, Grace Liu, for leading our food drive — 2,300 lbs collected!",
		"El coordinador de eventos Andrés Molina fue operado de la rodilla.",
		"Tom Baker from our billing office fell and broke his hip.",
		"Acompañe a su terapeuta Tess Okafor en una sesión de estiramientos el miércoles.",
		"Acompañe a la paciente Tess Okafor en una sesión de quimioterapia el miércoles.",
		"Acompañe a la coordinadora de bienestar Tess Okafor en su sesión de fisioterapia el miércoles.",
		"Marcus Bell has been named practice manager while recovering from his accident.",
		"Head of sales Ingrid Holm was diagnosed with shingles last week.",
		"Yoga class with Mei Tanaka, free for everyone, while she is recovering from her accident.",
	)
}
