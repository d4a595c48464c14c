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
