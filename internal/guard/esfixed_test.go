package guard

import "testing"

func TestEsFixed(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want bool // a finding is expected
	}{
		{"Grupo Ferrer Salud organiza una jornada de donación de sangre el 3 de febrero en el salón de actos, abierta a toda la ciudadanía.", false},
		{"Clínica San Martín organiza una charla abierta el 5 de abril en el salón de actos del edificio central.", false},
		{"Farmacia Central: tu receta de Actos 30 mg está lista para retirar.", true},
		{"Your Actos refill is ready for pickup at our Main St pharmacy.", true},
		{"Nos vemos en el salón de Actos 30 mg.", true},
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
