package guard

import "testing"

func TestVaxAdjAfter(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		mode Mode
		want bool // a finding is expected
	}{
		{"Campaña de vacunación: la vacuna antigripal 2026 ya está disponible para afiliados y público general en todas nuestras sedes.", Standard, false},
		{"Campaña de vacunación: la vacuna antigripal ya está disponible para afiliados y público general.", Standard, false},
		{"Campaña de vacunación: tu vacuna antigripal está pendiente desde el 5/4.", Standard, true},
		{"Ya llegó tu vacuna antigripal: te esperamos en la sede Palermo.", Standard, true},
		{"Campaña de vacunación: la vacuna antigripal ya está disponible para afiliados y público general.", Strict, true},
	}
	for _, c := range cases {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, nil, c.mode)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q (%v): findings %v, want any=%v", c.text, c.mode, fs, c.want)
		}
	}
}
