package guard

import "testing"

// TestCtaFramed: a help line framed as the sender's (call us, a question
// to the reader before it, "or call" after another channel, call <a
// business> at, "Questions? …, option 3", a parcel's 1Z code) passes in a
// notice that names no sender (ctaframe.go); the reader's, a relative's or
// a person's number in the same shapes, and the corpus' bare callback
// notices, stay reported.
func TestCtaFramed(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Call us back at 297-385-8346.",
		// a notice about someone's care: the number may be all that stops
		// it (a held-out leak lost at the merge, thirteenth pass)
		"Call us at (617) 555-0191 about the results of your visit.",
		"Call us at (617) 555-0191 to talk about Mom's care plan.",
		"Call us back at 415-555-0199 about your order.",
		"Call 775-332-0184 about your receipt.",
		"Receipt #004-1182-77 | Questions? Call 702-555-0147",
		"<p>Call (555) 867-6169 for details</p>",
		"We'll call you at 717-555-0100.",
		"We will call you at 717-555-0100 tomorrow. Questions? Reply here.",
		"Call your daughter at 412-555-0150.",
		"Need a ride? Call your daughter at 412-555-0150.",
		"Text Maria at 480-555-0134 about her results.",
		"Questions? Call your caregiver Ana at 210-555-0172.",
		"Questions about Maria's visit? Call 210-555-0172.",
		"Running late? Your driver will text 480-555-0134.",
		"Llame a su hija al 787-555-0144 para confirmar.",
		"Please call John Carter at 717-555-0100 today.",
		"Please call Dr. Lee at 717-555-0100 today.",
		"Keystone O&P delivery today: leave the box with the doorman, ring twice. Tel. 717 555 0199.",
		"Your number 503-555-0181 was saved. Questions? 503-555-0181, option 2.",
	)
	checkFlagged(t, g, false,
		"Need to move your appointment? Please call (617) 555-0191.",
		"Questions? Text or call (503) 555-0112.",
		"Running late? Text us at 480-555-0134 so we can adjust.",
		"To update your billing address, log in online or call 415-555-0129.",
		"Llámenos al (55) 5555-0000 para dudas sobre su pedido.",
		"Llame a nuestra tienda al (55) 1234-5678.",
		"We tried to reach you. Please call Keystone Bariatric at 717-555-0100 during business hours.",
		"Lakeshore Neurology: your bill is ready. Questions? 312-555-0129, option 3.",
		"La Guadalupana: su pago fue recibido. ¡Gracias por su preferencia! Dudas al 210-555-0156.",
		"LifeBeacon Medical Alert: Your package tracking number 1Z 999 AA1 01 2345 6784 is now active.",
	)
}
