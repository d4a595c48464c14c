package guard

import "testing"

// TestStaffMeetingTitles: a clinician's talk at a professional meeting
// written in lower case, the clinician's own clinic days, a Mexican
// professional title before a name, a role's duty after "for" and a
// one-word brand with a capital inside before "welcomes" in the sender's
// staff news (staffappoint.go's saMeetingSlot, saTheirRole, saDuty and
// sender slot, staffrole.go's srTitle, context_words.txt [title]; r107,
// dev107).
func TestStaffMeetingTitles(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"Dr. Okafor will be presenting research at the national allergy meeting in February; her clinic days will shift that week.", Standard, false},
		{"Dr. Okafor will speak at the national allergy meeting in February.", Standard, false},
		{"La Dra. Ortega presentará una investigación en el congreso nacional de alergia en febrero.", Standard, false},
		{"La QFB Daniela Ortega asume como responsable sanitaria de la sucursal Satélite.", Standard, false},
		{"Enf. Rosa Medina se une a nuestro equipo de la sucursal Norte.", Standard, false},
		{"BlinkBox welcomes Dr. June Park, OD, as our clinical advisor for prescription verification.", Standard, false},
		{"Riverbend Lenses welcomes Dr. June Park, OD, as our clinical advisor for prescription verification.", Standard, false},
		// reported
		{"Dr. Okafor will speak at the national allergy meeting about your peanut allergy.", Standard, true},
		{"Dr. Okafor will present Maria Lopez's case at the national allergy meeting in February.", Standard, true},
		{"Dr. Okafor will speak at the national allergy meeting; her oncologist will see you Monday.", Standard, true},
		{"Dr. Okafor will speak at the national allergy meeting in February.", Strict, true},
		{"La QFB Daniela Ortega le entregará su insulina mañana.", Standard, true},
		{"Hola QFB Ortega, su resultado de VIH está listo.", Standard, true},
		{"BlinkBox welcomes Dr. June Park, OD, as your advisor for your prescription verification.", Standard, true},
		{"Dr. June Park, OD, our clinical advisor for prescription verification, reviewed your astigmatism prescription.", Standard, true},
		{"McKenzie welcomes Dr. June Park, OD, as our clinical advisor for your prescription verification.", Standard, true},
	})
}
