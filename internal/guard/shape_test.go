package guard

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"
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

// TestShapeTrainList: the letter-shape model learns only the frozen
// training list's entries (shapeTrain): an entry added to a clinical list
// since is not learned, and every entry of the lists that is on the frozen
// list is. With GUARD_SHAPE_FREEZE=1 it rewrites vocab/shape_train.txt.gz
// from the lists as they are now (a deliberate recalibration: check the
// held-out aggregates before and after).
func TestShapeTrainList(t *testing.T) {
	var terms []string
	seen := map[string]bool{}
	for _, f := range vocabFiles {
		if !shapeFiles[f.name] {
			continue
		}
		data, err := vocabFS.ReadFile("vocab/" + f.name)
		if err != nil {
			t.Fatal(err)
		}
		err = parseVocab(&vocab{words: map[uint64]*wordInfo{}}, f.name, string(data), func(_ *vocab, _, term string, _ uint8) error {
			if !seen[term] {
				seen[term] = true
				terms = append(terms, term)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(terms)
	if os.Getenv("GUARD_SHAPE_FREEZE") == "1" {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		fmt.Fprintf(zw, "# shape_train: the entries of medications, conditions, labs_procedures, supplies,\n# wordnet_medical and clinical_es as they stood on %s; the letter-shape model (shape.go)\n# learns only these. Derived from those lists (vocab/README.md gives their provenance and\n# licences). Regenerate: GUARD_SHAPE_FREEZE=1 go test ./internal/guard -run TestShapeTrainList\n", time.Now().UTC().Format("2006-01-02"))
		for _, term := range terms {
			fmt.Fprintln(zw, term)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("vocab/shape_train.txt.gz", b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d entries", len(terms))
		return
	}
	train, err := shapeTrain()
	if err != nil {
		t.Fatal(err)
	}
	var frozen, added int
	c := shapeCollector{}
	for _, term := range terms {
		if ok, _ := shapeTrained(term); ok {
			frozen++
			c.add(term)
		} else {
			added++
		}
	}
	t.Logf("frozen list %d entries; the lists now hold %d, %d of them frozen, %d added since", len(train), len(terms), frozen, added)
	if frozen < len(train)*9/10 {
		t.Fatalf("only %d of the %d frozen entries are on the lists: regenerate the list", frozen, len(train))
	}
	// the shipped guard's model is the one of the frozen entries
	full := newTestGuard(t)
	m, err := c.build(&full.gen)
	if err != nil {
		t.Fatal(err)
	}
	if m.npos != full.shape.npos || *m.pos != *full.shape.pos {
		t.Error("the shipped model is not the frozen entries' model")
	}
	// an entry added later is not learned, even when its words are
	// frozen words
	for _, term := range []string{"ataque cerebrovascular", "vejiga hiperactiva", "zzqofloxacinoma"} {
		if train[hstr(term)] {
			continue // frozen at a regeneration
		}
		c.add(term)
		m2, err := c.build(&full.gen)
		if err != nil {
			t.Fatal(err)
		}
		if m2.npos == m.npos && term == "zzqofloxacinoma" {
			t.Errorf("a collected new word was not learned (the test's control)")
		}
		c = shapeCollector{}
		for _, x := range terms {
			if ok, _ := shapeTrained(x); ok {
				c.add(x)
			}
		}
		if ok, _ := shapeTrained(term); ok {
			t.Errorf("%q, never frozen, counts as frozen", term)
		}
	}
}
