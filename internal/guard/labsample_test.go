package guard

import "testing"

// TestLabLogistics: lab names labelling the sender's sample logistics pass
// (labsample.go); the reader's sample or result stays reported.
func TestLabLogistics(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"From January the practice will send FBC and U&E samples to the new hospital lab.",
		"Our courier now collects FBC and LFT samples twice a day from the surgery.",
		"The lab van picks up FBC samples at 11am and 3pm from Monday.",
	)
	checkFlagged(t, g, true,
		"Your FBC sample was sent to the lab today.",
		"We will send your U&E samples to the hospital lab.",
		"FBC results are back from the hospital lab.",
		"FBC samples showed low iron; the lab will send a report.",
	)
}

// TestSaintHeadResultES: a saint's header before the reader's result in
// Spanish (headsurname.go hsResultES); a statement or appointment passes.
func TestSaintHeadResultES(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Sta. Ana: su resultado está listo.", "name.head_surname"},
		{"Sto. Tomás: sus resultados de laboratorio ya están en el portal.", "name.head_surname"},
		{"Santa Lucía – su informe de laboratorio está listo.", "name.head_surname"},
		{"Sta. Rosa: su estado de cuenta está listo.", ""},
		{"Sto. Domingo: su cita está confirmada.", ""},
	})
}
