package guard

// Tests of the sound-key misspelling rules (dictfuzzy.go): the key, the
// built-in and dictionary indexes, and the false-positive measurement on
// generated typos of ordinary words.

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSoundKey(t *testing.T) {
	same := [][2]string{
		{"cirrhosis", "sirosis"},
		{"pneumonia", "noomonia"},
		{"fibromyalgia", "fybromyalgia"},
		{"spironolactone", "espironolactona"},
		{"tetrabenazine", "tetrabenazina"},
		{"gastroparesis", "gastroparesys"},
		{"phenytoin", "fenytoin"},
		{"cholesteatoma", "cholesteatomma"},
	}
	for _, p := range same {
		a, b := string(soundKey(nil, p[0])), string(soundKey(nil, p[1]))
		if a != b {
			t.Errorf("soundKey(%q) = %q, soundKey(%q) = %q; want equal", p[0], a, p[1], b)
		}
	}
	one := [][2]string{
		{"schizophrenia", "skitzophrenia"},
		{"cataplexy", "cataplexie"},
		{"tetrabenazine", "tetrabenazna"},
	}
	for _, p := range one {
		a, b := string(soundKey(nil, p[0])), string(soundKey(nil, p[1]))
		if editDistance(a, b, 1) != 1 {
			t.Errorf("soundKey(%q) = %q, soundKey(%q) = %q; want one edit apart", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{{"diabetes", "diabolic"}, {"insulin", "insular"}, {"arthritis", "arithmetic"}}
	for _, p := range differ {
		a, b := string(soundKey(nil, p[0])), string(soundKey(nil, p[1]))
		if editDistance(a, b, 1) <= 1 {
			t.Errorf("soundKey(%q) = %q, soundKey(%q) = %q; want apart", p[0], a, p[1], b)
		}
	}
}

func TestNearOrdinary(t *testing.T) {
	fr, err := sharedFrames()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"recieve", "shoping", "pakage", "adress", "conpra", "umbrela", "appointmnet"} {
		if !nearOrdinary(w, &fr.gen) {
			t.Errorf("%q: not near an ordinary word", w)
		}
	}
	for _, w := range []string{"metforman", "skitzophrenia", "tetrabenazna", "pyridostigmin", "noomonia"} {
		if nearOrdinary(w, &fr.gen) {
			t.Errorf("%q: near an ordinary word", w)
		}
	}
}

// TestMisspelledBuiltin: sound-alike spellings of built-in terms, no
// dictionary needed.
func TestMisspelledBuiltin(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{
		"Skitzophrenia: new resources in your portal.",
		"Noomonia: what to expect after your visit.",
		"Su espironolactna esta lista.",
	} {
		fs, err := g.CheckText(n, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if !hasRule(fs, "frame.misspelling") {
			t.Errorf("%q: no frame.misspelling (%+v)", n, fs)
		}
	}
	checkFlagged(t, g, false,
		"Recieve 20% off your next order.",
		"Shiping is free on orders over $50.",
		"Confirmaton of your order is below.",
		"Greetings from Poughkeepsie!",
	)
}

// TestMisspelledDict: misspellings of words only the operator's
// dictionary holds (SEALPOST_GUARD_DICTIONARY).
func TestMisspelledDict(t *testing.T) {
	paths := testDictionaries(t, true)
	g, err := New(Options{MedicalDictionaries: paths})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []struct {
		name string
		x    *soundIndex
	}{{"built-in", g.sound}, {"dictionary", &g.med.fz}} {
		terms, keys, b := x.x.footprint()
		t.Logf("%s sound index: %d terms, %d keys, %.1f MiB", x.name, terms, keys, float64(b)/(1<<20))
		if terms == 0 || keys < terms {
			t.Errorf("%s sound index: %d terms, %d keys", x.name, terms, keys)
		}
	}
	for _, n := range []string{
		"Gastroparesys: new resources in your portal.",
		"Torticollys: what to expect at your visit.",
		"Your bronchiectesis clinic visit is Monday.",
		"Su tetrabenazna esta lista.",
	} {
		fs, err := g.CheckText(n, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if !hasRule(fs, "dictionary.misspelling") {
			t.Errorf("%q: no dictionary.misspelling (%+v)", n, fs)
		}
		for _, f := range fs {
			if f.Rule == "dictionary.misspelling" && strings.Contains(f.Reason, n[f.Start:f.End]) {
				t.Errorf("%q: reason quotes the text", n)
			}
		}
	}
	checkFlagged(t, g, false,
		"Recieve 20% off your next order.",
		"Confirmaton of your order is below.",
		"We shipped your order from Ypsilanti today.",
	)
}

// typoWord: the word typoNotices put in notice n (the word before " order"
// or " fue", or the first word before ':'), lower-cased.
func typoWord(n string) string {
	if i := strings.IndexByte(n, ':'); i > 0 {
		return strings.ToLower(n[:i])
	}
	f := strings.Fields(n)
	for i := 1; i < len(f); i++ {
		if f[i] == "order" || f[i] == "fue" {
			return strings.ToLower(f[i-1])
		}
	}
	return ""
}

// TestMisspelledTempDict: dictionary.misspelling with a made-up
// dictionary (no system dictionary needed).
func TestMisspelledTempDict(t *testing.T) {
	p := filepath.Join(t.TempDir(), "m.dic")
	if err := os.WriteFile(p, []byte("3\nzorblatine/S\nquenzadol\nKlorbexine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := New(Options{MedicalDictionaries: []string{p}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Zorblatone: your order has shipped.", true},  // sentence-opening, one letter
		{"Your zorblatrine order has shipped.", true},  // a letter inserted
		{"Su zorblatna esta lista.", true},             // Spanish ending with a letter dropped
		{"Quenzadlo is ready for pickup.", true},       // letters swapped
		{"Zorblatyns: your order has shipped.", false}, // capitalised and two letters
		{"We met Zorblatyne at the fair.", false},      // capitalised inside a sentence
		{"Klorbexyne: your order has shipped.", false}, // entry only capitalised: not indexed
		{"Zorbletane: your order has shipped.", false}, // two sound edits
	} {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := hasRule(fs, "dictionary.misspelling"); got != c.want {
			t.Errorf("%q: dictionary.misspelling %v, want %v (%+v)", c.text, got, c.want, fs)
		}
		for _, f := range fs {
			if f.Rule == "dictionary.misspelling" && (f.Fix != fixDictionary || strings.Contains(f.Reason, c.text[f.Start:f.End])) {
				t.Errorf("%q: fix or reason wrong: %+v", c.text, f)
			}
		}
	}
}

func hasRule(fs []Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

// soundFinding: f was reported by a sound-key rule of dictfuzzy.go.
func soundFinding(f Finding) bool {
	return f.Rule == "dictionary.misspelling" || f.Rule == "frame.misspelling" && strings.Contains(f.Reason, "letter or sound")
}

// typoNotices makes n single-edit typos (delete, insert, substitute,
// transpose; not themselves ordinary) of 6+-letter words of the general
// list name, each in the shop sentences of frames (one %s).
func typoNotices(t testing.TB, gen *general, name string, n, edits int, seed uint64, frames []string) []string {
	t.Helper()
	f, err := generalFS.Open("vocab/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		w := sc.Text()
		if len(w) >= 6 && len(w) <= 14 && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
			words = append(words, w)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(seed, 16))
	var out []string
	for tries := 0; len(out) < n*len(frames) && tries < 20*n; tries++ {
		w := []byte(words[r.IntN(len(words))])
		for e := 0; e < edits; e++ {
			a := r.IntN(len(w))
			c := byte('a' + r.IntN(26))
			switch r.IntN(4) {
			case 0:
				w = append(w[:a], w[a+1:]...)
			case 1:
				w = append(w[:a], append([]byte{c}, w[a:]...)...)
			case 2:
				w[a] = c
			default:
				if a+1 < len(w) {
					w[a], w[a+1] = w[a+1], w[a]
				}
			}
		}
		typo := string(w)
		if gen.has(hstr(typo)) {
			continue
		}
		for _, fr := range frames {
			if strings.HasPrefix(fr, "%s") {
				typo = strings.ToUpper(typo[:1]) + typo[1:]
			}
			out = append(out, fmt.Sprintf(fr, typo))
		}
	}
	return out
}

// withoutSound is g without the sound-key indexes (the guard as it was
// before dictfuzzy.go), for before/after figures.
func withoutSound(g *Guard) *Guard {
	g0 := *g
	g0.sound = nil
	if g.med != nil {
		m := *g.med
		m.fz = soundIndex{}
		g0.med = &m
	}
	g0.empty = g0.Prepare(nil)
	return &g0
}

// TestTypoFalsePositives generates typos of ordinary English and Spanish
// words (one edit, and two edits) in shop sentences and reports the
// fraction flagged, the fraction whose sound key is one edit from a term
// (what the rules would see without the ordinary-typo check), the fraction
// with a finding of the sound-key rules, and the fraction flagged that the
// guard without them does not flag ("newly flagged"), which must stay
// under 0.5 % with and without the medical dictionary.
func TestTypoFalsePositives(t *testing.T) {
	fr, err := sharedFrames()
	if err != nil {
		t.Fatal(err)
	}
	enFrames := []string{"Thanks for shopping with us! Your %s order has shipped.", "%s: your order has shipped."}
	esFrames := []string{"Gracias por su compra. Su pedido de %s fue enviado.", "%s: su pedido fue enviado."}
	en := typoNotices(t, &fr.gen, "general_en.txt.gz", 2000, 1, 1601, enFrames)
	es := typoNotices(t, &fr.gen, "general_es.txt.gz", 1000, 1, 1602, esFrames)
	en2 := typoNotices(t, &fr.gen, "general_en.txt.gz", 2000, 2, 1603, enFrames)
	es2 := typoNotices(t, &fr.gen, "general_es.txt.gz", 1000, 2, 1604, esFrames)
	guards := []struct {
		name string
		opts Options
	}{{"built-in", Options{}}}
	if paths := testDictionaries(t, false); paths != nil {
		guards = append(guards, struct {
			name string
			opts Options
		}{"+dict", Options{MedicalDictionaries: paths}})
	}
	for _, gc := range guards {
		g, err := New(gc.opts)
		if err != nil {
			t.Fatal(err)
		}
		g0 := withoutSound(g)
		for _, set := range []struct {
			name    string
			notices []string
		}{{"en", en}, {"es", es}, {"en 2 edits", en2}, {"es 2 edits", es2}} {
			flagged, withNew, onlyNew, cand := 0, 0, 0, 0
			var ex []string
			for _, n := range set.notices {
				fs, err := g.CheckText(n, nil, Standard)
				if err != nil {
					t.Fatal(err)
				}
				fs0, err := g0.CheckText(n, nil, Standard)
				if err != nil {
					t.Fatal(err)
				}
				nw := 0
				for _, f := range fs {
					if soundFinding(f) {
						nw++
					}
				}
				if len(fs) > 0 {
					flagged++
				}
				// the typo's sound key is one edit from a term's: what the
				// rules would report without the ordinary-typo check
				if w := typoWord(n); g.sound.lookup(w, nil) >= 0 || g.med != nil && g.med.fz.lookup(w, nil) >= 0 {
					cand++
				}
				if nw > 0 {
					withNew++
				}
				if len(fs) > 0 && len(fs0) == 0 {
					onlyNew++
					if len(ex) < 40 {
						ex = append(ex, n[:strings.IndexAny(n, ": ")])
					}
				}
			}
			total := float64(len(set.notices))
			t.Logf("%s %s: %d typo notices; flagged %.1f %%; one sound-key edit from a term %.2f %% (stopped by the ordinary-typo check unless reported); a sound-key finding %.2f %%; newly flagged (not flagged without these rules) %.2f %%; e.g. %q",
				gc.name, set.name, len(set.notices), 100*float64(flagged)/total, 100*float64(cand)/total, 100*float64(withNew)/total, 100*float64(onlyNew)/total, ex)
			if float64(onlyNew)/total >= 0.005 {
				t.Errorf("%s %s: %.2f %% of typo notices newly flagged by the sound-key rules (limit 0.5 %%)", gc.name, set.name, 100*float64(onlyNew)/total)
			}
		}
	}
}
