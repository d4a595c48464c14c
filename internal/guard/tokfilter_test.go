package guard

import (
	"testing"
	"unsafe"
)

// TestTokFilterTabIsTheFilters: each bit of tokFilterTab answers as the
// filter it stands for, for every bit position, and the token stays 48
// bytes (fb sits in the padding after gapNL).
func TestTokFilterTabIsTheFilters(t *testing.T) {
	fs := tokFilters()
	if len(fs) > 16 {
		t.Fatalf("%d filters: token.fb holds 16", len(fs))
	}
	for x := uint64(0); x < 16384; x++ {
		for b, f := range fs {
			for _, h := range []uint64{x, x | 0xdead_0000_0000_0000, x | 1<<14 | 1<<40} {
				if got, want := tokFilterTab[h&16383]&(1<<b) != 0, f.may(h); got != want {
					t.Fatalf("bit %d, hash %#x: table %v, filter %v", b, h, got, want)
				}
			}
		}
	}
	fs2 := tokFilters2()
	if len(fs2) > 16 {
		t.Fatalf("%d filters: tokFilterTab2 holds 16 (8 in token.fb2, 8 notice-level)", len(fs2))
	}
	for x := range tokFilterTabBoth {
		if got, want := tokFilterTabBoth[x], uint64(tokFilterTab[x])|uint64(tokFilterTab2[x])<<16|uint64(tokFilterTab3[x])<<32; got != want {
			t.Fatalf("tokFilterTabBoth[%d] = %#x, want %#x", x, got, want)
		}
	}
	if fb2Therapy != 1<<7 || fb2KinDental != 1<<8 {
		t.Fatal("token.fb2 holds the first 8 bits of tokFilterTab2, the notice-level bits follow")
	}
	for x := uint64(0); x < 16384; x++ {
		for b, f := range fs2 {
			for _, h := range []uint64{x, x | 0xdead_0000_0000_0000, x | 1<<14 | 1<<40} {
				if got, want := tokFilterTab2[h&16383]&(1<<b) != 0, f.may(h); got != want {
					t.Fatalf("fb2 bit %d, hash %#x: table %v, filter %v", b, h, got, want)
				}
			}
		}
	}
	fs3 := tokFilters3()
	if len(fs3) > 32 {
		t.Fatalf("%d filters: tokFilterTab3 holds 32 notice-level bits", len(fs3))
	}
	for x := uint64(0); x < 16384; x++ {
		for b, f := range fs3 {
			for _, h := range []uint64{x, x | 0xdead_0000_0000_0000, x | 1<<14 | 1<<40} {
				if got, want := tokFilterTab3[h&16383]&(1<<b) != 0, f.may(h); got != want {
					t.Fatalf("notice-level bit %d, hash %#x: table %v, filter %v", b, h, got, want)
				}
			}
		}
	}
	for _, w := range []string{"don", "dón", "doña", "dona", "dóñá", "donita", "doñita", "doñíta", "dóñítá"} {
		if !esShopTitle[foldLow(w)] || !esShopTitleFilter.may(hstr(w)) {
			t.Errorf("esShopTitleFilter misses %q", w)
		}
	}
	if !careStayFirst.may(hCared) {
		t.Error("careStayFirst misses \"cared\"")
	}
	for h := range setKeys(careStayWords) {
		if !careStayFirst.may(h) {
			t.Fatalf("careStayFirst misses a care-stay word %#x", h)
		}
	}
	if sz := unsafe.Sizeof(token{}); sz != 48 {
		t.Errorf("token is %d bytes, want 48", sz)
	}
}

// TestTokByte: tokByte is tokenize's letter test (isLetterByte) and its
// capital test, for every byte.
func TestTokByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		want := uint8(0)
		if isLetterByte(b) {
			want = 1
			if b <= 'Z' {
				want = 2
			}
		}
		if tokByte[b] != want {
			t.Fatalf("tokByte[%#x] = %d, want %d", b, tokByte[b], want)
		}
	}
}
