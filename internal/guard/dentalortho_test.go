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
		// red15 (dev87x): furniture, building and sport words before the term
		{"Your new shelf brackets and braces ship Monday; the installer will tighten the wall anchors.", ""},
		{"Your lower deck braces and joist brackets passed inspection.", ""},
		{"Your bookcase kit includes 4 corner braces and 8 L-brackets. Tighten every screw after a week.", ""},
		{"Your upper braces and lower brackets will be tightened Thursday.", "clinical.dental"},
		{"Your son's braces need a wire adjustment.", "clinical.dental"},
		{"Brace yourself: the holiday sale starts Friday!", ""},
		{"Braces or clear aligners? Come to our open house on Saturday.", ""},
	})
}
