package guard

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestGenerateWordNet rebuilds vocab/wordnet_medical.txt from Princeton
// WordNet 3.0 as packaged by Debian (see vocab/README.md):
//
//	apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wn
//	GUARD_GEN_WORDNET=1 GUARD_WORDNET_DIR=/tmp/wn/usr/share/wordnet \
//	    go test ./internal/guard -run TestGenerateWordNet -count=1
//
// (GUARD_WORDNET_DIR defaults to /usr/share/wordnet, where
// `apt-get install wordnet-base` puts it.) It takes every noun under the
// medical synsets of wordnetRoots (through hyponym and instance-hyponym
// links) but those of wordnetExcluded, keeps lemmas of 4+ letters and at
// most three words that the hand-written clinical lists do not hold. Left
// out: a single word that is ordinary English or Spanish (the general
// lists), a common or stop word ("refill", "lotion", "trash" say nothing
// alone) or a drug-class head of drugclass.go ("blocker"), a single word
// that is a proper noun of Debian wamerican (GUARD_WAMERICAN, default
// /usr/share/dict/american-english; `apt-get install wamerican`) — as often a shop, brand or place ("Bayer") — and a
// drug or device of ordinary words only ("lip balm", "cough drop"). A
// condition or procedure of ordinary words only ("hay fever") is flagged
// `a` (needs a health cue nearby). The output is the same run to run.
func TestGenerateWordNet(t *testing.T) {
	dir := wordnetDir(t)
	syn := readWordNetNouns(t, dir)
	gen, _, err := loadGeneral()
	if err != nil {
		t.Fatal(err)
	}
	common, stop := map[string]bool{}, map[string]bool{}
	for _, name := range []string{"vocab/common_words.txt", "vocab/stopwords.txt"} {
		data, err := vocabFS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
				common[strings.ToLower(l)] = true
				stop[strings.ToLower(l)] = true
			}
		}
	}
	// proper nouns of Debian wamerican (brands, places, people: "Bayer",
	// "Irish") are ambiguous too
	wa := os.Getenv("GUARD_WAMERICAN")
	if wa == "" {
		wa = "/usr/share/dict/american-english"
	}
	waData, err := os.ReadFile(wa)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(waData), "\n") {
		if l != "" && l[0] >= 'A' && l[0] <= 'Z' && !strings.Contains(l, "'") {
			common[strings.ToLower(l)] = true
		}
	}
	// terms the hand-written lists already hold keep their flags there
	listed := map[string]bool{}
	for _, name := range []string{"medications.txt", "conditions.txt", "labs_procedures.txt", "clinical_es.txt", "supplies.txt", "association.txt"} {
		data, err := vocabFS.ReadFile("vocab/" + name)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if i := strings.IndexByte(l, '|'); i >= 0 {
				l = l[:i]
			}
			listed[strings.ToLower(strings.TrimSpace(l))] = true
		}
	}
	excluded := map[int]bool{}
	for _, o := range wordnetExcluded {
		excluded[o] = true
	}
	var out strings.Builder
	out.WriteString(wordnetHeader)
	seen := map[string]bool{}
	for _, r := range wordnetRoots {
		var terms []string
		var walk func(o int)
		visited := map[int]bool{}
		walk = func(o int) {
			if visited[o] || excluded[o] {
				return
			}
			visited[o] = true
			s := syn[o]
			if s == nil {
				t.Fatalf("synset %08d not found", o)
			}
			for _, w := range s.words {
				if i := strings.IndexByte(w, '('); i >= 0 {
					w = w[:i]
				}
				w = strings.ReplaceAll(w, "_", " ")
				if !wordnetKeep(w) || seen[strings.ToLower(w)] || listed[strings.ToLower(w)] {
					continue
				}
				seen[strings.ToLower(w)] = true
				terms = append(terms, w)
			}
			for _, h := range s.hypo {
				walk(h)
			}
		}
		walk(r.offset)
		slices.SortFunc(terms, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
		fmt.Fprintf(&out, "\n# WordNet synset %08d (%s) and its hyponyms\n[%s]\n", r.offset, r.name, r.kind)
		for _, w := range terms {
			lw := strings.ToLower(w)
			ordinary := func(x string) bool { return common[x] || gen.has(hstr(foldWord(x))) }
			if !strings.ContainsAny(lw, " -") {
				// class words ("blocker", "agonist") name a drug only with a
				// modifier (compose.drug_class, drugclass.go)
				if gen.has(hstr(foldWord(lw))) || stop[lw] || classHeads.get(hstr(lw)) || wordnetBritishOrdinary[lw] {
					continue // ordinary words ("refill", "lotion", "trash") say nothing alone
				}
				if common[lw] {
					continue // proper nouns: as often a shop, brand or place ("Bayer")
				}
			} else if !slices.ContainsFunc(strings.FieldsFunc(lw, func(r rune) bool { return r == ' ' || r == '-' }), func(x string) bool { return !ordinary(x) }) {
				if r.kind != KindCondition && r.kind != KindProcedure {
					continue // every word ordinary: "lip balm", "cough drop" are shop goods
				}
				w += "|a" // "sore throat", "hay fever"
			}
			out.WriteString(w + "\n")
		}
	}
	if err := os.WriteFile("vocab/wordnet_medical.txt", []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d synset lemmas seen", len(seen))
}

// wordnetBritishOrdinary: British spellings of ordinary American words
// whose medical sense is archaic, left out like the ordinary words: a
// "draught" (draft) is a dose of medicine only in old British usage, and
// a beer, a current of air or a game in notices ("Your draught beer
// order"). Not every British spelling: "oedema", "haematoma" are clinical.
var wordnetBritishOrdinary = map[string]bool{"draught": true}

// wnSynset is one synset of WordNet's data.noun: its lemmas and its
// hyponyms (hyponym and instance-hyponym links).
type wnSynset struct {
	words []string
	hypo  []int
}

// wordnetDir skips the test unless GUARD_GEN_WORDNET=1 and returns the
// WordNet directory (GUARD_WORDNET_DIR, default /usr/share/wordnet, where
// `apt-get install wordnet-base` puts it).
func wordnetDir(t *testing.T) string {
	t.Helper()
	if os.Getenv("GUARD_GEN_WORDNET") != "1" {
		t.Skip("set GUARD_GEN_WORDNET=1")
	}
	if dir := os.Getenv("GUARD_WORDNET_DIR"); dir != "" {
		return dir
	}
	return "/usr/share/wordnet"
}

// readWordNetNouns reads data.noun of the WordNet directory dir into a map
// from synset offset to synset.
func readWordNetNouns(t *testing.T, dir string) map[int]*wnSynset {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "data.noun"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	syn := map[int]*wnSynset{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // licence header
		}
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		fs := strings.Fields(line)
		off, _ := strconv.Atoi(fs[0])
		wc, _ := strconv.ParseInt(fs[3], 16, 32)
		s := &wnSynset{}
		p := 4
		for range wc {
			s.words = append(s.words, fs[p])
			p += 2
		}
		pc, _ := strconv.Atoi(fs[p])
		p++
		for range pc {
			sym, target := fs[p], fs[p+1]
			if sym == "~" || sym == "~i" {
				o, _ := strconv.Atoi(target)
				s.hypo = append(s.hypo, o)
			}
			p += 4
		}
		syn[off] = s
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return syn
}

// wordnetRoots: the medical synsets of WordNet 3.0 (data.noun offsets).
var wordnetRoots = []struct {
	offset int
	name   string
	kind   Kind
}{
	{14061805, "illness", KindCondition},
	{14052403, "disorder", KindCondition},
	{14083790, "mental disorder", KindCondition},
	{14304060, "syndrome", KindCondition},
	{14299637, "symptom", KindCondition},
	{14174549, "infection", KindCondition},
	{14235200, "tumor, neoplasm", KindCondition},
	{14062725, "addiction", KindCondition},
	{14204950, "pathology", KindCondition},
	{14285662, "injury", KindCondition},
	{3740161, "medicine, medication", KindMedication},
	{3247620, "drug", KindMedication},
	{4517535, "vaccine", KindMedication},
	{2716866, "antibiotic", KindMedication},
	{1024392, "medical procedure", KindProcedure},
	{671351, "surgery, operation", KindProcedure},
	{661091, "therapy", KindProcedure},
	{3739693, "medical instrument", KindDevice},
	{4013729, "prosthesis", KindDevice},
}

// wordnetExcluded: subtrees left out because their members are mostly
// ordinary goods or words that reveal nothing about a person's health.
var wordnetExcluded = []int{
	7884567,  // alcohol, alcoholic beverage (wines, beers, spirits: shop goods)
	4442831,  // tobacco (products)
	14276936, // plant disease
	14253124, // animal disease
	14325220, // Passion of Christ
}

// wordnetKeep: 4+ letters, letters, spaces, hyphens and apostrophes only,
// at most three words.
func wordnetKeep(w string) bool {
	if len(w) < 4 || strings.Count(w, " ") > 2 {
		return false
	}
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == ' ', r == '-', r == '\'':
		default:
			return false
		}
	}
	return true
}

const wordnetHeader = `# Medical nouns from Princeton WordNet 3.0 (Debian package wordnet-base
# 1:3.0-37, /usr/share/wordnet/data.noun): every noun under the medical
# synsets named in the section comments (diseases, disorders, symptoms,
# infections, tumours, injuries, drugs and medicines, vaccines, medical
# procedures, surgery, therapy, medical instruments, prostheses), through
# hyponym links. WordNet 3.0 Copyright 2006 by Princeton University; used
# under the WordNet licence (vocab/README.md). Generated by
# TestGenerateWordNet (wordnet_gen_test.go); do not edit by hand.
# Flags after "|": a = an ordinary English word, needs a nearby health cue.
`
