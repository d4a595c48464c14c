package guard

// invoiceCareWords: what an invoice is for when it is the recipient's care.
// idPrefixMinDigits asks for 6 digits in an invoice code ("Invoice
// INV-85728 is paid" is labelled clean), but an invoice "for your visit"
// or "for the office visit" (dev32) is a bill for care: then 5 digits do.
var invoiceCareWords = wordSetTab("visit visits appointment appointments lab labs therapy session sessions " +
	"consultation consult exam checkup procedure treatment surgery stay admission telehealth " +
	"cita consulta visita tratamiento")

// invoiceCare reports whether a word of invoiceCareWords lies within eight
// tokens of token i in its sentence.
func (s *scanner) invoiceCare(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if invoiceCareWords.get(s.toks[k].h) {
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	for k := i + 1; k < len(s.toks) && k <= i+8; k++ {
		if s.toks[k].sent {
			break
		}
		if invoiceCareWords.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
