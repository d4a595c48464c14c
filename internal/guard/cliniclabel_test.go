package guard

import "testing"

// TestClinLabel: a clinical record's label before a colon and the reader's
// condition or care, visible, hidden or after markup in a plain-text field,
// is reported (cliniclabel.go); a brand ending in Rx, a label before a
// status, pointer or pronoun, and a label with no colon pass.
func TestClinLabel(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Dx: early childhood caries, needs GA", "compose.clinical_label"},
		{`<p>Your appointment is confirmed.</p><span style="display:none">Dx: early childhood caries, needs GA</span>`, "compose.clinical_label"},
		{"Final diagnosis: nursing bottle caries. Your visit is on Tuesday.", "compose.clinical_label"},
		{"Motivo de consulta: caries de la infancia temprana.", "compose.clinical_label"},
		{"Diagnóstico de ingreso: caries rampante, requiere sedación.", "compose.clinical_label"},
		{"Chief complaint: trouble finding words lately.", "compose.clinical_label"},
		{"Paciente: Andrés. Impresión diagnóstica: caries temprana de la infancia.", "compose.clinical_label"},
	})
	checkModeCases(t, g, nil, []modeCase{
		{"Dx: early childhood caries, needs GA", Standard, true},
		{`<p>Thanks for visiting.</p><div style="display:none">Hx: nursing bottle caries</div>`, Standard, true},
		{"Assessment: early childhood caries, sealants advised.", Strict, true},
		{"ClearPath Rx: your order is being prepared and will ship soon.", Standard, false},
		{"Rx: ready for pickup at the front counter until 7 PM.", Standard, false},
		{"Assessment: due Friday. Complete the patient satisfaction survey.", Standard, false},
		{"Dx: see your portal for a new message from our office.", Standard, false},
		{"Impression: we loved seeing everyone at the open house!", Standard, false},
		{"Diagnosis codes on your statement are explained online.", Standard, false},
		{"Indicaciones: llegue 15 minutos antes y traiga su carné.", Standard, false},
		{`{"event":"order.created","dx":"HLH"}`, Standard, true},
	})
}
