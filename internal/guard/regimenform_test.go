package guard

import "testing"

// TestRegimenForm: a word in no vocabulary named as tablets after a
// regimen verb is the reader's drug (regimenform.go, dev60); goods pass.
func TestRegimenForm(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Remember to start your Malarone tablets 2 days before departure.", "frame.clinical"},
		{"Please stop your Quorvane capsules the night before surgery.", "frame.clinical"},
		{"Recuerda empezar tus comprimidos de Malarone 2 días antes del viaje.", "frame.clinical"},
		{"Start your Lego sets early this holiday!", ""},
		{"Your Samsung tablets ship tomorrow.", ""},
		{"Start your dishwasher tablets subscription today.", ""},
		{"Start your Vertuo capsules subscription today and save 20%.", ""},
		{"Keep your Zorbix tablets charged on the go with our power bank.", ""},
	})
}
