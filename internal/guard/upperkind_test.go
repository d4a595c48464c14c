package guard

import "testing"

// TestUpperKindIsTheLoop: wordInfo.upperKind, set by addPhrase, is what
// abbrevWord used to find by walking a word's phrases (the first one-word
// clinical phrase written in capitals only), for every word of the built-in
// lists and of a guard with operator terms.
func TestUpperKindIsTheLoop(t *testing.T) {
	g, err := New(Options{ExtraTerms: []Term{{Text: "ZQX", Kind: KindCondition}}})
	if err != nil {
		t.Fatal(err)
	}
	set := 0
	for h, w := range g.v.words {
		var k Kind
		for _, p := range w.phrases {
			if p.class == pClinical && p.flags&fUpper != 0 && len(p.toks) == 1 {
				k = p.kind
				break
			}
		}
		if w.upperKind != k {
			t.Fatalf("word %x: upperKind %q, its phrases say %q", h, w.upperKind, k)
		}
		if k != "" {
			set++
		}
	}
	if set == 0 {
		t.Fatal("no word has a capitals-only one-word clinical phrase: the lists or the test changed")
	}
	t.Logf("%d words with a capitals-only abbreviation", set)
}
