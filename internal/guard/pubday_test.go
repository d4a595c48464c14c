package guard

import "testing"

// TestPubDay: a call to bring the family, an age range for everyone, a
// vaccine's clinic, an awareness week's dates and a free talk's presenter
// let a public health day pass (pubday.go); the reader's own care, dose or
// date, a named person and a population narrowed by health in the same
// frames stay reported.
func TestPubDay(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		// leaks
		{"Jornada de vacunación contra la influenza abierta al público este sábado: su segunda dosis es a las 9:20 a. m. en el parqueo del hospital.", Standard, true},
		{"Jornada de vacunación contra la influenza para pacientes con EPOC este sábado de 8:00 a. m. a 2:00 p. m. en el parqueo del hospital. ¡Traé a tu familia!", Standard, true},
		{"Jornada de vacunación contra la influenza abierta al público este sábado. ¡Traé a tu hijo con asma a las 9:20!", Standard, true},
		{"Jornada de vacunación contra la influenza abierta al público este sábado. ¡Traé a tu hijo con asma a las 9:20!", Strict, true},
		{"Flu vaccine clinic for kidney transplant recipients at Northgate Pharmacy Elm St, Saturday 9–3. No cost with most plans.", Standard, true},
		{"Flu vaccine clinic for ages 3+ with asthma at Larkfield Market, Sunday 10–4. No cost with most plans.", Standard, true},
		{"Vacunación contra COVID para mayores de 60 con EPOC en Supermercado La Cosecha, domingo de 10 a 4. Sin costo.", Standard, true},
		{"Shingles vaccine clinic at Northgate Pharmacy Elm St, Saturday 9–3: your second dose is due that day.", Standard, true},
		{"Ostomy Awareness Week is Oct 2–8! Your stoma check with our nurses is Oct 4 at 10:40 AM.", Standard, true},
		{"Feeding Tube Awareness Week is Feb 8–14! Mia's tube change is Feb 10.", Standard, true},
		{"Feeding Tube Awareness Week is Feb 8–14! Join our free webinar for parents of children with gastroparesis.", Standard, true},
		{"Free public talk: 'Knee Pain — Do I Need a Replacement?' with Dr. Sam Okoro, MD, Tuesday 7pm. Your knee MRI results are ready.", Standard, true},
		{"Free public talk: 'Back Pain — When Is Surgery the Answer?' with Dr. Elena Vargas, MD, Thursday 6pm for Mr. Ruiz.", Standard, true},
		{"Free public talk: 'Back Pain'. Appointment with Dr. Elena Vargas, MD, Thursday 6:20pm.", Standard, true},
		{"Free public talk: 'Back Pain — When Is Surgery the Answer?' with Dr. Elena Vargas, MD, about Maria Lopez's sciatica.", Standard, true},
		{"Charla gratuita: 'Dolor de espalda' con la Dra. Lucía Méndez, jueves 6 p. m., para pacientes con hernia de disco.", Standard, true},
		{"Back pain follow-up with Dr. Elena Vargas, MD, Thursday 6pm at Keystone Spine & Surgery Center.", Standard, true},
		// clean
		{"Jornada de vacunación contra la influenza abierta al público este sábado de 8:00 a. m. a 2:00 p. m. en el parqueo del hospital. ¡Traé a tu familia!", Standard, false},
		{"Jornada de vacunación contra la gripe abierta a toda la comunidad el sábado de 8 a 12 en el gimnasio municipal. ¡Vení con tu familia!", Standard, false},
		{"COVID and flu vaccine clinic for ages 3+ at Larkfield Market Ridge Ave, Sunday 10–4. No cost with most plans.", Standard, false},
		{"Shingles and flu vaccine clinic for ages 50+ at Northgate Pharmacy Elm St, Saturday 9–3. No cost with most plans.", Standard, false},
		{"Feeding Tube Awareness Week is Feb 8–14! Join NouriLine's free community webinar with our registered dietitians.", Standard, false},
		{"Free public talk: 'Back Pain — When Is Surgery the Answer?' with Dr. Elena Vargas, MD, Thursday 6pm at Keystone Spine & Surgery Center.", Standard, false},
		{"Free public talk: 'Knee Pain — Do I Need a Replacement?' with Dr. Sam Okoro, MD, Tuesday 7pm at Riverside Orthopedic Center.", Standard, false},
	})
}

// TestPubDayReadings: the readings on their own.
func TestPubDayReadings(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"¡Traé a tu familia!", true},
		{"¡Vengan con toda su familia!", true},
		{"¡Traé a tu hijo con asma!", false},
		{"¡Traé a tu familia a las 9:20!", false},
	} {
		if _, got := pdFamilyCall(c.in); got != c.want {
			t.Errorf("pdFamilyCall(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
