package guard

import "testing"

// TestSenderRemitBox: the sender's remit-to box passes; the reader's box
// stays reported (remitbox.go).
func TestSenderRemitBox(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"New mailing address for payments by check: Little Harbor Pediatrics, PO Box 4471, Portsmouth, NH 03802. Please update your bill-pay settings.",
		"Please remit to: Summit Mobility, PO Box 2210, Albany, NY 12201.",
		"Payments by check should be mailed to Harbor Foundation, P.O. Box 118, Salem, MA 01970.",
		"Pague a: Little Harbor Pediatrics, PO Box 4471, Portsmouth, NH 03802.",
	)
	checkFlagged(t, g, true,
		"Please send your payment from PO Box 4471, Portsmouth, NH 03802 by Friday.",
		"We will mail your refund check to PO Box 991, Dover, NH 03820.",
		"Mail goes to P.O. Box 33, Dayton, OH 45401.",
		"We returned mail sent to PO Box 2281, Bozeman MT 59771.",
		"Send payments to Maria Lopez, PO Box 4471, Portsmouth, NH 03802.",
	)
}
