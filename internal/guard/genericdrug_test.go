package guard

import "testing"

// TestGenericDrug: a word in no vocabulary right after "generic" is a drug
// (frame.clinical, issue 15, sixth pass), unless goods follow it.
func TestGenericDrug(t *testing.T) {
	checkRule(t, "frame.clinical", []ruleCase{
		{"Switching to generic Zorvaldo saves you money.", true},
		{"Ask about generic plenquatrin at the counter.", true},
		{"Your generic Keurig pods have shipped.", false},
		{"Generic Lego-compatible bricks are back in stock.", false},
	})
}
