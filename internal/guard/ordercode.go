package guard

// Clinical letters inside an order, confirmation or ticket code (issue 15,
// night session, dev26): "Order #A1C-88213 has shipped", "Your
// confirmation number is CBC-22041", "Your booking reference is
// MRI-77310". The letters of a code are no lab test when all of these hold:
//
//   - the finding is a lab test or a procedure (A1C, CBC, PSA, TSH, ECG,
//     MRI; a condition's letters — COPD, ADHD, PTSD, STD — tell more and
//     stay reported: "Order #ADHD-44120"), one token of 2 to 5 letters
//     (digits allowed: "A1C") written in capitals, joined by a hyphen to a number of three
//     or more digits that ends the code (not "A1C-8.2");
//   - an order, confirmation, ticket, booking, reservation, tracking or
//     reference word (refCodeCues) comes at most three words before it,
//     with only "#", "number", "no", "is", "id", "code" or ":" between
//     ("Order #A1C-88213", "confirmation number is CBC-22041");
//   - the letters are not ones that tell by themselves (tellingCodes:
//     HIV, HCV, PrEP…: "Order #HIV-44120" stays reported), and the
//     sentence holds no laboratory or record word (lab, test, result,
//     specimen, sample, requisition, draw, patient, MRN, chart: "Lab order
//     #CBC-22041: your specimen was received" stays reported).
//
// A result ("Your A1C 8.2 is above target", "Your A1C was 9.1%") has no
// hyphen and no code word and is reported as before.
//
// Red team (helper RED2, dev28r): three more conditions, each a way a
// code's letters were the recipient's test or booking.
//
//   - letters that tell by themselves in a code too (codeTelling: HCG, a
//     pregnancy test; NIPT, prenatal; INR, anticoagulation; FIT, a stool
//     test; CD4, HIV care; BRCA, genetic): "Order #HCG-11204 is confirmed";
//   - a laboratory or record word anywhere in the notice, not only the
//     code's sentence (codeRecordCues: lab, result, specimen, sample,
//     requisition, patient, MRN, chart: "Order #CBC-22041 has been
//     received. Your specimen will be processed…"; not test or level,
//     which shops say: "Test our new app!"), and a reading in the code's
//     sentence (reading, abnormal) and a value off its range anywhere
//     (codeRange: "above target", "below normal", "out of range": "Order
//     A1C-9100 received; reading above target");
//   - a procedure's letters with a booking's state (codeBookedCues:
//     confirmed, booked, scheduled, set, moved…) or a body part
//     (compose.go's bodyParts) need a shipping, travel or shop word
//     somewhere in the notice (codeShopCues: ships, delivery, package,
//     gate, flight, stay, hotel, cart, tickets…): "Reservation DEXA-4471
//     confirmed", "Confirmation number MRI-55102 for your knee" are booked
//     scans; "Your booking reference is MRI-77310." and "Your booking is
//     confirmed: ECG-90412. Enjoy your stay." still pass;
//   - fasting (fasting, ayuno) anywhere, for any letters ("Confirmation code
//     TSH-90211 for Monday, fasting not required");
//   - a procedure's letters (MRI, EGD, PET, ECG, COLO…) in a notice with
//     preparation wording (codePrepCues: "nothing to eat", drink,
//     midnight, metal, shirt, exercise, contrast, sedation, driver…), or,
//     with no shipping, travel or shop word, a visit's time
//     (codeVisitCues: arrive, early, a weekday, today, AM/PM; a month): a
//     booked procedure
//     ("Booking reference MRI-77310: arrive 15 minutes early and remove
//     all metal", "Booking reference COLO-88120 is confirmed for March 3").

var (
	codeBetween = wordSetTab("number no num nr is id code")
	codeLabCues = wordSetTab("lab labs laboratory test tests testing result results specimen specimens sample samples " +
		"requisition draw panel patient mrn chart level levels value values " +
		"laboratorio prueba pruebas resultado resultados muestra muestras paciente " +
		"reading readings abnormal")
	// codeRecordCues: the laboratory and record words read anywhere in
	// the notice, not only the code's sentence (red team, dev28r); not
	// "test" or "level", which shop notices use ("Test our new app!")
	codeRecordCues = wordSetTab("lab labs laboratory result results specimen specimens sample samples requisition " +
		"patient mrn chart laboratorio resultado resultados muestra muestras paciente")
	// codeShopCues: shipping, travel and shop words that a procedure's
	// letters in a code need (red team, dev28r)
	codeShopCues = wordSetTab("ship ships shipped shipping shipment arrives arriving delivery delivered deliver deliveries package parcel " +
		"tracking carrier courier gate flight flights boarding stay hotel shuttle airport cruise trip travel " +
		"cart checkout store shop purchase item items dinner table concert tickets seats envio pedido vuelo hotel")
	// codeBookedCues: a booking's state, which with no shop word makes a
	// procedure's code a booked procedure (red team, dev28r)
	codeBookedCues = wordSetTab("confirmed confirm booked scheduled set reserved rescheduled moved cancelled canceled " +
		"confirmada confirmado programada programado")
	// codeFastCues: a test's preparation, for any code letters (red team)
	codeFastCues = wordSetTab("fasting fasted ayuno ayunas")
	// codeTelling: code letters that tell by themselves (red team, dev28r)
	codeTelling = wordSetTab("hcg bhcg nipt inr fit cd4 brca brca1 brca2 afp")
	// codePrepCues: preparation or visit wording that makes a procedure's
	// code a booked procedure (red team, dev28r)
	codePrepCues = wordSetTab("fasting eat eating drink drinking midnight metal jewelry shirt gown " +
		"exercise contrast sedation sedated driver laxative ayuno ayunas sleep awake night")
	// codeVisitCues: a visit's time, read with a procedure's letters only
	// when no shipping, travel or shop word is in the notice ("Order
	// #ECG-10042 arrives Monday" is a parcel's; red team, dev28r)
	codeVisitCues = wordSetTab("arrive arrival early monday tuesday wednesday thursday friday saturday sunday " +
		"tomorrow today tonight am pm")
)

// orderCodeLetters: the clinical finding at tokens i..j is the letter part
// of an order or confirmation code.
func (s *scanner) orderCodeLetters(i, j int, kind Kind) bool {
	if i != j || i == 0 || i+1 >= len(s.toks) || s.toks[i].sent {
		return false
	}
	t := &s.toks[i]
	if t.cls&tUpper == 0 || len(t.low) < 2 || len(t.low) > 5 || tellingCodes.get(t.h) || codeTelling.get(t.h) {
		return false
	}
	d := &s.toks[i+1]
	if s.gap(i+1) != "-" || d.cls&tDigit == 0 || d.cls&tAlpha != 0 || d.nd < 3 {
		return false
	}
	if i+2 < len(s.toks) && !s.toks[i+2].sent {
		if g := s.gap(i + 2); g == "." || g == "," || g == "-" || g == "/" {
			return false // "A1C-8.2", a number that goes on
		}
	}
	cue := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if refCodeCues.get(s.toks[k].h) || codeWords.get(s.toks[k].h) {
			cue = true
			break
		}
		if !codeBetween.get(s.toks[k].h) || s.toks[k+1].sent {
			return false
		}
	}
	if !cue {
		return false
	}
	// a laboratory or record word anywhere in the notice; for a
	// procedure's letters, preparation or visit wording too (red team)
	proc := kind == KindProcedure || codeProcLetters.get(s.toks[i].h)
	shop := false
	if proc {
		// a procedure's letters need a shipping, travel or shop word
		// somewhere ("… We'll email when it ships", "See you at the
		// gate", "Enjoy your stay"): "Reservation DEXA-4471 confirmed"
		// is a booked scan (red team, dev28r)
		booked := false
		for m := range s.toks {
			h := s.toks[m].h
			if codeShopCues.get(h) {
				shop = true
			}
			if codeBookedCues.get(h) || bodyParts.get(h) {
				booked = true
			}
		}
		if booked && !shop {
			return false
		}
	}
	lo, hi := s.sentSpan(i)
	for m := range s.toks {
		h := s.toks[m].h
		if m >= lo && m < hi && codeLabCues.get(h) || codeRecordCues.get(h) || codeFastCues.get(h) || s.codeRange(m) ||
			proc && (codePrepCues.get(h) || !shop && (codeVisitCues.get(h) || s.fl(m)&wMonth != 0)) {
			return false
		}
	}
	return true
}

// codeProcLetters: procedure letters a booking code may carry
var codeProcLetters = wordSetTab("mri ct cat pet ecg ekg eeg emg egd colo ercp tee echo dexa dxa us mammo eus")

// codeRange: tokens m, m+1 say a value is off its range ("above target",
// "below normal", "out of range"; red team, dev28r: "Order A1C-9100
// received; reading above target").
func (s *scanner) codeRange(m int) bool {
	switch s.toks[m].low {
	case "above", "below", "outside", "over", "under", "of":
	default:
		return false
	}
	if m+1 >= len(s.toks) || s.toks[m+1].sent {
		return false
	}
	switch s.toks[m+1].low {
	case "target", "range", "normal", "goal", "limits":
		return s.toks[m].low != "of" || m > 0 && s.toks[m-1].low == "out"
	}
	return false
}
