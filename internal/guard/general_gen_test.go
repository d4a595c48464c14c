package guard

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"os"
	"os/exec"
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
	generateSpanishForms(t)
	generateExtended(t)
}

// generateExtended writes vocab/general_en_extended.{txt.gz,fp}: the words
// of Debian wamerican-huge and wbritish-huge (SCOWL size 70) that are not in
// the other lists, folded the same way. They only keep a lower-case word
// from counting as unknown (frame.unknown); they do not make a word
// ordinary for the frames, stems or misspellings (wamerican-huge holds drug
// names such as "metformin").
//
//	apt-get install wamerican-huge wbritish-huge
func generateExtended(t *testing.T) {
	gen, _, err := loadGeneral()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, src := range []string{"/usr/share/dict/american-english-huge", "/usr/share/dict/british-english-huge"} {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Split(string(data), "\n") {
			w = strings.TrimSpace(w)
			if w == "" || w[0] >= 'A' && w[0] <= 'Z' || strings.HasSuffix(w, "'s") {
				continue
			}
			if r := []rune(w)[0]; r >= 0xC0 && r <= 0xDE {
				continue
			}
			if fw := foldWord(w); len(fw) >= 3 && !gen.has(hstr(fw)) {
				seen[fw] = true
			}
		}
	}
	writeFingerprinted(t, "vocab/general_en_extended", seen)
}

func writeFingerprinted(t *testing.T, base string, seen map[string]bool) {
	words := make([]string, 0, len(seen))
	fpSet := map[uint32]bool{}
	for w := range seen {
		words = append(words, w)
		fpSet[uint32(hstr(w)>>32)] = true
	}
	slices.Sort(words)
	fps := make([]uint32, 0, len(fpSet))
	for f := range fpSet {
		fps = append(fps, f)
	}
	slices.Sort(fps)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write([]byte(strings.Join(words, "\n") + "\n"))
	zw.Close()
	if err := os.WriteFile(base+".txt.gz", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(base+".fp", encodeForms(fps), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d words, %d fingerprints", base, len(words), len(fps))
}

// generateSpanishForms expands Debian hunspell-es (es_ES) with hunspell's
// unmunch into every inflected form, folds them like the other lists, drops
// those already in general_en/general_es and writes the rest as
// vocab/general_es_forms.txt.gz (the word list, source form, not embedded)
// and vocab/general_es_forms.fp (their sorted 32-bit fingerprints,
// embedded):
//
//	apt-get install hunspell-es hunspell-tools
func generateSpanishForms(t *testing.T) {
	out, err := exec.Command("unmunch", "/usr/share/hunspell/es_ES.dic", "/usr/share/hunspell/es_ES.aff").Output()
	if err != nil {
		t.Fatalf("unmunch: %v", err)
	}
	gen, _, err := loadGeneral()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, w := range strings.Split(string(out), "\n") {
		w = strings.TrimSpace(w)
		if w == "" || w[0] >= 'A' && w[0] <= 'Z' {
			continue
		}
		if r := []rune(w)[0]; r >= 0xC0 && r <= 0xDE {
			continue
		}
		if fw := foldWord(w); len(fw) >= 3 {
			if _, ok := gen.m[hstr(fw)]; !ok {
				seen[fw] = true
			}
		}
	}
	words := make([]string, 0, len(seen))
	fpSet := map[uint32]bool{}
	for w := range seen {
		words = append(words, w)
		fpSet[uint32(hstr(w)>>32)] = true
	}
	slices.Sort(words)
	fps := make([]uint32, 0, len(fpSet))
	for f := range fpSet {
		fps = append(fps, f)
	}
	slices.Sort(fps)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write([]byte(strings.Join(words, "\n") + "\n"))
	zw.Close()
	if err := os.WriteFile("vocab/general_es_forms.txt.gz", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("vocab/general_es_forms.fp", encodeForms(fps), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("vocab/general_es_forms: %d words, %d fingerprints", len(words), len(fps))
}

// TestSpanishFormsMatchList: the embedded fingerprints are exactly those of
// the shipped word list (so the list is the source of the binary data).
func TestSpanishFormsMatchList(t *testing.T) {
	f, err := os.Open("vocab/general_es_forms.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	set := map[uint32]bool{}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if w := sc.Text(); w != "" {
			set[uint32(hstr(w)>>32)] = true
		}
	}
	gen, _, err := loadGeneral()
	if err != nil {
		t.Fatal(err)
	}
	if len(set) != len(gen.forms) {
		t.Fatalf("list has %d fingerprints, embedded file %d", len(set), len(gen.forms))
	}
	for _, fp := range gen.forms {
		if !set[fp] {
			t.Fatalf("embedded fingerprint %08x not from the list", fp)
		}
	}
}

// TestDecodeForms: a damaged fingerprint file is an error, never a panic.
func TestDecodeForms(t *testing.T) {
	good := encodeForms([]uint32{1, 5, 1 << 31, 1<<32 - 1})
	if got, err := decodeForms(good); err != nil || len(got) != 4 || got[3] != 1<<32-1 {
		t.Fatalf("round trip: %v %v", got, err)
	}
	for _, bad := range [][]byte{nil, []byte("nope"), good[:len(good)-1], append(slices.Clone(good), 0),
		append([]byte(fpMagic), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01)} {
		if _, err := decodeForms(bad); err == nil {
			t.Errorf("accepted %x", bad)
		}
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
	for _, w := range []string{"shipped", "refill", "wasnt", "presion", "pedido", "enviado", "manana",
		"tiene", "llamenos", "escribio", "inicie", "llegara", "recogerla"} {
		if !gen.has(hstr(w)) {
			t.Errorf("%q not in the general lists", w)
		}
	}
}
