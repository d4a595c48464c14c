package guard

import "testing"

// TestRecallProduct: a recall of the reader's medicine is reported; a
// recall of other goods or a public recall passes (recallproduct.go).
func TestRecallProduct(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want bool
	}{
		{"Recall: your child's nasal spray lot may be contaminated.", true},
		{"Recall notice: your cough syrup lot 4471 may be contaminated.", true},
		{"Recall: your child's car seat lot may be defective.", false},
		{"Recall notice: your blender lot may overheat.", false},
		{"Recall: your hair spray lot may leak.", false},
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
