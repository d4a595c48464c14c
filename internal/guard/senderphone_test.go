package guard

import "testing"

// TestSenderPhone: the sender's own number read by its sentence passes; the
// reader's, a person's and a number beside the reader's care stay reported
// (senderphone.go).
func TestSenderPhone(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		// the sender's
		{"KidsConnect: Your password was changed. If this wasn't you, call Hartwell Children's Clinic at (317) 555-0100.", Standard, false},
		{"Harbor Urgent Care: Your portal password was reset. If you didn't do this, call (206) 555-0170.", Standard, false},
		{"Hartwell Children's Clinic after-hours line: (317) 555-0100, option 2. Save it in your contacts.", Standard, false},
		{"Summit Eye Center: Our billing office has a new direct line: (720) 555-0145, Mon-Fri 9 AM-5 PM.", Standard, false},
		{"NowCare Urgent Care: Our billing office phone number is changing to (614) 555-0155 on April 1.", Standard, false},
		{"Summit Eye Center has moved! Our new address is 410 Pearl St, Suite 200, Boulder CO 80302. Same phone: (720) 555-0140.", Standard, false},
		{"Harbor Urgent Care: Our clinics close at 2 PM on Dec 31. For urgent needs after hours call (206) 555-0170.", Standard, false},
		{"Farmacias Santa Lucía: Nuestro Centro de Atención a Clientes ahora atiende por WhatsApp al 55 5010 2020, de 8:00 a 20:00.", Standard, false},
		{"Iris Optical & Eye Care - Grandview: 1480 W 5th Ave, Columbus OH. Tue-Sat 10 AM-6 PM. (614) 555-0141.", Standard, false},
		{"NowCare Urgent Care - Westgate is now open! 4410 W Broad St, Columbus OH. Open 8 AM-8 PM, 7 days a week. (614) 555-0150.", Standard, false},
		// the reader's, a person's, the reader's care
		{"Summit Eye Center: We'll call you at (720) 555-0188 to confirm your appointment.", Standard, true},
		{"Summit Eye Center: Your phone number (720) 555-0150 was added to your account. If this wasn't you, call us.", Standard, true},
		{"Summit Eye Center: Pickup for 720-555-0150 is ready at the front desk.", Standard, true},
		{"Summit Eye Center: Callback number on file: 720-555-0139.", Standard, true},
		{"Summit Eye Center: If this wasn't you, call Maria at (720) 555-0187.", Standard, true},
		{"Summit Eye Center: Your emergency contact line: (720) 555-0191.", Standard, true},
		{"Summit Eye Center: Our direct line: (720) 555-0133 ext. 14.", Standard, true},
		{"Óptica Del Valle: Te llamaremos al 33 4321 8876 para confirmar tu entrega.", Standard, true},
		{"Summit Eye Center: Our glaucoma line: (720) 555-0140.", Standard, true},
		{"Receipt #004-1182-77 | Questions? Call 702-555-0147", Standard, true},
		{"Call us back at (543) 784-1151.", Standard, true},
		{"Smith & Jones LLC: Our client's new number is (720) 555-0187.", Standard, true},
		{"Summit Eye Center: If this wasn't you, call your bank at (720) 555-0187.", Standard, true},
		{"Summit Eye Center: Our HIV clinic line: (720) 555-0140.", Standard, true},
		{"Summit Eye Center - Pearl Street: 410 Pearl St, Boulder CO. Your ride: (720) 555-0141.", Standard, true},
	})
}
