package guard

// Tests of the external medical dictionaries (sysvocab.go): the loader on
// small fixtures written here (our own words, never the GPL file), the
// dictionary.term rule on a fixture, and — when the test environment names
// the real dictionary (SEALPOST_GUARD_DICTIONARY, set by scripts/test) —
// the rule on Debian hunspell-en-med.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dictEnv names the medical dictionary the tests use (scripts/test sets it
// to /usr/share/hunspell/en_med_glut.dic, installing hunspell-en-med).
const dictEnv = "SEALPOST_GUARD_DICTIONARY"

// testDictionaries returns the dictionaries named by SEALPOST_GUARD_DICTIONARY
// (a path list), or nil when it is unset: then a test that needs them
// (need) is skipped with the reason. A named file that is missing fails
// the test: the environment promised it.
func testDictionaries(t testing.TB, need bool) []string {
	t.Helper()
	v := os.Getenv(dictEnv)
	if v == "" {
		if need {
			t.Skipf("%s is not set: the real medical dictionary is not available (scripts/test installs hunspell-en-med and sets it)", dictEnv)
		}
		return nil
	}
	paths := filepath.SplitList(v)
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("%s names %s, which cannot be read: %v", dictEnv, p, err)
		}
	}
	return paths
}

// guardWithoutDict is guardWithout with the medical dictionaries loaded.
func guardWithoutDict(t testing.TB, f func(file, term string) bool, dicts []string) *Guard {
	t.Helper()
	g, err := New(Options{holdOut: f, MedicalDictionaries: dicts})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// fixtureDic is a small hunspell dictionary in the layout of
// en_med_glut.dic: a count, comment lines indented, word/FLAGS entries.
// The words are invented or ordinary; "zorblatine" and "Quenzadol" stand for
// a generic and a brand name, "Brindlemoor" for an eponym or place.
const fixtureDic = `9
    A fixture written for sealpost's tests.

zorblatine
Quenzadol
Brindlemoor/M
plenquitis/S
vexamy/S
table
HSA
drim
klorbex	po:noun
`

func writeFile(t *testing.T, name, data string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestMedDictLoad(t *testing.T) {
	dic := writeFile(t, "fixture.dic", fixtureDic)
	list := writeFile(t, "fixture.txt", "# a plain list\ntrelvaxine\n\nMorwenstat\n")
	g, err := New(Options{MedicalDictionaries: []string{dic, list}})
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]uint8{
		"zorblatine": dLower, "quenzadol": dCap, "brindlemoor": dCap,
		"plenquitis": dLower, "plenquitises": dLower, // S: -s → -es
		"vexamy": dLower, "vexamies": dLower, // S: consonant + y → -ies
		"klorbex":    dLower, // morphological field dropped
		"trelvaxine": dLower, "morwenstat": dCap,
		"table": 0,            // ordinary English: never reportable
		"hsa":   0, "drim": 0, // under five letters
		"zorblatines": 0, // no S flag, no plural
	}
	for w, want := range cases {
		if got := g.med.lookup(hstr(w)); got != want {
			t.Errorf("%s: case classes %b, want %b", w, got, want)
		}
	}
	if n := g.DictionaryTerms(); n != 10 {
		t.Errorf("DictionaryTerms = %d, want 10", n)
	}
	if n := (&Guard{}).DictionaryTerms(); n != 0 {
		t.Errorf("no dictionary: DictionaryTerms = %d", n)
	}
}

func TestMedDictFailClosed(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "absent.dic")
	if _, err := New(Options{MedicalDictionaries: []string{missing}}); err == nil || !strings.Contains(err.Error(), "absent.dic") {
		t.Errorf("missing dictionary: err = %v, want an error naming the file", err)
	}
	empty := writeFile(t, "empty.dic", "0\n")
	if _, err := New(Options{MedicalDictionaries: []string{empty}}); err == nil {
		t.Error("dictionary without entries: no error")
	}
	dir := t.TempDir()
	if _, err := New(Options{MedicalDictionaries: []string{dir}}); err == nil {
		t.Error("directory as dictionary: no error")
	}
}

func TestPluralS(t *testing.T) {
	for in, want := range map[string]string{"vexamy": "vexamies", "relay": "relays", "rash": "rashes", "box": "boxes", "pill": "pills", "": ""} {
		if got := pluralS(in); got != want {
			t.Errorf("pluralS(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDictionaryTermRule(t *testing.T) {
	dic := writeFile(t, "fixture.dic", fixtureDic)
	g, err := New(Options{MedicalDictionaries: []string{dic}})
	if err != nil {
		t.Fatal(err)
	}
	plain, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	leaks := []string{
		"Your insurance now covers zorblatine.",
		"Zorblatine pickup reminder: we close at 9 pm.",
		"Questions about Quenzadol? Reply to this message.",
		"We shipped your Quenzadol today.",
		"Price update for Quenzadol in your cart.",
		"Switching to generic Quenzadol saves you money.", // drugBefore
		"Your Plenquitises Education Class Starts Soon",
		"YOUR KLORBEX ORDER SHIPPED",
		// pharmacy words after a capitalised-only entry leave it the item
		"Quenzadol pickup reminder: we close at 9 pm.",
		"Your Quenzadol prescription copay is $10.",
		"Su Quenzadol receta está lista.",
	}
	for _, n := range leaks {
		fs, err := g.CheckText(n, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range fs {
			if f.Rule == "dictionary.term" {
				found = true
				if !strings.Contains(f.Reason, "medical dictionary") || f.Fix != fixDictionary || f.Confidence >= 0.85 {
					t.Errorf("%q: finding %+v", n, f)
				}
			}
		}
		if !found {
			t.Errorf("%q: no dictionary.term finding: %+v", n, fs)
		}
	}
	clean := []string{
		"Your Quenzadol lotion order is confirmed.", // a product head after a capitalised entry
		// a capitalised-only entry before an ordinary word is taken for a
		// brand or sender ("Aquaphor order", "Custer ships"): the same
		// writing for a drug brand is a known miss of this rule, except
		// before the pharmacy's own words (pickup, prescription, copay…)
		"Quenzadol subscription renews soon.",
		"Meet us at Brindlemoor on Saturday.", // place slot
		"A message from Brindlemoor about your order.",
		"The Brindlemoor office is closed today.",
		"Your table is booked.",
	}
	for _, n := range clean {
		fs, err := g.CheckText(n, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Rule == "dictionary.term" {
				t.Errorf("%q: flagged %+v", n, f)
			}
		}
	}
	// tenant approval and template wording clear it
	n := "Your insurance now covers zorblatine."
	for _, c := range []*Context{
		{Terms: []Term{{Text: "zorblatine", Kind: KindApproved}}},
		{Template: []string{"Your insurance now covers zorblatine."}},
	} {
		fs, err := g.CheckText(n, c, Standard)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Rule == "dictionary.term" {
				t.Errorf("%q with %+v: flagged %+v", n, c, f)
			}
		}
	}
	// no dictionary: the rule never fires
	fs, err := plain.CheckText("We shipped your Quenzadol today.", nil, Standard)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.Rule == "dictionary.term" {
			t.Errorf("without a dictionary: %+v", f)
		}
	}
}

// TestDictionaryReal checks the rule on the real dictionary (Debian
// hunspell-en-med), named by SEALPOST_GUARD_DICTIONARY.
func TestDictionaryReal(t *testing.T) {
	dicts := testDictionaries(t, true)
	g, err := New(Options{MedicalDictionaries: dicts})
	if err != nil {
		t.Fatal(err)
	}
	if n := g.DictionaryTerms(); n < 50000 {
		t.Errorf("DictionaryTerms = %d, want the tens of thousands of hunspell-en-med", n)
	}
	checkFlagged(t, g, true,
		"Your insurance now covers reserpine.",
		"Questions about Serax? Reply to this message.",
		"Price update for Pyridium in your cart.",
		"We shipped your Marplan today.",
		"Your pyemia education class starts soon.",
		"Nabumetone pickup reminder: we close at 9 pm.")
	checkFlagged(t, g, false,
		"Your Aveeno lotion order is confirmed.",
		"Your Cetaphil cleanser has shipped.",
		"See you Monday at our Chicago store.",
		"Your order has shipped and arrives Tuesday.",
		"Your HSA statement is ready.",
		"Your collagen powder order has shipped.") // consumerIngredients
}

// FuzzMedDict: any file content loads or fails cleanly, and every kept
// spelling is a reportable one (5+ letters, case classes set).
func FuzzMedDict(f *testing.F) {
	for _, s := range []string{fixtureDic, "", "0\n", "12\nabcdefg/S\n\tcomment\n#x\nÁrbolitis/SM\nx/\n/S\n", "\ufeff3\nzorblatine\n", "3\nzorblate/DNG\nquenify/X\nplimbar/N\nE/N\n"} {
		f.Add(s)
	}
	fr, err := sharedFrames()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data string) {
		d := &medDict{m: map[uint64]uint8{}}
		if err := d.read(strings.NewReader(data), &fr.gen); err != nil {
			return
		}
		for _, c := range d.m {
			if c == 0 || c&^(dLower|dCap) != 0 {
				t.Fatalf("case classes %b", c)
			}
		}
	})
}

// TestDictionaryTermPairs: a drug-class head after a word that names no
// drug ("rust inhibitor") and a salt after a mineral ("magnesium citrate")
// are household and supplement words, not reported by dictionary.term;
// the same words after a drug or alone in a clinical frame are.
func TestDictionaryTermPairs(t *testing.T) {
	list := writeFile(t, "pairs.txt", "inhibitor\ncitrate\nhydrochloride\nagonist\n")
	g, err := New(Options{MedicalDictionaries: []string{list}})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Your rust inhibitor spray has shipped.",
		"Your magnesium citrate order has shipped.",
		"Your calcium citrate chews are on the way.")
	checkFlagged(t, g, true,
		"We shipped your agonist today.",
		"Don't forget to take your zorblatine hydrochloride tonight.",
		"Questions about your citrate? Reply to this message.")
}
