package guard

import "strings"

// phonecueal.go: a Peruvian clinic's line after a Spanish channel or
// consulting cue (issue 15, fifteenth pass, helper recall2, dev83:
// "Ahora puede sacar cita por WhatsApp al 01 615 4000", "Consulte con
// nuestras asesoras al 01 615 4000").
//
// phoneCTA (phonecta.go) passes the sender's number after an imperative
// verb of calling ("llame al", "comuníquese al"). A Lima number (01 and
// seven digits) is as often given after the channel ("por WhatsApp al",
// "vía WhatsApp al") or after a verb of consulting the sender's staff
// ("consulte con nuestras asesoras al", "hable con nuestra central al").
// pcCueAl returns the cue's token for phoneCTA, whose reader-subject test
// and vetoes then run as for "llame al":
//   - "whatsapp al", "por/vía WhatsApp al": the WhatsApp token;
//   - consulte, hable, comuníquese, escríbanos + "con" + nuestra, nuestro,
//     nuestras, nuestros, la, el, las or los + at most two words + "al": the
//     verb. "Consulte con su hija al …" (a reader's word after "con") is
//     not read.
//
// A verb in the first person plural before the cue (-amos, -emos, -imos:
// "Confirmaremos su pedido por WhatsApp al …", "le contactamos") makes the
// sender the one who writes: the cue is not read. The reader receiving
// at the number ("Recibirá un recordatorio por WhatsApp al …") is read as
// the sender's sending (pcSenderVerbs).
//
// Stays reported: "le escribiremos por WhatsApp al …", "le llamaremos al
// …" (the sender's verbs of sending, pcSenderVerbs), "su número registrado
// 01 615 4000" (no cue), "we'll call you at …".
var (
	pcAlCues    = wordSetTab("whatsapp consulte hable comuniquese escribanos")
	pcAlConsult = wordSetTab("consulte hable comuniquese escribanos")
	pcAlDet     = wordSetTab("nuestra nuestro nuestras nuestros la el las los")
	pcAlChannel = wordSetTab("por via")
	// verbs of telling the reader, before "que" (phonevoice.go)
	pcAlTell = wordSetTab("recordamos informamos recomendamos sugerimos invitamos")
)

// pcCueAl: token p is "al"; it returns the channel's or consulting verb's
// token before it, or -1.
func (s *scanner) pcCueAl(lo, p int) int {
	if p-1 < lo {
		return -1
	}
	for k := lo; k < p; k++ { // "Confirmaremos su pedido por WhatsApp al …": the sender acts
		if l := s.toks[k].low; len(l) > 5 && (strings.HasSuffix(l, "amos") || strings.HasSuffix(l, "emos") || strings.HasSuffix(l, "imos")) {
			if pcAlTell.get(s.toks[k].h) && k+1 < p && s.toks[k+1].low == "que" {
				continue // "Le recordamos que puede …": the reader acts (phonevoice.go)
			}
			return -1
		}
	}
	if s.toks[p-1].low == "whatsapp" {
		if p-2 >= lo && pcAlChannel.get(s.toks[p-2].h) || p-1 == lo {
			return p - 1
		}
		return -1
	}
	for c := p - 4; c <= p-3; c++ { // "con" + determiner + one or two words
		if c-1 < lo || s.toks[c].low != "con" || !pcAlDet.get(s.toks[c+1].h) {
			continue
		}
		for k := c + 2; k < p; k++ {
			if onClient.get(s.toks[k].h) || s.fl(k)&(wFirst|wLast|wTitle|wNameCue) != 0 {
				return -1 // "comuníquese con la señora Gómez al …": a person (phonevoice.go)
			}
		}
		if pcAlConsult.get(s.toks[c-1].h) {
			return c - 1
		}
		return -1
	}
	return -1
}
