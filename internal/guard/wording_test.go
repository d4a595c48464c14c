package guard

import (
	"reflect"
	"testing"
)

// TestWordingMatchesTemplate: template wording prepared once (NewWording,
// Context.Wording) gives the findings the same texts give in
// Context.Template, whole or split between the two, on every corpus item
// that has template wording; and on some of them the wording matters
// (without it the findings differ), so the comparison can fail.
func TestWordingMatchesTemplate(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	items := allCorpus(t)
	// Notices that repeat sealed words the category's wording also uses:
	// the wording is what keeps them clean.
	sealed := []string{"Your cardiology results were reviewed", "The cardiology team noted mild regurgitation at the follow-up visit."}
	for i, text := range []string{
		"Your cardiology team sent you a message",
		"A follow-up visit note from the cardiology team is ready",
		"<p>Your <b>cardiology</b> team sent you a message.</p>",
	} {
		items = append(items, corpusItem{ID: "wording", Text: text, HTML: i == 2, Context: &corpusContext{
			Sealed:   sealed,
			Template: []string{"Your cardiology team sent you a message", "A follow-up visit note from the cardiology team is ready", "Sign in to read it."},
		}})
	}
	compared, mattered := 0, 0
	for _, it := range items {
		if it.Context == nil || len(it.Context.Template) == 0 {
			continue
		}
		m, err := ParseMode(it.Mode)
		if err != nil {
			t.Fatal(err)
		}
		name := "text"
		if it.HTML {
			name = "html"
		}
		n := Notice{Fields: []Field{{Name: name, Text: it.Text, HTML: it.HTML}}}
		base := Context{Identity: it.Context.Identity, Sealed: it.Context.Sealed, AllowURLs: it.Context.AllowURLs}
		check := func(c Context) []Finding {
			fs, err := g.Check(n, &c, m)
			if err != nil {
				t.Fatal(err)
			}
			return fs
		}
		tmpl := it.Context.Template
		withTemplate := base
		withTemplate.Template = tmpl
		want := check(withTemplate)
		withWording := base
		withWording.Wording = NewWording(tmpl)
		split := base
		split.Template = tmpl[:len(tmpl)/2]
		split.Wording = NewWording(tmpl[len(tmpl)/2:])
		for name, c := range map[string]Context{"wording": withWording, "split": split} {
			if got := check(c); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %q: findings %v, with Template %v", name, it.Text, got, want)
			}
		}
		compared++
		if !reflect.DeepEqual(check(base), want) {
			mattered++
		}
	}
	if compared == 0 || mattered == 0 {
		t.Fatalf("%d corpus items with template wording, %d where it changes the findings: the test compares nothing", compared, mattered)
	}
	t.Logf("%d items compared; the wording changes the findings of %d", compared, mattered)
}
