package guard

import (
	"strings"
	"testing"
)

// pnMayHashAll is pnMay as it stood before helper SPEED10B added pnEnds:
// every word hashed, byte by byte.
func pnMayHashAll(text string) bool {
	h, start := uint64(fnvOffset), -1
	for i := 0; i <= len(text); i++ {
		c := byte(' ')
		if i < len(text) {
			c = text[i]
		}
		if c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			if start < 0 {
				start = i
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			continue
		}
		if start >= 0 {
			up := text[start] >= 'A' && text[start] <= 'Z'
			if up && pnHeads.get(h) && pnCapsBefore(text, start) || !up && pnStreets.get(h) ||
				pnRooms.get(h) && c == ' ' && i+1 < len(text) && pnQuoteAt(text[i+1:]) {
				return true
			}
		}
		h, start = fnvOffset, -1
	}
	return false
}

// pnMayTexts: the development rows' texts (held-out sets are not read),
// each also cut at its sentences.
func pnMayTexts(t testing.TB) []string {
	var out []string
	for _, p := range devCorpusPaths(t, "dev*.jsonl") {
		for _, it := range loadCorpus(t, p) {
			out = append(out, it.Text)
			out = append(out, strings.Split(it.Text, ". ")...)
		}
	}
	return out
}

// TestPnMayEnds: pnMay with its pnEnds test answers as the hash-every-word
// pass did, on the development rows and on every listed word in a place.
func TestPnMayEnds(t *testing.T) {
	texts := pnMayTexts(t)
	for _, w := range strings.Fields(pnHeadsWords + " " + pnStreetsWords + " " + pnRoomsWords) {
		up := strings.ToUpper(w[:1]) + w[1:]
		texts = append(texts, "at Ann Morrison "+up+" today", "en la "+w+" Sinesio Delgado", "el "+w+" \"Doña Rosa\"",
			"el "+up+" “Dr. José”", strings.ToUpper(w)+" x", w)
	}
	for _, tx := range texts {
		if got, want := pnMay(tx), pnMayHashAll(tx); got != want {
			t.Fatalf("pnMay(%q) = %v, hashing every word %v", tx, got, want)
		}
	}
}

func BenchmarkPnMay(b *testing.B) {
	texts := pnMayTexts(b)
	b.Run("ends", func(b *testing.B) {
		for b.Loop() {
			for _, tx := range texts {
				pnMay(tx)
			}
		}
	})
	b.Run("hashall", func(b *testing.B) {
		for b.Loop() {
			for _, tx := range texts {
				pnMayHashAll(tx)
			}
		}
	})
}
