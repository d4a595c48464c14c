package guard

import "testing"

// TestOwnCareWord: care words used in the sender's own business (a
// transaction's confirmation code, "leave them", a site's closing, a
// department's name after "our") let the sender's name and date pass; the
// reader's confirmed visit, leave, lab visit and care stay reported.
func TestOwnCareWord(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Clearline Infusion Pharmacy: Payment processed successfully. Amount: $75.00. Confirmation CIP-PAY-30417.",
		"Clearline Infusion Pharmacy: Payment processed. Confirmation #A77120.",
		"Clearline Infusion Pharmacy: Pickup of returned cooler boxes scheduled. Pickup reference #CL-RTN-7741. Leave them by your front door.",
		"Clearline Infusion Pharmacy: Our Patient Financial Services office moves to 1100 W Carmel Dr, Suite 150 on June 1.",
		"Meridian's Harbor Rd photo team thanks you for 15 great years. The lab closes Feb 28.",
		"Iris Optical Trunk Show: Saturday, Oct 10, 11 AM-4 PM at Grandview. Meet designer Lena Voss and take 20% off her new frame collection.",
		// announce_ops.go: a closure for upkeep and "open as usual"
		"Moreno & Blake PT: The aquatic pool at our Riverside clinic is closed for maintenance March 3-7. All other services are open as usual.",
	)
	checkFlagged(t, g, true,
		"Clearline Infusion Pharmacy: Payment processed for your vancomycin infusion. Confirmation CIP-PAY-30417.",
		"Clearline Infusion Pharmacy: Confirmation of your infusion visit on June 1.",
		"Clearline Infusion Pharmacy: your disability leave paperwork for your infusion is ready.",
		"Clearline Infusion Pharmacy: Leave them by your front door. Your chemotherapy supplies arrive Monday.",
		"Clearline Infusion Pharmacy: your Patient Financial Services account for your infusion moves on June 1.",
		"Your lab visit is Feb 28. The lab closes at 5 PM.",
		"Rosa Delgado's mammogram is Feb 28 at the Harbor Rd lab.",
		"Moreno & Blake PT: your Riverside clinic visit for your knee is March 3.",
		"Your specimen collection is Oct 10 at Grandview.",
		"Your new collection kit arrives Oct 10.",
		"Moreno & Blake PT: The aquatic therapy pool at our Riverside clinic is closed for maintenance March 3-7. Your session moves to March 8.",
	)
}
