package guard

import "testing"

// TestRed2Cuts: dev43r's tightenings of senderdate.go, officemove.go and
// otpcode.go (helper RED2): a booked slot at the sender's place, an
// address something is sent to or with an apartment line, a code that is
// an insurance number stay reported; the sender's own dates and places
// still pass.
func TestRed2Cuts(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Our office has reserved March 3 at 9:40 AM for your account.",
		"Nuestra sucursal reservó el 3 de marzo a las 9:40 para su cuenta.",
		"Please come to our office by March 3 at 9:40 AM.",
		"Our office will mail the kit to 14 Elm St, Apt 2, Dayton, OH 45402.",
		"Our office sent the forms to 14 Elm St, Dayton, OH 45402 on Monday.",
		"Nuestra oficina envió la tarjeta a 14 Calle Luna, Depto 2, Tucson, AZ 85701.",
		"The Home Care team is now at 14 Elm St, Apt 2 until 5 PM.",
		"Sign-in for your HealthFirst account: your code is 44120987. It is also the number on your insurance card. It expires never.",
		"Report to our Lakeview office on March 3 at 7:45 AM.",
		"We will mail the check to PO Box 4471, Dayton, OH 45402.",
		"The reimbursement check was mailed to PO Box 4471, Dayton, OH 45402.",
		`{"message_id":"MR-00482213"}`,
		"The Dexcom G7 line has arrived for everyone on our insulin pump list.",
	)
	checkFlagged(t, g, false,
		"Summer Sale: 30% off all frames through July 4.",
		"Our Lakeview office opens March 3 at 9 AM. Come see the new space.",
		"Your table is booked for March 3.",
		"Visit our Northside office, 2200 Lake St, Dayton, OH 45402.",
		"Our office has moved to 200 Commerce Way, Suite 300, Dayton, OH 45402.",
		"Two-step verification is now on for your ClearDraw account. Your code is 217009. It expires in 10 minutes.",
		"Our store opens March 3 at 9:45 AM.",
		"Our office closes at 4:45 PM on Dec 24.",
		"Returns: mail the item to our warehouse, 2200 Commerce Pkwy, Lebanon, TN 37090.",
		"Please remit to PO Box 9920, Dayton, OH 45401.",
		"We ask that checks be mailed to PO Box 77120, Charlotte, NC 28271.",
		`{"survey_id":"SRV-2291","status":"open"}`,
	)
}
