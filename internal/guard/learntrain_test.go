package guard

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"maps"
	"os"
	"sort"
	"strings"
	"testing"
	"time"
)

// learnEntry: an entry of a learnFiles list that teaches (learnWords).
type learnEntry struct{ file, term string }

// learnListEntries: the teaching entries of the learnFiles lists as they
// are now, each as often as its file holds it, sorted.
func learnListEntries(t *testing.T) []learnEntry {
	t.Helper()
	var es []learnEntry
	for _, f := range vocabFiles {
		if _, ok := learnFiles[f.name]; !ok {
			continue
		}
		data, err := vocabFS.ReadFile("vocab/" + f.name)
		if err != nil {
			t.Fatal(err)
		}
		err = parseVocab(&vocab{words: map[uint64]*wordInfo{}}, f.name, string(data), func(_ *vocab, _, term string, _ uint8) error {
			if learnWords(term) != nil {
				es = append(es, learnEntry{f.name, term})
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].file != es[j].file {
			return es[i].file < es[j].file
		}
		return es[i].term < es[j].term
	})
	return es
}

// learnFrozenEntries: the entries of vocab/learn_train.txt.gz.
func learnFrozenEntries(t *testing.T) []learnEntry {
	t.Helper()
	var es []learnEntry
	err := gzLines("vocab/learn_train.txt.gz", func(l string) {
		if file, term, ok := strings.Cut(l, "\t"); ok && !strings.HasPrefix(l, "#") {
			es = append(es, learnEntry{file, term})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// learnFrom: the learned set of entries.
func learnFrom(t *testing.T, v *vocab, es []learnEntry) learnedSet {
	t.Helper()
	var c learnCollector
	for _, e := range es {
		es, ok := learnFiles[e.file]
		if !ok {
			t.Fatalf("frozen entry %q of %s, no learned list: regenerate the list", e.term, e.file)
		}
		c.add(e.term, es)
	}
	return c.build(v)
}

func sameLearned(a, b *learnedSet) bool {
	return maps.Equal(a.m, b.m) && a.bits == b.bits && a.trig == b.trig
}

// learnedDiff names the words whose learned places differ between a and b
// (words of the lists; hashes otherwise).
func learnedDiff(a, b *learnedSet, names map[uint64]string) []string {
	hs := map[uint64]bool{}
	for h := range a.m {
		hs[h] = true
	}
	for h := range b.m {
		hs[h] = true
	}
	var d []string
	for h := range hs {
		if x, y := a.m[h], b.m[h]; x != y {
			n := names[h]
			if n == "" {
				n = fmt.Sprintf("%016x", h)
			}
			d = append(d, fmt.Sprintf("%s %s→%s", n, learnPlaces(x), learnPlaces(y)))
		}
	}
	sort.Strings(d)
	return d
}

// TestLearnTrainList: the learned heads and modifiers are learned only
// from the frozen training list's entries (learnTrain). The test fails
// when the list is stale in the way that matters: the lists no longer hold
// frozen entries that taught, so the shipped learned set is no longer the
// frozen list's (an entry removed or reworded: restore it or regenerate).
// Entries added since are logged with what they would teach. With
// GUARD_LEARN_FREEZE=1 it rewrites vocab/learn_train.txt.gz from the lists
// as they are now (a deliberate recalibration: check the held-out
// aggregates before and after).
func TestLearnTrainList(t *testing.T) {
	now := learnListEntries(t)
	if os.Getenv("GUARD_LEARN_FREEZE") == "1" {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		fmt.Fprintf(zw, "# learn_train: the multi-word entries of conditions, labs_procedures, supplies,\n# wordnet_medical and clinical_es that teach learned heads and modifiers (learned.go), as they\n# stood on %s, file<TAB>entry, an entry as often as its file held it; compose.learned\n# learns only these. Derived from those lists (vocab/README.md gives their provenance and\n# licences). Regenerate: GUARD_LEARN_FREEZE=1 go test ./internal/guard -run TestLearnTrainList\n", time.Now().UTC().Format("2006-01-02"))
		for _, e := range now {
			fmt.Fprintf(zw, "%s\t%s\n", e.file, e.term)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("vocab/learn_train.txt.gz", b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d entries", len(now))
		return
	}
	frozen := learnFrozenEntries(t)
	full := newTestGuard(t)
	names := map[uint64]string{}
	for _, e := range append(append([]learnEntry(nil), now...), frozen...) {
		for _, w := range learnWords(e.term) {
			names[w.h] = w.low
			names[hstr(w.low+"s")] = w.low + "s"
			if strings.HasSuffix(w.low, "y") {
				names[hstr(w.low[:len(w.low)-1]+"ies")] = w.low[:len(w.low)-1] + "ies"
			}
		}
	}
	// frozen entries the lists no longer hold, and entries added since
	have := map[learnEntry]int{}
	for _, e := range now {
		have[e]++
	}
	var gone []string
	for _, e := range frozen {
		if have[e] > 0 {
			have[e]--
		} else {
			gone = append(gone, e.file+": "+e.term)
		}
	}
	added := 0
	for _, n := range have {
		added += n
	}
	t.Logf("frozen list %d entries; the lists now hold %d teaching entries, %d added since, %d frozen ones gone", len(frozen), len(now), added, len(gone))
	want := learnFrom(t, full.v, frozen)
	if !sameLearned(&want, &full.v.learned) {
		t.Errorf("the shipped learned set is not the frozen list's (%v): frozen entries gone from the lists: %v; restore them or regenerate the list",
			learnedDiff(&want, &full.v.learned, names), gone)
	}
	// what regenerating would change (the drift the list keeps out)
	if drift := learnedDiff(&full.v.learned, ptr(learnFrom(t, full.v, now)), names); len(drift) > 0 {
		t.Logf("regenerating would change %d words' places, e.g. %v", len(drift), drift[:min(len(drift), 12)])
	}
}

func ptr[T any](x T) *T { return &x }

// guardAdding builds a guard with lines added to built-in lists (as if
// written after the freeze), without the entries hold answers for.
func guardAdding(t *testing.T, add map[string][]string, hold func(file, term string) bool) *Guard {
	t.Helper()
	g, err := New(Options{addEntries: add, holdOut: hold})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestLearnedNewEntry: a new entry on a learned list does not move the
// learned set. Each entry below would, learned, give an everyday word a
// new place (the control: the frozen entries plus it): "training" (ends
// one listed term) would end two and take any word before it ("sales
// training"); "crema" would start a Spanish term ("crema facial"). With
// the frozen list the learned set is the shipped one, word for word, and
// the entry is still found by its list.
func TestLearnedNewEntry(t *testing.T) {
	full := newTestGuard(t)
	frozen := learnFrozenEntries(t)
	for _, c := range []struct {
		file, term, word string
		bit              uint8
	}{
		{"labs_procedures.txt", "gait training", "training", lHead},
		{"clinical_es.txt", "crema antimicotica", "crema", lHeadES},
	} {
		g := guardAdding(t, map[string][]string{c.file: {c.term}}, nil)
		if !sameLearned(&g.v.learned, &full.v.learned) {
			t.Errorf("%s: the new entry %q moved the learned set: %v", c.file, c.term, learnedDiff(&full.v.learned, &g.v.learned, nil))
		}
		if b := g.v.learned.get(hstr(c.word)); b&c.bit != 0 {
			t.Errorf("%q: learned %s from the new entry %q", c.word, learnPlaces(b), c.term)
		}
		// the control: learned, the entry would give the word the place
		if l := learnFrom(t, full.v, append(append([]learnEntry(nil), frozen...), learnEntry{c.file, c.term})); l.get(hstr(c.word))&c.bit == 0 {
			t.Errorf("control: %q would not learn %q its place (%s)", c.term, c.word, learnPlaces(l.get(hstr(c.word))))
		}
		// the entry itself is found by its list
		fs, err := g.CheckText("Reminder: your "+c.term+" session is on Monday.", nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("%q: the new entry is not found", c.term)
		}
	}
	// a frozen entry written a second time, in its list or another one,
	// counts no more than the list held it ("training" would end two
	// terms)
	for _, file := range []string{"wordnet_medical.txt", "labs_procedures.txt"} {
		g := guardAdding(t, map[string][]string{file: {"assertiveness training"}}, nil)
		if !sameLearned(&g.v.learned, &full.v.learned) {
			t.Errorf("a second 'assertiveness training' in %s moved the learned set: %v", file, learnedDiff(&full.v.learned, &g.v.learned, nil))
		}
	}
}

// TestLearnedLearnsLoaded: a guard built without part of the lists (the
// split guards) learns only the frozen entries it loads, and a new entry
// made of the same words does not teach it what the held-out entry did
// (keyed by entry, not word). "macular" starts two frozen entries
// ("macular degeneration", "macular edema"); without the first it starts
// one and is no learned modifier, and a new "macular hole" does not make
// it one (learned, it would).
func TestLearnedLearnsLoaded(t *testing.T) {
	full := newTestGuard(t)
	w := hstr("macular")
	if full.v.learned.get(w)&lMod == 0 {
		t.Fatalf("macular: %s in the shipped guard, want mod", learnPlaces(full.v.learned.get(w)))
	}
	hold := func(file, term string) bool { return term == "macular degeneration" }
	split := guardAdding(t, nil, hold)
	if b := split.v.learned.get(w); b&lMod != 0 || b&lMod1 == 0 {
		t.Errorf("macular: %s without 'macular degeneration', want mod1 only", learnPlaces(b))
	}
	// the split guard learns the frozen entries it loads, no more
	var loaded []learnEntry
	for _, e := range learnFrozenEntries(t) {
		if !hold(e.file, e.term) {
			loaded = append(loaded, e)
		}
	}
	if want := learnFrom(t, split.v, loaded); !sameLearned(&want, &split.v.learned) {
		t.Errorf("the split guard's learned set is not its loaded frozen entries': %v", learnedDiff(&want, &split.v.learned, nil))
	}
	added := guardAdding(t, map[string][]string{"conditions.txt": {"macular hole"}}, hold)
	if !sameLearned(&added.v.learned, &split.v.learned) {
		t.Errorf("a new 'macular hole' moved the split guard's learned set: %v", learnedDiff(&split.v.learned, &added.v.learned, nil))
	}
	if l := learnFrom(t, split.v, append(loaded, learnEntry{"conditions.txt", "macular hole"})); l.get(w)&lMod == 0 {
		t.Errorf("control: 'macular hole' would not make macular a learned modifier again")
	}
}
