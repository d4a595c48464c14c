package guard

import "testing"

// TestPubEvent: public events' dates, priced classes, study recruitment for
// a population, a programme available across a region and a priced
// package pass; the reader's own class, study, programme or package in the
// same shapes stays reported (pubevent.go, helper pub16, dev88 fam-pub,
// dev91p).
func TestPubEvent(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var cases []modeCase
	std := []string{
		"Free community talk: “Talking to Teens About Body Image” with our family therapy team. Thu, Feb 19, 6:30 PM, Central Library, Portland. RSVP: https://portal.example/m/Ge6u",
		"World Breastfeeding Week picnic at Mueller Lake Park, Aug 2 — baby-wearing demo, snacks and giveaways. Open to all!",
		"Prenatal breastfeeding class, Sat Mar 7, 10 AM–1 PM. $45 per couple. Register: https://portal.example/m/Pb5n",
		"Prenatal yoga class, Sat Jun 6, 9 AM. $20 per class. Register: https://portal.example/m/Py6q",
		"Free workshop: “Edibles and Dosing Basics” with our pharmacist, Thu May 14 at 6pm, Riverside Community Hall. RSVP https://portal.example/m/Kx3p",
		"Hospital nurse education session on collection best practices — CE credits available. Apr 22, 1pm.",
	}
	both := []string{
		"Now enrolling: studies for adults 18–65 in sleep, migraine and skin health. Compensation up to $1,200 for time and travel. See if you qualify: https://portal.example/m/Nw8e",
		"Ahora reclutando: estudios para adultos de 18 a 65 años en sueño, migraña y salud de la piel. Compensación hasta Q3,000. https://portal.example/m/Es7t",
		"Harbor Light's virtual Intensive Outpatient program is now available across Oregon and Washington. Learn more: https://portal.example/m/Hy7c2",
		"Paquete Chequeo Ejecutivo por Q1,990: evaluación médica, laboratorios básicos y electrocardiograma. Válido hasta el 31 de enero. https://portal.example/m/Pq9m",
	}
	for _, s := range std {
		cases = append(cases, modeCase{s, Standard, false})
	}
	for _, s := range both {
		cases = append(cases, modeCase{s, Standard, false}, modeCase{s, Strict, false})
	}
	leaks := []string{
		// the reader's own class, with or without "your"
		"Your prenatal breastfeeding class for your Mar 7 due date: Sat Feb 7, 10 AM–1 PM. $45 per couple.",
		"Maria's prenatal breastfeeding class, Sat Mar 7, 10 AM. $45 per couple. Register: https://portal.example/m/Pb5n",
		"Prenatal breastfeeding class, Sat Mar 7, 10 AM. $45 per couple, balance due at the door.",
		// a care event beside a public event
		"Free community talk, Thu, Feb 19, 6:30 PM. Appointment Feb 20, 8 AM.",
		"Free community talk Feb 19 and checkup Feb 20. RSVP: https://portal.example/m/Ge6u",
		"Chemotherapy session Aug 2 at Mueller Lake Park. Open to all!",
		"Free community talk: Thu, Feb 19. Biopsy Feb 20, 8 AM.",
		// one person's session beside professional credits
		"Diabetes education session, Apr 22, 1pm. CE credits available.",
		"Nurse education session — CE credits available. Apr 22, 1pm. Maria's discharge follows.",
		"Nurse education session — CE credits available. Apr 22, 1pm: infusion visit.",
		// one family's event, a booked slot
		"Caminata de la familia Ruiz abierta al público el 3 de junio.",
		"Free community yoga class on June 20 at 10:40 AM. All welcome.",
		// the reader's own study
		"You are enrolled in our migraine study — your first visit is Mar 10 at 9 AM.",
		"Thanks for enrolling in the sleep apnea study. Compensation up to $1,200 will be paid after your final visit.",
		"Now enrolling: studies for adults with migraine. Compensation up to $1,200.",
		"Now enrolling: studies for adults 18–65 in migraine. Screening visit Apr 8 at 2pm.",
		"Migraine study visit Apr 8. Compensation up to $1,200.",
		// the reader's own programme or package
		"Your Intensive Outpatient program starts Mon, Jan 5 at 9 AM at our Portland site.",
		"Su electrocardiograma del Paquete Chequeo Ejecutivo está programado para el 31 de enero.",
		"Paquete Chequeo por Q1,990 para la señora Ruiz: electrocardiograma y biopsia.",
		"Paquete Chequeo: electrocardiograma y biopsia.",
	}
	for _, s := range leaks {
		cases = append(cases, modeCase{s, Standard, true}, modeCase{s, Strict, true})
	}
	// a start in the sentence (pubHasWhen); in standard mode the
	// announcement rule's "now available" frame passes it, as before
	cases = append(cases, modeCase{"Intensive Outpatient program now available across Oregon — starts Monday.", Strict, true})
	checkModeCases(t, g, &Context{AllowURLs: []string{"https://portal.example/m/"}}, cases)
}

// TestSupportWho: who a support group is for names no condition; a
// condition before it, or the word before another head, stays
// (supportwho.go).
func TestSupportWho(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []modeCase{
		{"Caregiver support group meets the second Wednesday of every month, 5:30 PM, Fresno center.", Standard, false},
		{"Caregiver support group meets the first Tuesday of every month, 6 PM, Mesa center.", Standard, false},
		{"Family support group meets every Monday at 6 PM.", Standard, false},
		{"Alzheimer caregiver support group meets every third Thursday, 2 PM, Oakland center.", Standard, true},
		{"Your caregiver support group for your husband’s dementia meets the second Wednesday of every month, 5:30 PM.", Standard, true},
		{"Tourette's support group meets every Monday at 6 PM.", Standard, true},
		{"Anorexia support group meets every Monday at 6 PM.", Standard, true},
	}
	checkModeCases(t, g, nil, cases)
}

// TestClosedDept: a department closed on a holiday and a "… services
// office" closed on a date pass; the reader's visit on a holiday, and a
// service rendered, stay reported (closeddept.go).
func TestClosedDept(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []modeCase{
		{"Por el feriado del 15 de septiembre, la consulta externa estará cerrada. Emergencias funciona con normalidad.", Standard, false},
		{"Client services office closed Jan 1 — our 24/7 courier line stays open as always.", Standard, false},
		{"Member services desk closed Nov 26.", Standard, false},
		{"Por el feriado del 15 de septiembre, su consulta queda cerrada.", Standard, true},
		{"Por el feriado del 15 de septiembre, la consulta de control pasa al 16.", Standard, true},
		{"La consulta del 15 de septiembre está confirmada.", Standard, true},
		{"Your visit on Jan 1 is confirmed — our courier line stays open.", Standard, true},
		{"Home health services on Jan 1 were billed to the account.", Standard, true},
		{"Our office has reserved March 3 at 9:40 AM for your account.", Standard, true},
	}
	checkModeCases(t, g, nil, cases)
}
