package guard

import (
	"bufio"
	"compress/gzip"
	"os"
	"strings"
	"testing"
)

// guardHolding builds a guard without the list entries that contain one of
// words (as a word), as the split guards are built without their parts.
func guardHolding(t *testing.T, words ...string) *Guard {
	t.Helper()
	hold := map[string]bool{}
	for _, w := range words {
		hold[w] = true
	}
	g, err := New(Options{holdOut: func(file, term string) bool {
		for _, w := range strings.Fields(strings.ToLower(term)) {
			if hold[w] {
				return true
			}
		}
		return false
	}})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestShapeTerms: frame.shape takes lower-case words in no ordinary list
// that are spelt like the listed clinical words, also ones the larger
// English lists hold; food, shop and brand words pass.
func TestShapeTerms(t *testing.T) {
	full := newTestGuard(t)
	checkRuleCases(t, full, Standard, []tpCase{
		{"Questions about thiophene? Reply to this message.", "frame.shape"}, // "thiazol" before the ninth pass: frame.morphology takes -azol now (GEN9)
		{"Questions about oxazine? Reply to this message.", "frame.shape"},
		// clean: food, drink, hobby and brand words, capitalised brands
		// spelt like drugs
		{"Your focaccia and ciabatta are ready for pickup.", ""},
		{"Your falafel wrap is ready.", ""},
		{"Your kombucha program renews soon.", ""},
		{"Your quinoa salad order is ready.", ""},
		{"Your mixology class is booked.", ""},
		{"Your Corvus coupon: 20% off your next order.", ""},
		{"Your Olaplex order shipped.", ""},
		{"Xiaomi lista para recoger en tienda.", ""},
	})
	// a listed drug the guard was built without
	g := guardHolding(t, "hydroxychloroquine")
	checkRuleCases(t, g, Standard, []tpCase{
		{"Questions about hydroxychloroquine? Reply to this message.", "frame.shape"},
		{"Hydroxychloroquine is ready for pickup.", "frame.shape"},
	})
}

// TestShapeLearnsLoaded: the model is learned from the lists as loaded —
// a guard built without part of them knows fewer clinical n-grams.
func TestShapeLearnsLoaded(t *testing.T) {
	full := newTestGuard(t)
	dev := devGuard(t)
	if full.shape == nil || dev.shape == nil || !(dev.shape.npos < full.shape.npos) || dev.shape.npos == 0 {
		t.Fatalf("n-grams: shipped %v, development %v", full.shape, dev.shape)
	}
	if full.shape.neg != dev.shape.neg {
		t.Error("the ordinary n-grams are not shared")
	}
	w := "hydroxychloroquine"
	if a, b := guardHolding(t, w).shape.score(w), full.shape.score(w); !(a < b) {
		t.Errorf("%s scores %.2f without the entry, %.2f with it", w, a, b)
	}
}

// TestShapeExtendedRate: the share of the larger English lists' words
// (SCOWL huge, not in wamerican; general_en_extended.txt.gz, kept in the
// repository but not embedded) of 6+ letters that the shipped model scores
// at shapeMin or more. These are the rare words frame.unknown lets pass
// and frame.shape judges. With the operator's medical dictionary in the
// test environment, the share is also given for the words it lists and
// the others (logged).
func TestShapeExtendedRate(t *testing.T) {
	f, err := os.Open("vocab/general_en_extended.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	med := map[string]bool{}
	for _, p := range testDictionaries(t, false) {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(b), "\n") {
			if i := strings.IndexByte(l, '/'); i >= 0 {
				l = l[:i]
			}
			med[strings.ToLower(strings.TrimSpace(l))] = true
		}
	}
	g := newTestGuard(t)
	var n, hit, nMed, hitMed int
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		w := sc.Text()
		if len(w) < shapeMinLen {
			continue
		}
		on := g.shape.score(w) >= shapeMin
		if med[w] {
			nMed++
			if on {
				hitMed++
			}
			continue
		}
		n++
		if on {
			hit++
		}
	}
	if n == 0 {
		t.Fatal("no words")
	}
	rate := float64(hit) / float64(n)
	t.Logf("extended words of %d+ letters scored >= %.1f: %d of %d (%.2f %%) outside the medical dictionary; %d of %d in it",
		shapeMinLen, shapeMin, hit, n, 100*rate, hitMed, nMed)
	if rate > 0.02 {
		t.Errorf("%.2f %% of the larger lists' words are spelt like clinical words (ceiling 2 %%)", 100*rate)
	}
}
