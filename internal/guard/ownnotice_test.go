package guard

import "testing"

// TestOwnNotice: the care words of a notice whose every untied date is the
// sender's own event, closure, change or the reader's account date
// (ownnotice.go) are no care signal; the same shapes made the reader's
// care stay reported.
func TestOwnNotice(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		// the sender's header, an event offered free
		"Beaumont Dental: Free Kids' Day on Oct 10 - face painting, balloons and goodie bags at all offices.",
		// a holiday shift
		"CareAxis: Pickups scheduled for Dec 24 will move to Dec 26 due to the holiday.",
		// a send-off, "join us"
		"Hartley Women's Health congratulates Dr. Ruth Kim on her retirement after 30 years of service. Join us for cake on June 12!",
		// we + a change verb
		"Hartley Women's Health: We're updating our patient portal on March 15. You'll sign in with the same email.",
		// an invitation to all
		"Hartley Women's Health: You're invited to our Wellness Fair, April 25 - raffles, food trucks and live music. Everyone welcome!",
		// a closure, opening hours
		"Clínica San Telmo: el 28 de febrero, Día de Andalucía, las consultas externas permanecerán cerradas. Urgencias abierto 24 h.",
		// the reader's gift under a capitalised header
		"St. Agnes Hospital Foundation: thank you for your gift of $100 on 03/14. Tax receipt FND-22931 is in your donor portal.",
	)
	checkFlagged(t, g, true,
		// a stay beside a closure (red-team pass RED10, dev66r)
		"Clínica Santa Rita: internación el 3 de marzo; consultorios cerrados por feriado.",
		"Clínica Santa Rita: tu internación es el 3 de marzo.",
		// the reader, kin, a visit in the date's sentence
		"Beaumont Dental: your son's extraction is on Oct 10.",
		"Northgate Dental: We will see you for your follow-up on Oct 17.",
		"Northgate Dental: Free Kids' Day on Oct 17. Your extraction is on Oct 17 too.",
		"Cedar Dental: Free cleaning for your daughter on Oct 17.",
		"Clínica Santa Rita: el 24 de marzo te esperamos para tu control.",
		"Our nurse will stop by on Dec 4 while the office is closed.",
		// the first person alone is no mark
		"Our midwife will stop by on Dec 4.",
		"Nuestra doula pasará el 4 de diciembre.",
		"Favor de presentarse en nuestra oficina el 3 de marzo a las 7:30.",
		"NowCare Urgent Care: Thanks for visiting us on Nov 28. Your after-care instructions are in the portal.",
		// the account frame: a care word or kin between the noun and the date
		"Mercy Foundation: thank you for your gift in memory of your mother on 03/14.",
		"Clínica Santa Rita: tu pago de la consulta del 11/3 fue registrado.",
		// an appointment or turno is no own event
		"Clínicas Ferreyra: cancelaste tu turno del lunes 9/3.",
		"Your appointment at Rosalind Street Clinic is confirmed for Wed 9/9 at 5:15 PM.",
		// a clinical word in the notice
		"Clínicas Ferreyra: te recordamos tu turno de oncología del jueves 12/3 a las 10:30.",
		"Hartley Eye Care: we will close early on Nov 26; your cataract surgery moves to Nov 27.",
	)
	fs, err := g.CheckText("Hartley Women's Health: You're invited to our Diabetes Support Fair, April 25. Everyone welcome!", nil, Strict)
	if err != nil || len(fs) == 0 {
		t.Errorf("strict: a public fair naming a condition passed (%v)", err)
	}
}
