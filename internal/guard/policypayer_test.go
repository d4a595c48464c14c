package guard

import "testing"

// TestPolicyPayer: a policy number after a payer's name is reported; a
// policy with no value passes (policypayer.go).
func TestPolicyPayer(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want bool
	}{
		{"Confirmamos su póliza BlueCross 8HJ-22019-447 para los servicios de laboratorio.", true},
		{"Your policy Aetna W4K-88123-019 is active.", true},
		{"Su póliza Blue Cross H22-91034-776 fue actualizada.", true},
		{"Your auto policy with State Farm has been renewed.", false},
		{"Your policy documents are ready in the portal.", false},
		{"Su póliza de auto fue renovada.", false},
	}
	for _, c := range cases {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q: reported=%v, want %v (%v)", c.text, got, c.want, fs)
		}
	}
}
