package guard

import "testing"

// TestSignInCode: a sign-in code after a pharmacy's "Rx code" passes; a
// code beside a care or record word stays reported (otpcode.go,
// signInCode).
func TestSignInCode(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"ClearPath Rx code: 660182. Use it to finish signing in. We will never call you asking for this code.",
		"OakHaven Rx code: 482913. Use it to finish signing in.",
	)
	checkFlagged(t, g, true,
		"Rx code: 660182. Sign in to see your refill.",
		"Your Rx code 660182 is ready.",
		"Member code 660182. Use it to finish signing in.",
		"Rx code: 660182. Use it to finish signing in to see your prescription.",
		// red13/dev77x: a code shown at a prescription's pickup is the prescription's
		"Rx code: 660182. Show it to verify at pickup.",
		"Código Rx: 660182. Muéstrelo para verificar al recoger.",
		"Your code: 660182. Your MRN is 20931.",
		"Your claim CLM-20931 for the ER visit was processed.",
	)
}
