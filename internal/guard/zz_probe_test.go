package guard

import (
	"os"
	"strings"
	"testing"
)

func TestZZProbe(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range strings.Split(os.Getenv("PROBE"), "|") {
		fs, _ := g.CheckText(s, nil, Standard)
		var r []string
		for _, f := range fs {
			r = append(r, f.Rule+":"+string(f.Kind))
		}
		t.Logf("%q -> %v", s, r)
	}
}
