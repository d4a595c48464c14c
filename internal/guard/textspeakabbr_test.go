package guard

import "testing"

// TestTextSpeakAbbr: clinical abbreviations disguised after the reader's
// text-speak possessive (textspeakabbr.go), and the shop notices, initials
// and codes that look like them.
func TestTextSpeakAbbr(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"b@yside: ur h!v meds r ready", "obfuscation.leet"},
		{"Prism: y0ur h.r.t. refill is r3ady", "obfuscation.leet"},
		{"BreatheWell: ur C 0 P D class moved to thurs", "obfuscation.leet"},
		{"CareLine: ur st! results r ready 2 view", "obfuscation.leet"},
		{"CareLine: ur h3p c results r ready", "obfuscation.leet"},
		{"Oakline: yur $td test results r in", "obfuscation.leet"},
		{"Oakline: ur s.t.!. panel results r back", "obfuscation.leet"},
		{"Oakline: y0ur c0pd class is 2morrow", "obfuscation.leet"},
		{"Clinica Sol: su v!h resultado esta listo", "obfuscation.leet"},
		{"Clinica Sol: su V 1 H prueba esta lista", "obfuscation.leet"},
		{"Rx Express: ur h-i-v refill is ready", "obfuscation.leet"},
		{"ShopKart: our C 0 D E is SAVE10, ur cart is waiting", ""},
		{"Acme Corp: H.R. department moves 2 floor 3", ""},
		{"Westfield High: h.s. graduation tix r ready", ""},
		{"PartyTime: B.Y.O.B. party this fri @ 8", ""},
		{"BookNook: ur J.R.R. Tolkien box set shipped", ""},
		{"AutoFix: ur s.u.v. service is done, ready 4 pickup", ""},
		{"FitClub: ur h.i.i.t. class moved 2 thurs", ""},
		{"FitClub: ur c0re class moved 2 fri", ""},
		{"GameZone: ur h!t list is ready 2 view", ""},
		{"ShopKart: u r the best! ur promo c o d e is FALL20", ""},
		{"Tienda Sol: tu c o d i g o es VERANO10", ""},
		{"TechHub: ur refund (i.e. store credit) is ready", ""},
		{"Get ur h!t list now!Thanks", ""},
	})
}
