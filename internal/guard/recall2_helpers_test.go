package guard

import "testing"

// recall2Case: a text, its mode, and whether a finding of rule (any rule
// when "") must be reported.
type recall2Case struct {
	text string
	m    Mode
	rule string
	want bool
}

func runRecall2Cases(t *testing.T, cases []recall2Case) {
	t.Helper()
	g := newTestGuard(t)
	for _, c := range cases {
		fs, err := g.CheckText(c.text, &Context{AllowURLs: []string{"https://portal.example/m/"}}, c.m)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			got = got || c.rule == "" || f.Rule == c.rule
		}
		if got != c.want {
			t.Errorf("%q (%s): reported %v, want %v; findings %v", c.text, c.m, got, c.want, fs)
		}
	}
}
