package guard

import "testing"

// fp10bRun checks each text for any finding (want) in standard mode.
func fp10bRun(t *testing.T, cases []struct {
	text string
	want bool
}) {
	t.Helper()
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q: findings %v, want any=%v", c.text, fs, c.want)
		}
	}
}

func TestSenderLine(t *testing.T) {
	fp10bRun(t, []struct {
		text string
		want bool
	}{
		{"Storm tips from Larkspur Oxygen: keep a spare battery charged. Our line is open 24/7 at (602) 555-0181.", false},
		{"Farmacia Luján: Su pedido está listo en el servi-carro de Ponce. Toque bocina o llame al (787) 555-0171 al llegar.", false},
		{"Back-to-school reminder for all families: sports forms are due. Questions? Call (913) 555-0174.", false},
		{"Northgate Blood Center: our Elm St center is closed Monday. Questions? (920) 555-0175", false},
		{"Snow on I-35 this morning. If you can't make it in safely, call (512) 555-0176 and we'll reschedule with no fee.", false},
		{"Farmacia Luján cambia de horario los domingos. ¿Preguntas? Llame al (787) 555-0178.", false},
		{"For urgent needs, call the Truman Medical Centers nurse line at (816) 555-0160.", false},
		{"Nuevo: Farmacias Benítez San Germán, Calle Luna 33, frente a la Plaza Santo Domingo. Teléfono (787) 555-0145.", false},
		// still reported
		{"Receipt #004-1182-77 | Questions? Call 702-555-0147", true},
		{"Your oxygen delivery is set for Friday; we'll call you at (503) 555-0170 on file before the driver arrives.", true},
		{"Our line is open 24/7, or we'll call you back at your number (602) 555-0183.", true},
		{"Your chemotherapy is moved to Friday. Questions? Call (913) 555-0188.", true},
		{"Si no fue usted, llame a su hija Marta al (787) 555-0185.", true},
		{"If your mother needs a ride, call (512) 555-0176 and we'll help.", true},
		{"Text Maria or call (512) 555-0176.", true},
		{"Call the Truman Medical Centers nurse line at (816) 555-0160 and ask for her.", true},
		{"Teléfono de casa del paciente: (787) 555-0187.", true},
	})
}
