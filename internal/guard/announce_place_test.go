package guard

// Tests of announce_place.go: a clinical word naming the sender's facility
// or a public event passes in standard mode when nothing in the notice is
// about the reader; strict mode still reports it.

import "testing"

func TestAnnouncePlace(t *testing.T) {
	g := newTestGuard(t)
	for _, c := range []struct {
		text   string
		passes bool // in standard mode
	}{
		{"Our sleep center has expanded! Six new overnight suites opened this week at the Eastgate campus.", true},
		{"Our sleep lab has expanded! Four new overnight rooms opened at the Hillcrest building.", true},
		{"Our new dialysis center on Elm St officially opens Tuesday. Ribbon cutting at 10 AM — neighbors invited!", true},
		{"The new cancer center opens to the public on Monday. Tours at 11 AM and 2 PM.", true},
		{"The maternity ward's new birthing suites are complete — public open house Sunday 1–4 PM.", true},
		{"The cancer center gift shop is looking for volunteers. Open to anyone 18+.", true},
		{"La nueva unidad de oncología abre al público el lunes. Recorridos a las 11 AM.", true},
		{"El nuevo centro de diálisis abre sus puertas el martes. Corte de listón a las 10 AM, vecinos invitados.", true},
		{"Noviembre es el Mes de Concientización sobre la Diabetes. Únase a nuestra Caminata Azul el 14 de noviembre — abierta a todos.", true},
		{"Need a wheelchair for the weekend? MedLift Rentals delivers same day.", true},
		{"Octubre es el Mes de Concientización sobre el Cáncer de Mama. Únase a nuestra Caminata Rosa el 19 de octubre — abierta a todos.", true},
		{"Join us at the NICU expansion gala on May 9. Tickets are $150.", true},
		{"Your volunteer shift in the NICU family lounge is Saturday 9–12.", true},
		{"Our maternity unit has moved to the new west wing. Visitor parking is in Lot C.", true},
		// the reader, a name, a greeting, the reader's care beside the place
		{"Your volunteer shift in the NICU is Saturday; your baby's room is 4B.", false},
		{"Your volunteer shift: chemotherapy at 9.", false},
		{"Mr. Lee moved to the NICU; visitor parking is in Lot C.", false},
		{"Your mother moved to the stroke unit.", false},
		{"Tu mamá tiene cáncer de mama.", false},
		{"The oncology unit moved Mrs. Diaz to bed 3.", false},
		{"The new dialysis center opens Tuesday. Dialysis at 6 AM Wednesday, chair 4.", false},
		{"Your dialysis center opens Tuesday.", false},
		{"Since your stay in our NICU, we have expanded the family lounge.", false},
		{"Your chemo at the new cancer center starts Monday.", false},
		{"Maria, the new cancer center opens Monday.", false},
		{"Hi Tom, the new cancer center opens Monday.", false},
		{"The new cancer center opens Monday; chemotherapy sessions move there on the 14th.", false},
		{"Chemotherapy starts Monday at our oncology center.", false},
		{"Tu sesión de diálisis en el nuevo centro es el martes a las 7.", false},
		{"Su centro de diálisis abre sus puertas el martes.", false},
		{"Need a wheelchair after your hip surgery? MedLift Rentals delivers same day.", false},
		{"Need a wheelchair for the weekend? Call us.", false},
		{"The sleep center expanded! Patients with sleep apnea can now book studies in the new suites.", false},
	} {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if c.passes && len(fs) > 0 {
			t.Errorf("standard: %q should pass, got %s", c.text, rules(fs))
		}
		if !c.passes && len(fs) == 0 {
			t.Errorf("standard: %q should be reported", c.text)
		}
		if c.passes {
			if fs, _ := g.CheckText(c.text, nil, Strict); len(fs) == 0 {
				t.Errorf("strict: %q should still be reported", c.text)
			}
		}
	}
}
