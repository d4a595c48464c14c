package guard

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

//go:embed vocab/*.txt
var vocabFS embed.FS

// word flags
const (
	wStop uint64 = 1 << iota
	wCommon
	wFirst
	wLast
	wTitle
	wGreeting
	wGenericAddressee
	wNameCue
	wDatePerson
	wDateAllowed
	wHealthCue
	wAllowNum
	wStreetSuffix
	wStreetAbbrev
	wStateCode
	wStateName
	wUnit
	wMonth
	wTLD
	wRoleMailbox
	wDirectional
	wAgeCue
	wPhoneCue
	wZipCue
	wCodeCue
	wLoincCue
	wNDCCue
	wCPTCue
	wICDCue
	wCardCue
	wSkipCue
	wPlace
	wYearsOld
	wMonthAmbig
	wExtCue
	wOrdinal
	wSSNCue
	wBizCue
	wAddrPersonCue
)

// phrase classes
const (
	pClinical = iota + 1
	pAssoc
	pIDCue
	pTenant
)

// phrase flags
const (
	fAmbig = 1 << iota // needs a health cue nearby
	fUpper             // must be written in capitals
	fCap               // must be capitalised
	fExact             // must be written exactly as in the vocabulary ("PrEP")
)

type phrase struct {
	exact string
	toks  []uint64
	kind  Kind
	rule  string
	class uint8
	flags uint8
}

// phraseKey: a phrase's second word (its toks[1], when it has two words or
// more), its word count and whether it is an association's (pAssoc), kept
// beside wordInfo.phrases (phKeys).
type phraseKey struct {
	t1    uint64
	n     int32
	assoc bool
}

type wordInfo struct {
	flags   uint64
	month   int8 // 1..12
	phrases []*phrase
	// phKeys: per phrase of phrases (same index), what scanner.phrases
	// tests before reading the phrase itself (its second word, length and
	// class), so a word that opens dozens of phrases ("your") is walked
	// without a pointer per phrase; set by addPhrase with phrases
	phKeys []phraseKey
	// phOne, phT1 and phTwo sum phKeys up for scanner.phrases, which
	// skips the walk when no key can pass its tests (helper SPEED10):
	// phOne, some phrase is one word; phT1, bit t1&127 of every phrase of
	// two words or more; phTwo, the same of the two-word phrases only (the
	// next word's singular may match those). Set by addPhrase with phKeys.
	phOne bool
	phT1  [2]uint64
	phTwo [2]uint64
	// upperKind: the kind of the first one-word clinical phrase written
	// in capitals only (flag u), as abbrevWord looks for it; set by
	// addPhrase, the one place phrases are added
	upperKind Kind
	// alone: the entry holds only multi-word clinical terms and no list
	// writes the word capitalised (member.go, set by markMembers)
	alone bool
	// careAny: a phrase of the entry is clinical, an association's or the
	// tenant's (careWord walks the phrases only then); set by addPhrase
	careAny bool
}

type vocab struct {
	words map[uint64]*wordInfo
	// tab is words as an open-addressed array (wordtab.go), the one the
	// lookups read; empty until built and whenever a word was added since
	tab   wordTab
	terms int
	// cognates: cognate keys of the single-word clinical terms (cognate.go)
	cognates map[uint64]Kind
	// cognatesCh: the same terms under dictKey's key where it differs
	// (ch → c…: "colchicine" as "colcicin"), for words in no general list
	// only (lang.go, cognateES)
	cognatesCh chCognates
	// ordinary: the ordinary words that are clinical, ordCognates their
	// cognate keys (ordinary.go)
	ordinary    ordinarySet
	ordCognates map[uint64]Kind
	// learned: clinical heads and modifiers learned from the loaded
	// multi-word terms (learned.go)
	learned learnedSet
	// shapeWords: the words of the loaded clinical terms, for the letter
	// shape model (shape.go), built at New
	shapeWords shapeCollector
	// properFirst: first words of clinical terms written capitalised in
	// their list ("Chinese restaurant syndrome", "Jarvik heart"): place,
	// people and brand words, not clinical alone (member.go)
	properFirst map[uint64]bool
	// phTypo: the words of the multi-word clinical terms by their
	// neighbours, for a misspelled word among them (phrasetypo.go)
	phTypo phraseTypoIndex
}

func (v *vocab) get(h uint64) *wordInfo {
	if v.tab.slots != nil {
		return v.tab.get(h)
	}
	return v.words[h]
}

func (v *vocab) info(h uint64) *wordInfo {
	w := v.words[h]
	if w == nil {
		w = &wordInfo{}
		v.words[h] = w
		v.tab = wordTab{} // stale: lookups read the map until the next build
	}
	return w
}

func (v *vocab) flags(h uint64) uint64 {
	if w := v.get(h); w != nil {
		return w.flags
	}
	return 0
}

// termTokens normalises and tokenises a vocabulary term exactly as notice
// text is processed, returning the token hashes.
func termTokens(s string) []uint64 {
	nt := normalize(s, nil, nil)
	toks := tokenize(&nt, nil)
	hs := make([]uint64, len(toks))
	for i, t := range toks {
		hs[i] = t.h
	}
	return hs
}

var sectionFlags = map[string]uint64{
	"title": wTitle, "greeting": wGreeting, "generic_addressee": wGenericAddressee, "name_cue": wNameCue,
	"date_person": wDatePerson, "date_allowed": wDateAllowed, "health_cue": wHealthCue, "allow_number": wAllowNum,
	"street_suffix": wStreetSuffix, "street_abbrev": wStreetSuffix | wStreetAbbrev, "state_code": wStateCode,
	"state_name": wStateName, "unit": wUnit, "tld": wTLD, "role_mailbox": wRoleMailbox, "directional": wDirectional,
	"age_cue": wAgeCue, "phone_cue": wPhoneCue, "zip_cue": wZipCue, "code_cue": wCodeCue, "loinc_cue": wLoincCue,
	"ndc_cue": wNDCCue, "cpt_cue": wCPTCue, "icd_cue": wICDCue, "card_cue": wCardCue, "skip_cue": wSkipCue,
	"place": wPlace, "years_old": wYearsOld, "ext_cue": wExtCue, "ssn_cue": wSSNCue,
	"biz_cue": wBizCue, "addr_person_cue": wAddrPersonCue,
}

var idSections = map[string]Kind{
	"mrn": KindMRN, "health_plan": KindHealthPlan, "account": KindAccount, "license": KindLicense,
	"vehicle": KindVehicle, "device": KindDevice, "identifier": KindIdentifier, "ssn": KindSSN,
}

func parseFlags(s string) uint8 {
	var f uint8
	for _, c := range s {
		switch c {
		case 'a':
			f |= fAmbig
		case 'u':
			f |= fUpper
		case 'c':
			f |= fCap
		case 'e':
			f |= fExact
		}
	}
	return f
}

func (v *vocab) addPhrase(text string, p phrase) {
	hs := termTokens(text)
	if len(hs) == 0 {
		return
	}
	p.toks = hs
	if p.flags&fExact != 0 {
		p.exact = text
	}
	w := v.info(hs[0])
	for _, q := range w.phrases {
		if q.class == p.class && q.kind == p.kind && q.exact == p.exact && equalHashes(q.toks, hs) {
			return
		}
	}
	pp := p
	w.phrases = append(w.phrases, &pp)
	key := phraseKey{n: int32(len(hs)), assoc: pp.class == pAssoc}
	if len(hs) >= 2 {
		key.t1 = hs[1]
		w.phT1[(hs[1]>>6)&1] |= 1 << (hs[1] & 63)
		if len(hs) == 2 {
			w.phTwo[(hs[1]>>6)&1] |= 1 << (hs[1] & 63)
		}
	} else {
		w.phOne = true
	}
	w.phKeys = append(w.phKeys, key)
	if pp.class == pClinical && len(hs) >= 2 && pp.flags&(fUpper|fCap|fExact) == 0 {
		v.phTypo.add(text, w.phrases[len(w.phrases)-1])
	}
	if pp.class == pClinical || pp.class == pAssoc || pp.class == pTenant {
		w.careAny = true
	}
	if w.upperKind == "" && pp.class == pClinical && pp.flags&fUpper != 0 && len(pp.toks) == 1 {
		w.upperKind = pp.kind
	}
	v.terms++
}

func equalHashes(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

type vocabFile struct {
	name    string
	handler func(v *vocab, section, term string, flags uint8) error
}

func clinicalHandler(def Kind) func(v *vocab, section, term string, flags uint8) error {
	return func(v *vocab, section, term string, flags uint8) error {
		k := def
		if section != "" {
			kk, err := ParseKind(section)
			if err != nil {
				return err
			}
			k = kk
		}
		v.addPhrase(term, phrase{kind: k, rule: "clinical." + string(k), class: pClinical, flags: flags})
		return nil
	}
}

func wordFlagHandler(flag uint64) func(v *vocab, section, term string, flags uint8) error {
	return func(v *vocab, section, term string, flags uint8) error {
		for _, h := range termTokens(term) {
			v.info(h).flags |= flag
			v.terms++
		}
		return nil
	}
}

func sectionHandler(v *vocab, section, term string, flags uint8) error {
	if k, ok := idSections[section]; ok {
		v.addPhrase(term, phrase{kind: k, rule: "id." + string(k), class: pIDCue, flags: flags})
		return nil
	}
	f, ok := sectionFlags[section]
	if !ok {
		return fmt.Errorf("unknown section %q", section)
	}
	hs := termTokens(term)
	if len(hs) != 1 {
		return fmt.Errorf("section %q takes single words, got %q", section, term)
	}
	v.info(hs[0]).flags |= f
	v.terms++
	return nil
}

// splitByWord: vocabulary files with several entries per line.
var splitByWord = map[string]bool{"first_names.txt": true, "last_names.txt": true}

var vocabFiles = []vocabFile{
	{"stopwords.txt", wordFlagHandler(wStop)},
	{"common_words.txt", wordFlagHandler(wCommon)},
	{"first_names.txt", wordFlagHandler(wFirst)},
	{"last_names.txt", wordFlagHandler(wLast)},
	{"conditions.txt", clinicalHandler(KindCondition)},
	{"medications.txt", clinicalHandler(KindMedication)},
	{"biologics.txt", clinicalHandler(KindMedication)}, // plasma-derived brands, outside the letter-shape model (misc17)
	{"labs_procedures.txt", clinicalHandler(KindLabTest)},
	{"uklabs.txt", clinicalHandler(KindLabTest)}, // British blood-test names, outside the letter-shape model (recall17b)
	{"clinical_es.txt", clinicalHandler(KindCondition)},
	{"supplies.txt", func(v *vocab, section, term string, flags uint8) error {
		v.addPhrase(term, phrase{kind: KindProcedure, rule: "clinical.supply", class: pClinical, flags: flags})
		return nil
	}},
	// medical devices by brand and model (devicebrand.go)
	{"devices.txt", func(v *vocab, section, term string, flags uint8) error {
		v.addPhrase(term, phrase{kind: KindProcedure, rule: "clinical.supply", class: pClinical, flags: flags})
		return nil
	}},
	// WordNet 3.0 medical nouns (wordnet_gen_test.go); [device] entries
	// are supplies
	{"wordnet_medical.txt", func(v *vocab, section, term string, flags uint8) error {
		if section == "device" {
			v.addPhrase(term, phrase{kind: KindProcedure, rule: "clinical.supply", class: pClinical, flags: flags})
			return nil
		}
		return clinicalHandler(KindCondition)(v, section, term, flags)
	}},
	// ordinary words whose first WordNet sense is medical (ordinary.go);
	// reported only in a personal or health frame
	{"wordnet_ordinary.txt", ordinaryHandler},
	{"association.txt", func(v *vocab, section, term string, flags uint8) error {
		v.addPhrase(term, phrase{kind: KindAssociation, rule: "association.term", class: pAssoc, flags: flags})
		return nil
	}},
	{"context_words.txt", sectionHandler},
	{"places.txt", sectionHandler},
}

var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
	// Spanish (lower case, as Spanish writes them; "3 de marzo de 2026")
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	// Spanish abbreviations that English lacks ("12-ENE-1980", "3/abr/1980");
	// "ago" is an English word too, so only capitalised (wMonthAmbig)
	"ene": 1, "abr": 4, "ago": 8, "dic": 12,
}

func loadVocab(extra []Term) (*vocab, error) { return loadVocabFiltered(extra, nil, nil) }

// loadVocabFiltered is loadVocab leaving out the entries holdOut answers
// true for (evaluation only; names lists are filtered name by name), with
// the lines of add appended to their files (tests only: Options.addEntries).
func loadVocabFiltered(extra []Term, holdOut func(file, term string) bool, add map[string][]string) (*vocab, error) {
	v := &vocab{words: make(map[uint64]*wordInfo, 16384)}
	var lc learnCollector
	for _, f := range vocabFiles {
		data, err := vocabFS.ReadFile("vocab/" + f.name)
		if err != nil {
			return nil, fmt.Errorf("guard: vocabulary %s: %w", f.name, err)
		}
		if more := add[f.name]; len(more) > 0 {
			data = append(append(append([]byte(nil), data...), '\n'), strings.Join(more, "\n")...)
		}
		h := f.handler
		if holdOut != nil {
			name, inner := f.name, f.handler
			h = func(v *vocab, section, term string, flags uint8) error {
				if splitByWord[name] {
					for _, w := range strings.Fields(term) {
						if !holdOut(name, w) {
							if err := inner(v, section, w, flags); err != nil {
								return err
							}
						}
					}
					return nil
				}
				if holdOut(name, term) {
					return nil
				}
				return inner(v, section, term, flags)
			}
		}
		if es, ok := learnFiles[f.name]; ok {
			inner := h
			h = func(v *vocab, section, term string, flags uint8) error {
				if err := inner(v, section, term, flags); err != nil {
					return err
				}
				if holdOut == nil || !holdOut(f.name, term) {
					// the frozen entries only (learned.go,
					// learnTrain)
					return lc.addLoaded(f.name, term, es)
				}
				return nil
			}
		}
		if shapeFiles[f.name] {
			inner := h
			h = func(v *vocab, section, term string, flags uint8) error {
				if err := inner(v, section, term, flags); err != nil {
					return err
				}
				if holdOut == nil || !holdOut(f.name, term) {
					// the letter-shape model learns the frozen
					// entries only (shape.go, shapeTrain)
					if ok, err := shapeTrained(term); err != nil {
						return err
					} else if ok {
						v.shapeWords.add(term)
					}
					v.noteProperFirst(term)
				}
				return nil
			}
		}
		if err := parseVocab(v, f.name, string(data), h); err != nil {
			return nil, err
		}
	}
	if err := loadCognates(v, holdOut); err != nil {
		return nil, err
	}
	for name, m := range monthNames {
		w := v.info(hstr(name))
		w.flags |= wMonth
		w.month = int8(m)
		if name == "may" || name == "mar" || name == "jan" || name == "jun" || name == "ago" {
			w.flags |= wMonthAmbig
		}
	}
	v.learned = lc.build(v)
	for _, t := range extra {
		if strings.TrimSpace(t.Text) == "" {
			continue
		}
		k := t.Kind
		if k == "" {
			k = KindIdentifier
		}
		v.addPhrase(t.Text, phrase{kind: k, rule: "term.extra", class: pTenant})
	}
	v.markMembers()
	v.tab = newWordTab(v.words) // after every word is in (wordtab.go)
	return v, nil
}

func parseVocab(v *vocab, name, data string, h func(v *vocab, section, term string, flags uint8) error) error {
	sc := bufio.NewScanner(strings.NewReader(data))
	section := ""
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		term, fl := line, ""
		if i := strings.IndexByte(line, '|'); i >= 0 {
			term, fl = strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+1:])
		}
		if err := h(v, section, term, parseFlags(fl)); err != nil {
			return fmt.Errorf("guard: vocabulary %s line %d: %w", name, ln, err)
		}
	}
	return sc.Err()
}
