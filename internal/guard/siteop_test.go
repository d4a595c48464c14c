package guard

import "testing"

// TestSiteOps: a site's operation, a sponsorship and the sender's header
// pass in a notice that names no reader (siteop.go); the same frames with
// one reader's address, date, slot or care stay reported.
func TestSiteOps(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Tidewater Kidney Care: Because of the ice, 31 Wharf Road will open at 10am tomorrow, 4 December.",
		"Tidewater Kidney Care: Due to snow, the Morley satellite clinic, 8 Chapel Lane will open at noon today.",
		"Elmstead Orthotics: New Sunday hours at 77 Fenton Street, Suite 2, from May 2027, 10am-1pm.",
		"Quitline North: The car park at the Riverside hub, 5 Kings Square is closed 2-4 February for resurfacing. Street parking is available.",
		"Elmstead Orthotics: The lift at 77 Fenton Street is out of service 3-5 March for repairs.",
		"Tidewater Kidney Care: the mobile outreach unit will be at the Morrisons car park, 40 Mill Lane, from 2 to 9 February.",
		"Elmstead Prosthetics Studio is sponsoring the wheelchair rugby open day at Fenton Sports Hall, 2 May. Free entry.",
		"Tidewater Kidney Care: Due to heavy snow, Unit 4, Greyfield Business Park, Leeds LS9 8AB will open at 11am tomorrow, 5 December.",
		"Farmacia del Puerto: El aparcamiento de Calle Luna 14 estará cerrado del 3 al 5 de marzo por obras.",
		"Elmstead Orthotics: free ankle-injury prevention clinic for junior rugby coaches, 14 March, 77 Fenton Street.",
		"Tidewater Kidney Care: public information evening on kidney disease, 3 March 2027, 6-8pm. No booking needed.",
	)
	checkFlagged(t, g, true,
		"Tidewater Kidney Care: Because of the ice, 31 Wharf Road will open at 10am tomorrow, so your 9:30 dialysis moves to 11:30.",
		"Tidewater Kidney Care: the Morley satellite clinic will open at noon; Mrs Adeyemi's session moves to 1pm.",
		"Elmstead Orthotics: we mailed your ankle brace to 14 Birch Road.",
		"Elmstead Orthotics: the lift at 77 Fenton Street is out of service on 4 March, the day of Maria's fitting.",
		"Our office will close on 12/31 and reopen on 01/02 for the stitches to come out.",
		"Our nurse will stop by on Dec 4 while the office is closed.",
		"Our mobile methadone van stops at Lincoln Park every Friday.",
		"The Fenwick methadone clinic hours for Mark: 6 AM to 10 AM.",
		"Address on file: 12 Tamarind Close, Kingston 6, Jamaica.",
		"Farmacia del Puerto: el aparcamiento está cerrado el 4 de marzo; su colonoscopia se mantiene a las 8:40.",
		"Free injury clinic for coaches, 9 January, 12 Oak St, Apt 4: your knee brace fitting.",
		"Free injury-prevention clinic for coaches on 9 January: James Carter's ACL follow-up is booked there at 10:15.",
		"Keystone O&P's free community foot-health seminar is at 55 Market Square. All welcome.",
	)
}
