package guard

import (
	"os"
	"strings"
	"testing"
)

// TestGoodsFormBits: goodsFormBits holds every hash goodsIn can find — each
// section word of goods_heads.txt and every form whose crude singular it
// is — so the filter only skips lookups that would miss (helper SPEED2).
func TestGoodsFormBits(t *testing.T) {
	secs := map[string]map[uint64]bool{"goods": goodsWords.goods, "media": goodsWords.media, "gift": goodsWords.gift,
		"container": goodsWords.container, "frame": goodsWords.frame, "care": goodsWords.care, "personal": goodsWords.personal}
	n := 0
	for _, sec := range goodsVocabWords() {
		m := secs[sec.name]
		if m == nil {
			t.Fatalf("unknown section %q", sec.name)
		}
		for _, w := range sec.words {
			n++
			if !m[hstr(w)] {
				t.Errorf("%s: %q not in the section's map", sec.name, w)
			}
			forms := []string{w, w + "s", w + "es", w[:len(w)-1] + "ies"}
			for _, f := range forms {
				if f != w && singularHash(f) != hstr(w) {
					continue
				}
				if h := hstr(f); !goodsFormBits[0].may(h) && !goodsFormBits[1].may(h) {
					t.Errorf("%s: %q (%q) not in goodsFormBits", sec.name, f, w)
				}
			}
		}
	}
	total := 0
	for _, m := range secs {
		total += len(m)
	}
	if n < total {
		t.Errorf("goodsVocabWords read %d words, the maps hold %d", n, total)
	}
	// a plural ending that singularHash strips: every such token of a
	// sample maps back onto a filtered form
	for _, l := range []string{"strollers", "boxes", "batteries", "brushes", "watches"} {
		for _, sec := range goodsVocabWords() {
			for _, w := range sec.words {
				if singularHash(l) == hstr(w) {
					h := hstr(l)
					if !goodsFormBits[0].may(h) && !goodsFormBits[1].may(h) {
						t.Errorf("%q: singular %q listed, form not in goodsFormBits", l, w)
					}
				}
			}
		}
	}
}

// TestGoodsRunHasSets: every set goodsrun.go reads through goodsRunHas is
// one of goodsRunSets, whose keys goodsRunBits holds.
func TestGoodsRunHasSets(t *testing.T) {
	for _, m := range goodsRunSets() {
		for h := range m {
			if !goodsRunBits.may(h) {
				t.Fatalf("goodsRunBits lacks a key")
			}
		}
	}
	b, err := os.ReadFile("goodsrun.go")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	listed := map[string]bool{}
	for _, n := range []string{"goodsRunHeads", "goodsRunNotCount", "goodsRunUnits", "goodsRunJSONKeys", "goodsRunParenPerson",
		"goodsRunStreet", "goodsRunDose", "goodsRunPersonBefore", "personSlotBrand"} {
		listed[n] = true
	}
	for _, part := range strings.Split(src, "goodsRunHas(")[1:] {
		name := part[:strings.IndexAny(part, ",)")]
		if name != "m map[uint64]bool" && !listed[name] {
			t.Errorf("goodsRunHas(%s, …): not in goodsRunSets", name)
		}
	}
}
