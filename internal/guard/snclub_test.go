package guard

import "testing"

func TestSnClubOpen(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want bool // a finding is expected
	}{
		{"Sumate al Club Ferreyra: descuentos en gimnasios, ópticas y farmacias adheridas para todos los socios.", false},
		{"Sumate al Club Ferreyra: descuentos en cines y librerías para todos los socios.", false},
		{"Sumate al Club Ferreyra, María González: descuentos por tu tratamiento de diabetes.", true},
		{"Únete al Club Dana Whitfield: descuentos para todos los socios.", true},
		{"Hola María González, bienvenida al Club Ferreyra.", true},
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
