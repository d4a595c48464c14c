package guard

import "testing"

// TestPubAudience: pubaudience.go — a public offer's audience after "for"
// (all county residents, everyone, every resident) passes in strict mode;
// an audience narrowed by "with", a reader's "your" or a person's results
// keep the findings.
func TestPubAudience(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{"Protect the whole family this winter: free COVID-19 and flu vaccines for all county residents at our Saturday pop-up sites.", Strict, false},
		{"Free flu shots for everyone at our Saturday pop-up sites.", Strict, false},
		{"Free flu vaccines for every resident at all county clinics.", Strict, false},
		{"Free flu vaccines for all residents with asthma at our Saturday pop-up sites.", Strict, true},
		{"Your free flu vaccine for all county residents is booked for Saturday.", Strict, true},
		{"Free flu vaccines for all residents. Ann Lee's flu test results are in.", Strict, true},
		{"Free flu vaccines for all residents with asthma at our Saturday pop-up sites.", Standard, true},
		{"Get vaccinated: free flu shots for all adults on chemotherapy this season.", Strict, true},
		{"Free skin cancer screenings for the public on May 20 at our dermatology office.", Strict, true},
		// red23c, dev116r: "now", "during", "from" narrow; "at" only the sender's own places
		{"Free flu vaccines for every resident now on dialysis at our Saturday pop-up sites.", Strict, true},
		{"Free COVID-19 boosters for all county residents during chemotherapy, at our Saturday pop-up sites.", Strict, true},
		{"Free flu vaccines for all residents at the Maple Ridge dialysis unit this Saturday.", Strict, true},
		{"Free flu vaccines for everyone now pregnant at our Saturday pop-up sites.", Strict, true},
	})
}

// TestPubOpenTo: pubaudience.go's one reading of "open to everyone"
// (pubOpenTo, pubForAll's whole community), now asked by schedday.go and
// pubevslot.go's former readers: the audiences of everyone pass; an
// audience narrowed by with / con after a group that is not everyone's,
// or one reader's part, keeps the finding.
func TestPubOpenTo(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{"Clínica Santa Lucía del Ávila: Jornada gratuita de despistaje de cáncer de mama, abierta a toda la comunidad, sábado 17 de octubre desde las 8:00 a.m. en el lobby.", Standard, false},
		{"Webinar gratuito “Incontinencia: mitos y realidades”, abierto a todos, jueves 14 de mayo a las 6 PM.", Standard, false},
		{"Nuestro curso de preparación para el parto comienza el 12 de enero. Abierto a todas las familias de la comunidad.", Standard, false},
		{"Tamarack Valley Hospital's annual health fair is Oct 3 at the county fairgrounds. Free blood pressure checks for all attendees.", Standard, false},
		// narrowed, or one reader's
		{"Webinar gratuito sobre incontinencia, abierto a todos los pacientes con prolapso, jueves 14 de mayo.", Standard, true},
		{"Free incontinence webinar, open to all patients with prostatectomy, Thursday May 14 at 6 PM.", Standard, true},
		{"Jornada de despistaje de cáncer de mama, abierta a toda la comunidad. Su biopsia es el sábado 17 de octubre.", Standard, true},
		{"Free blood pressure checks for all attendees. Your hypertension follow-up is Oct 3.", Standard, true},
		{"Free flu vaccine clinic for all members of the Okafor household, Saturday, October 10, 9 AM to 1 PM.", Standard, true},
		// the lead's red team of the fold (before merging it): all held on main and after
		{"Curso de preparación para el parto el 12 de enero, abierto a todas las familias. Su ecografía de las 20 semanas es ese día.", Standard, true},
		{"Open to all families of our oncology patients on March 3.", Standard, true},
		{"Free diabetes class on Jan 7, open to all members with type 1 diabetes.", Standard, true},
		{"Abierta a todos los pacientes con VIH: charla el 3 de marzo.", Standard, true},
		{"Open to the whole community: HIV testing results for Marcus Lee are ready on Dec 4.", Standard, true},
		{"Workshop for the whole community on April 9. Maria's dialysis session moved to April 9.", Standard, true},
	})
}
