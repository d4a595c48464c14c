package guard

import "testing"

// TestCueSpanishOpener: a Spanish function word that is also a surname
// opening the sentence after a lower-case name cue is no name; a
// capitalised cue, no sentence end, or a capital after the word keep the
// cue's finding.
func TestCueSpanishOpener(t *testing.T) {
	g := newTestGuard(t)
	cases := []struct {
		text string
		want bool // a name.cue finding
	}{
		{"Se ha cambiado la contraseña de su área de paciente. Si no ha sido usted, llámenos.", false},
		{"Acceda a su área de paciente. Su cita está lista.", false},
		{"Acceda a su área de paciente. Le esperamos.", false},
		{"Paciente. Le Van Thanh, cama 4.", true},
		{"Datos del paciente Su Li, cama 4.", true},
		{"Acceda a su área de paciente. Le Van Thanh debe firmar.", true},
		// red20, dev104x: a joiner or a lower-case given name after the word
		// makes it a surname
		{"Habitación compartida con otro paciente. Le y Tran comparten el baño.", true},
		{"Se reasignó la cama 4 al paciente. Su de la Vega ingresa mañana.", true},
		{"Llamada del paciente. Lo wei pregunta por su receta.", true},
		{"Descargue la app del paciente. Si de verdad quiere ahorrar tiempo, confirme en línea.", false},
		{"Revise la guía del paciente. La encontrará en la recepción.", false},
	}
	for _, c := range cases {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			if f.Rule == "name.cue" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: name.cue %v, want %v (%v)", c.text, got, c.want, fs)
		}
	}
}
