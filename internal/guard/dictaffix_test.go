package guard

import "testing"

// TestDictionaryNounFlags: the en_US affix flags N and X of a dictionary
// entry give its -ion noun (issue 15, sixth pass): "zorblate/DNG" lists
// "zorblation", "quenify/X" "quenifications".
func TestDictionaryNounFlags(t *testing.T) {
	dic := writeFile(t, "affix.dic", "3\nzorblate/DNG\nquenify/X\nplimbar/N\n")
	g, err := New(Options{MedicalDictionaries: []string{dic}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Questions about zorblation? Reply to this message.", true},
		{"Your quenifications are ready.", true},
		{"Questions about plimbaren? Reply to this message.", true},
	} {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			got = got || f.Rule == "dictionary.term"
		}
		if got != c.want {
			t.Errorf("%q: dictionary.term=%v, want %v (%v)", c.text, got, c.want, fs)
		}
	}
	if suffixN("dilate", true) != "dilations" || suffixN("acidify", false) != "acidification" || suffixN("album", false) != "albumen" || suffixN("", false) != "" {
		t.Error("suffixN")
	}
}
