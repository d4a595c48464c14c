package guard

import (
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestJoinSymTab: the table scanFrames reads is joinSymbol.
func TestJoinSymTab(t *testing.T) {
	for c := 0; c < 256; c++ {
		if joinSymTab[c] != joinSymbol(byte(c)) {
			t.Fatalf("joinSymTab[%d] = %v", c, joinSymTab[c])
		}
	}
}

// TestSoFieldCount: soFieldCount counts as strings.Fields splits, up to
// its maximum.
func TestSoFieldCount(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 15))
	pieces := []string{" ", "a", "Bb", "\t", "\n", "\u00a0", "\u2003", "é", "\xff", ",", "  ", "Chief"}
	for k := 0; k < 50000; k++ {
		s := randomText(r, pieces, r.IntN(14))
		for _, max := range []int{1, 3, 8} {
			want := len(strings.Fields(s))
			if want > max {
				want = max
			}
			if got := soFieldCount(s, max); got != want {
				t.Fatalf("soFieldCount(%q, %d) = %d, want %d", s, max, got, want)
			}
		}
	}
}

// TestColonAhead: wherever colonTitle's colon test holds (a ": " right
// after one of tokens i..i+3), colonAhead, asked for the tokens in order
// as markBrands asks, says yes — on every development row and 20,000
// random texts.
func TestColonAhead(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := devTexts(t)
	r := rand.New(rand.NewPCG(15, 16))
	pieces := []string{"Ab", ": ", ":", " ", "cd", "Ef: ", "\n", "x", ". ", "Gh"}
	for k := 0; k < 20000; k++ {
		texts = append(texts, randomText(r, pieces, r.IntN(16)))
	}
	s := &scanner{}
	for _, text := range texts {
		s.reset(g, g.empty, Standard, "text")
		s.t = normalize(text, nil, nil)
		s.toks = tokenize(&s.t, s.toks[:0])
		at := -1
		n := len(s.toks)
		for i := 0; i < n; i++ {
			colon := false
			for m := i + 1; m < n && m <= i+4; m++ {
				if a := s.toks[m-1].e; s.toks[m].s-a == 2 && s.t.s[a] == ':' && s.t.s[a+1] == ' ' {
					colon = true
				}
			}
			if r.IntN(3) == 0 {
				continue // markBrands asks only some tokens
			}
			if got := s.colonAhead(i, &at); colon && !got {
				t.Fatalf("%q: colonAhead(%d) = false before a colon", text, i)
			}
		}
	}
}

// TestASCIISet: asciiSet.in is strings.ContainsAny for its chars, and
// prodCandidate's quote test is ContainsAny of its five quotes, on random
// gaps with non-ASCII and invalid bytes.
func TestASCIISet(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 17))
	pieces := []string{" ", ".", ";", "!", "?", "\n", "(", ")", ",", ":", "'", "\"", "\u00ab", "\u2039", "\u201e", "\u00bb", "\xc2", "\xab", "\xe2\x80", "é", "a", "-"}
	sets := map[string]*asciiSet{".;!?\n": &sentEndBytes, "()": &parenBytes, ",;:()": &prodStopBytes, "'\"": &prodQuoteBytes}
	for k := 0; k < 100000; k++ {
		g := randomText(r, pieces, r.IntN(6))
		for chars, set := range sets {
			if got, want := set.in(g), strings.ContainsAny(g, chars); got != want {
				t.Fatalf("in(%q) for %q = %v, want %v", g, chars, got, want)
			}
		}
		got := prodQuoteBytes.in(g) || strings.Contains(g, "\u00ab") || strings.Contains(g, "\u2039") || strings.Contains(g, "\u201e")
		if want := strings.ContainsAny(g, "'\"\u00ab\u2039\u201e"); got != want {
			t.Fatalf("quote test of %q = %v, want %v", g, got, want)
		}
	}
}

// TestEuStreetWords: euStreetWords is exactly what euStreetWord accepts
// (every listed word, and no other word of the development rows or a
// few near misses), so euStreetCandidate's filter lets each through.
func TestEuStreetWords(t *testing.T) {
	for _, w := range euStreetWords {
		if _, ok := euStreetWord(w); !ok || !euStreetWordBits.may(hstr(w)) {
			t.Fatalf("%q: euStreetWord %v, filter %v", w, ok, euStreetWordBits.may(hstr(w)))
		}
	}
	listed := map[string]bool{}
	for _, w := range euStreetWords {
		listed[w] = true
	}
	words := []string{"via", "avenue", "str", "u", "ulic", "plaza", "rues", "calles"}
	for _, p := range devCorpusPaths(t, "dev*.jsonl") {
		for _, it := range loadCorpus(t, p) {
			words = append(words, strings.Fields(strings.ToLower(it.Text))...)
		}
	}
	for _, w := range words {
		if _, ok := euStreetWord(w); ok != listed[w] {
			t.Fatalf("euStreetWord(%q) = %v, listed %v", w, ok, listed[w])
		}
	}
}

// TestIntlStreetMay: where intlStreetMay says no, intlStreet reads no
// street — on every capitalised token of the development rows, read after
// detect's passes (with its used marks cleared).
func TestIntlStreetMay(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := &scanner{}
	for _, p := range devCorpusPaths(t, "dev*.jsonl") {
		for _, it := range loadCorpus(t, p) {
			s.reset(g, g.empty, Standard, "text")
			s.run(it.Text, false)
			for i := range s.toks {
				if s.toks[i].cls&(tCap|tUpper) == 0 || intlStreetMay(s.toks, i) {
					continue
				}
				clear(s.used)
				if s.intlStreet(i) {
					t.Fatalf("%s: intlStreet(%q) without intlStreetMay", it.ID, s.toks[i].low)
				}
			}
		}
	}
}

// TestLaMayMark: where laMayMark says no, lookalikeMarks marks no token —
// on every development row, read after detect's passes, and on rows
// made to hold each of its readings.
func TestLaMayMark(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"Order via MS Office 365 today", "STD shipping on all orders", "2 TB of storage", "9 am PT",
		"Shop in-ear monitors", "LEGO-themed party", "Our fleet vehicle ID RV-12 is in service", "Lexus ES 350 in stock",
		`{"line_items":[{"id": 1}],"topic":"orders/create"}`, "company vehicle number 12"}
	for _, p := range devCorpusPaths(t, "dev*.jsonl") {
		for _, it := range loadCorpus(t, p) {
			texts = append(texts, it.Text)
		}
	}
	s := &scanner{}
	marked := 0
	for _, text := range texts {
		s.reset(g, g.empty, Standard, "text")
		s.run(text, false)
		may := s.laMayMark()
		for i, m := range s.lookalikeMarks() {
			if m {
				marked++
				if !may {
					t.Fatalf("%q: token %q marked without laMayMark", text, s.toks[i].low)
				}
			}
		}
	}
	if marked == 0 {
		t.Fatal("no token marked: the test reads nothing")
	}
}

// quoteOpenRef is quoteOpen before its fast test (helper SPEED15).
func quoteOpenRef(g string) bool {
	if g == " " {
		return false
	}
	t := strings.TrimRight(g, " ")
	if strings.HasSuffix(t, "«") || strings.HasSuffix(t, "‹") || strings.HasSuffix(t, "„") {
		return true
	}
	n := len(g)
	if n == 0 || g[n-1] != '\'' && g[n-1] != '"' {
		return false
	}
	return n >= 2 && (g[n-2] == ' ' || g[n-2] == '\'' || g[n-2] == '"' || g[n-2] >= 0x80)
}

// TestQuoteOpenFast: quoteOpen answers as before its fast test, on random
// gaps with quotes, spaces and bytes past ASCII.
func TestQuoteOpenFast(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 18))
	pieces := []string{" ", "'", "\"", "«", "‹", "„", ".", ",", "\xab", "\xc2", "»", "-", "é", "(", "\n"}
	for k := 0; k < 200000; k++ {
		g := randomText(r, pieces, r.IntN(6))
		if got, want := quoteOpen(g), quoteOpenRef(g); got != want {
			t.Fatalf("quoteOpen(%q) = %v, want %v", g, got, want)
		}
	}
}

// TestParseDayDigits: parseDay reads a day only from a token of one or two
// digits (scanWords' inline test before dayMonthDate), on random tokens.
func TestParseDayDigits(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 19))
	pieces := []string{"0", "1", "2", "3", "9", "st", "nd", "rd", "th", "a", "x"}
	for k := 0; k < 100000; k++ {
		text := randomText(r, pieces, 1+r.IntN(6))
		nt := normalize(text, nil, nil)
		for _, tk := range tokenize(&nt, nil) {
			if _, ok := parseDay(&tk); ok && tk.nd > 2 {
				t.Fatalf("parseDay(%q) with %d digits", tk.low, tk.nd)
			}
		}
	}
}

// TestDsWordBits: every set drugScreenAt's sentence walk reads by a
// token's own hash (".get(h)") is one of dsWordBits' sets, so a token the
// filter refuses passes none of them.
func TestDsWordBits(t *testing.T) {
	src, err := os.ReadFile("drugscreen.go")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	a := strings.Index(text, "func (s *scanner) drugScreenAt(")
	b := strings.Index(text[a:], "\n}\n")
	walk := text[a : a+b]
	walk = walk[strings.Index(walk, "dsWordBits.may(h)"):]
	decl := text[strings.Index(text, "var dsWordBits"):]
	decl = decl[:strings.Index(decl, "\n}()")]
	n := 0
	for _, m := range regexp.MustCompile(`(\w+)\.get\(h\)`).FindAllStringSubmatch(walk, -1) {
		n++
		if !strings.Contains(decl, m[1]) {
			t.Errorf("drugScreenAt reads %s by the token's hash, but dsWordBits does not hold it", m[1])
		}
	}
	hashes := map[string]uint64{"hBreath": hBreath, "hNeg": hNeg, "hNegES": hNegES, "hNegES2": hNegES2, "hMRO": hMRO, "hAlc": hAlc}
	for _, m := range regexp.MustCompile(`[^.\w]h == (h\w+)`).FindAllStringSubmatch(walk, -1) {
		n++
		if h, ok := hashes[m[1]]; !ok || !dsWordBits.may(h) {
			t.Errorf("drugScreenAt compares the token's hash with %s, which dsWordBits does not hold", m[1])
		}
	}
	if n < 8 {
		t.Fatalf("read %d tests of the walk: the source changed shape", n)
	}
}

// TestTokClassGap: tokClassGap is tokClassASCII with 5 exactly at the
// bytes of gapSentByte, each of class 0 there (helper SPEED16).
func TestTokClassGap(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := tokClassASCII[c]
		if gapSentByte[c] {
			if want != 0 {
				t.Fatalf("gapSentByte[%#x] has class %d", c, want)
			}
			want = 5
		}
		if tokClassGap[c] != want {
			t.Fatalf("tokClassGap[%#x] = %d, want %d", c, tokClassGap[c], want)
		}
	}
}

// TestNumToks: detect's inline list of the tokens with digits is
// appendNumToks's, its list of capitalised tokens is theirs, and nextCap
// finds the next of them, on every development row and the benchmark's
// notices (helper SPEED16).
func TestNumToks(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := devBenchTexts(t)
	s := &scanner{}
	for _, text := range texts {
		s.reset(g, g.empty, Standard, "text")
		s.t = normalize(text, nil, nil)
		s.detect()
		want := appendNumToks(s.toks, nil)
		if !slices.Equal(s.numToks, want) && len(want)+len(s.numToks) > 0 {
			t.Fatalf("%q: numToks %v, want %v", text, s.numToks, want)
		}
		var caps []int32
		for i := range s.toks {
			if s.toks[i].cls&(tCap|tUpper) != 0 {
				caps = append(caps, int32(i))
			}
		}
		if !slices.Equal(s.capToks, caps) && len(caps)+len(s.capToks) > 0 {
			t.Fatalf("%q: capToks %v, want %v", text, s.capToks, caps)
		}
		// nextCap from every token, the cursor moving forward only
		ci := 0
		for k := 0; k <= len(s.toks); k++ {
			want := len(s.toks)
			for j := k; j < len(s.toks); j++ {
				if s.toks[j].cls&(tCap|tUpper) != 0 {
					want = j
					break
				}
			}
			if got := s.nextCap(k, &ci); got != want {
				t.Fatalf("%q: nextCap(%d) = %d, want %d", text, k, got, want)
			}
		}
	}
}

// TestTokDigits: tokDigits is digitCount of the token's text for every
// token of the development rows, the benchmark's notices and texts with
// non-ASCII digits (helper SPEED16).
func TestTokDigits(t *testing.T) {
	texts := devBenchTexts(t)
	texts = append(texts, "call ٠١٢٣٤ or 12٣4 and x９９, "+strings.Repeat("7", 130)+" and a"+strings.Repeat("5", 120))
	for _, text := range texts {
		nt := normalize(text, nil, nil)
		for _, tk := range tokenize(&nt, nil) {
			if got, want := tokDigits(&tk), digitCount(tk.low); got != want {
				t.Fatalf("%q: tokDigits(%q) = %d, want %d", text, tk.low, got, want)
			}
		}
	}
}

// TestURLByte: urlByte is scanAddrs' former test of a link's byte
// (helper SPEED16).
func TestURLByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		if want := b > ' ' && b != '<' && b != '>' && b != '"' && b != '`'; urlByte[c] != want {
			t.Fatalf("urlByte[%#x] = %v, want %v", c, urlByte[c], want)
		}
	}
}

// devBenchTexts: devTexts and the text field of the benchmark's notices,
// the texts the speed steps' equivalence tests read.
func devBenchTexts(t *testing.T) []string {
	t.Helper()
	texts := devTexts(t)
	for _, n := range benchNotices(60) {
		texts = append(texts, n.Fields[1].Text)
	}
	return texts
}

// devTexts: the text of every development row (held-out files are never
// opened), for the tests that hold a fast path to its reference.
func devTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	for _, it := range devCorpusItems(t, "dev*.jsonl") {
		texts = append(texts, it.Text)
	}
	return texts
}
