package guard

// commercecode.go: a booking, order or case code is no diagnosis code
// (issue 15, eighth pass, helper MISC2, dev51: "Your Clearwave Clinics
// appointment has been confirmed. Confirmation code K7Q-2291."). A code that
// opens with a letter and two characters ("K7Q", "J4R", "T8R") read as an
// ICD-10 category after the cue word "code".
//
// commerceCode(i): the ICD-like head i is followed by a hyphen and digits
// (ICD-10 codes take a dot, never "-NNNN"), and the word before it, or
// before "code"/"number"/"no"/"#" right before it, is a confirmation,
// order, booking, case or ticket word ("Confirmation code K7Q-2291", "Order
// code T8R-5520", "Ticket M5X-2210"), with no diagnosis cue (diagnosis,
// ICD, dx: wICDCue) within four words. Dotted codes ("Confirmation code
// E11.9") and "Diagnosis code K7Q-2291" stay reported. Cost: only for an
// ICD-like head that found a cue; a few string compares.
var commerceCodeWords = wordSetTab("confirmation confirmacion order orders pedido booking reservation reserva pickup ticket " +
	"tickets case caso reference referencia tracking gift promo coupon cupon discount access checkin boarding " +
	"registration inscripcion membership voucher")

func (s *scanner) commerceCode(i int) bool {
	n := len(s.toks)
	if i+1 >= n || s.gap(i+1) != "-" || s.toks[i+1].cls&tDigit == 0 || s.toks[i+1].cls&tAlpha != 0 || i < 1 {
		return false
	}
	k := i - 1
	switch s.toks[k].low {
	case "code", "codigo", "number", "numero", "no", "num":
		if k < 1 || len(s.gap(k)) > 2 {
			return false
		}
		k--
	}
	if !commerceCodeWords.get(s.toks[k].h) || len(s.gap(i)) > 3 {
		return false
	}
	return !s.cueNear(i, i, wICDCue, 4, 4)
}
