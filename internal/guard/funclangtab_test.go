package guard

import "testing"

// TestFuncLangTab: funcLangOf reads every funcLang entry back and gives 0
// for words that are not function words.
func TestFuncLangTab(t *testing.T) {
	for h, v := range funcLang {
		if got := funcLangOf(h); got != v {
			t.Fatalf("funcLangOf(%x) = %d, want %d", h, got, v)
		}
	}
	for _, w := range []string{"appointment", "clinic", "hello", "los", "the", "nuestras", "xyz"} {
		h := hstr(w)
		if got, want := funcLangOf(h), funcLang[h]; got != want {
			t.Fatalf("funcLangOf(%q) = %d, want %d", w, got, want)
		}
	}
}
