package guard

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// devCorpusPaths returns the testdata/guard files matching pattern (e.g.
// "*.jsonl"), sorted, without the held-out ones: files whose names contain
// "heldout" are skipped by name and never opened.
func devCorpusPaths(t testing.TB, pattern string) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("../../testdata/guard", pattern))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	var out []string
	for _, p := range paths {
		if strings.Contains(filepath.Base(p), "heldout") {
			continue // never opened
		}
		out = append(out, p)
	}
	return out
}

// devCorpusItems loads every row of devCorpusPaths(pattern).
func devCorpusItems(t *testing.T, pattern string) []corpusItem {
	t.Helper()
	var items []corpusItem
	for _, p := range devCorpusPaths(t, pattern) {
		items = append(items, loadCorpus(t, p)...)
	}
	return items
}

// modeCase is a text, the mode it is checked in, and whether it must be
// blocked.
type modeCase struct {
	text string
	mode Mode
	want bool
}

// checkModeCases checks each case on g with ctx: blocked exactly when want.
func checkModeCases(t *testing.T, g *Guard, ctx *Context, cases []modeCase) {
	t.Helper()
	for _, c := range cases {
		fs, err := g.CheckText(c.text, ctx, c.mode)
		if err != nil {
			t.Fatal(err)
		}
		if got := Blocked(fs); got != c.want {
			t.Errorf("%v %q: blocked %v, want %v (%v)", c.mode, c.text, got, c.want, fs)
		}
	}
}

// TestReasonsNeverQuoteFindings: over every development row, no finding's
// reason or fix hint holds the text it reports (findings are logged and
// stored; only Explain, for the text's sender, quotes it). A reason may
// name a cue word of the rule ("comes right before 'refill'"), which can
// lie inside a multi-word span, but never the whole span, and never a
// one-word span.
func TestReasonsNeverQuoteFindings(t *testing.T) {
	g := newTestGuard(t)
	n := 0
	for _, it := range devCorpusItems(t, "dev*.jsonl") {
		fs, err := it.run(g)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Start < 0 || f.End > len(it.Text) || f.End-f.Start < 4 || it.HTML {
				continue
			}
			span := strings.ToLower(it.Text[f.Start:f.End])
			for _, s := range []string{f.Reason, f.Fix} {
				if strings.Contains(strings.ToLower(s), span) {
					t.Errorf("%s: %s reason quotes its finding %q: %q", it.ID, f.Rule, span, s)
				}
			}
			n++
		}
	}
	if n < 1000 {
		t.Fatalf("only %d findings checked", n)
	}
}

// TestReadmeNamesEveryFile: every source file of the package is named (in
// backquotes) somewhere in README.md, so a reader can find what each file
// does and why (README "Files", then one section per rule).
func TestReadmeNamesEveryFile(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		n++
		if !strings.Contains(string(readme), "`"+f+"`") {
			t.Errorf("%s is named nowhere in README.md", f)
		}
	}
	if n < 100 {
		t.Fatalf("only %d source files found", n)
	}
}
