package guard

import "testing"

// TestAreolaTattoo: the reader's areola or nipple tattoo or pigmentation is
// reported (areolatattoo.go); an artist's certificate, a public offer and a
// tattoo with no areola pass.
func TestAreolaTattoo(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rule alone
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your 3D nipple-areola tattoo is booked.", "compose.areola_tattoo"},
		{"Su micropigmentación de areola quedó agendada para el viernes.", "compose.areola_tattoo"},
	})
	checkModeCases(t, g, nil, []modeCase{
		{"Your areola tattoo touch-up is booked for Friday at 2 PM.", Standard, true},
		{"Tu tatuaje de pezón 3D está confirmado para el lunes.", Standard, true},
		{"Free consultations for areola tattooing this month. Book online.", Standard, false},
		{"Nuestra artista se certificó en micropigmentación de areola.", Standard, false},
		{"Your tattoo touch-up is booked for Friday at 2 PM.", Standard, false},
	})
}
