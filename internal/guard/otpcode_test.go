package guard

import "testing"

// TestOneTimeCode: one-time verification codes reached by an account cue
// pass; a code beside a record word or an account number touching its cue
// stays reported (otpcode.go).
func TestOneTimeCode(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Two-step verification is now on for your ClearDraw account. Your code is 217009. It expires in 10 minutes.",
		"two-step verification is now on for your cleardraw account. your code is 668821. it expires in 10 minutes.",
	)
	checkFlagged(t, g, true,
		"Patient account 45120987. Your code expires in 10 minutes.",
		"Your code is 668821. Your member number is 88213407.",
		"Verification is on for your patient account. Your code is 217009. It expires in 10 minutes.",
		// RED (dev53r): a public-benefit number
		"Verify your account. Your code is 88213407, your Medicaid number.",
		"Sign-in verification for your account: your code is 88213407 (Medicare).",
	)
}
