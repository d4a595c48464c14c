package guard

import (
	"bufio"
	"compress/gzip"
	"embed"
	"fmt"
	"strings"
	"sync"
)

type frameData struct {
	gen   general
	fuzzy fuzzyIndex
}

// sharedFrames loads the general vocabularies and the misspelling index
// once per process; they are read-only and shared by every Guard.
var sharedFrames = sync.OnceValues(func() (*frameData, error) {
	gen, _, err := loadGeneral()
	if err != nil {
		return nil, err
	}
	terms, err := fuzzyTerms(gen)
	if err != nil {
		return nil, err
	}
	return &frameData{gen: gen, fuzzy: buildFuzzy(terms)}, nil
})

// The frame detector (issue 15): a word that is not ordinary English or
// Spanish vocabulary (vocab/general_*.txt.gz), not in any built-in
// vocabulary, not a number or code (those have their own detectors) and
// not template wording (dropped in finish) is "suspicious". A suspicious
// word is reported when
//
//   - it sits in a clinical frame ("your … refill", "… care plan",
//     "su receta de …"): frame.clinical;
//   - it sits in a personal frame ("Hi …,", "pickup for …", "Hola …"):
//     frame.name; or two capitalised words "LAST, FIRST" of which one is
//     suspicious: frame.last_first;
//   - it has a drug or condition word ending (USAN/INN stems such as -mab,
//     -nib, -vir, -pril, -olol; -itis, -oma, -pathy): frame.morphology;
//   - it is one edit (insert, delete, substitute, transpose) or one
//     deletion on each side away from a medication or condition of the
//     built-in vocabularies: frame.misspelling.

//go:embed vocab/general_en.txt.gz vocab/general_es.txt.gz
var generalFS embed.FS

// general is the set of ordinary words (hashes of the lower-cased,
// diacritic-free spelling), shared by all Guards.
type general map[uint64]struct{}

func loadGeneral() (general, int, error) {
	g := make(general, 160000)
	n := 0
	for _, name := range []string{"vocab/general_en.txt.gz", "vocab/general_es.txt.gz"} {
		f, err := generalFS.Open(name)
		if err != nil {
			return nil, 0, fmt.Errorf("guard: vocabulary %s: %w", name, err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, 0, fmt.Errorf("guard: vocabulary %s: %w", name, err)
		}
		sc := bufio.NewScanner(zr)
		for sc.Scan() {
			w := sc.Text()
			if w == "" {
				continue
			}
			g[hstr(w)] = struct{}{}
			n++
		}
		err = sc.Err()
		zr.Close()
		f.Close()
		if err != nil {
			return nil, 0, fmt.Errorf("guard: vocabulary %s: %w", name, err)
		}
	}
	return g, n, nil
}

// fuzzyIndex maps the spelling of every single-word medication and
// condition of 6+ letters, and each spelling with one letter deleted, to
// the kind of the term (symmetric-delete matching, distance ≤ 2 for one
// deletion on each side).
type fuzzyIndex map[uint64]Kind

func buildFuzzy(terms map[string]Kind) fuzzyIndex {
	fx := make(fuzzyIndex, len(terms)*10)
	for t, k := range terms {
		fx[hstr(t)] = k
		for i := 0; i < len(t); i++ {
			fx[hstr(t[:i]+t[i+1:])] = k
		}
	}
	return fx
}

// fuzzyTerms collects the single-word terms of the clinical vocabularies
// that are safe to match approximately: 6+ letters, not flagged ambiguous
// or case-bound, not ordinary words.
func fuzzyTerms(gen general) (map[string]Kind, error) {
	out := map[string]Kind{}
	for _, f := range []struct {
		name string
		kind Kind
	}{{"medications.txt", KindMedication}, {"conditions.txt", KindCondition}} {
		data, err := vocabFS.ReadFile("vocab/" + f.name)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' || line[0] == '[' || strings.Contains(line, "|") {
				continue
			}
			t := strings.ToLower(line)
			if len(t) < 6 || strings.IndexFunc(t, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
				continue
			}
			if _, ok := gen[hstr(t)]; ok {
				continue
			}
			out[t] = f.kind
		}
	}
	return out, nil
}

// Frame cue words. Clinical cues after the word ("your X refill") and
// before it ("su receta de X", "refill of X"); greeting and pickup cues.
var (
	clinicalAfter = wordSet("refill refills prescription prescriptions rx dose doses dosage injection injections infusion infusions " +
		"treatment treatments therapy medication medications medicine pens pen sensor sensors supplies " +
		"diagnosis symptoms flare")
	// "X care plan", "X action plan": "plan" counts after one of these
	planWords      = wordSet("care action treatment diet")
	clinicalBefore = wordSet("refill prescription rx taking dose injection infusion treatment therapy diagnosed " +
		"receta recetas medicamento medicamentos tratamiento tratamientos dosis inyeccion terapia recarga resurtido " +
		"surtido suministros cuidado diagnostico sintomas")
	greetCues  = wordSet("hi hello hey dear hola estimado estimada estimados querido querida morning afternoon evening dias tardes noches")
	pickupCues = wordSet("pickup pick order orders ready prescription rx patient paciente para")
	colonCues  = wordSet("pickup patient paciente name nombre recipient")
	frameGlue  = wordSet("de del la el las los para of for your su sus my mi the a an")
)

func wordSet(s string) map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(s) {
		m[hstr(w)] = true
	}
	return m
}

var drugStems = []string{"mab", "nib", "vir", "pril", "olol", "sartan", "statin", "gliflozin", "glutide", "glitazone", "gliptin",
	"prazole", "dipine", "cycline", "mycin", "cillin", "floxacin", "xaban", "parin", "triptan", "setron", "lukast",
	"oxetine", "azepam", "azolam", "ciclib", "lisib", "cept", "kinra", "semide", "thiazide", "tinib", "tegravir", "previr",
	"buvir", "conazole", "profen", "caine", "dronate", "lutamide", "platin", "rubicin", "tidine", "zosin", "terol",
	"sonide", "olone", "asone", "trexate", "gepant", "lintide", "tropin"}
var conditionStems = []string{"itis", "osis", "oma", "pathy", "emia", "algia", "plegia", "ectomy", "ostomy", "otomy",
	"plasty", "scopy", "trophy", "penia", "uria", "cele", "ismo"}

// suspicious reports whether token i is a word of 3+ letters in no
// vocabulary, built-in or general, and not already part of a finding.
func (s *scanner) suspicious(i int) bool {
	if i < 0 || i >= len(s.toks) || s.used[i] {
		return false
	}
	t := &s.toks[i]
	if t.cls&tAlpha == 0 || t.w != nil || len(t.low) < 3 {
		return false
	}
	if _, ok := s.g.gen[t.h]; ok {
		return false
	}
	// the tenant's approved wording and the category's own template wording
	if s.p != nil && (s.p.approvedWord(t.h) || s.p.isTemplate(t.h)) {
		return false
	}
	// plural or possessive of an ordinary word
	if h := singularHash(t.low); h != 0 {
		if _, ok := s.g.gen[h]; ok {
			return false
		}
	}
	return true
}

// general reports whether token i is an ordinary English or Spanish word
// (or the plural of one).
func (s *scanner) general(i int) bool {
	t := &s.toks[i]
	if _, ok := s.g.gen[t.h]; ok {
		return true
	}
	if h := singularHash(t.low); h != 0 {
		if _, ok := s.g.gen[h]; ok {
			return true
		}
	}
	return false
}

// sameSentence: no sentence break between tokens a < b.
func (s *scanner) sameSentence(a, b int) bool {
	for k := a + 1; k <= b; k++ {
		if s.toks[k].sent || strings.ContainsAny(s.gap(k), ".;!?\n") {
			return false
		}
	}
	return true
}

func (s *scanner) scanFrames() {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		if !s.suspicious(i) {
			continue
		}
		low := s.toks[i].low
		if k, ok := s.g.fuzzy[s.toks[i].h]; ok && len(low) >= 6 {
			s.addTok(i, i, k, "frame.misspelling", 0.8, "is not ordinary vocabulary and is one or two letters from a "+string(k)+" name")
			continue
		}
		if len(low) >= 6 {
			if k, ok := s.fuzzyDeletes(low); ok {
				s.addTok(i, i, k, "frame.misspelling", 0.8, "is not ordinary vocabulary and is one or two letters from a "+string(k)+" name")
				continue
			}
		}
		if len(low) >= 6 {
			if k, st, ok := stemKind(low); ok {
				s.addTok(i, i, k, "frame.morphology", 0.7, "is not ordinary vocabulary and ends in '-"+st+"' like a "+string(k)+" name")
				continue
			}
		}
		if why, ok := s.clinicalFrame(i); ok {
			s.addTok(i, i, KindMedication, "frame.clinical", 0.7, "is not ordinary vocabulary and "+why)
			continue
		}
		if cue, ok := s.personalFrame(i); ok {
			s.addTok(i, i, KindName, "frame.name", 0.7, "is not ordinary vocabulary and follows '"+cue+"', where a name goes")
			continue
		}
		if j, ok := s.lastFirst(i); ok {
			s.addTok(min(i, j), max(i, j), KindName, "frame.last_first", 0.7, "are capitalised words in the form LAST, FIRST, one not ordinary vocabulary")
			continue
		}
	}
}

func (s *scanner) fuzzyDeletes(low string) (Kind, bool) {
	var buf [64]byte
	if len(low) > len(buf) {
		return "", false
	}
	for i := 0; i < len(low); i++ {
		b := append(append(buf[:0], low[:i]...), low[i+1:]...)
		if k, ok := s.g.fuzzy[hashBytes(fnvOffset, string(b))]; ok {
			return k, true
		}
	}
	return "", false
}

func stemKind(low string) (Kind, string, bool) {
	for _, st := range drugStems {
		if strings.HasSuffix(low, st) && len(low) >= len(st)+3 {
			return KindMedication, st, true
		}
	}
	for _, st := range conditionStems {
		if strings.HasSuffix(low, st) && len(low) >= len(st)+3 {
			return KindCondition, st, true
		}
	}
	return "", "", false
}

// clinicalFrame: a clinical cue word within 3 words after i ("your X
// refill", "X care plan") or within 4 words before ("su receta de X",
// "refill of X") in the same sentence.
func (s *scanner) clinicalFrame(i int) (string, bool) {
	for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
		if !s.sameSentence(i, k) {
			break
		}
		if clinicalAfter[s.toks[k].h] {
			return "comes before '" + s.toks[k].low + "'", true
		}
		if s.toks[k].h == hPlan && k-1 > i && planWords[s.toks[k-1].h] {
			return "comes before '" + s.toks[k-1].low + " plan'", true
		}
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if !s.sameSentence(k, i) {
			break
		}
		if clinicalBefore[s.toks[k].h] {
			if k < i-1 {
				return "follows '" + s.toks[k].low + " …'", true
			}
			return "follows '" + s.toks[k].low + "'", true
		}
		if !frameGlue[s.toks[k].h] && !s.suspicious(k) {
			break
		}
	}
	return "", false
}

// personalFrame: right after a greeting ("Hi X", "Good morning X") or
// after "pickup/order/ready for X", or "Pickup: X", "Patient: X".
// It returns the cue (fixed wording from the cue lists, never the text's
// other words).
func (s *scanner) personalFrame(i int) (string, bool) {
	if i == 0 || !s.sameSentence(i-1, i) {
		return "", false
	}
	p := s.toks[i-1].h
	if greetCues[p] {
		return s.toks[i-1].low, true
	}
	if p == hFor && i >= 2 && pickupCues[s.toks[i-2].h] {
		return s.toks[i-2].low + " for", true
	}
	if colonCues[p] && strings.Contains(s.gap(i), ":") && s.toks[i].cls&(tCap|tUpper) != 0 {
		return s.toks[i-1].low + ":", true
	}
	return "", false
}

var hFor, hPlan = hstr("for"), hstr("plan")

// lastFirst: "LAST, FIRST" in capitals (or Title Case), i being either.
func (s *scanner) lastFirst(i int) (int, bool) {
	cap := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].cls&tAlpha != 0 && s.toks[k].cls&tUpper != 0 && len(s.toks[k].low) >= 2
	}
	if !cap(i) {
		return 0, false
	}
	if cap(i+1) && strings.TrimSpace(s.gap(i+1)) == "," {
		return i + 1, true
	}
	if cap(i-1) && strings.TrimSpace(s.gap(i)) == "," {
		return i - 1, true
	}
	return 0, false
}
