package guard

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
)

type frameData struct {
	gen   general
	fuzzy fuzzyIndex
	sound *soundIndex // the same terms by sound key (dictfuzzy.go)
}

// sharedFrames loads the general vocabularies and the misspelling index
// once per process; they are read-only and shared by every Guard.
var sharedFrames = sync.OnceValues(func() (*frameData, error) { return loadFrames(nil) })

func loadFrames(holdOut func(file, term string) bool) (*frameData, error) {
	gen, _, err := loadGeneral()
	if err != nil {
		return nil, err
	}
	terms, err := fuzzyTermsFiltered(holdOut)
	if err != nil {
		return nil, err
	}
	fx := buildFuzzy(terms)
	return &frameData{gen: gen, fuzzy: fx, sound: buildSoundBuiltin(&fx)}, nil
}

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

//go:embed vocab/general_en.txt.gz vocab/general_es.txt.gz vocab/general_es_forms.fp vocab/general_en_extended.fp vocab/towns.txt.gz vocab/shape_train.txt.gz vocab/learn_train.txt.gz
var generalFS embed.FS

// general is the set of ordinary words, shared by all Guards: the hashes
// of the lower-cased, diacritic-free spellings of the word lists, and the
// 32-bit fingerprints (top half of the same hash, sorted) of the Spanish
// inflected forms (vocab/general_es_forms.fp: conjugations and clitic forms
// expanded from Debian hunspell-es, which wspanish lacks: "tiene",
// "llámenos"). A fingerprint collision makes a word ordinary by chance with
// probability forms/2^32 (about 0.02 %).
type general struct {
	m     map[uint64]uint8 // genEN / genES: which list holds the word
	forms []uint32
	ext   []uint32 // SCOWL huge lists: only for frame.unknown (extended)
	towns []uint32 // GeoNames towns: only where a place is expected (towns.go)
}

// extended: w is in the larger English lists (vocab/general_en_extended).
func (g *general) extended(h uint64) bool {
	_, ok := slices.BinarySearch(g.ext, uint32(h>>32))
	return ok
}

const (
	genEN uint8 = 1 << iota // vocab/general_en (wamerican)
	genES                   // vocab/general_es (wspanish)
)

// english: w is in the ordinary English list (not the Spanish ones).
func (g *general) english(h uint64) bool { return g.m[h]&genEN != 0 }

func (g *general) has(h uint64) bool {
	if _, ok := g.m[h]; ok {
		return true
	}
	_, ok := slices.BinarySearch(g.forms, uint32(h>>32))
	return ok
}

// fpMagic starts a fingerprint file: then a uvarint count and the sorted
// fingerprints as uvarint deltas.
const fpMagic = "sealpost-fp32\n"

func decodeForms(b []byte) ([]uint32, error) {
	if !bytes.HasPrefix(b, []byte(fpMagic)) {
		return nil, errors.New("not a fingerprint file")
	}
	b = b[len(fpMagic):]
	n, k := binary.Uvarint(b)
	if k <= 0 || n > 1<<24 {
		return nil, errors.New("bad count")
	}
	b = b[k:]
	out := make([]uint32, 0, n)
	var prev uint64
	for i := uint64(0); i < n; i++ {
		d, k := binary.Uvarint(b)
		if k <= 0 || prev+d > math.MaxUint32 || (i > 0 && d == 0) {
			return nil, errors.New("bad delta")
		}
		b = b[k:]
		prev += d
		out = append(out, uint32(prev))
	}
	if len(b) != 0 {
		return nil, errors.New("trailing bytes")
	}
	return out, nil
}

func encodeForms(fps []uint32) []byte {
	out := append([]byte(fpMagic), binary.AppendUvarint(nil, uint64(len(fps)))...)
	var prev uint32
	for _, f := range fps {
		out = binary.AppendUvarint(out, uint64(f-prev))
		prev = f
	}
	return out
}

func loadGeneral() (general, int, error) {
	g := general{m: make(map[uint64]uint8, 160000)}
	fp, err := generalFS.ReadFile("vocab/general_es_forms.fp")
	if err != nil {
		return general{}, 0, fmt.Errorf("guard: vocabulary general_es_forms.fp: %w", err)
	}
	if g.forms, err = decodeForms(fp); err != nil {
		return general{}, 0, fmt.Errorf("guard: vocabulary general_es_forms.fp: %w", err)
	}
	if fp, err = generalFS.ReadFile("vocab/general_en_extended.fp"); err != nil {
		return general{}, 0, fmt.Errorf("guard: vocabulary general_en_extended.fp: %w", err)
	}
	if g.ext, err = decodeForms(fp); err != nil {
		return general{}, 0, fmt.Errorf("guard: vocabulary general_en_extended.fp: %w", err)
	}
	if g.towns, err = loadTowns(); err != nil {
		return general{}, 0, err
	}
	n := 0
	for li, name := range []string{"vocab/general_en.txt.gz", "vocab/general_es.txt.gz"} {
		f, err := generalFS.Open(name)
		if err != nil {
			return general{}, 0, fmt.Errorf("guard: vocabulary %s: %w", name, err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return general{}, 0, fmt.Errorf("guard: vocabulary %s: %w", name, err)
		}
		sc := bufio.NewScanner(zr)
		for sc.Scan() {
			w := sc.Text()
			if w == "" {
				continue
			}
			g.m[hstr(w)] |= genEN << li
			n++
		}
		err = sc.Err()
		zr.Close()
		f.Close()
		if err != nil {
			return general{}, 0, fmt.Errorf("guard: vocabulary %s: %w", name, err)
		}
	}
	return g, n, nil
}

// fuzzyIndex finds misspellings of the clinical vocabularies' single
// words (symmetric-deletion index): every term's spelling, its spellings
// with one letter deleted and — for terms of 8+ letters — with two letters
// deleted, mapped to the term. A word is looked up the same way (itself, its
// one- and two-letter deletions) and each candidate is confirmed with a
// bounded edit distance (insert, delete, substitute, transpose): at most 1
// for words under 8 letters, at most 2 from 8 letters.
type fuzzyIndex struct {
	keys  map[uint64]int32
	terms []string
	kinds []Kind
	masks []uint32 // letters each term holds (ordtypo.go's within2)
}

// fuzzyLong is the length from which two edits are allowed.
const fuzzyLong = 8

// fuzzyMin is the shortest term and word matched approximately (one edit
// under fuzzyLong letters).
const fuzzyMin = 5

func buildFuzzy(terms map[string]Kind) fuzzyIndex {
	words := make([]string, 0, len(terms))
	for t := range terms {
		words = append(words, t)
	}
	sort.Strings(words) // the first term to claim a key keeps it: deterministic
	fx := fuzzyIndex{keys: make(map[uint64]int32, len(terms)*40)}
	put := func(h uint64, i int32) {
		if _, ok := fx.keys[h]; !ok {
			fx.keys[h] = i
		}
	}
	for _, t := range words {
		i := int32(len(fx.terms))
		fx.terms = append(fx.terms, t)
		fx.kinds = append(fx.kinds, terms[t])
		fx.masks = append(fx.masks, letterMask(t))
		put(hstr(t), i)
		for a := 0; a < len(t); a++ {
			d1 := t[:a] + t[a+1:]
			put(hstr(d1), i)
			if len(t) < fuzzyLong {
				continue
			}
			for b := a; b < len(d1); b++ {
				put(hstr(d1[:b]+d1[b+1:]), i)
			}
		}
	}
	return fx
}

// lookup returns the kind of the vocabulary term low is a misspelling of.
func (fx *fuzzyIndex) lookup(low string) (Kind, bool) {
	var buf, buf2 [64]byte
	if len(low) > len(buf) || fx.keys == nil {
		return "", false
	}
	try := func(h uint64) (Kind, bool) {
		i, ok := fx.keys[h]
		if !ok {
			return "", false
		}
		t := fx.terms[i]
		max := 1
		if len(t) >= fuzzyLong && len(low) >= fuzzyLong {
			max = 2
		}
		if editDistance(low, t, max) <= max {
			return fx.kinds[i], true
		}
		return "", false
	}
	if k, ok := try(hstr(low)); ok {
		return k, true
	}
	for a := 0; a < len(low); a++ {
		d1 := append(append(buf[:0], low[:a]...), low[a+1:]...)
		if k, ok := try(hashBytes(fnvOffset, string(d1))); ok {
			return k, true
		}
	}
	if len(low) < fuzzyLong {
		return "", false
	}
	for a := 0; a < len(low); a++ {
		d1 := append(append(buf[:0], low[:a]...), low[a+1:]...)
		for b := a; b < len(d1); b++ {
			d2 := append(append(buf2[:0], d1[:b]...), d1[b+1:]...)
			if k, ok := try(hashBytes(fnvOffset, string(d2))); ok {
				return k, true
			}
		}
	}
	return "", false
}

// editDistance is the optimal-string-alignment distance between a and b
// (ASCII letters), giving up with max+1 once it must exceed max.
func editDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	if len(a) > 64 || len(b) > 64 {
		return max + 1
	}
	var rows [3][65]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], max+1)
}

// fuzzyTerms collects the single-word terms of the clinical vocabularies
// that are safe to match approximately: 6+ letters, not flagged ambiguous
// or case-bound. Ordinary clinical words ("diabetes") are kept: only words
// in no vocabulary are looked up, so "diabetis" is caught and "diabetes"
// itself is left to the clinical vocabularies.
func fuzzyTerms(_ general) (map[string]Kind, error) { return fuzzyTermsFiltered(nil) }

func fuzzyTermsFiltered(holdOut func(file, term string) bool) (map[string]Kind, error) {
	out := map[string]Kind{}
	for _, f := range []struct {
		name string
		kind Kind
	}{{"medications.txt", KindMedication}, {"conditions.txt", KindCondition},
		{"labs_procedures.txt", KindLabTest}, {"clinical_es.txt", KindCondition}, {"supplies.txt", KindDevice},
		{"devices.txt", KindDevice}} {
		data, err := vocabFS.ReadFile("vocab/" + f.name)
		if err != nil {
			return nil, err
		}
		kind := f.kind
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
				if k, err := ParseKind(line[1 : len(line)-1]); err == nil {
					kind = k
				}
				continue
			}
			if line == "" || line[0] == '#' || strings.Contains(line, "|") {
				continue
			}
			if holdOut != nil && holdOut(f.name, line) {
				continue
			}
			t := strings.ToLower(line)
			if len(t) < fuzzyMin || strings.IndexFunc(t, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
				continue
			}
			if _, ok := out[t]; !ok {
				out[t] = kind
			}
		}
	}
	return out, nil
}

// Frame cue words. Clinical cues after the word ("your X refill") and
// before it ("su receta de X", "refill of X"); greeting and pickup cues.
var (
	clinicalAfter = wordSetTab("refill refills prescription prescriptions rx dose doses dosage injection injections infusion infusions " +
		"treatment treatments therapy medication medications medicine pens pen sensor sensors supplies " +
		"diagnosis symptoms flare pills vials vial ointment suppositories inhaler inhalers specialty")
	// after the word, and they make it a test or condition rather than a drug
	clinicalAfterTest = wordSetTab("results screening panel levels biopsy surgery specialist referral resultados")
	// "X care plan", "X action plan": "plan" counts after one of these
	planWords      = wordSetTab("care action treatment diet")
	clinicalBefore = wordSetTab("refill prescription rx taking dose injection infusion treatment therapy diagnosed " +
		"receta recetas medicamento medicamentos tratamiento tratamientos dosis inyeccion terapia recarga resurtido " +
		"surtido suministros cuidado diagnostico sintomas cita citas consulta examen prueba resultado resultados analisis vacuna " +
		"screening vaccine take tomar tome")
	greetCues  = wordSetTab("hi hello hey dear hola estimado estimada estimados querido querida morning afternoon evening dias tardes noches")
	pickupCues = wordSetTab("pickup pick order orders ready prescription rx patient paciente para message messages mensaje note reminder")
	colonCues  = wordSetTab("pickup patient paciente name nombre recipient")
	frameGlue  = wordSetTab("de del la el las los para of for your su sus my mi the a an")
)

func wordSet(s string) map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range strings.Fields(s) {
		m[hstr(w)] = true
	}
	return m
}

// wordSetTab is the set of s's words (hashed with hstr, as wordSet's) in a
// setTab (hashtab.go): the one form of a word set that is only looked up,
// read with get. Its answers are wordSet(s)'s (TestWordSetTabIsWordSet).
func wordSetTab(s string) setTab { return newSetTab(wordSet(s)) }

var drugStems = []string{"mab", "nib", "vir", "pril", "olol", "sartan", "statin", "gliflozin", "glutide", "glitazone", "gliptin",
	"prazole", "dipine", "cycline", "mycin", "cillin", "floxacin", "xaban", "parin", "triptan", "setron", "lukast",
	"oxetine", "azepam", "azolam", "ciclib", "lisib", "cept", "kinra", "semide", "thiazide", "tinib", "tegravir", "previr",
	"buvir", "conazole", "profen", "caine", "dronate", "lutamide", "platin", "rubicin", "tidine", "zosin", "terol",
	"sonide", "olone", "asone", "trexate", "gepant", "lintide", "tropin",
	// more USAN/INN stems (USAN Council stem list): PDE5 inhibitors, PARP
	// inhibitors, GnRH analogues, colony-stimulating factors, thrombolytics,
	// tetracyclines, antivirals, integrin and interleukin antibodies
	"afil", "parib", "relin", "grastim", "teplase", "ximab", "zumab", "tuzumab", "kinib", "degib", "lisib", "rafenib",
	"ciclovir", "amivir", "fovir", "navir", "gatran", "vaptan", "oxacin", "bactam", "penem", "sporin",
	"dazole", "tecan", "taxel", "mustine", "flurane", "barbital", "tiapine", "peridone", "pramine", "triptyline",
	"faxine", "lamide", "tidine", "azoline", "glinide", "gliptin", "glutide",
	// issue 15, third pass: more USAN/INN stems and chemical endings that
	// only drug names carry among words in no vocabulary
	"amine", "ephedrine", "phylline", "idone", "fibrate", "myxin", "azine", "azepine", "apine", "oxin", "methasone",
	"estradiol", "barbital", "zepam", "cortisone", "thiazole", "sulfa", "nitrate", "morphine", "codone", "phenidate",
	"acetamide", "cetamide",
	// issue 15, ninth pass (helper GEN9, clinform.go's pass): chemical
	// nomenclature endings of drug names — lactones, esters and salts
	// (-ylate, -amate, -oate), ketones (-etone), phthaleins, the -drine
	// amines, the -azol(e) rings, rauwolfia alkaloids (-erpine)
	"lactone", "ylate", "amate", "oate", "thalein", "drine", "azol", "etone", "erpine"}
var conditionStems = []string{"itis", "edema", "osis", "oma", "pathy", "emia", "algia", "plegia", "ectomy", "ostomy", "otomy",
	"plasty", "scopy", "trophy", "penia", "uria", "cele", "ismo",
	"iasis", "rrhea", "rrhoea", "rrhagia", "megaly", "plasia", "ectasis", "cytosis", "lithiasis", "sclerosis", "malacia",
	"stenosis", "ptosis", "itis", "oma", "patia", "emia", "osis", "algia", "plejia", "ectomia", "ostomia",
	// issue 15, third pass (cognate.go for the Spanish/English pairs):
	// phobias, spasms, speech and movement disorders, surgery and therapy
	// compounds, instruments
	"phobia", "spasm", "phasia", "graphia", "praxia", "lexia", "kinesia", "trophia", "plegic",
	"surgery", "therapy", "transplant", "graphy", "tripsy", "scope", "scopio", "fobia", "espasmo", "terapia", "cirugia"}

// suspicious reports whether token i is a word of 3+ letters in no
// vocabulary, built-in or general, and not already part of a finding.
func (s *scanner) suspicious(i int) bool {
	if !s.suspiciousWord(i) {
		return false
	}
	// the tenant's approved wording and the category's own template wording
	return s.p == nil || !s.p.approvedWord(s.toks[i].h) && !s.p.isTemplate(s.toks[i].h)
}

// suspiciousWord is suspicious without the tenant's and the template's
// wording.
func (s *scanner) suspiciousWord(i int) bool {
	// a listed brand (brandlist.go)
	if !s.suspiciousMay(i) || s.brandTok(i) {
		return false
	}
	// an ordinary word, its plural or possessive, or a Spanish diminutive
	// of one ("toallitas", "poquito")
	return !s.general(i) && !s.benefitWord(i) && !s.consumerGoods(i) // payers, formulary: pharmacycue.go; "retinol serum": consumer.go
}

// suspiciousMay: suspiciousWord's tests of the token alone, small enough
// to be inlined where every token is asked (scanFrames): a letters-only
// word of three or more, not used, in no vocabulary or a word of listed
// multi-word terms alone, in lower case (member.go). False: not
// suspicious (helper SPEED13).
func (s *scanner) suspiciousMay(i int) bool {
	if i < 0 || i >= len(s.toks) || s.used[i] {
		return false
	}
	t := &s.toks[i]
	return t.cls&tAlpha != 0 && (t.w == nil || s.memberAlone(i)) && len(t.low) >= 3
}

// diminutiveHash: for a Spanish diminutive in -ito/-ita(s) (-quito,
// -guito…), the hash of the word it is made from ("toallitas" →
// "toallas", "poquito" → "poco", "amiguita" → "amiga"); 0 otherwise.
// Diminutives are productive, so the expanded Spanish forms list
// (general_es_forms) does not hold them. A drug or condition name ending
// in -ita is not made from an ordinary word, so it stays unknown.
func diminutiveHash(low string) uint64 {
	n := len(low)
	if n < 6 {
		return 0
	}
	plural := low[n-1] == 's'
	stem := low
	if plural {
		stem = low[:n-1]
	}
	m := len(stem)
	if m < 5 || stem[m-3:m-1] != "it" || (stem[m-1] != 'a' && stem[m-1] != 'o') {
		return 0
	}
	base, end := stem[:m-3], stem[m-1:]
	switch {
	case strings.HasSuffix(base, "qu"):
		base = base[:len(base)-2] + "c"
	case strings.HasSuffix(base, "gu"):
		base = base[:len(base)-1]
	}
	if len(base) < 2 {
		return 0
	}
	if plural {
		end += "s"
	}
	return hstr(base + end)
}

// general reports whether token i is an ordinary English or Spanish word
// (or the plural of one, or a Spanish diminutive of one).
func (s *scanner) general(i int) bool {
	t := &s.toks[i]
	if s.g.gen.has(t.h) {
		return true
	}
	if h := singularHash(t.low); h != 0 {
		if s.g.gen.has(h) {
			return true
		}
	}
	if h := diminutiveHash(t.low); h != 0 && s.g.gen.has(h) {
		return true
	}
	return false
}

// sameSentence: no sentence break between tokens a < b.
func (s *scanner) sameSentence(a, b int) bool {
	for k := a + 1; k <= b; k++ {
		if s.toks[k].sent || sentEndBytes.in(s.gap(k)) { // strings.ContainsAny(gap, ".;!?\n"), by a table (helper SPEED15)
			return false
		}
	}
	return true
}

// asciiSet: a set of ASCII bytes; in(g) is strings.ContainsAny(g, chars)
// for the chars it was made from (a byte of 0x80 or more is never one of
// them, and never part of an ASCII rune), without a rune search per byte
// (helper SPEED15; TestASCIISet).
type asciiSet [256]bool

func makeASCIISet(chars string) (b asciiSet) {
	for i := 0; i < len(chars); i++ {
		if chars[i] >= 0x80 {
			panic("asciiSet: " + chars)
		}
		b[chars[i]] = true
	}
	return
}

func (b *asciiSet) in(g string) bool {
	for i := 0; i < len(g); i++ {
		if b[g[i]] {
			return true
		}
	}
	return false
}

var (
	sentEndBytes   = makeASCIISet(".;!?\n")
	parenBytes     = makeASCIISet("()")
	prodStopBytes  = makeASCIISet(",;:()")
	prodQuoteBytes = makeASCIISet("'\"")
)

// joinSymbol: a symbol put inside a word to hide it ("ins*lin",
// "di@betes"); a switch the compiler inlines.
// joinSymTab[c]: joinSymbol(c), one load (TestJoinSymTab).
var joinSymTab = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = joinSymbol(byte(c))
	}
	return
}()

func joinSymbol(c byte) bool {
	switch c {
	case '*', '#', '@', '$', '!', '|':
		return true
	}
	return false
}

func (s *scanner) scanFrames() {
	n := len(s.toks)
	appr := s.p != nil && s.p.approved != nil // approved words at all: read once, not per word (helper SPEED14)
	// (used resliced to n, the walk's bound: the compiler drops its index
	// test, helper speed19)
	toks, used, txt := s.toks, s.used[:n], s.t.s
	for i := 0; i < n; i++ {
		// with no approved word, the words suspiciousMay refuses and no
		// symbol joins to the next (most) passed over in a loop of their
		// own, with no call to spill its values for (helper SPEED16)
		for i < n && !appr && !s.suspiciousMay(i) &&
			!(i+1 < n && joinSymTab[txt[toks[i].e]] && toks[i+1].s == toks[i].e+1 && !used[i] && toks[i].cls&tAlpha != 0) {
			i++
		}
		if i == n {
			break
		}
		if !s.suspiciousMay(i) || !s.suspicious(i) { // (its inlined first tests: most words pay no call)
			// a word of an approved term is ordinary here, but still a
			// piece of a disguised clinical word ("dia betes"), and a word
			// of a multi-word approved term is still a name where a name
			// goes ("hi brayden," with "Zorvexa Brayden Bakery" approved;
			// the phrase test of approve.go clears it inside the phrase)
			if appr && s.p.approvedWord(s.toks[i].h) && !s.p.isTemplate(s.toks[i].h) && s.suspiciousWord(i) {
				if s.joined(i) {
					continue
				}
				if s.p.approvedPartOnly(s.toks[i].h) {
					if cue, ok := s.personalFrame(i); ok {
						s.addTok(i, i, KindName, "frame.name", 0.7, "is not ordinary vocabulary and follows '"+cue+"', where a name goes")
						continue
					}
				}
			}
			// "ins*lin", "di@betes": ordinary pieces around a symbol
			// (the byte after first, from a table: most are a space; a
			// next token makes it a byte of the text, helper SPEED15)
			if i+1 < n && joinSymTab[s.t.s[s.toks[i].e]] && s.toks[i+1].s == s.toks[i].e+1 && !s.used[i] && s.toks[i].cls&tAlpha != 0 {
				s.joined(i + 1)
			}
			continue
		}
		if s.joined(i) {
			continue
		}
		// a misspelled word of a multi-word clinical term among its other
		// words: "birth controll pill" (phrasetypo.go)
		if s.phraseTypo(i) {
			continue
		}
		low := s.toks[i].low
		// a word of the operator's medical dictionary (sysvocab.go)
		inDict := false
		if s.g.med != nil && len(low) >= dictMinLen && !s.orgBodyWord(i) { // "Academy of Audiology" (orgclin.go)
			c := s.lookupDict(i)
			if c != 0 && s.dictionaryTerm(i, c) {
				continue
			}
			inDict = c != 0
		}
		// five-letter words only lower-case or opening a sentence: a
		// capitalised five-letter word inside a sentence is most often a
		// proper noun ("at Mobil", "the Tudor")
		if (len(low) >= 6 || len(low) == fuzzyMin && (s.toks[i].cls&(tCap|tUpper) == 0 || s.toks[i].sent || i == 0)) && !(s.brandSlot(i) && s.brandNotTypo(i, s.g.fuzzy.nearest(low))) { // "de Mercadona" (orgnames.go)
			if k, ok := s.g.fuzzy.lookup(low); ok && !s.orgBodyWord(i) { // "Academy of Audiology" (orgclin.go)
				s.addTok(i, i, k, "frame.misspelling", 0.8, "is not ordinary vocabulary and is one or two letters from a "+kindNoun(k))
				continue
			}
		}
		if len(low) >= 6 {
			if k, st, ok := stemKind(low); ok && !s.teleMode(i) { // "Teletherapy sessions will run as scheduled" (telemode.go)
				s.addTok(i, i, k, "frame.morphology", 0.7, "is not ordinary vocabulary and ends in '-"+st+"' like a "+kindNoun(k))
				continue
			}
		}
		// a Spanish spelling of a word of the operator's medical dictionary
		// (dictcognate.go); a word of the dictionary itself is
		// dictionary.term's to judge ("magnesium citrate")
		if s.g.med != nil && !inDict {
			if k, ok := s.dictCognate(i); ok {
				s.addTok(i, i, k, "dictionary.cognate", 0.65, "is the Spanish spelling of a word in the medical dictionary and is not ordinary Spanish")
				continue
			}
		}
		// one letter or sound from a built-in term or a word of the
		// medical dictionary, and no typo of an ordinary word (dictfuzzy.go)
		if rule, k, ok := s.misspelled(i, inDict); ok {
			s.addTok(i, i, k, rule, 0.7, soundReason(rule, k))
			continue
		}
		if careModes.get(s.toks[i].h) {
			continue // "Su cita de telemedicina": how care is delivered, not what it treats (caremode.go)
		}
		if why, ok := s.clinicalFrame(i); ok {
			k := KindMedication
			if why == "comes before a manoeuvre word" {
				k = KindProcedure
			} else if strings.HasPrefix(why, "comes before") && !clinicalAfter.get(hstr(strings.Trim(strings.TrimPrefix(why, "comes before "), "'"))) {
				k = KindCondition // "X results", "X screening", "X specialist"
			}
			s.addTok(i, i, k, "frame.clinical", 0.7, "is not ordinary vocabulary and "+why)
			continue
		}
		if cue, ok := s.personalFrame(i); ok && !s.bizBeforeAddr(i) && !s.greetGroupAt(i) { // "Pickup: Gearhouse Cycles, 1020 Elm St" (biznoun.go); "Dear Westside neighbors," (greetgroup.go)
			s.addTok(i, i, KindName, "frame.name", 0.7, "is not ordinary vocabulary and follows '"+cue+"', where a name goes")
			continue
		}
		if j, ok := s.lastFirst(i); ok {
			s.addTok(min(i, j), max(i, j), KindName, "frame.last_first", 0.7, "are capitalised words in the form LAST, FIRST, one not ordinary vocabulary")
			continue
		}
		if s.pharmacyBrand(i) { // "your Xifaxan order" beside "copay" (pharmacycue.go)
			continue
		}
		if cue, ok := s.noticeCue(); ok && len(low) >= 5 && !s.properNounSlot(i) && !s.branchListItem(i) && !s.esEnclitic(i) && !s.compound4(low) && !s.chainName(i) && !s.listedBrandWord(i) && !s.listedBrandLine(i) && !s.styleBrand(i) && !s.rxBrand(i) && !s.rxJoinedBrand(i) { // "Olaplex No.3 Hair Perfector" (listedbrand.go); "SkyHarbor Rx:", "TrueNorthRx:" (rxbrand.go) // "at all Brightway pharmacies" (chainname.go) // "Shutterfly-style" (stylebrand.go)
			s.addTok(i, i, KindMedication, "frame.notice", 0.6, "is not ordinary vocabulary in a notice about health ('"+cue+"')")
			continue
		}
		// last resort: a lower-case word of 6+ letters in no vocabulary at
		// all, not even the larger English lists, nor two ordinary words
		// run together — most often a drug or condition written the way
		// notices write generic names
		if len(low) >= 6 && s.toks[i].cls&(tCap|tUpper) == 0 && !s.toks[i].sent && !s.g.gen.extended(s.toks[i].h) && !s.extendedPlural(i) && !s.esPlural(i) && !s.esClitic(i) && !s.esCialAdj(i) && !s.compound(low) && !s.camelWord(i) && !s.petHealth(i, i) && !s.loanword(i) && !s.ordinaryTypo(i, inDict) && !s.socialHandle(i) && !s.rePrefixed(i) && !s.ingGoods(i) && !s.jsonTenantValue(i) && !s.jsonEventWord(i) && !s.jsonSiteTown(i) { // jsonSiteTown: webhookid.go; esCialAdj: esadj.go; // jsonEventWord: webhookref.go; jsonTenantValue: jsontenant.go; ingGoods: goodsing.go; rePrefixed: reprefix.go; typo.go; "Tag @smileharbordental" (socialhandle.go)
			s.addTok(i, i, KindMedication, "frame.unknown", 0.6, "is a lower-case word in no vocabulary (not even the larger English lists)")
			continue
		}
		// the letters of the listed clinical words (shape.go)
		if s.shapeTerm(i) {
			continue
		}
	}
}

// kindNoun names what a word of kind k is, for reasons.
func kindNoun(k Kind) string {
	switch k {
	case KindLabTest:
		return "lab test name"
	case KindDevice:
		return "medical device or supply name"
	}
	return string(k) + " name"
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
	if s.epEponym(i) { // "Your Epley maneuver follow-up" (eponymproc.go)
		return "comes before a manoeuvre word", true
	}
	for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
		if !s.sameSentence(i, k) {
			break
		}
		if k == i+1 && s.toks[k].h == hRx && s.rxBrand(i) {
			continue // "ClearPath Rx: your order was delivered": the sender's brand (rxbrand.go)
		}
		if clinicalAfter.get(s.toks[k].h) || clinicalAfterTest.get(s.toks[k].h) {
			// "Gillette razor refills", "Bic pens": an ordinary word between
			// (not a dose, strength or form) or a word of three letters
			// makes it a household product
			if len(s.toks[i].low) < 4 || !s.doseBetween(i+1, k) {
				return "", false
			}
			// "Your controll panel": an ordinary word misspelled before a cue
			// that is ordinary too (typocue.go)
			if s.typoBeforeOrdinaryCue(i, k) {
				return "", false
			}
			// "Buy 2 Swiffer refills": a listed household brand (vocab/brands.txt
			// holds no medication brand; brandrefill.go)
			if (s.toks[k].h == hRefill || s.toks[k].h == hRefills) && s.listedBrandWord(i) && s.brandRefillShop(i) {
				return "", false
			}
			// "Olaplex treatment order": a product called a treatment
			if s.toks[k].h == hTreatment && k+1 < len(s.toks) && s.gap(k+1) == " " && (consumerRefill.get(s.toks[k+1].h) || s.toks[k+1].h == hOrder) {
				return "", false
			}
			// "Swiffer refills subscription", "refill pads": a household refill
			if (s.toks[k].h == hRefill || s.toks[k].h == hRefills) && k+1 < len(s.toks) && s.gap(k+1) == " " && consumerRefill.get(s.toks[k+1].h) {
				return "", false
			}
			return "comes before '" + s.toks[k].low + "'", true
		}
		if s.toks[k].h == hPlan && k-1 > i && planWords.get(s.toks[k-1].h) {
			return "comes before '" + s.toks[k-1].low + " plan'", true
		}
	}
	if why, ok := s.genericDrug(i); ok {
		return why, true
	}
	if why, ok := s.rareFrame(i); ok { // "As a X patient", "X monitoring labs" (rareframe.go)
		return why, true
	}
	if why, ok := s.drugFormNear(i); ok { // "Opvee nasal spray", "aerosol nasal Opvee" (drugform.go)
		return why, true
	}
	if why, ok := s.regimenForm(i); ok { // "start your Malarone tablets" (regimenform.go)
		return why, true
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if !s.sameSentence(k, i) {
			break
		}
		if clinicalBefore.get(s.toks[k].h) {
			if k < i-1 {
				return "follows '" + s.toks[k].low + " …'", true
			}
			return "follows '" + s.toks[k].low + "'", true
		}
		if !frameGlue.get(s.toks[k].h) && !s.suspicious(k) {
			break
		}
	}
	return "", false
}

// genericDrug: "generic" right before token i ("Switching to generic
// Ethrane saves you money"; issue 15, sixth pass): a generic is a drug's
// unbranded version, unless goods follow ("your generic Keurig pods",
// "generic Nespresso capsules": a shop's own-brand goods).
func (s *scanner) genericDrug(i int) (string, bool) {
	if i == 0 || s.gap(i) != " " || s.toks[i-1].h != hGeneric && s.toks[i-1].h != hGenerics {
		return "", false
	}
	if j := i + 1; j < len(s.toks) && s.gap(j) == " " && (s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, j) || s.goodsIn(goodsWords.media, &goodsWords.mediaBits, j) || s.goodsIn(goodsWords.gift, &goodsWords.giftBits, j)) {
		return "", false
	}
	return "follows 'generic'", true
}

var hGeneric, hGenerics = hstr("generic"), hstr("generics")

// personalFrame: right after a greeting ("Hi X", "Good morning X") or
// after "pickup/order/ready for X", or "Pickup: X", "Patient: X".
// It returns the cue (fixed wording from the cue lists, never the text's
// other words).
func (s *scanner) personalFrame(i int) (string, bool) {
	if i == 0 || !s.sameSentence(i-1, i) {
		return "", false
	}
	p := s.toks[i-1].h
	if greetCues.get(p) && !s.greetTimeNotGreeting(i-1, i) { // "offers evening callbacks" (greettime.go)
		return s.toks[i-1].low, true
	}
	if p == hFor && i >= 2 && pickupCues.get(s.toks[i-2].h) {
		return s.toks[i-2].low + " for", true
	}
	if colonCues.get(p) && strings.Contains(s.gap(i), ":") && s.toks[i].cls&(tCap|tUpper) != 0 {
		return s.toks[i-1].low + ":", true
	}
	return "", false
}

var hFor, hPlan = hstr("for"), hstr("plan")

var hRefill, hRefills = hstr("refill"), hstr("refills")

var hTreatment, hOrder = hstr("treatment"), hstr("order")

// doseWords may stand between a drug's name and its clinical cue ("Zorvexa
// 20 mg refill", "Plenqara XR pen refill").
var doseWords = wordSetTab("mg mcg ml units iu er xr sr dr xl la cd hct plus pen pens starter weekly daily monthly and " +
	"tablets tablet capsules capsule caps tabs")

// doseBetween: tokens a..b-1 are doses, strengths, forms or words in no
// vocabulary.
func (s *scanner) doseBetween(a, b int) bool {
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if t.cls&tDigit != 0 || t.cls&tMixed != 0 || doseWords.get(t.h) || s.suspicious(k) || k == a && s.styleTail(k) { // "Zorvaldo-style refill" (stylebrand.go)
			continue
		}
		return false
	}
	return true
}

// consumerRefill: nouns after "refill(s)" that make it a household product
// ("refill pads", "refills subscription"), not a prescription refill.
var consumerRefill = wordSetTab("subscription subscriptions pack packs pad pads cartridge cartridges kit kits bundle bundles bag bags " +
	"pods heads blades cloths sheets bottle bottles ink box boxes roll rolls case")

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

// extendedPlural: the singular of token i is in the extended lists.
func (s *scanner) extendedPlural(i int) bool {
	h := singularHash(s.toks[i].low)
	return h != 0 && s.g.gen.extended(h)
}

// compound: low is two ordinary words of 3+ letters written together
// ("sitewide", "paperless").
func (s *scanner) compound(low string) bool {
	if len(low) > 32 { // bounded: a long run of letters is no compound
		return false
	}
	known := func(w string) bool {
		h := hstr(w)
		return s.g.gen.has(h) || s.g.gen.extended(h)
	}
	for k := 3; k+3 <= len(low); k++ {
		if known(low[:k]) && known(low[k:]) {
			return true
		}
	}
	return false
}

// noticeCues are words that make a whole notice about someone's health
// ("your doctor", lower case, since the sixth pass: "Results of your
// plenquatrin were reviewed by your doctor"):
// a word in no vocabulary anywhere in such a notice is most likely a drug,
// condition or test ("Time to reorder topamax? Sign in to request a
// refill.").
var noticeCues = wordSetTab("refill refills prescription prescriptions rx pharmacy pharmacist dose dosage medication medications " +
	"physician nurse nurses clinician diagnosis diagnosed symptoms doctor doctors " +
	"receta recetas farmacia farmaceutico medico medicos doctora enfermera enfermeras medicamento medicamentos " +
	"diagnostico sintomas dosis resurtido resurtidos medicacion")

// notYourDoctor: token k is "doctor(s)" but not the recipient's — not
// written in lower case right after "your" (issue 15, sixth pass: "doctor"
// joined the notice cues). "Your Doctor Who box set" is a title, "Our
// doctors are accepting new patients" an announcement.
func (s *scanner) notYourDoctor(k int) bool {
	t := &s.toks[k]
	if t.h != hDoctor && t.h != hDoctors {
		return false
	}
	return t.cls&(tCap|tUpper) != 0 || k == 0 || s.toks[k-1].h != hYour || s.gap(k) != " "
}

var hDoctor, hDoctors = hstr("doctor"), hstr("doctors")

// hPrior, hAuthorization: "prior authorization" is a health cue;
// "authorization" alone is not (card authorizations).
var hPrior, hAuthorization = hstr("prior"), hstr("authorization")

var hSupply, hRuns, hRun, hOut, hDay = hstr("supply"), hstr("runs"), hstr("run"), hstr("out"), hstr("day")

var weekdays = wordSetTab("mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays")

// noticeCue returns the first health cue word of the notice (computed once).
func (s *scanner) noticeCue() (string, bool) {
	if s.cueState == 0 {
		s.cueState = 1
		for k := range s.toks {
			// "your X supply runs out", "a 90-day supply": a medication supply
			if s.toks[k].h == hSupply && (k+2 < len(s.toks) && (s.toks[k+1].h == hRuns || s.toks[k+1].h == hRun) && s.toks[k+2].h == hOut && !s.householdBefore(k) ||
				k > 0 && s.toks[k-1].h == hDay) {
				s.cueState, s.cueTok = 2, k
				break
			}
			if s.toks[k].h == hAuthorization && k > 0 && s.toks[k-1].h == hPrior {
				s.cueState, s.cueTok = 2, k
				break
			}
			if noticeCues.get(s.toks[k].h) && !s.householdRefill(k) && !s.brandTok(k) && !s.notYourDoctor(k) { // "Nurse Jackie" (brandlist.go)
				s.cueState, s.cueTok = 2, k
				break
			}
		}
	}
	if s.cueState == 2 {
		return s.toks[s.cueTok].low, true
	}
	return "", false
}

// properNounSlot: a plural weekday ("Sundays"), or token i is capitalised inside a sentence right after
// "at", "from", "with" or "by" ("ready at Walgreens", "a message from
// Kaiser"): a place or sender, not a clinical term.
func (s *scanner) properNounSlot(i int) bool {
	if i == 0 || s.toks[i].cls&(tCap|tUpper) == 0 || s.gap(i) != " " {
		return false
	}
	if weekdays.get(s.toks[i].h) {
		return true
	}
	switch s.toks[i-1].low {
	case "at", "from", "with", "by", "en", "de", "desde", "con", "in", "to", "team", "equipo":
		return true
	}
	return false
}

// compound4: low is two ordinary words (general lists) of 4+ letters
// written together ("sitewide" = "site" + "wide"); drug names rarely split
// so ("spironolactone" does not), unlike the looser compound check.
func (s *scanner) compound4(low string) bool {
	if len(low) > 32 {
		return false
	}
	for k := 4; k+4 <= len(low); k++ {
		if s.g.gen.has(hstr(low[:k])) && s.g.gen.has(hstr(low[k:])) {
			return true
		}
	}
	return false
}

// joinGap maps what may be put inside a word to break it ("dia betes",
// "adder-all", "di@betes", "ins*lin") to the letter it stands for (0: the
// separator only).
func joinGap(g string) (byte, bool) {
	switch g {
	case " ", "-", ".", "_", "*", "#", "\u00b7":
		return 0, true
	case "@":
		return 'a', true
	case "$":
		return 's', true
	case "!":
		return 'i', true
	case "|":
		return 'l', true
	}
	return 0, false
}

// joined: the suspicious token i and its neighbour, written together (with
// the separator read as the letter it stands for), are a word of the
// clinical vocabularies of 6+ letters: a word broken to get past a filter.
func (s *scanner) joined(i int) bool {
	for _, a := range []int{i - 1, i} {
		b := a + 1
		if a < 0 || b >= len(s.toks) || s.used[a] || s.used[b] || s.toks[a].cls&tAlpha == 0 || s.toks[b].cls&tAlpha == 0 {
			continue
		}
		c, ok := joinGap(s.gap(b))
		if !ok {
			continue
		}
		buf := append(s.buf[:0], s.toks[a].low...)
		if c != 0 {
			buf = append(buf, c)
		}
		buf = append(buf, s.toks[b].low...)
		s.buf = buf
		if len(buf) < 6 {
			continue
		}
		w := s.v.get(hashBytes(fnvOffset, string(buf)))
		if w == nil {
			// "ins*lin": a star for a masked letter, one edit from the term
			if g := s.gap(b); g == "*" || g == "#" {
				if _, ok := s.g.fuzzy.lookup(string(buf)); ok {
					s.addTok(a, b, KindObfuscation, "obfuscation.split", 0.7, "a clinical word with a letter masked")
					return true
				}
			}
			continue
		}
		for _, p := range w.phrases {
			if len(p.toks) == 1 && p.class == pClinical && p.flags&fAmbig == 0 {
				s.addTok(a, b, KindObfuscation, "obfuscation.split", 0.75, "a clinical word broken in two")
				return true
			}
		}
	}
	return false
}

// householdRefill: token k is "refill(s)" of a household product: a
// product noun after it ("refill pads") or an ordinary word before it
// ("razor refills", "ink refill"); "your refill", "prescription refill"
// are not.
func (s *scanner) householdRefill(k int) bool {
	if s.toks[k].h != hRefill && s.toks[k].h != hRefills {
		return false
	}
	if k+1 < len(s.toks) && consumerRefill.get(s.toks[k+1].h) {
		return true
	}
	return s.householdBefore(k)
}

// householdBefore: an ordinary word that is no clinical term stands right
// before token k ("razor refills", "pods supply").
func (s *scanner) householdBefore(k int) bool {
	if k > 0 && s.gap(k) == " " {
		p := k - 1
		return s.toks[p].cls&tAlpha != 0 && s.fl(p)&wStop == 0 && !s.clinicalTok(p) && s.general(p)
	}
	return false
}

// clinicalTok: token k starts a phrase of the clinical or association
// vocabularies.
func (s *scanner) clinicalTok(k int) bool {
	if w := s.toks[k].w; w != nil {
		for _, p := range w.phrases {
			if p.class == pClinical || p.class == pAssoc {
				return true
			}
		}
	}
	return false
}
