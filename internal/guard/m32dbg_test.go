package guard

import (
	"fmt"
	"os"
	"testing"
)

func TestM32Dbg(t *testing.T) {
	x := os.Getenv("M32")
	if x == "" {
		t.Skip()
	}
	g := newTestGuard(t)
	fs, _ := g.CheckText(x, &Context{}, Standard)
	for _, f := range fs {
		fmt.Printf("%s %s %q\n", f.Kind, f.Rule, x[f.Start:f.End])
	}
}
