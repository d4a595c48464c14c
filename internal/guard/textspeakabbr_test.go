package guard

import (
	"math/rand/v2"
	"strings"
	"testing"
)

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

// TestTextSpeakOwnerFilter: every possessive scanTextSpeakAbbr reads
// passes textSpeakOwnerFilter and sets the field's notice-level bit
// fb2TextSpk, so the gate skips only fields the rule would find nothing in
// (helper SPEED12B).
func TestTextSpeakOwnerFilter(t *testing.T) {
	for h := range setKeys(textSpeakOwner) {
		if !textSpeakOwnerFilter.may(h) || tokFilterTabBoth[h&16383]>>16&fb2TextSpk == 0 {
			t.Errorf("hash %x read by scanTextSpeakAbbr is not in textSpeakOwnerFilter/fb2TextSpk", h)
		}
	}
	for _, w := range []string{"your", "ur", "yr", "y0ur", "yur", "youre", "su", "tu", "sus", "tus"} {
		if !textSpeakOwnerFilter.may(hstr(w)) {
			t.Errorf("%q not in textSpeakOwnerFilter", w)
		}
	}
}

// TestTextSpeakMay: where textSpeakMay says no, textSpeakAt reports
// nothing, with no token used (its most permissive reading), on the rule's
// own cases and 20,000 random possessive + pieces texts (helper SPEED12B).
func TestTextSpeakMay(t *testing.T) {
	g := newTestGuard(t)
	texts := []string{
		"b@yside: ur h!v meds r ready", "Prism: y0ur h.r.t. refill is r3ady", "BreatheWell: ur C 0 P D class moved to thurs",
		"yur $td results", "ur st! test", "Your h1v test kit", "ur PS4 controller", "ur h3p c results", "your order shipped",
		"su cita es el lunes", "y0ur c0pd meds", "ur h-i-v test", "ur h i v test", "tu V 1 H resultado", "ur s.t.!. test",
	}
	owners := []string{"ur", "your", "Your", "yr", "y0ur", "yur", "youre", "su", "tu", "sus", "tus"}
	lead := []string{" ", " ", " ", " $", " @", "  ", ", "}
	pieces := []string{"h", "i", "v", "c", "0", "1", "3", "p", "d", "hr", "t", "c0pd", "hep", "h3p", "st", "s", "hiv", "copd", "meds", "test", "HIV", "C", "P", "D"}
	joins := []string{" ", " ", ".", "-", "!", "$", "@", "|", "\\/", "\u00a9", ". ", ", ", "/", ":", "!.", ".!.", "  "}
	rng := rand.New(rand.NewPCG(12, 2))
	for len(texts) < 20000 {
		var b strings.Builder
		b.WriteString(owners[rng.IntN(len(owners))])
		b.WriteString(lead[rng.IntN(len(lead))])
		for p, np := 0, 1+rng.IntN(5); p < np; p++ {
			if p > 0 {
				b.WriteString(joins[rng.IntN(len(joins))])
			}
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if rng.IntN(2) == 0 {
			b.WriteString(joins[rng.IntN(len(joins))] + "test results")
		}
		texts = append(texts, b.String())
	}
	checked := 0
	for _, text := range texts {
		s := new(scanner)
		s.reset(g, g.empty, Standard, "f")
		s.run(text, false)
		for i := 1; i < len(s.toks); i++ {
			if !textSpeakOwner.get(s.toks[i-1].h) || s.toks[i].sent || s.textSpeakMay(i) {
				continue
			}
			clear(s.used)
			n := len(s.fs)
			s.textSpeakAt(i)
			checked++
			if len(s.fs) != n {
				t.Errorf("%q token %d: textSpeakMay says no, textSpeakAt reports", text, i)
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d possessives tested with textSpeakMay false", checked)
	}
}
