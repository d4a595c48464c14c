package guard

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

func loadCorpus(t testing.TB, path string) []corpusItem {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil
		}
		t.Fatal(err)
	}
	defer f.Close()
	var items []corpusItem
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		var it corpusItem
		if err := json.Unmarshal([]byte(line), &it); err != nil {
			t.Fatalf("%s: %v: %s", path, err, line)
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return items
}

// allCorpus is the generated corpus and the hand-written one.
func allCorpus(t testing.TB) []corpusItem {
	var items []corpusItem
	for _, p := range []string{corpusPath, "../../testdata/guard/handwritten.jsonl"} {
		items = append(items, loadCorpus(t, p)...)
	}
	return items
}

func (it corpusItem) run(g *Guard) ([]Finding, error) {
	m, err := ParseMode(it.Mode)
	if err != nil {
		return nil, err
	}
	var c *Context
	if it.Context != nil {
		c = &Context{Identity: it.Context.Identity, Sealed: it.Context.Sealed, AllowURLs: it.Context.AllowURLs, Template: it.Context.Template, Terms: it.Context.Terms, Sender: it.Context.Sender}
	}
	name := "text"
	if it.HTML {
		name = "html"
	}
	return g.Check(Notice{Fields: []Field{{Name: name, Text: it.Text, HTML: it.HTML}}}, c, m)
}

// TestCorpus computes recall on leaking texts and the false-positive rate
// on clean texts, per kind, and fails under recall 99% / FP 1%.
func TestCorpus(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	items := allCorpus(t)
	if len(items) == 0 {
		t.Fatal("empty corpus")
	}
	type row struct{ n, hit, kindHit int }
	rows := map[string]*row{}
	cleanRows := map[string]*row{}
	var leaks, leakHit, cleans, cleanFP int
	var misses, fps []string
	for _, it := range items {
		fs, err := it.run(g)
		if err != nil {
			t.Fatalf("%s: %v", it.ID, err)
		}
		for _, f := range fs {
			if strings.Contains(f.Reason, it.Text) && len(it.Text) > 3 {
				t.Errorf("%s: reason contains the text", it.ID)
			}
		}
		switch it.Label {
		case "leak":
			leaks++
			k := "?"
			if len(it.Kinds) > 0 {
				k = it.Kinds[0]
			}
			r := rows[k]
			if r == nil {
				r = &row{}
				rows[k] = r
			}
			r.n++
			if len(fs) > 0 {
				leakHit++
				r.hit++
				for _, f := range fs {
					if string(f.Kind) == k {
						r.kindHit++
						break
					}
				}
			} else {
				misses = append(misses, fmt.Sprintf("%s %q", it.ID, it.Text))
			}
		case "clean":
			cleans++
			k := "clean/" + it.Mode
			r := cleanRows[k]
			if r == nil {
				r = &row{}
				cleanRows[k] = r
			}
			r.n++
			if len(fs) > 0 {
				cleanFP++
				r.hit++
				var ks []string
				for _, f := range fs {
					ks = append(ks, string(f.Kind)+"/"+f.Rule+fmt.Sprintf("[%d:%d]", f.Start, f.End))
				}
				fps = append(fps, fmt.Sprintf("%s %q -> %s", it.ID, it.Text, strings.Join(ks, ", ")))
			}
		default:
			t.Fatalf("%s: bad label %q", it.ID, it.Label)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-14s %6s %8s %8s %10s\n", "kind", "items", "blocked", "recall", "kind-exact")
	keys := make([]string, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		r := rows[k]
		fmt.Fprintf(&b, "%-14s %6d %8d %7.1f%% %9.1f%%\n", k, r.n, r.hit, 100*float64(r.hit)/float64(r.n), 100*float64(r.kindHit)/float64(r.n))
	}
	recall := float64(leakHit) / float64(leaks)
	fmt.Fprintf(&b, "%-14s %6d %8d %7.2f%%\n", "ALL LEAKS", leaks, leakHit, 100*recall)
	fmt.Fprintf(&b, "\n%-14s %6s %8s %8s\n", "clean set", "items", "flagged", "FP rate")
	keys = keys[:0]
	for k := range cleanRows {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		r := cleanRows[k]
		fmt.Fprintf(&b, "%-14s %6d %8d %7.2f%%\n", k, r.n, r.hit, 100*float64(r.hit)/float64(r.n))
	}
	fpRate := float64(cleanFP) / float64(cleans)
	fmt.Fprintf(&b, "%-14s %6d %8d %7.2f%%\n", "ALL CLEAN", cleans, cleanFP, 100*fpRate)
	t.Log(b.String())
	for _, m := range misses {
		t.Logf("MISS %s", m)
	}
	for _, f := range fps {
		t.Logf("FP   %s", f)
	}
	if recall < 0.99 {
		t.Errorf("recall %.2f%% < 99%%", 100*recall)
	}
	if fpRate > 0.01 {
		t.Errorf("false-positive rate %.2f%% > 1%%", 100*fpRate)
	}
}
