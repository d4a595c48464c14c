package web

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestCatalogsComplete: every key is in every language, every key the
// templates and handlers use exists, and the format verbs agree.
func TestCatalogsComplete(t *testing.T) {
	for lang, cat := range catalogs {
		for k, v := range catalogEN {
			w, ok := cat[k]
			if !ok {
				t.Errorf("%s: key %q missing", lang, k)
				continue
			}
			if verbs(v) != verbs(w) {
				t.Errorf("%s: %q has verbs %q, English %q", lang, k, verbs(w), verbs(v))
			}
		}
		for k := range cat {
			if _, ok := catalogEN[k]; !ok {
				t.Errorf("%s: key %q is not in English", lang, k)
			}
		}
	}
	used := map[string]bool{}
	tmplRE := regexp.MustCompile(`\.(?:T|TN) "([a-zA-Z.]+)"`)
	goRE := regexp.MustCompile(`"((?:[a-z]+)\.[a-zA-Z]+(?:\.[a-zA-Z0-9]+)*)"`)
	files, _ := filepath.Glob("templates/*.html")
	gofiles, _ := filepath.Glob("*.go")
	for _, f := range append(files, gofiles...) {
		if strings.HasSuffix(f, "_test.go") || strings.HasPrefix(f, "catalog_") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		re := tmplRE
		if strings.HasSuffix(f, ".go") {
			re = goRE
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
		}
	}
	var missing []string
	for k := range used {
		_, ok := catalogEN[k]
		_, one := catalogEN[k+".one"]
		if !ok && !one && !strings.Contains(k, ".html") && !strings.Contains(k, "example") && !strings.HasPrefix(k, "templates.") {
			missing = append(missing, k)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("keys used but not in the catalog: %q", missing)
	}
	if len(used) < 50 {
		t.Fatalf("found only %d keys in use: the scan is broken", len(used))
	}
}

func verbs(s string) string {
	return strings.Join(regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z]`).FindAllString(s, -1), " ")
}

// TestServiceTextsSentenceCase: what the pages show instead of the
// service's texts starts with a capital and ends with a full stop.
func TestServiceTextsSentenceCase(t *testing.T) {
	for detail, k := range serviceTexts {
		for lang := range catalogs {
			v := translate(lang, k)
			if v == k || !strings.HasSuffix(v, ".") || strings.ToUpper(v[:1]) != v[:1] && !strings.HasPrefix(v, "¿") {
				t.Errorf("%s: %q → %q (%s) is not a sentence", lang, detail, k, v)
			}
		}
	}
}

func TestPickLang(t *testing.T) {
	for _, c := range []struct{ locale, accept, want string }{
		{"", "", "en"},
		{"es", "", "es"},
		{"es-MX", "en-US", "es"},
		{"en", "es-ES,es;q=0.9", "en"},
		{"", "es-ES,es;q=0.9,en;q=0.8", "es"},
		{"", "fr-FR,es;q=0.5", "es"},
		{"", "fr-FR", "en"},
		{"fr", "es", "es"},
		{"", "garbage;;;q", "en"},
		{"", strings.Repeat("es,", 400), "en"},
	} {
		if got := pickLang(c.locale, c.accept); got != c.want {
			t.Errorf("pickLang(%q, %q) = %q, want %q", c.locale, c.accept, got, c.want)
		}
	}
}

func TestFormatTime(t *testing.T) {
	at := time.Date(2026, 12, 3, 16, 20, 0, 0, time.UTC)
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone data")
	}
	mx, _ := time.LoadLocation("America/Mexico_City")
	for _, c := range []struct {
		lang string
		loc  *time.Location
		want string
	}{
		{"en", time.UTC, "Thu 3 Dec 2026, 16:20 (UTC)"},
		{"en", ny, "Thu 3 Dec 2026, 11:20 (New York time)"},
		{"es", mx, "jue 3 dic 2026, 10:20 (hora de Mexico City)"},
	} {
		if got := formatTime(c.lang, c.loc, at); got != c.want {
			t.Errorf("%s %s: %q, want %q", c.lang, c.loc, got, c.want)
		}
	}
}

func TestGroupSecret(t *testing.T) {
	if got := GroupSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"); got != "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP" {
		t.Fatalf("%q", got)
	}
}

// FuzzPickLang: any Accept-Language or locale picks English or Spanish,
// never fails.
func FuzzPickLang(f *testing.F) {
	for _, s := range []string{"", "es", "es-MX,es;q=0.9,en;q=0.8", "*", "en;q=0", "x-klingon;q=1.0", ";;;", "es-419"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, locale, accept string) {
		if got := pickLang(locale, accept); got != "en" && got != "es" {
			t.Fatalf("pickLang(%q, %q) = %q", locale, accept, got)
		}
	})
}
