package guard

import "testing"

// TestRedCuts: the seventh pass's cuts keep their clean rows and report
// the leaks helper RED wrote into their slots (dev40r).
func TestRedCuts(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"El 25 de diciembre y 1 de enero nuestras sucursales permanecerán cerradas.",
		"December 25 and January 1 our stores will be closed.",
		"Use RX-BONUS-500 at checkout for double reward points.",
		"Cancer season candle (June 21 – July 22 zodiac collection) is back in stock.",
		"Su horóscopo de Cáncer para hoy ya está disponible.",
		"Your digital rental of 'Contagion' (2011) expires tonight.",
		"Your 'Cabin Fever' Blu-ray rental is due back Friday.",
		"Congratulations to caregiver Samuel Adeyemi, BrightPath's Caregiver of the Quarter!",
		"Your order arrived at the carrier hub in Louisville, KY.",
		"Pago recibido con Yape. Operación 00318842.",
		"Your detox tea bundle has shipped!",
		"Order #55812 shipped: Oakley Sutro Lite (Prizm Road), $183.",
	)
	checkFlagged(t, g, true,
		// closureafter.go: a visit's time or an arrival instruction
		"March 3 at 10:40 AM — our clinic closes at noon that day, so arrive early.",
		"Recordatorio: 3 de marzo a las 9:00, nuestra clínica cerrará temprano; llegue 15 minutos antes.",
		// shoppay.go: an Rx number inside a reward-shaped code; record words
		"Your loyalty code RX-PTNT-4471920 earns bonus points.",
		"RX-XANAX-500 earns you bonus points.",
		"RX-METFORMIN-500 earns you bonus points.",
		"Use RX-REFILL-2291 for bonus points.",
		"Payment received. Reference 00318842 for enrollee dues.",
		"Payment received via PayPal. Transaction ID 88213377 for your copay.",
		"Pago recibido. Folio 88213377 de la derechohabiente.",
		// zodiac.go
		"Your Cancer sign-up is confirmed for June 21.",
		"Cancer season: your second round starts June 21 – July 22.",
		// mediaquote.go: the reader's own collection
		"Your photo album 'Chemo Round 3' is ready to print.",
		"Your playlist 'Dialysis Days' now has 40 songs.",
		"Tu álbum 'Mi quimioterapia' está listo para imprimir.",
		// staffrole.go: an award of a person the sender serves
		"Congratulations to Dorothy Simms, BrightPath's Member of the Month!",
		// carrierhub.go: the reader's own place
		"Your order is at the post office facility in Wasilla, AK closest to you.",
		"Tu pedido está en el centro de distribución en Bend, OR, cerca de donde vives.",
		// detoxgoods.go
		"Your juice detox bundle for the DTs has shipped.",
		"Your detox bath salts for kicking the pills have shipped.",
		// goodsrun.go: a bare count in brackets is no attribute
		"Ready at the counter: Obinna Eze Okafor (3) bags, $12.50.",
	)
}
