package guard

import "testing"

// TestPapSetting: a PAP pressure in cm H2O and a titration study
// (cpappressure.go, dev64); dimensions, rain and chemistry pass.
func TestPapSetting(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"We've received your titration study from 2/3 and your pressure will be reset to 11 cm H2O.", "compose.pap_setting"},
		{"Your pressure is now 12 cmH2O.", "compose.pap_setting"},
		{"Your range was reset to 6-14 cm water pressure.", "compose.pap_setting"},
		{"Su estudio de titulación está listo.", "compose.pap_setting"},
		{"Tu presión quedará en 10 cm de H2O desde el jueves.", "compose.pap_setting"},
		{"New desk lamp: 45 cm tall, base 12 cm wide.", ""},
		{"Rain gauge at Elm Park read 11 cm of water after the storm.", ""},
		{"Chemistry club: acid-base titration lab on Friday.", ""},
	})
}
