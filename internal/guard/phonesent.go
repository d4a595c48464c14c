package guard

// phonesent.go: a phone number the notice was sent to or will call (issue
// 15, helper REC4, dev41 leak-058 "Your ClearPath login code was sent to
// 6155550142", dev42 leak-031 "te llamaremos al 55 4821 9037").
//
// Ten digits without separators are a phone only beside a phone cue
// (numbers.go); "code … sent to 6155550142" had none, and the verification
// and order cues near it (otpcode.go, wAllowNum) passed the number as a
// code. A Mexican number written 2-4-4 ("55 4821 9037") matches no phone
// shape. phoneSentTo reads the words right before the number: "to", "at",
// "al" or "a" directly before it, and a verb of sending or calling within
// four words before that in the same sentence (sent, texted, messaged,
// call, enviado, enviamos, llamaremos, marcaremos…). Then ten digits (or
// eleven starting with 1) and a 2-4-4 group are reported as phone.compact /
// phone.national.
//
// What passes: "Order 6155550142 was sent to the warehouse" (the number is
// not after "to"), "Your code was sent to the phone number on file", "Te
// llamaremos en 2 a 4 días", a refund sent to a card ending 4417 (four
// digits). Accepted risk: an order or tracking number of ten digits after
// "sent to" is reported (fail closed).

var (
	phoneSentPrep  = wordSetTab("to at al a")
	phoneSentVerbs = wordSetTab("sent send texted text texting messaged sms called call calling dial forwarded " +
		"enviado enviada enviamos enviaremos envie envio mandamos mandaremos mandado llamaremos llamamos llamar llamaran llamara " +
		"marcaremos marcamos marcar contactaremos textearemos")
)

// phoneSentTo reports whether the number starting at token first follows a
// preposition after a verb of sending or calling.
func (s *scanner) phoneSentTo(first int) bool {
	p := first - 1
	if p < 1 || s.toks[first].sent || !phoneSentPrep.get(s.toks[p].h) || s.gap(first) != " " {
		return false
	}
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		if phoneSentVerbs.get(s.toks[k].h) {
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	return false
}

// mxPhone reports whether the groups c start a 2-4-4 number with one kind
// of separator ("55 4821 9037", "33-1234-5678").
func mxPhone(c []group) bool {
	return len(c) >= 3 && len(c[0].d) == 2 && len(c[1].d) == 4 && len(c[2].d) == 4 && c[1].sep == c[2].sep &&
		(c[1].sep == " " || c[1].sep == "-" || c[1].sep == ".")
}
