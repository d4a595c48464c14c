package guard

import (
	"math/rand/v2"
	"testing"
)

// TestWordTabIsTheMap: the open-addressed table answers exactly as the map
// it was built from, for every key and for absent ones (key 0 included).
func TestWordTabIsTheMap(t *testing.T) {
	v, err := loadVocab(nil)
	if err != nil {
		t.Fatal(err)
	}
	if v.tab.slots == nil {
		t.Fatal("the vocabulary's table was not built")
	}
	for h, w := range v.words {
		if got := v.tab.get(h); got != w {
			t.Fatalf("tab.get(%x) = %p, map has %p", h, got, w)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 100000; i++ {
		h := r.Uint64()
		if got, want := v.tab.get(h), v.words[h]; got != want {
			t.Fatalf("tab.get(%x) = %p, map has %p", h, got, want)
		}
	}
	m := map[uint64]*wordInfo{0: {flags: 1}, 7: {flags: 2}}
	tab := newWordTab(m)
	if tab.get(0) != m[0] || tab.get(7) != m[7] || tab.get(8) != nil {
		t.Error("key 0 or a small table answers wrongly")
	}
	if tab := newWordTab(nil); tab.get(0) != nil || tab.get(1) != nil {
		t.Error("an empty table holds keys")
	}
	// a word added after the build drops the table: lookups read the map
	w := v.info(hstr("zzqxwordtabtest"))
	if v.tab.slots != nil || v.get(hstr("zzqxwordtabtest")) != w {
		t.Error("a word added after the build is not seen")
	}
}

// TestTokenHashIsKeyHash: tokenize computes each token's hash as it reads
// the bytes; it must be hstr of the token's key (lower case, apostrophes
// dropped), whatever the script, case or apostrophes.
func TestTokenHashIsKeyHash(t *testing.T) {
	for _, s := range []string{
		"Dear O'Brien, your D'Angelo's refill (Rx #7734512) is ready.",
		"Señora Müller-Lüdenscheid: cita el 3/4 — ÉCOLE İstanbul ΑΒΓ ١٢٣ naïve café",
		"o'neil''s rock'n'roll 'quoted' l'été ǅemal ﬁnal Ⅻ",
		"ZERO\u200bWIDTH c\u00adopay Ｆｕｌｌ ｗｉｄｔｈ ３４５",
	} {
		nt := normalize(s, nil, nil)
		for _, tk := range tokenize(&nt, nil) {
			if tk.h != hstr(tk.low) {
				t.Errorf("%q: token %q has hash %x, want %x", s, tk.low, tk.h, hstr(tk.low))
			}
		}
	}
}

// FuzzTokenHash: the same property on any text.
func FuzzTokenHash(f *testing.F) {
	f.Add("Dear O'Brien, your D'Angelo's refill is ready.")
	f.Add("Señora Müller: cita el 3/4 — ÉCOLE İstanbul ΑΒΓ ١٢٣")
	f.Fuzz(func(t *testing.T, s string) {
		nt := normalize(s, nil, nil)
		for _, tk := range tokenize(&nt, nil) {
			if tk.h != hstr(tk.low) {
				t.Fatalf("token %q has hash %x, want %x", tk.low, tk.h, hstr(tk.low))
			}
		}
	})
}
