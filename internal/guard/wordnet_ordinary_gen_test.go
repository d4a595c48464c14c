package guard

// The generator of vocab/wordnet_ordinary.txt: the single words that
// TestGenerateWordNet leaves out because they are ordinary English ("mumps",
// "tinnitus", "hemorrhoid"), kept when WordNet's most frequent noun sense of
// the word is medical and the word has no verb or adjective sense.

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

// TestGenerateWordNetOrdinary rebuilds vocab/wordnet_ordinary.txt from
// Princeton WordNet 3.0 (Debian wordnet-base; see vocab/README.md), run
// like TestGenerateWordNet:
//
//	GUARD_GEN_WORDNET=1 GUARD_WORDNET_DIR=/tmp/wn/usr/share/wordnet \
//	    GUARD_WAMERICAN=/tmp/wn/usr/share/dict/american-english \
//	    go test ./internal/guard -run TestGenerateWordNetOrdinary -count=1
//
// A lemma of index.noun is kept when it is one word of 3+ letters (letters
// and hyphens) that TestGenerateWordNet leaves out as ordinary English (in
// general_en or common_words.txt), and
//   - its first sense in index.noun (WordNet orders senses by frequency)
//     lies under the medical synsets of wordnetRoots or
//     wordnetOrdinaryRoots (not under wordnetExcluded);
//   - it has one noun sense, or all its noun senses are medical, or its
//     first sense was tagged more often in WordNet's semantic concordance
//     (cntlist.rev) than all its other noun senses together ("complaint":
//     3 against 3, left out; "injury": 13 against 7);
//   - it has no sense in index.verb or index.adj ("cold", "cast", "stroke"
//     are verbs or adjectives too), is no gerund of a verb ("bleeding",
//     "spaying") and no plural of a noun whose first sense is not medical
//     ("spots", "shingles", "hives");
//   - it is no stop word, drug-class head, given or family name, proper
//     noun of Debian wamerican, nor a lemma of a root synset or a head word
//     of the compositional rules ("disease", "therapy", "infection": class
//     words that name no condition), nor one of wordnetOrdinaryLeftOut.
//
// Its section is the kind of the root its first sense lies under; words
// under the instrument and prosthesis roots are left out (shop goods). The
// output is the same run to run.
func TestGenerateWordNetOrdinary(t *testing.T) {
	dir := wordnetDir(t)
	syn := readWordNetNouns(t, dir)
	// the kind of every medical synset: that of the first root reaching it
	kindOf := map[int]Kind{}
	excluded := map[int]bool{}
	for _, o := range wordnetExcluded {
		excluded[o] = true
	}
	roots := append(slices.Clone(wordnetRoots), wordnetOrdinaryRoots...)
	for _, r := range roots {
		var walk func(o int)
		walk = func(o int) {
			if excluded[o] {
				return
			}
			if _, seen := kindOf[o]; seen {
				return
			}
			s := syn[o]
			if s == nil {
				t.Fatalf("synset %08d not found", o)
			}
			kindOf[o] = r.kind
			for _, h := range s.hypo {
				walk(h)
			}
		}
		walk(r.offset)
	}
	// words with a verb or adjective sense, verbs apart for gerunds
	other, verbs := map[string]bool{}, map[string]bool{}
	for _, name := range []string{"index.verb", "index.adj"} {
		readWordNetIndex(t, filepath.Join(dir, name), func(lemma string, _ []int) {
			other[lemma] = true
			if name == "index.verb" {
				verbs[lemma] = true
			}
		})
	}
	// the first sense of every noun, for plurals of other nouns
	first := map[string]int{}
	readWordNetIndex(t, filepath.Join(dir, "index.noun"), func(lemma string, senses []int) { first[lemma] = senses[0] })
	nonMedical := func(w string) bool {
		o, ok := first[w]
		if !ok {
			return false
		}
		_, med := kindOf[o]
		return !med
	}
	// tag counts of noun senses: lemma -> sense number -> count
	counts := map[string]map[int]int{}
	if data, err := os.ReadFile(filepath.Join(dir, "cntlist.rev")); err != nil {
		t.Fatal(err)
	} else {
		for _, l := range strings.Split(string(data), "\n") {
			fs := strings.Fields(l)
			if len(fs) != 3 || !strings.Contains(fs[0], "%1:") {
				continue
			}
			lemma := fs[0][:strings.IndexByte(fs[0], '%')]
			n, _ := strconv.Atoi(fs[1])
			c, _ := strconv.Atoi(fs[2])
			if counts[lemma] == nil {
				counts[lemma] = map[int]int{}
			}
			counts[lemma][n] += c
		}
	}
	gen, _, err := loadGeneral()
	if err != nil {
		t.Fatal(err)
	}
	common, skip, skipH := map[string]bool{}, map[string]bool{}, map[uint64]bool{}
	for _, name := range []string{"common_words.txt", "stopwords.txt", "first_names.txt", "last_names.txt"} {
		data, err := vocabFS.ReadFile("vocab/" + name)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); l == "" || l[0] == '#' {
				continue
			}
			for _, w := range strings.Fields(strings.ToLower(l)) {
				if name == "common_words.txt" {
					common[w] = true
				} else {
					skip[w] = true
				}
			}
		}
	}
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
			skip[strings.ToLower(l)] = true
		}
	}
	for _, r := range wordnetRoots {
		for _, w := range syn[r.offset].words {
			skip[strings.ToLower(w)] = true
		}
	}
	for _, set := range []map[uint64]bool{setKeys(conditionHeads), setKeys(conditionHeadsES), setKeys(bodyHeads), setKeys(subjectHeads), setKeys(deviceHeads), setKeys(labHeads)} {
		for h := range set {
			skipH[h] = true
		}
	}
	byKind := map[Kind][]string{}
	readWordNetIndex(t, filepath.Join(dir, "index.noun"), func(lemma string, senses []int) {
		if len(lemma) < 3 || strings.Trim(lemma, "abcdefghijklmnopqrstuvwxyz-") != "" || lemma[0] == '-' || lemma[len(lemma)-1] == '-' {
			return
		}
		k, medical := kindOf[senses[0]]
		if !medical || other[lemma] || skip[lemma] || skipH[hstr(lemma)] || classHeads.get(hstr(lemma)) || wordnetOrdinaryLeftOut[lemma] {
			return
		}
		// a gerund of a verb ("bleeding", "altering", "spaying") is the verb
		if b, ok := strings.CutSuffix(lemma, "ing"); ok && (verbs[b] || verbs[b+"e"] || len(b) > 2 && b[len(b)-1] == b[len(b)-2] && verbs[b[:len(b)-1]]) {
			return
		}
		// the plural of a noun used otherwise ("spots", "shingles", "hives")
		if b, ok := strings.CutSuffix(lemma, "s"); ok && (nonMedical(b) || nonMedical(strings.TrimSuffix(b, "e"))) {
			return
		}
		if len(senses) > 1 && slices.ContainsFunc(senses, func(o int) bool { _, ok := kindOf[o]; return !ok }) {
			c, rest := counts[lemma], 0
			for n, v := range c {
				if n != 1 {
					rest += v
				}
			}
			if c[1] <= rest {
				return
			}
		}
		// only what TestGenerateWordNet leaves out as ordinary English
		// (abbreviations such as "nec", "ppp" are not ordinary words)
		if !common[lemma] && !gen.english(hstr(foldWord(lemma))) {
			return
		}
		byKind[k] = append(byKind[k], lemma)
	})
	var out strings.Builder
	out.WriteString(wordnetOrdinaryHeader)
	// instruments of ordinary words are shop goods ("scalpel", "stethoscope"
	// for a craft or a costume), as TestGenerateWordNet leaves out devices
	// made of ordinary words only
	for _, k := range []Kind{KindCondition, KindMedication, KindProcedure} {
		terms := byKind[k]
		slices.Sort(terms)
		fmt.Fprintf(&out, "\n[%s]\n", k)
		for _, w := range terms {
			out.WriteString(w + "\n")
		}
	}
	if err := os.WriteFile("vocab/wordnet_ordinary.txt", []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// wordnetOrdinaryRoots: medical synsets of WordNet 3.0 beyond wordnetRoots
// whose members are mostly ordinary words, used for wordnet_ordinary.txt
// only (wordnet_medical.txt is unchanged by them).
var wordnetOrdinaryRoots = []struct {
	offset int
	name   string
	kind   Kind
}{
	{13533470, "pathologic process (metastasis)", KindCondition},
	{9286200, "gallstone", KindCondition},
	{14046202, "pregnancy", KindCondition},
	{15154462, "menopause", KindCondition},
}

// wordnetOrdinaryLeftOut: words that pass the tests above but are shop
// goods or name no one's health in everyday use.
var wordnetOrdinaryLeftOut = map[string]bool{
	"aromatherapy": true, // candles, oils
	"polygraph":    true, // a lie detector
	"stigmata":     true, // religious
	"xenophobia":   true, // an attitude
	"frenzy":       true, // "shopping frenzy"
	"weal":         true, // "the common weal"
	"physic":       true, // archaic
	"downer":       true, // slang for a sad thing
	"dysfunction":  true, // "family dysfunction"
	"antidote":     true, // "the antidote to boring workouts"
}

// readWordNetIndex calls fn with every lemma of a WordNet index file and
// its synset offsets in sense order (most frequent first).
func readWordNetIndex(t *testing.T, path string, fn func(lemma string, senses []int)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // licence header
		}
		// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
		fs := strings.Fields(line)
		if len(fs) < 6 {
			continue
		}
		n, _ := strconv.Atoi(fs[2])
		pc, _ := strconv.Atoi(fs[3])
		offs := fs[4+pc+2:]
		if len(offs) != n {
			t.Fatalf("%s: bad line %q", path, line)
		}
		senses := make([]int, n)
		for i, o := range offs {
			senses[i], _ = strconv.Atoi(o)
		}
		fn(fs[0], senses)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

const wordnetOrdinaryHeader = `# Ordinary words that are clinical, from Princeton WordNet 3.0 (Debian
# package wordnet-base 1:3.0-37, /usr/share/wordnet/index.noun and
# data.noun): single words that are ordinary English (so
# wordnet_medical.txt leaves them out) whose most frequent noun sense lies
# under the medical synsets of wordnet_medical.txt (or pathologic process,
# gallstone, pregnancy, menopause), that is not used more often in another
# sense, and that has no verb or adjective sense. Reported only in a personal or health frame ("your X program",
# "managing X"; ordinary.go). WordNet 3.0 Copyright 2006 by Princeton
# University; used under the WordNet licence (vocab/README.md). Generated
# by TestGenerateWordNetOrdinary (wordnet_ordinary_gen_test.go); do not
# edit by hand.
`
