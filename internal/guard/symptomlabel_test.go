package guard

import "testing"

// TestSymptomLabel: a symptom opening the value of a reason label (motivo,
// reason, complaint) after a colon or a webhook key is reported
// (symptomlabel.go); a reason that is no symptom, a public symptom list and
// an idiom pass.
func TestSymptomLabel(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rule alone
	checkRuleCases(t, g, Standard, []tpCase{
		{"Motivo de la llamada: fiebre y tos desde el lunes.", "clinical.symptom"},
		{`{"evento":"llamada.cerrada","motivo":"dolor abdominal intenso","idioma":"es"}`, "clinical.symptom"},
		{"Reason for visit: wheezing at night. Please arrive early.", "clinical.symptom"},
		{`{"event":"nurse_line.call","reason":"fever and chills","lang":"en"}`, "clinical.symptom"},
	})
	checkModeCases(t, g, nil, []modeCase{
		{"Motivo: dolor de garganta. Su videoconsulta es hoy.", Standard, true},
		{"Motivo: cierre por inventario. Abrimos el lunes.", Standard, false},
		{"Reason for the delay: the courier's truck broke down.", Standard, false},
		{"Motivo de la campaña: la fiebre del sábado llega con descuentos.", Standard, false},
		{`{"event":"store.closed","reason":"power outage","lang":"en"}`, Standard, false},
		{`{"evento":"pedido.cancelado","motivo":"sin stock","canal":"sms"}`, Standard, false},
	})
}

// TestLabelColonGap: the gaps a label's value may follow.
func TestLabelColonGap(t *testing.T) {
	for g, want := range map[string]bool{": ": true, ":": true, `":"`: true, `": "`: true, " - ": false, "::": false, ", ": false, "": false} {
		if got := labelColonGap(g); got != want {
			t.Errorf("labelColonGap(%q) = %v, want %v", g, got, want)
		}
	}
}
