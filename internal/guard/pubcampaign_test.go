package guard

import "testing"

// TestPublicCampaign: the reader's own care, a group by health and one
// family dressed as a health event or campaign for a population stay
// reported (helper pub17's and red team red17c's leak cases, dev98p,
// dev99c). The drop that let such campaigns pass (pubcampaign.go) was
// withdrawn at the end of the seventeenth pass; its clean cases went with
// it, its leak cases stay.
func TestPublicCampaign(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		// leaks: a reader, a kin, a booked time, a dose, a child's name, a series, a group by health
		{"Your flu shot is at the Lakeside Mall health fair on Sunday, May 3 at 10:20 AM.", Standard, true},
		{"The caregiver workshop for your mother's dementia is Thursday, April 2 at 10 AM.", Standard, true},
		{"Abierta al público: su mamografía es el sábado 14 de marzo a las 9 AM en la feria de salud.", Standard, true},
		{"Todos bienvenidos: su consulta por la menopausia precoz es el jueves 5 de marzo.", Standard, true},
		{"Free for all members: your shingles vaccine is scheduled for April 2 at the pharmacy.", Standard, true},
		{"Open house on June 3 at 10 AM: post-op wound check for room 7.", Standard, true},
		{"Wellness expo 6/3: chemo cycle 2 scheduled 6/3.", Standard, true},
		{"The Tooth Fairy Party for Mia is Saturday, October 4. All families welcome!", Standard, true},
		{"Jornada abierta para pacientes con EPOC: sábado 4/4 en sede Centro. Toda la comunidad invitada.", Standard, true},
		{"Colonoscopy for men over 45 on September 14 at our clinic.", Standard, true},
		{"Open to everyone: your lumbar disc herniation follow-up is Saturday, March 28 at 11 AM.", Standard, true},
		// red17c: a population narrowed by health, a drug or one family; results handed over
		{"Get vaccinated! Free flu shots for all members living with HIV at participating pharmacies.", Strict, true},
		{"¡Vacúnese contra la influenza! Gratis para todos los socios trasplantados de hígado.", Strict, true},
		{"Familia Ortega: ¡vacúnese contra la influenza! Es gratis para todos los socios en farmacias participantes.", Strict, true},
		{"Open house for all members living with HIV: meet our pharmacists. Free and open to everyone.", Standard, true},
		{"Free flu vaccine clinic for the Okafor family. Saturday, October 17, 9 AM to 1 PM. Open to the public.", Standard, true},
		{"Ask-Me-Anything session for all members starting insulin pumps. Submit questions in the app.", Standard, true},
		{"Webinar for kidney transplant recipients: eating well after the transplant. Open to the public.", Standard, true},
		{"Feria de salud: entrega de resultados de VIH para todos los socios. Abierta al público.", Standard, true},
		{"Open house for all residents recovering from stroke: therapy demos. Everyone welcome.", Standard, true},
		// red17c clean: a population that is everyone in it, with a place, a day or staff
		// strict: a service announced to anyone stays marketing by association
		{"Feria de Salud Costera: vacunas contra la influenza, presión arterial y más. Domingo 8 de marzo, Plaza Mayor. Abierta al público.", Strict, true},
		{"Get your flu shot at any of our stores this fall. Free for all members!", Strict, true},
		{"Free skin cancer screenings for all members on May 20 at our dermatology office.", Strict, true},
	})
}
