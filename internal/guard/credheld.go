package guard

import "strings"

// credheld.go: a staff person's credentials list that holds a condition or
// a procedure (issue 15, seventeenth pass, red team and fix helper red17b,
// dev99x, 2026-12-06).
//
// staffsent.go and staffappoint.go read a name followed by a comma and a
// run of upper-case acronyms as a clinician and its post-nominal
// credentials, and drop the findings inside that run with the name's.
// Red17b's probe set dev99x put a diagnosis in the run: "Please welcome
// Dana Ruiz, RN, BSN, HIV+, our new infusion nurse", "Welcome Jorge Vidal,
// LPN, CKD, our new night nurse", "Welcome back Tom Ellis, RRT, CABG x3",
// "Damos la bienvenida a Rosa Delgado, RN, VIH, nuestra nueva enfermera".
// A credential is a degree, a licence or a board's letters; an acronym that
// the clinical lists read as a condition, a procedure, a medication or a
// test is the person's health, whoever the person is.
//
// credHeld reports that a finding of a clinical kind in the field covers
// one upper-case token of three letters or more that is no listed
// credential (srCreds, ssCreds, saCreds) and follows a credential after a
// comma ("RN, HIV", "BSN, COPD, CHF"). The staff-sentence and staff-
// appointment drops then keep every finding of the field. Two-letter
// acronyms ("MS", a Master of Science and multiple sclerosis) are left to
// the drops as before (accepted risk). "Dana Ruiz, RN, BSN, CCRN", "Tara
// Quinn, MSN, FNP-BC", "Marcus Lee, PharmD, BCPS" pass. Test
// `TestCredHeld`.

// credHeld: a credentials run of the field holds a clinical acronym (see
// the file comment).
func credHeld(v *srView, out []Finding, field string) bool {
	for _, f := range out {
		if f.Field != field || !credClinicalKind(f.Kind) {
			continue
		}
		a, b := srSpan(v, f.Start, f.End)
		if a < 1 || a != b {
			continue
		}
		tk := &v.toks[a]
		if tk.cls&tUpper == 0 || len(tk.low) < 3 || credListed(tk) {
			continue
		}
		p := &v.toks[a-1]
		if strings.TrimSpace(srGap(v, a-1, a)) == "," && (credListed(p) || ssCredTok(v, a-1)) {
			return true
		}
	}
	return false
}

// credClinicalKind: the kinds that name a person's health.
func credClinicalKind(k Kind) bool {
	return k == KindCondition || k == KindProcedure || k == KindMedication || k == KindLabTest
}

// credListed: token tk is a listed credential written with a capital.
func credListed(tk *token) bool {
	return tk.cls&tCap != 0 && (srCreds.get(tk.h) || ssCreds.get(tk.h) || saCreds.get(tk.h))
}
