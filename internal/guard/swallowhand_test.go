package guard

import "testing"

// TestSwallowHandVocab: the swallow-study, diet-texture and hand-surgery
// terms of labs_procedures.txt, conditions.txt and clinical_es.txt (fix
// helper missa, dev106c) report the reader's care; a recipe's thickened
// sauce, a free tendon gliding video and the learned words they would
// have made ("modified duty", "press release", "local honey") pass.
func TestSwallowHandVocab(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"The modified barium swallow showed silent aspiration with thin liquids. Thickened feeds start today.", Standard, true},
		{"Your MBSS showed penetration. Use nectar-thick liquids at home for now.", Standard, true},
		{"Results from your VFSS are in your portal.", Standard, true},
		{"We scheduled your son's fiberoptic swallow evaluation for Tuesday.", Standard, true},
		{"Following your trigger finger release, start the tendon gliding exercises 3x daily.", Standard, true},
		{"Your De Quervain's splint is ready for pickup.", Standard, true},
		{"Your flexor tendon repair protocol moves to active motion this week.", Standard, true},
		{"Tu estudio de deglución mostró aspiración. Desde hoy tomarás líquidos espesados.", Standard, true},
		{"Tras tu liberación del túnel carpiano, empieza los ejercicios.", Standard, true},
		{"Recipe of the week: a thickened sauce with cornstarch makes this stew extra cozy.", Standard, false},
		{"Watch our free tendon gliding video on YouTube - open to everyone, no login needed.", Standard, false},
		{"Welcome Renata, our new coordinator! Renata helps employers plan modified duty.", Standard, false},
		{"Read our press release about the new Eastside office.", Standard, false},
		{"Elderberry season is here! Local honey included with every order.", Standard, false},
	})
}
