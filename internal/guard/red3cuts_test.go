package guard

import "testing"

// TestRed3Cuts: the vetoes of red3cuts.go (dev44r) and the clean rows the
// cuts they narrow were written for.
func TestRed3Cuts(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"MS: your refill is ready.",
		"COPD: your refill is ready.",
		"IBS: your diet plan is ready.",
		"ALS: su cita de seguimiento es el lunes.",
		"BPD: your group session moved to Monday.",
		"CFS: your pacing plan is ready for review.",
		"MS Clínica: su infusión es el lunes.",
		"HIV: your refill is ready.",
		"Payment received. Receipt MBR-4481290. Thank you!",
		"Receipt CLM-2026-55120: payment applied. Thank you!",
		"Pago recibido. Comprobante NSS 12345678901.",
		"We emailed your test results to careers@nkechiobi.com.",
		"Tu receta fue enviada a donaciones@rosamendez.com",
		"Confirmación enviada a eventos@familiaperez.mx",
		"Share your recovery story and tag @dorothysimms_recovery on Instagram.",
		"Del Valle Ramírez Ortega: su receta está lista.",
		"Nkechi Obi opens a new file with our clinic on Monday.",
		"Auction lot 3: a quilt signed by Maria Lopez, born 1962.",
	)
	checkFlagged(t, g, false,
		"CFS: Su código de verificación es 482913.",
		"CFS Facturación: Su plan de pagos fue aprobado.",
		"FDV: tu pedido está listo.",
		"Payment received. Receipt INV-220981. Thank you!",
		"Payment received by card ending in 1881. Thank you! Receipt INV-220981.",
		"Tu boleta electrónica N° 1048832 ya está disponible. Gracias por tu compra.",
		"We're hiring pharmacy techs in Tampa. Send your resume to careers@brightwayrx.com",
		"Your resume was sent to careers@brightwayrx.com.",
		"Este correo se envió desde noresponder@portal.example; no responda a este mensaje.",
		"Tag @smileharbordental on Instagram to enter our contest!",
		"Tag @liftwithjordan2024 on Instagram to win!",
		"Del Valle Satélite: su pedido está listo.",
		"Del Valle Monterrey Cumbres ahora es 24 horas.",
		"Brightway Westgate opens its doors on Monday.",
		"Farmacias Del Valle Coacalco abre sus puertas el 1 de febrero con horario extendido.",
		"Your prescription is ready at Brightway Westgate.",
		"Gala auction lot 4: a quilt signed by Maria Lopez.",
	)
}
