package guard

import "testing"

// TestChargeDescriptor: the merchant's name in capitals that a card
// statement shows, after "will appear as", passes (chargedescriptor.go;
// r107, dev107); a listed drug, a run that goes on to the reader's refill,
// a mixed-case run and no charge word keep the finding.
func TestChargeDescriptor(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"We updated the card on file. The next charge will appear as HARBORLINE RX.", Standard, false},
		{"Your card statement will show the charge as BLINKBOX*LENSES.", Standard, false},
		// reported
		{"The next charge will appear as HARBORLINE RX for your Zorvaldo refill.", Standard, true},
		{"The charge will appear as ZOLOFT RX.", Standard, true},
		{"The charge will appear as Zorvaldo Rx.", Standard, true},
		{"Your order will appear as HARBORLINE RX.", Standard, true},
	})
}
