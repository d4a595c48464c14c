package guard

// Kinship words that look like a clinical abbreviation or a name (issue
// 15, helper GAP, dev26g).
//
// "TIA" (transient ischaemic attack) is listed capitals-only (`tia|u` in
// vocab/conditions.txt); matchPhrase also takes a capitals-only clinical
// abbreviation written in lower case when a health cue ("your") is near,
// so "hi tia, your order shipped!" was a condition. "tía"/"tia" is the
// Spanish (and Spanglish) aunt. kinNotAbbrev reports that a lower-case
// "tia" is the kinship word and not the abbreviation when
//
//   - it was written with its accent ("tía": the abbreviation never is);
//   - the field reads as Spanish (lang.go), unless it is written without
//     its accent after a care word and de/por ("su seguimiento de tia":
//     the abbreviation; red team, dev26r);
//   - a greeting or an address word stands right before it ("hi tia",
//     "hola tia", "dear tia", "mi tia", "my tia", "querida tia");
//   - a capitalised given name of the lists follows it ("tia Rosa"); or
//   - it is in the possessive ("your tia's gift").
//
// Written in capitals it is never the kinship word: "Your TIA follow-up is
// scheduled", "Hi Maria, your TIA follow-up…" stay reported; a lower-case
// "your tia follow-up" in an English notice is still the abbreviation
// (fail closed).
//
// compose.greeting (compose.go) took a kinship word alone after a greeting
// for a name ("Hola tía, gracias por tu compra", "Hi mom, your order
// shipped!"); greetkin.go already said that a kinship word alone is no
// one's name (its list, kinWords, is the one used here), and
// compose.greeting now agrees. A kinship word followed by a name keeps
// greetkin.go's finding ("hola tía carmen —", "hi aunt maria,").

var (
	hTia = hstr("tia")
	// kinBefore: words before "tia" that make it the aunt
	kinBefore = wordSetTab("mi my tu su querida dear la una hi hey hello hola")
	// kinCareHead, kinCareOf: "seguimiento de tia", "control por tia" (a
	// care word, then de/por/del) in a Spanish field: the abbreviation
	kinCareOf   = wordSetTab("de del por tras")
	kinCareHead = wordSetTab("seguimiento control cita consulta evaluacion estudio estudios revision visita " +
		"tratamiento diagnostico antecedentes riesgo sintomas")
)

// kinNotAbbrev: token i, a lower-case capitals-only clinical abbreviation
// matched through a health cue, is the kinship word "tia".
func (s *scanner) kinNotAbbrev(i int) bool {
	t := &s.toks[i]
	if t.h != hTia || t.cls&tUpper != 0 {
		return false
	}
	if a, b := s.t.orig(int(t.s), int(t.e)); a >= 0 && b <= len(s.src) && b-a > int(t.e-t.s) {
		return true // written "tía"
	}
	if s.spanish() {
		// red team (dev26r): "su seguimiento de tia", "control por tia":
		// a care word and de/por/del before an unaccented "tia" is the
		// abbreviation
		return !(i >= 2 && kinCareOf.get(s.toks[i-1].h) && kinCareHead.get(s.toks[i-2].h))
	}
	if i > 0 && !t.sent && (kinBefore.get(s.toks[i-1].h) || s.fl(i-1)&wGreeting != 0) {
		return true
	}
	if i+1 < len(s.toks) {
		if g := s.gap(i + 1); g == " " && s.toks[i+1].cls&tCap != 0 && s.fl(i+1)&wFirst != 0 {
			return true // "tia Rosa"
		}
		if g := s.gap(i + 1); (g == "'" || g == "\u2019") && s.toks[i+1].low == "s" {
			return true // "your tia's gift"
		}
	}
	return false
}

// kinAlone: token j, the one word after a greeting, is a kinship word
// (greetkin.go's kinWords): no one's name on its own.
func (s *scanner) kinAlone(j int) bool {
	return kinWords.get(s.toks[j].h)
}
