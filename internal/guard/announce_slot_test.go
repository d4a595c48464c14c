package guard

import "testing"

// TestAudienceSlot: one reader's care slot behind an audience word, a free
// offer or "walk-ins welcome" stays reported in both modes; public
// classes, screenings, fairs and offers with a day and time still pass
// (announce_slot.go, red team red16, dev90x).
func TestAudienceSlot(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		// leaks: the reader's care, its day or time, an audience word
		{"Everyone welcome at the biopsy follow-up Tuesday 7 AM at our oncology clinic.", Standard, true},
		{"Open to the public: the pacemaker check is Monday at 11 AM at our cardiology center.", Standard, true},
		{"Everyone welcome: the biopsy follow-up is Tuesday.", Standard, true},
		{"Everyone welcome at the speech therapy session for autism Monday 3 PM.", Standard, true},
		{"Walk-ins welcome for the cataract surgery Friday 8 AM, left eye.", Standard, true},
		{"Walk-ins welcome for the INR check Tuesday 8 AM at our Elm St lab.", Standard, true},
		{"Open to all eligible adults: the hepatitis B vaccine series, dose 2 of 3, Monday.", Standard, true},
		{"Free for everyone: the CPAP mask refit Tuesday 3 PM at our sleep lab.", Standard, true},
		{"Abierto a toda la comunidad: la colonoscopia es el lunes a las 8.", Standard, true},
		{"Para todos los afiliados: la endoscopia es el martes a las 7, en ayunas.", Standard, true},
		{"Free prostate biopsy Monday 7 AM. Open to the public.", Strict, true},
		{"Everyone welcome! Free lumpectomy consult Tuesday 7 AM.", Strict, true},
		{"Todos bienvenidos. Colonoscopia gratis el lunes a las 8.", Strict, true},
		{"Everyone welcome at the dialysis session Tuesday 7 AM.", Standard, true},
		// a definite item of the reader's, or "this week", with no day
		{"Open to the public: the hearing aid for the left ear has arrived at our Elm St branch.", Standard, true},
		{"Open to everyone: the biopsy follow-up has moved to our new Elm St clinic.", Standard, true},
		{"Everyone welcome: the knee MRI moved to the 3rd floor.", Standard, true},
		{"Open to the public: the chemo education visit is now offered at all our locations.", Standard, true},
		{"Everyone welcome this week: the lumpectomy follow-up, 3rd floor.", Standard, true},
		{"Open to the public this afternoon: the prostate biopsy at our Elm St office.", Standard, true},
		// clean: public events and offers with a day and time
		{"Everyone welcome at our free diabetes class Tuesday 6 PM.", Standard, false},
		{"Free blood pressure checks for everyone Saturday 10 AM to 2 PM.", Standard, false},
		{"Open to the public: free skin cancer screenings Saturday 9 AM at our main campus.", Standard, false},
		{"Open to the public: free mammograms for all eligible women Saturday 8 AM to 1 PM.", Standard, false},
		{"Flu shot clinic for everyone Saturday 9 AM.", Standard, false},
		{"Everyone welcome at the hearing screening event Saturday 10 AM.", Standard, false},
		{"Open to all: free colonoscopy information session Monday 6 PM.", Standard, false},
		{"Open house for the public Sunday 1 PM at our new dialysis center.", Standard, false},
		{"Free for everyone: prostate cancer screening day Saturday 8 AM.", Standard, false},
		{"Open to the public: blood drive Friday 8 AM to 4 PM, all blood types welcome.", Standard, false},
		{"Todos bienvenidos a la charla sobre diabetes el jueves a las 6.", Standard, false},
		{"Exámenes de presión arterial gratis para todo el público el sábado de 9 a 1.", Standard, false},
		{"Free skin cancer screenings Saturday 9 AM. Open to the public.", Strict, false},
		{"Free diabetes class Tuesday 6 PM, open to anyone.", Strict, false},
		// clean: an article after a preposition, a product line, an offer noun
		{"La vacuna contra el herpes zóster está disponible para adultos elegibles.", Standard, false},
		{"Octubre es el Mes de Concientización sobre el Cáncer de Mama. Únase a nuestra Caminata Rosa el 19 de octubre — abierta a todos.", Standard, false},
		{"The new Oticon Intent line is here for everyone to try at our Lakeview branch this week.", Standard, false},
		{"New at ClearTone: the Phonak Sphere line, on display for everyone.", Standard, false},
		{"Nuestro nuevo centro de rehabilitación abre el lunes. ¡Todos los vecinos están invitados!", Standard, false},
		{"Isapre Cordillera: Vacunatorio móvil contra la influenza en Plaza Ñuñoa este sábado de 10:00 a 16:00. ¡Abierto a todo público!", Standard, false},
		{"Volunteer orientation for the hospice thrift store is Feb 8 at 5 PM. Open to anyone 18+.", Standard, false},
	})
}
