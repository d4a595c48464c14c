package guard

import "strings"

// esvaxadj.go: a Spanish vaccine named by its "anti-" adjective after the
// noun (issue 15, tenth pass, dev63, helper MISC10, 2026-12-05).
//
// Spanish names a vaccine by the noun and an adjective after it: "la
// vacuna antigripal", "vacuna antineumocócica", "vacuna antitetánica". The
// adjective is in no vocabulary, so the frame detector reports it
// (frame.clinical, a medication), and announce.go's vaccineAt, which reads
// a vaccine word inside or after the drug ("Prevnar 20 vaccine") or before
// it with a preposition ("vacuna contra la gripe"), did not take it as
// named as a vaccine: "Campaña de vacunación: la vacuna antigripal 2026 ya
// está disponible para afiliados y público general en todas nuestras
// sedes" (dev63-clean-209) was blocked. vaxAdjAfter reads a one-token
// medication finding that is a lower-case word starting with "anti", right
// after a vaccine word with one space, as named as a vaccine. The
// announcement rule's other checks all still apply (standard mode only, no
// personal cue anywhere: tu/su/usted/te, pendiente, recordatorio…, a
// sender-side frame in each sentence).
//
// Still blocked: "tu vacuna antigripal está pendiente" (personal cue),
// strict mode (marketing: announce.go never runs), "vacuna Ozempic" (no
// "anti-" adjective), a capitalised word after the vaccine noun. Speed:
// runs only inside dropAnnouncements, on a notice whose findings are all
// clinical.
func vaxAdjAfter(toks []token, a, b int) bool {
	if a != b || a < 1 {
		return false
	}
	t := &toks[a]
	if !strings.HasPrefix(t.low, "anti") || len(t.low) < 8 || t.cls&(tCap|tUpper|tDigit) != 0 {
		return false
	}
	return toks[a-1].e+1 == t.s && annClass(&toks[a-1])&annVaccine != 0
}
