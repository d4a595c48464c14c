package guard

import (
	"os"
	"strings"
	"testing"
)

// TestGoodsFormBits: each section's filter (goodsVocab.goodsBits…) holds
// every hash goodsIn can find there — each word of the section in
// goods_heads.txt and every form whose crude singular it is — so the
// filter only skips lookups that would miss (helper SPEED2).
func TestGoodsFormBits(t *testing.T) {
	g := goodsWords
	secs := map[string]struct {
		m map[uint64]bool
		f *hashFilter
	}{"goods": {g.goods, &g.goodsBits}, "media": {g.media, &g.mediaBits}, "gift": {g.gift, &g.giftBits},
		"container": {g.container, &g.containerBits}, "frame": {g.frame, &g.frameBits}, "care": {g.care, &g.careBits},
		"personal": {g.personal, &g.personalBits}}
	n, total := 0, 0
	for _, sc := range secs {
		total += len(sc.m)
	}
	for _, sec := range goodsVocabWords() {
		sc, ok := secs[sec.name]
		if !ok {
			t.Fatalf("unknown section %q", sec.name)
		}
		for _, w := range sec.words {
			n++
			if !sc.m[hstr(w)] {
				t.Errorf("%s: %q not in the section's map", sec.name, w)
			}
			// every string whose singularHash is w's hash ends in one of
			// the endings singularHash strips: w+"s", w+"es", w[:-1]+"ies"
			for _, f := range []string{w, w + "s", w + "es", strings.TrimSuffix(w, "y") + "ies"} {
				if f != w && singularHash(f) != hstr(w) {
					continue
				}
				if !sc.f.may(hstr(f)) {
					t.Errorf("%s: %q (of %q) not in its filter", sec.name, f, w)
				}
			}
		}
	}
	if n < total {
		t.Errorf("goodsVocabWords read %d words, the maps hold %d", n, total)
	}
}

// goodsVocabWords returns vocab/goods_heads.txt's words by section, as
// written (loadGoodsVocab keeps only their hashes).
func goodsVocabWords() (out []struct {
	name  string
	words []string
}) {
	data, _ := vocabFS.ReadFile("vocab/goods_heads.txt") // loadGoodsVocab panics first if it is missing
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "" || l[0] == '#':
		case l[0] == '[':
			out = append(out, struct {
				name  string
				words []string
			}{name: strings.Trim(l, "[]")})
		case len(out) > 0:
			out[len(out)-1].words = append(out[len(out)-1].words, l)
		}
	}
	return out
}

// TestGoodsRunHasSets: every set goodsrun.go reads through goodsRunHas is
// one of goodsRunSets, whose keys goodsRunBits holds.
func TestGoodsRunHasSets(t *testing.T) {
	for _, m := range goodsRunSets() {
		m.each(func(h uint64) {
			if !goodsRunBits.may(h) {
				t.Fatalf("goodsRunBits lacks a key")
			}
		})
	}
	b, err := os.ReadFile("goodsrun.go")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	listed := map[string]bool{}
	for _, n := range []string{"goodsRunHeads", "goodsRunNotCount", "goodsRunUnits", "goodsRunJSONKeys", "goodsRunParenPerson",
		"goodsRunStreet", "goodsRunDose"} {
		listed[n] = true
	}
	for _, part := range strings.Split(src, "goodsRunHas(")[1:] {
		name := strings.TrimPrefix(part[:strings.IndexAny(part, ",)")], "&")
		if name != "m *setTab" && !listed[name] {
			t.Errorf("goodsRunHas(%s, …): not in goodsRunSets", name)
		}
	}
}
