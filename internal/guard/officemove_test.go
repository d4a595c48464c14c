package guard

import "testing"

// TestOfficeMoved: the sender's office or site moving passes
// (officemove.go, dev39); the reader's address stays reported.
func TestOfficeMoved(t *testing.T) {
	checkAnyFinding(t, []string{
		"Our Patient Financial Services office has moved to 200 Commerce Way, Suite 300. Hours are unchanged.",
		"Our Medical Records office has moved to 55 Main Street, Floor 2.",
		"The Billing Department is now located at 900 Lake Ave, Suite 120.",
		`{"event": "location.updated", "location": "Eastside Clinic", "new_address": "1200 Harbor Blvd, Suite 5"}`,
	}, []string{
		"Our Patient Financial Services office will send your bill to 200 Commerce Way, Apt 3.",
		"Your new mailing address, 200 Commerce Way, Apt 3, has been saved.",
		`{"event": "patient.address.updated", "new_address": "1200 Harbor Blvd, Apt 5"}`,
		`{"event": "location.updated", "home_address": "1200 Harbor Blvd"}`,
		// (was "Our office has moved to 200 Commerce Way; your records
		// moved too.": the address is the sender's office, which the
		// sender-address rule of senderdate.go passes — a decision of the
		// merge, the reader's records reveal nothing the notice's sender
		// does not; the reader's own address stays reported:)
		"Our office has moved; please update your address to 200 Commerce Way, Apt 3.",
	})
}
