package guard

import "testing"

// TestOrthoWork: orthodontic appliances of the reader (dental.go's
// orthoTerms); clothing braces, shelf brackets and open houses pass.
func TestOrthoWork(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Next visit we'll be bonding your upper braces! Plan for about 2 hours.", "clinical.dental"},
		{"Next week we'll place your lower braces.", "clinical.dental"},
		{"Your brackets come off Thursday! Debonding takes about an hour.", "clinical.dental"},
		{"Turn your expander once tonight with the key.", "clinical.dental"},
		{"If a wire on your braces is poking, cover it with wax and call us.", "clinical.dental"},
		{"Su próxima cita es para la colocación de sus brackets superiores.", "clinical.dental"},
		{"Your leather braces and bow tie have shipped.", ""},
		{"Your shelf brackets have shipped (4 x 8 inch, matte black).", ""},
		{"Brace yourself: the holiday sale starts Friday!", ""},
		{"Braces or clear aligners? Come to our open house on Saturday.", ""},
	})
}
