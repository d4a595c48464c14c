package guard

import "testing"

// TestPhoneSent: a number the notice was sent to or will call is a phone;
// order numbers and codes not after "to"/"al" pass (phonesent.go).
func TestPhoneSent(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want bool
	}{
		{"Your ClearPath login code was sent to 6155550142. It expires in 5 minutes.", true},
		{"We texted the code 482913 to 6155550142.", true},
		{"Tu código fue enviado al 5548219037. Vence en 10 minutos.", true},
		{"Si no puedes recoger tu pedido, te llamaremos al 55 4821 9037 para reprogramar la entrega.", true},
		{"Your login code is 482913. It expires in 5 minutes.", false},
		{"Your code was sent to the phone number on file. It expires in 5 minutes.", false},
		{"Te llamaremos en 2 a 4 días hábiles para reprogramar la entrega.", false},
		{"Your refund of $42.10 was sent to your card ending 4417.", false},
	}
	for _, c := range cases {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			if f.Kind == KindPhone {
				got = true
			}
		}
		if got != c.want || !c.want && len(fs) > 0 {
			t.Errorf("%q: phone=%v, want %v (%v)", c.text, got, c.want, fs)
		}
	}
}
