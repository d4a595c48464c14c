package guard

import "testing"

// TestOwnLine: the sender's line named with its hours, in a notice that
// names no sender (ownline.go); the reader's or a
// person's number in the same frames stays reported.
func TestOwnLine(t *testing.T) {
	runRecall2Cases(t, []recall2Case{
		// the sender's line: passes
		{"Weekend phone support: 9 AM–5 PM at (512) 555-0139.", Standard, "", false},
		{"El centro estará cerrado el 4 de julio. La línea de guardia 24 horas sigue disponible: (559) 555-0124.", Standard, "", false},
		{"Línea de atención, lunes a viernes de 8 a 17 h: (502) 555-0124.", Standard, "", false},
		{"Holiday hotline hours: 8 AM–2 PM at (717) 555-0100.", Standard, "", false},
		// the reader's or a person's number in the same frames: reported
		{"We have your number as (559) 555-0187; call us if it changed.", Standard, "phone.nanp", true},
		{"Please call us at (559) 555-0124 to confirm that (559) 555-0187 is still your mobile number.", Standard, "phone.nanp", true},
		{"We will call you at (559) 555-0187 before the van comes.", Standard, "phone.nanp", true},
		{"Call us if the driver cannot reach you at (559) 555-0187.", Standard, "phone.nanp", true},
		{"Weekend phone support will call your daughter at (512) 555-0187, 9 AM–5 PM.", Standard, "phone.nanp", true},
		{"La línea de guardia 24 horas le llamará al (559) 555-0187.", Standard, "phone.nanp", true},
		{"Su número en nuestro expediente: (502) 555-0187. Línea de atención 24 horas.", Standard, "phone.nanp", true},
		{"Call us at (559) 555-0124. We have you listed at (559) 555-0187.", Standard, "phone.nanp", true},
		{"Weekend phone support: 9 AM–5 PM. We will text you at (512) 555-0187.", Standard, "phone.nanp", true},
		{"Family support line hours: 9 AM–5 PM. Your mother's cell on file: (415) 555-0187.", Standard, "phone.nanp", true},
		{"Call us at (559) 555-0124 or have your son call us from (559) 555-0187.", Standard, "phone.nanp", true},
		{"Text us at (415) 555-0182 from your mobile (415) 555-0187.", Standard, "phone.nanp", true},
		{"Please call us at (415) 555-0124 about your anorexia nervosa intake assessment.", Standard, "clinical.condition", true},
		// a care signal or a receipt word: the hours line is refused
		{"Weekend phone support: 9 AM–5 PM at (512) 555-0139 for your lab results.", Standard, "phone.nanp", true},
		{"Weekend phone support: 9 AM–5 PM at (512) 555-0139 about receipt 88120455.", Standard, "phone.nanp", true},
	})
}
