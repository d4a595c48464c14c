package guard

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

var updateGeneral = flag.Bool("update-general", false, "regenerate vocab/general_*.txt.gz from /usr/share/dict (Debian wamerican, wspanish)")

// foldWord lower-cases w and removes diacritics (NFKD, combining marks
// dropped) and apostrophes, as notices are normalised and tokenised.
func foldWord(w string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(w) {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case r == '\'' || r >= 0x300 && r <= 0x36f:
		default:
			return ""
		}
	}
	return b.String()
}

// TestGenerateGeneral rebuilds the general word lists (see vocab/README.md):
//
//	apt-get install wamerican wspanish
//	go test ./internal/guard -run TestGenerateGeneral -update-general
func TestGenerateGeneral(t *testing.T) {
	if !*updateGeneral {
		t.Skip("run with -update-general")
	}
	for _, f := range []struct{ src, dst string }{
		{"/usr/share/dict/american-english", "vocab/general_en.txt.gz"},
		{"/usr/share/dict/spanish", "vocab/general_es.txt.gz"},
	} {
		in, err := os.Open(f.src)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		sc := bufio.NewScanner(in)
		for sc.Scan() {
			w := strings.TrimSpace(sc.Text())
			if w == "" || w[0] >= 'A' && w[0] <= 'Z' || strings.HasSuffix(w, "'s") {
				continue
			}
			if r := []rune(w)[0]; r >= 0xC0 && r <= 0xDE { // capitalised with a diacritic
				continue
			}
			if fw := foldWord(w); len(fw) >= 3 {
				seen[fw] = true
			}
		}
		in.Close()
		words := make([]string, 0, len(seen))
		for w := range seen {
			words = append(words, w)
		}
		slices.Sort(words)
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write([]byte(strings.Join(words, "\n") + "\n"))
		zw.Close()
		if err := os.WriteFile(f.dst, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d words", f.dst, len(words))
	}
}

// TestGeneralLoaded: the general lists load, hold ordinary words in both
// languages (folded) and no capitalised proper nouns.
func TestGeneralLoaded(t *testing.T) {
	gen, n, err := loadGeneral()
	if err != nil {
		t.Fatal(err)
	}
	if n < 100000 {
		t.Fatalf("only %d general words", n)
	}
	for _, w := range []string{"shipped", "refill", "wasnt", "presion", "pedido", "enviado", "manana"} {
		if _, ok := gen[hstr(w)]; !ok {
			t.Errorf("%q not in the general lists", w)
		}
	}
}
