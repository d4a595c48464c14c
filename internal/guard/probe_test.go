package guard

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestProbe reads lines "L|text" or "C|text" from $GUARD_PROBE and prints misses/FPs.
func TestProbe(t *testing.T) {
	path := os.Getenv("GUARD_PROBE")
	if path == "" {
		t.Skip()
	}
	g := newTestGuard(t)
	f, _ := os.Open(path)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if len(line) < 3 {
			continue
		}
		lab, text := line[:1], line[2:]
		m := Standard
		if lab == "S" {
			m = Strict
		}
		fs, _ := g.CheckText(text, &Context{AllowURLs: []string{"https://portal.example/m/"}}, m)
		var ks []string
		for _, f := range fs {
			ks = append(ks, fmt.Sprintf("%s/%s %q", f.Kind, f.Rule, text[f.Start:f.End]))
		}
		if (lab == "L" || lab == "S") && len(fs) == 0 {
			fmt.Printf("MISS %s\n", text)
		}
		if lab == "C" && len(fs) > 0 {
			fmt.Printf("FP   %s -> %s\n", text, strings.Join(ks, "; "))
		}
	}
}
