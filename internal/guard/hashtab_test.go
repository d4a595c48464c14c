package guard

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestHashTabIsTheMap: a hashTab answers every key of its map with the
// map's value and every other hash (0 included) as the map does.
func TestHashTabIsTheMap(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 7, 100, 5000} {
		m := map[uint64]uint32{}
		for len(m) < n {
			m[r.Uint64()|1] = r.Uint32() | 1
		}
		if n == 100 {
			m[0] = 9
		}
		tab := newHashTab(m)
		for h, v := range m {
			if got := tab.get(h); got != v {
				t.Fatalf("n=%d: key %#x: %d, want %d", n, h, got, v)
			}
		}
		for i := 0; i < 10000; i++ {
			h := r.Uint64() &^ 1
			if got := tab.get(h); got != m[h] {
				t.Fatalf("n=%d: hash %#x: %d, want %d", n, h, got, m[h])
			}
		}
	}
	for h, v := range tpWords.m {
		if tpWords.get(h) != v {
			t.Fatalf("tpWords: %#x", h)
		}
	}
}

// TestSetTabIsTheSet: a setTab answers every key of the map it was built
// from as the map does, keys whose value is false, key 0 and absent keys
// included.
func TestSetTabIsTheSet(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{0, 1, 7, 100, 5000} {
		m := map[uint64]bool{}
		for len(m) < n {
			m[r.Uint64()|1] = r.IntN(4) != 0
		}
		if n == 7 {
			m[0] = true
		}
		if n == 100 {
			m[0] = false
		}
		tab := newSetTab(m)
		for h, v := range m {
			if got := tab.get(h); got != v {
				t.Fatalf("n=%d: key %#x: %v, want %v", n, h, got, v)
			}
		}
		for i := 0; i < 10000; i++ {
			h := r.Uint64() &^ 1
			if got := tab.get(h); got != m[h] {
				t.Fatalf("n=%d: hash %#x: %v, want %v", n, h, got, m[h])
			}
		}
		seen := map[uint64]bool{}
		tab.each(func(h uint64) {
			if seen[h] || !m[h] {
				t.Fatalf("n=%d: each gave %#x", n, h)
			}
			seen[h] = true
		})
		for h, v := range m {
			if v && !seen[h] {
				t.Fatalf("n=%d: each missed %#x", n, h)
			}
		}
	}
}

// TestTabsUnion: tabsUnion holds the keys of each of its sets and no other.
func TestTabsUnion(t *testing.T) {
	a, b := wordSetTab("one two three"), wordSetTab("three four")
	u := tabsUnion(a, b)
	for _, w := range []string{"one", "two", "three", "four", "five", ""} {
		h := hstr(w)
		if want := a.get(h) || b.get(h); u.get(h) != want {
			t.Errorf("%q: %v, want %v", w, u.get(h), want)
		}
	}
	if u.get(0) {
		t.Error("key 0")
	}
}

// TestWordSetTabIsWordSet: every word set of the package is declared once,
// as a setTab built by wordSetTab from its string (or by newSetTab from
// its map); for the string of every wordSetTab call in the package's
// source, the setTab answers each of its words, key 0, the words of every
// other set and words of none exactly as wordSet over the same string.
func TestWordSetTabIsWordSet(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	var srcs []string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, b, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok || len(c.Args) != 1 {
				return true
			}
			if id, ok := c.Fun.(*ast.Ident); !ok || id.Name != "wordSetTab" {
				return true
			}
			if s, ok := constString(c.Args[0]); ok {
				srcs = append(srcs, s)
			}
			return true
		})
	}
	if len(srcs) < 1000 {
		t.Fatalf("%d wordSetTab strings in the source, want the package's thousand", len(srcs))
	}
	probe := []uint64{0, 1, hstr(""), hstr("zzqx"), hstr("the"), hstr("your")}
	for _, s := range srcs {
		for _, w := range strings.Fields(s) {
			probe = append(probe, hstr(w))
		}
	}
	for _, s := range srcs {
		m, tab := wordSet(s), wordSetTab(s)
		for _, h := range probe {
			if tab.get(h) != m[h] {
				t.Fatalf("wordSetTab(%.40q): hash %#x: %v, wordSet %v", s, h, tab.get(h), m[h])
			}
		}
	}
}

// constString: the value of a string literal or a sum of them.
func constString(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != gotoken.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != gotoken.ADD {
			return "", false
		}
		a, ok := constString(e.X)
		b, ok2 := constString(e.Y)
		return a + b, ok && ok2
	case *ast.ParenExpr:
		return constString(e.X)
	}
	return "", false
}

// TestReaderSlotCaseTab: scanReaderSlots' case table names, for every
// word of its sets, the first set in the switch's order that holds it.
func TestReaderSlotCaseTab(t *testing.T) {
	sets := []setTab{roomBedFirst, specialistVisitFirst, becauseBoughtFirst,
		labAbbrVerdictFirst, testVerdictFirst, labTitreFirst, periopFirst, woundFirst, deviceEventFirst,
		drugScreenFirst, pathReportFirst, childLiceFirst, papSettingFirst, lowIronFirst}
	probe := []uint64{0, 1, hstr("zzqx"), hstr("the"), hstr("your")}
	for i := range sets {
		sets[i].each(func(h uint64) { probe = append(probe, h) })
	}
	for _, h := range probe {
		want := uint8(0)
		for i := range sets {
			if sets[i].get(h) {
				want = uint8(i + 1)
				break
			}
		}
		if got := readerSlotCaseTab.get(h); got != want {
			t.Errorf("readerSlotCaseTab.get(%x) = %d, want %d", h, got, want)
		}
	}
}

// TestSrJobSufLast: srJobSufLast holds the last byte of every ending of
// srJobSuffixes and no other byte.
func TestSrJobSufLast(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := false
		for _, suf := range srJobSuffixes {
			if suf != "" && suf[len(suf)-1] == byte(c) {
				want = true
			}
		}
		if srJobSufLast[c] != want {
			t.Errorf("srJobSufLast[%q] = %v, want %v", byte(c), srJobSufLast[c], want)
		}
	}
}

// TestSrMayByte: srMayByte lowers an ASCII letter, marks a byte of 0x80
// or more with 1 and every other byte with 0.
func TestSrMayByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := uint8(0)
		switch {
		case c >= 0x80:
			want = 1
		case c >= 'A' && c <= 'Z':
			want = uint8(c) + 32
		case c >= 'a' && c <= 'z':
			want = uint8(c)
		}
		if srMayByte[c] != want {
			t.Errorf("srMayByte[%#x] = %d, want %d", c, srMayByte[c], want)
		}
	}
}

// TestProdLeadHeadsTab: prodLeadHeadsTab holds the hash of every heading
// word of prodLeadHeads.
func TestProdLeadHeadsTab(t *testing.T) {
	for w := range prodLeadHeads {
		if !prodLeadHeadsTab.get(hstr(w)) {
			t.Errorf("prodLeadHeadsTab misses %q", w)
		}
	}
}

// setKeys: the keys of a setTab as a map, for the tests that range over a
// set or mix it with map-typed ones.
func setKeys(t setTab) map[uint64]bool {
	m := map[uint64]bool{}
	t.each(func(h uint64) { m[h] = true })
	return m
}
