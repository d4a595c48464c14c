package guard

import "testing"

// TestSenderSite: the sender's sites moving or opening, its events, its
// footers and the boxes the reader mails payments or forms to pass; the
// reader's address in the same shapes stays reported (sendersite.go).
func TestSenderSite(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"QuickCare Urgent Care accepts mailed payments at PO Box 22018, Dallas, TX 75222. Please write your statement number on your check.",
		"To cancel by mail, send a signed cancellation form to Motion Lab Memberships, PO Box 5091, Chicago, IL 60680.",
		"Para pagar con cheque, envíelo a Mercy Valley Health, PO Box 780311, Philadelphia, PA 19178-0311.",
		"Reminder: CareFleet's remittance address has changed to PO Box 66120, St. Louis, MO 63166, effective April 1.",
		"Our remittance address is now PO Box 9012, Columbus, OH 43216.",
		"Lensly has teamed up with TerraCycle: send back your empty blister packs in any envelope to PO Box 1210, Trenton, NJ 08607, and we'll recycle them.",
		"<p>ClearPath Billing · PO Box 77120 · Charlotte, NC 28271</p>",
		"Lensly's fulfillment center is moving to 4400 Distribution Way, Reno, NV 89502.",
		"El almacén de CareFleet se muda a 2200 Commerce Dr, Earth City, MO 63045 el 3 de noviembre.",
		"QuickCare Midtown se mudó a 845 Peachtree St NE, Suite 100, Atlanta, GA 30308.",
		"Motion Lab Westside is open! Come see the new locker rooms and free parking at 2250 W Armitage Ave.",
		"New Texas branch now open: CareFleet, 8800 Freeport Pkwy, Irving, TX 75063.",
		"CityMed Leander opens June 9 at 1101 Crystal Falls Pkwy.",
		"¡Ya abrimos! CityMed Pflugerville abre sus puertas en 1500 Pecan St.",
		"Join us for the ribbon cutting on Friday at 10 AM. Light refreshments will be served at 1200 Mercy Way.",
		"CareFleet · 2200 Commerce Dr · Earth City, MO 63045",
		"Motion Lab · 1401 N Halsted St · Chicago, IL 60642",
		"Mercy Valley Health · 1200 Mercy Way · Columbus, OH 43215",
		"CityMed Urgent Care | 310 Congress Ave | Austin, TX 78701 | Unsubscribe",
		"Ships from: Harbor Fulfillment, 9100 Pulaski Hwy, Rosedale, MD 21237",
		"Invoice INV-30592 is now available. Remit to CareFleet Rentals, PO Box 66120, St. Louis, MO 63166.",
		"Coming soon 🚧 QuickCare Round Rock at 2101 Palm Valley Blvd — opening spring 2026.",
		"Grand opening 🎉 QuickCare Cedar Park opens Saturday, Aug 2 at 1890 E Whitestone Blvd.",
		"CityMed Downtown has moved to 310 Congress Ave, Austin, TX 78701.",
	)
	checkFlagged(t, g, true,
		// RED5 (dev49d): a name after the street behind ";" or a dash is no city line
		"QuickCare Cedar Park opens Aug 2 at 2101 Lamar Blvd; Tom's wound check moves there.",
		"New Texas branch now open: CareFleet Rentals, 8800 Freeport Pkwy — Mrs. Patel's walker waits there.",
		"We mailed your replacement card to PO Box 4471, Dallas, TX 75222.",
		"Your new card will be mailed to PO Box 66120, St. Louis, MO 63166.",
		"We'll send your statement to Maria Lopez, PO Box 2231, Tucson, AZ 85702.",
		"Mail to: Priya Raman, PO Box 1210, Trenton, NJ 08607",
		"Mail goes to P.O. Box 33, Dayton, OH 45401.",
		"Enviaremos su tarjeta a PO Box 5091, Chicago, IL 60680.",
		"We sent the reimbursement check to PO Box 780311, Philadelphia, PA 19178.",
		"Maria Lopez moves to 2200 Commerce Dr, Earth City, MO 63045 on Nov 3.",
		"Jordan Avery is moving to 4400 Distribution Way, Reno, NV 89502.",
		"Mrs. Chen se mudó a 845 Peachtree St NE, Atlanta, GA 30308.",
		"The Home Care team is now at 14 Elm St, Apt 2.",
		"Ship to: 2250 W Armitage Ave, Chicago, IL 60614",
		"We'll deliver to 12 Oak St, Apt 3 on Monday.",
		"Your caregiver's shift starts at 2200 Commerce Dr on Nov 3.",
		"Jordan Avery · 1401 N Halsted St · Chicago, IL 60642",
		"Ana Ruiz | 310 Congress Ave | Austin, TX 78701",
		"Grand opening! Jordan Avery, your appointment is at 400 Main St on Saturday.",
		"Okonkwo Adebayo moves to 2200 Commerce Dr, Earth City, MO 63045 on Nov 3.",
		"Remit to Maria Lopez, PO Box 66120, St. Louis, MO 63166.",
		"Coming soon: Maria Lopez at 2101 Palm Valley Blvd.",
		"Hi Jordan, QuickCare Cedar Park opens Saturday at 1890 E Whitestone Blvd for your visit.",
	)
}
