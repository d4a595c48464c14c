package guard

import "testing"

func TestSnakeID(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want bool // a clinical.procedure finding is expected
	}{
		{`{"type":"message.created","thread":"thr_0aZ83k","preview":"You have a new secure message"}`, false},
		{`{"thread":"thr_9xQ2pL"}`, false},
		{`Your THR is set for 3/10.`, true},
		{`{"preview":"Your total hip replacement (THR) is set for 3/10","thread":"thr_9xQ2pL"}`, true},
	}
	for _, c := range cases {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		got := len(fs) > 0
		if got != c.want {
			t.Errorf("%q: findings %v, want any=%v", c.text, fs, c.want)
		}
	}
}
