package service

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// Fuzz the edge parsers of patient access: usernames, attachment file names
// and media types. Whatever they accept must satisfy the invariants the rest
// of the code (and the Content-Disposition header) relies on.

func FuzzNormUsername(f *testing.F) {
	for _, s := range []string{"pat@example.org", " PAT.Example ", "ab", "ﬁle", "Ａｄｍｉｎ", "a b", "x\u0000y", strings.Repeat("a", 70)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		u, ok := normUsername(in)
		if !ok {
			return
		}
		n := utf8.RuneCountInString(u)
		if n < 3 || n > 64 || u != strings.ToLower(u) || strings.TrimSpace(u) != u {
			t.Fatalf("accepted %q as %q", in, u)
		}
		for _, r := range u {
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("._-+@", r)) {
				t.Fatalf("accepted %q with %q", u, r)
			}
		}
		if again, ok := normUsername(u); !ok || again != u {
			t.Fatalf("not idempotent: %q → %q", u, again)
		}
	})
}

func FuzzCleanName(f *testing.F) {
	for _, s := range []string{"report.pdf", "../../etc/passwd", `C:\x\y.txt`, "", ".", "a\"b", "a\r\nb", "résumé.docx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		n, ok := cleanName(in)
		if !ok {
			return
		}
		if n == "" || n == "." || n == ".." || len(n) > 255 || !utf8.ValidString(n) || strings.ContainsAny(n, "/\\\"") {
			t.Fatalf("accepted %q as %q", in, n)
		}
		for _, r := range n {
			if unicode.IsControl(r) {
				t.Fatalf("control character in %q", n)
			}
		}
	})
}

func FuzzCleanType(f *testing.F) {
	for _, s := range []string{"application/pdf", "text/plain; charset=utf-8", "image/png; x=1", "nonsense", "a/b; charset=\"x\r\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		ct, ok := cleanType(in)
		if !ok {
			return
		}
		if !strings.Contains(ct, "/") || strings.ContainsAny(ct, "\r\n") {
			t.Fatalf("accepted %q as %q", in, ct)
		}
		if again, ok := cleanType(ct); !ok || again != ct {
			t.Fatalf("not stable: %q → %q", ct, again)
		}
	})
}
