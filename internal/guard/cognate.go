package guard

import (
	"fmt"
	"strings"
)

// Spanish/English cognates (issue 15, third pass). Clinical words are
// mostly Greek and Latin, and Spanish and English spell them by regular
// correspondences: artritis/arthritis, hipertensión/hypertension,
// demencia/dementia, cardiopatía/cardiopathy, infección/infection,
// insulina/insulin, esclerosis/sclerosis, neumonía/pneumonia,
// anaemia/anemia. cognateKey maps a word to a key that both spellings
// share; every single-word, unflagged term of 6+ letters of the built-in
// clinical vocabularies is indexed under its key (vocab.cognates), so a
// word that is in no vocabulary itself but shares a key with a listed term
// is reported (cognate.term) in whichever language it is written.

// cognateKey writes the key of w (lower-case letters) into buf; ok is
// false for words it does not apply to.
func cognateKey(buf []byte, w string) ([]byte, bool) {
	if len(w) < 6 || len(w) > 40 {
		return buf, false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return buf, false
		}
	}
	// plural
	if w[len(w)-1] == 's' && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1]
	}
	// the Spanish plural -ciones (infecciones, adicciones): the singular's
	// -ción, so that the endings below meet it (helper ES, dev30)
	if strings.HasSuffix(w, "cione") {
		w = w[:len(w)-1]
	}
	// Spanish prothetic e (estenosis/stenosis, espasmo/spasm); silent p
	// (neumonía/pneumonia, psoriasis/soriasis)
	switch {
	case len(w) > 3 && w[0] == 'e' && w[1] == 's' && strings.IndexByte("ctpq", w[2]) >= 0:
		w = w[1:]
	case strings.HasPrefix(w, "pn"), strings.HasPrefix(w, "ps"):
		w = w[1:]
	}
	// endings: -ction/-cción, -tion/-ción, -ntia/-ncia
	tail := ""
	switch {
	case strings.HasSuffix(w, "ction"), strings.HasSuffix(w, "ccion"): // addiction/adicción, not addition
		w, tail = w[:len(w)-5], "ction"
	case strings.HasSuffix(w, "isation"): // British -isation: cauterisation/cauterization
		w, tail = w[:len(w)-7], "izacion"
	case strings.HasSuffix(w, "ization"), strings.HasSuffix(w, "izacion"):
		w, tail = w[:len(w)-7], "izacion"
	case strings.HasSuffix(w, "tion"):
		w, tail = w[:len(w)-4], "cion"
	case strings.HasSuffix(w, "ntia"):
		w, tail = w[:len(w)-4], "ncia"
	}
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		var next byte
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case (c == 'p' || c == 't' || c == 'r') && next == 'h': // ph→f, th→t, rh→r
			if c == 'p' {
				c = 'f'
			}
			i++
		case c == 'a' && next == 'e', c == 'o' && next == 'e': // anaemia, oedema
			c = 'e'
			i++
		case c == 'q' && next == 'u':
			c = 'c'
			i++
		case c == 'y':
			c = 'i'
		case c == 'k':
			c = 'c'
		}
		if len(b) > 0 && b[len(b)-1] == c { // doubled letters
			continue
		}
		b = append(b, c)
	}
	b = append(b, tail...)
	// final vowels: -ia/-y, -ina/-ine/-in, -ico/-ic, -ismo/-ism, -ona/-one
	for len(b) > 6 && strings.IndexByte("aeiou", b[len(b)-1]) >= 0 {
		b = b[:len(b)-1]
	}
	if len(b) < 6 || strings.IndexByte("aeiou", b[len(b)-1]) >= 0 {
		return b, false
	}
	return b, true
}

// cognateFiles: the lists whose single words are indexed, with their
// default kind. Brand names are left out (medications.txt from its
// "# brands" line on; capitalised WordNet entries): a brand's key collides
// with ordinary Spanish ("amarillo" and Amaryl, "proveer" and Provera).
var cognateFiles = []struct {
	name string
	kind Kind
}{{"medications.txt", KindMedication}, {"conditions.txt", KindCondition}, {"labs_procedures.txt", KindLabTest},
	{"clinical_es.txt", KindCondition}, {"supplies.txt", KindProcedure}, {"wordnet_medical.txt", KindCondition}}

func loadCognates(v *vocab, holdOut func(file, term string) bool) error {
	for _, f := range cognateFiles {
		data, err := vocabFS.ReadFile("vocab/" + f.name)
		if err != nil {
			return fmt.Errorf("guard: vocabulary %s: %w", f.name, err)
		}
		kind := f.kind
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if f.name == "medications.txt" && line == "# brands" {
				break
			}
			if line == "" || line[0] == '#' || strings.Contains(line, "|") || line[0] >= 'A' && line[0] <= 'Z' {
				continue
			}
			if line[0] == '[' {
				if k, err := ParseKind(strings.Trim(line, "[]")); err == nil {
					kind = k
				}
				if line == "[device]" {
					kind = KindProcedure
				}
				continue
			}
			if holdOut != nil && holdOut(f.name, line) {
				continue
			}
			v.addCognate(line, kind, 0)
		}
	}
	return nil
}

// addCognate indexes a vocabulary term under its cognate key.
func (v *vocab) addCognate(term string, k Kind, flags uint8) {
	if flags != 0 || strings.ContainsAny(term, " -'") {
		return
	}
	key, ok := cognateKey(nil, strings.ToLower(term))
	if !ok {
		return
	}
	if v.cognates == nil {
		v.cognates = make(map[uint64]Kind, 8192)
	}
	h := hbytes(key)
	if _, dup := v.cognates[h]; !dup {
		v.cognates[h] = k
	}
	v.addCognateCh(term, h, k) // lang.go
}

// cognate: token i, in no built-in vocabulary, shares its cognate key
// with a listed clinical term.
func (s *scanner) cognate(i int) (Kind, bool) {
	t := &s.toks[i]
	if len(s.v.cognates) == 0 || t.w != nil && !s.memberAlone(i) || len(t.low) < 6 || s.used[i] || t.cls&tAlpha == 0 { // member.go
		return "", false
	}
	// a capitalised word inside a sentence is most often a proper noun
	// ("Porfirio" shares porphyria's key)
	// (or in a Title Case line, tested last: it reads the whole line)
	capInside := t.cls&(tCap|tUpper) != 0 && !t.sent && i != 0
	if capInside && !s.capNeighbour(i) { // cheap: a Title Case line has capitalised neighbours
		return "", false
	}
	// the key first: it costs a short loop and a lookup in a small map,
	// and most words miss, so the large general map is rarely read here
	key, ok := cognateKey(s.buf[:0], t.low)
	s.buf = key[:0]
	if !ok {
		return "", false
	}
	k, ok := s.v.cognates[hbytes(key)]
	if !ok {
		if k, ok = s.cognateES(i, key); !ok {
			return "", false
		}
	}
	// an ordinary English word is not a Spanish spelling ("concert",
	// "lyrics", "addition"); English misspellings are frame.misspelling's
	if s.g.gen.english(t.h) || capInside && !s.titleCase(i) {
		return "", false
	}
	if h := singularHash(t.low); h != 0 && s.g.gen.english(h) {
		return "", false
	}
	if s.p != nil && (s.p.isTemplate(t.h)) {
		return "", false
	}
	return k, true
}

func hbytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}
