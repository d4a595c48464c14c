package guard

import "strings"

// Condition adjectives (issue 15, third pass): "your asthmatic son",
// "Your obese education class", "diabetic", "epileptic", "psychotic" name
// a condition through its noun. A word with one of these endings whose
// noun (by the regular derivation) is a single-word, unflagged condition of
// the built-in vocabularies is reported (compose.adjective):
//
//	-atic → -a (asthmatic/asthma)    -itic → -itis (arthritic/arthritis)
//	-otic → -osis (psychotic)        -ptic → -psy (epileptic/epilepsy)
//	-etic → -etes (diabetic)         -mic/-nic/-xic → -mia/-nia/-xia
//	-ive → -ion (hypertensive)       -istic → -ism (autistic/autism)
//
// Marketing words that derive from a condition ("addictive", "compulsive")
// are left out.

var adjectiveRules = []struct{ end, noun string }{
	{"atic", "a"}, {"itic", "itis"}, {"otic", "osis"}, {"ptic", "psy"}, {"etic", "etes"}, {"istic", "ism"},
	{"mic", "mia"}, {"nic", "nia"}, {"xic", "xia"}, {"ive", "ion"},
}

var adjectiveNotClinical = wordSetTab("addictive compulsive obsessive impulsive manic hectic abortive")

// conditionAdjective reports token i as the adjective of a listed
// condition.
func (s *scanner) conditionAdjective(i int) bool {
	t := &s.toks[i]
	if s.used[i] || t.w != nil && !s.memberAlone(i) || len(t.low) < 6 || t.cls&tAlpha == 0 || adjectiveNotClinical.get(t.h) { // member.go
		return false
	}
	last := t.low[len(t.low)-1]
	if last != 'c' && last != 'e' {
		return false
	}
	for _, r := range adjectiveRules {
		if _, ok := s.derivedCondition(t.low, r.end, r.noun, 0xff); ok {
			return true
		}
	}
	return false
}

// derivedCondition: low ends in end, and with that ending replaced by noun
// it is a single-word condition of the lists whose flags have none of
// excluded; h is the derived word's hash either way (0 when low does not
// end in end).
func (s *scanner) derivedCondition(low, end, noun string, excluded uint8) (h uint64, ok bool) {
	if !strings.HasSuffix(low, end) {
		return 0, false
	}
	s.buf = append(s.buf[:0], low[:len(low)-len(end)]...)
	s.buf = append(s.buf, noun...)
	h = hbytes(s.buf)
	if w := s.v.get(h); w != nil {
		for _, p := range w.phrases {
			if p.class == pClinical && p.kind == KindCondition && len(p.toks) == 1 && p.flags&excluded == 0 {
				return h, true
			}
		}
	}
	return h, false
}

// Ordinary adjectives of listed conditions (issue 15, 2026-12-04): "obese",
// "pregnant", "embarazada" are ordinary English or Spanish words, so
// compose.adjective (words in no vocabulary) does not take them; their
// nouns by these derivations are listed conditions, and frame.ordinary
// reports them in the same personal or health frames as the ordinary
// clinical words ("Your obese education class", "Información sobre
// embarazada").
var frameAdjectiveRules = []struct{ end, noun string }{
	{"ant", "ancy"}, {"ese", "esity"}, // pregnant/pregnancy, obese/obesity
	{"ada", "o"}, {"ado", "o"}, // embarazada/embarazo
	{"esa", "esidad"}, {"eso", "esidad"}, // obesa, obeso/obesidad
}

// frameAdjective: token i (5+ letters) is an ordinary adjective whose noun
// by frameAdjectiveRules is a single-word condition of the lists
// (unflagged, or needing a health cue: the frame is the cue).
func (s *scanner) frameAdjective(i int) (Kind, bool) {
	t := &s.toks[i]
	if len(t.low) < 5 || t.w != nil && !s.memberAlone(i) { // member.go
		return "", false
	}
	last := t.low[len(t.low)-1]
	if last != 't' && last != 'e' && last != 'a' && last != 'o' {
		return "", false
	}
	for _, r := range frameAdjectiveRules {
		h, ok := s.derivedCondition(t.low, r.end, r.noun, fUpper|fExact|fCap)
		if ok {
			return KindCondition, true
		}
		if h != 0 {
			if _, ok := s.v.ordinary.get(h); ok {
				return KindCondition, true
			}
		}
	}
	return "", false
}
