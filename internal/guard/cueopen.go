package guard

// A Spanish function word that is also a listed surname ("Su", "Le",
// "Si": Chinese and Vietnamese family names) opening the sentence after
// a lower-case name cue is that sentence's first word, no name: "… de su
// área de paciente. Si no ha sido usted, llame …" (dev104-clean-150, the
// nineteenth pass's arrival check: the cue's finding spanned
// "paciente. Si", which approving as a term could never clear,
// TestApprovedFixHintsAgree). cueSentenceEnd (cueend.go) asks it only
// after a sentence's "." and a lower-case cue; "Paciente. Le Van Thanh"
// (a capitalised cue) and "paciente Su Li" (no sentence end) stay the
// cue's.

// coSpanishOpeners: Spanish pronouns, possessives and conjunctions that
// open a sentence and are also family names in the name lists.
var coSpanishOpeners = wordSetTab("si su sus le les lo la se mi mis tu tus te ya")

// coNameJoin: a lower-case word that joins a family name to another name
// or to its particle ("Le y Tran", "Su de la Vega", "Le van Thanh"); no
// pronoun, possessive or conjunction of coSpanishOpeners is followed by
// one ("Si de verdad …" is: si keeps de and del).
var coNameJoin = wordSetTab("y e de del van von thi da dos")

// coSpanishOpener: token j opens a sentence with one of coSpanishOpeners
// followed by a lower-case word ("Si no", "Su cita", "Le esperamos"),
// which neither joins names (coNameJoin: "Le y Tran", "Su de la Vega")
// nor is a listed name outside the dictionary ("Lo wei") (red20,
// dev104x: the surname and its partner or given name stay the cue's).
func (s *scanner) coSpanishOpener(j int) bool {
	if !coSpanishOpeners.get(s.toks[j].h) || j+1 >= len(s.toks) || s.gap(j+1) != " " {
		return false
	}
	n := &s.toks[j+1]
	if n.cls&(tCap|tUpper|tDigit) != 0 {
		return false
	}
	if coNameJoin.get(n.h) && !(s.toks[j].low == "si" && (n.low == "de" || n.low == "del")) {
		return false
	}
	return s.fl(j+1)&(wFirst|wLast) == 0 || s.general(j+1)
}
