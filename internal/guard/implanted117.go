package guard

// implanted117.go: compose.implanted_defibrillator (procedure), a
// defibrillator implanted in the reader (issue 15, twenty-fourth pass, fix
// helper r117d, dev117-leak-036, 2026-12-06).
//
// "upload the hospital invoice listing the implanted cardiac
// defibrillator so we can add the device benefit to your claim" passed:
// the lists hold "defibrillator implant", "icd implant" and "wearable
// defibrillator", and a defibrillator alone is also a public AED. An
// implanted or implantable one (implanted, implantable, implantado,
// implantable; then at most two words, as "cardiac", "cardioverter",
// before defibrillator or desfibrilador) is only ever a patient's device.
// The words are a word set, not a vocabulary list: a new vocabulary word
// would change the notice model's token types (TestNoticeModelFrozen).
// Gated by pass20gate.go, sharing p20HospFor's bit (scanHospFor calls it).
// "An automated external defibrillator is mounted in our lobby" passes
// (TestImplanted117).
var (
	idStart = wordSetTab("implanted implantable implantado implantada")
	idHead  = wordSetTab("defibrillator defibrillators desfibrilador desfibriladores cardioverter-defibrillator")
)

// implantedDefib reports implanted defibrillators; it runs past the
// shared gate.
func (s *scanner) implantedDefib() {
	n := len(s.toks)
	for i := range s.toks {
		if s.used[i] || !idStart.get(s.toks[i].h) {
			continue
		}
		// English order: "implanted (cardiac) defibrillator"
		for k := i + 1; k < n && k <= i+3; k++ {
			if s.toks[k].sent || s.gap(k) != " " && s.gap(k) != "-" {
				break
			}
			if idHead.get(s.toks[k].h) {
				s.addTok(i, k, KindProcedure, "compose.implanted_defibrillator", 0.8, reasonFor(KindProcedure))
				break
			}
		}
		// Spanish order: "desfibrilador implantable"
		if i > 0 && !s.toks[i].sent && s.gap(i) == " " && idHead.get(s.toks[i-1].h) && !s.used[i-1] {
			s.addTok(i-1, i, KindProcedure, "compose.implanted_defibrillator", 0.8, reasonFor(KindProcedure))
		}
	}
}
