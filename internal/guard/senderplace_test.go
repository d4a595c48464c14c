package guard

import "testing"

// TestSenderPlace: the sender's own addresses, read by the structure of
// their sentence, pass; a reader's or patient's address in the same shapes
// stays reported (senderplace.go).
func TestSenderPlace(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		// a company's run right before the address
		"Returns now go to DailyRoot Fulfillment, 4100 Commerce Pkwy, Dock 6, Reno, NV 89502.",
		"Order is waiting at Stitch & Stride Riverside, 312 Main St. Bring your order number.",
		"Mail-in film processing: send rolls to Meridian Photo Lab, PO Box 388, Westbury, NY 11590.",
		"Riverbend Food Bank, 77 River Rd, Eugene, OR 97401 is a registered nonprofit.",
		"Summit Ortho Health, 1200 Main St, Boise, ID 83702 — you are receiving this because you subscribed.",
		// a place of the sender as the subject
		"Stitch & Stride corporate has moved to 500 Industrial Dr, Suite 12, Aurora, IL 60506.",
		"The Gearhouse Cycles service desk has moved to 12 Depot St, Ames, IA.",
		"Crumb & Co Westside is now open at 45 Market St, Portland, ME.",
		"El laboratorio de fotos de 77 Harbor Rd cierra el 28 de febrero.",
		"Nuestra nueva tienda está en 230 Main St, Boulder.",
		"Visit us at our new home on the 3rd floor of 515 Market St.",
		// a new address, the reader's payments and returns, an invitation
		"DailyRoot has a new mailing address: PO Box 20931, Boulder, CO 80308.",
		"Walk-in payments are accepted at the cashier window, 1400 Courthouse Sq, Harlan, KY, Mon–Fri 8–4.",
		"Returns now go to 2100 Industrial Blvd, Sparks, NV 89431.",
		"Checks payable to Lakeside Rentals Inc. may be mailed to PO Box 1450, Fargo, ND 58107.",
		"Le esperamos en 9050 W Colfax Ave, Lakewood.",
		"Su pedido le espera en 312 Main St, Riverside.",
		"Your order is waiting at Stitch & Stride, 312 Main St.",
		"Pick up your order at Stitch & Stride Riverside, 312 Main St.",
	)
	checkFlagged(t, g, true,
		// a person, or the reader's goods sent out
		"Pickup for Maria Lopez, 1020 Elm St, Ames, IA.",
		"Crumb & Co: the order for Priya Shah, 45 Market St, is ready.",
		"Ship to: Jordan Avery, 1020 Elm St, Ames, IA 50010.",
		"Harlan County Patient Maria Lopez, 1400 Courthouse Sq, Harlan, KY 40831.",
		"Pague a nombre de Maria Lopez y envíelo a Maria Lopez, PO Box 3301, Omaha, NE 68103.",
		"Please send your payment from PO Box 4471, Portsmouth, NH 03802 by Friday.",
		"We mailed your refund check to PO Box 388, Westbury, NY 11590.",
		"Stitch & Stride will deliver your order to 312 Main St.",
		"Meridian Photo Lab, 77 Harbor Rd: your prints were shipped to 19 Elm St.",
		"Returns now go to 55 Oak St, Reno, NV 89502, the address you gave us.",
		"Donations from Ana Ruiz, 77 River Rd, Eugene, OR.",
		// the reader's home, a visit, care
		"Our nurse will visit 1400 Courthouse Sq, Harlan, KY on Friday.",
		"Our nurse will go to 14 Oak St.",
		"Nuestra enfermera le visitará en 9050 W Colfax Ave, Lakewood.",
		"Le esperamos en su domicilio, 9050 W Colfax Ave, Lakewood, para la instalación.",
		"Su pedido le espera en su casa, 312 Main St.",
		"Tu carrito te espera en 312 Main St, cerca de donde vives.",
		"Our new home care aide starts at 14 Oak St.",
		"Brightwater Utilities has a new mailing address for you: PO Box 7733, Akron, OH 44309.",
		"Your new mailing address, PO Box 20931, Boulder, CO 80308, has been saved.",
		"Meridian's photo lab at 77 Harbor Rd has your biopsy results.",
		"Gearhouse Cycles, 880 Grand Ave: your bike will be delivered to 14 Pine Ct, Ames, IA 50010.",
		"Recolección en su domicilio: 4410 W Alameda Ave, Denver.",
		"Maria moved to Sunrise Senior Living, 12 Elm St, Boise, ID.",
		"Send Ana's card to Riverbend Food Bank, PO Box 612, Eugene, OR 97440.",
		"Jordan Avery has a new mailing address: PO Box 1450, Fargo, ND 58107.",
		"Okonkwo's new address is 14 Oak St, Fargo, ND 58107.",
		"Le esperamos en 14 Oak St para su limpieza dental.",
		"Tu pedido te espera en 14 Oak St, tu casa.",
		"Your prescription is waiting at Stitch Pharmacy, 312 Main St.",
		"The Lopez household's new address is 14 Oak St.",
		"Donations go to the Avery Family Fund, PO Box 1450, Fargo, ND 58107.",
		"Our photo lab will pick up your film at 14 Oak St.",
		"Send rolls to Grandma Rose, 14 Oak St, Reno, NV.",
		"Nuestra nueva casa está en 14 Oak St, Reno.",
		"Gearhouse Cycles Midtown, 880 Grand Ave: Ana Ruiz's bike repair is done.",
		"Gearhouse Cycles Midtown, 880 Grand Ave: Maria's bike repair is done.",
	)
}

// TestSenderPlaceWeAt: the sender's own first-person verb of being or
// moving somewhere right before the address ("atendemos en", "nos mudamos
// a") makes it the sender's (senderplace.go's spWeAt, r107, dev107,
// dev107x); a reader's word, a home or a person there keeps it.
func TestSenderPlaceWeAt(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"La delegación Mendoza cierra por mudanza el viernes 19. Desde el lunes atendemos en Av. San Martín 1120.",
		"La sucursal Norte cierra por remodelación el sábado 5. Desde el lunes atendemos en Av. Insurgentes Sur 1602.",
		"A partir de enero nos mudamos a Calle Reforma 455.",
	)
	checkFlagged(t, g, true,
		"Desde el lunes lo atendemos en su domicilio, Av. Insurgentes Sur 1602, para la curación de su herida.",
		"Desde el lunes atendemos a la señora Rosa Medina en Calle Reforma 455 para su diálisis.",
		"Desde el lunes le atendemos en Av. San Martín 1120.",
		"Desde el lunes atendemos en casa de su madre, Av. San Martín 1120.",
	)
}
