package guard

import "testing"

// TestStatementPeriod: a statement code of a year and a month passes; a
// claim code, a care word, a record word or more digits keep it reported.
func TestStatementPeriod(t *testing.T) {
	g := newTestGuard(t)
	check := func(s string) []Finding {
		t.Helper()
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: s}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		return fs
	}
	pass := []string{
		"Statement #ST-2024-09 is ready. Pay online or call 800-555-0155.",
		"Statement ST-2023-11 is now available in your billing portal.",
		"Your statement #ST-2024-12 is ready to view.",
	}
	for _, txt := range pass {
		if r := check(txt); hasRule(r, "id.prefixed") {
			t.Errorf("reported %q: %+v", txt, r)
		}
	}
	keep := []string{
		"Statement #ST-2024-13 is ready.",
		"Statement #ST-2024-0917 is ready.",
		"Statement #ST-2024-09 for patient John Smith is ready.",
		"Statement #ST-2024-09 for member 55120 is ready.",
	}
	for _, txt := range keep {
		if r := check(txt); !hasRule(r, "id.prefixed") {
			t.Errorf("passed %q", txt)
		}
	}
}
