package guard

// recallproduct.go: a recall of the reader's medicine (issue 15, helper
// REC4, dev23 leak-173 "Recall: your child's nasal spray lot may be
// contaminated.").
//
// "nasal spray", "eye drops", "cough syrup" are on no list: sold beside
// shampoo they tell little, and a shop's "Eye drops 2 for $10" passes. A
// recall notice about the reader's own one tells that the reader (or the
// reader's child) uses it. recallProduct, called on the words "recall" and
// "recalled" (a hash compare at the call site), looks at the next twelve
// words of its sentence for a dose form (spray, drops, syrup, tablets,
// capsules, lozenges, ointment, inhaler, injector…) right after a medical
// modifier (nasal, eye, ear, cough, allergy, asthma, saline, insulin,
// epinephrine, pain, fever…) and a possessive (your, my, su, tu…) up to four
// words before the modifier ("your child's nasal spray"). The form is
// reported as clinical.medication.
//
// What passes: "Recall: your child's car seat lot may be defective" (no
// dose form), "Recall notice: your blender lot may overheat", a recall of
// "hair spray" (no medical modifier), "Eye drops recall: check our site"
// (no possessive: a public notice).

var (
	hRecall         = hstr("recall")
	hRecalled       = hstr("recalled")
	recallDoseForms = wordSetTab("spray sprays drops syrup syrups tablet tablets capsule capsules lozenge lozenges ointment ointments " +
		"inhaler inhalers injector injectors autoinjector autoinjectors")
	recallMedMods = wordSetTab("nasal eye ear cough allergy asthma saline insulin epinephrine pain fever antacid antibiotic " +
		"antihistamine decongestant steroid teething rescue")
	recallOwners = wordSetTab("your my su sus tu tus mi mis")
)

// recallProduct reports a dose form of the reader's after the recall word
// at i.
func (s *scanner) recallProduct(i int) {
	for k := i + 2; k < len(s.toks) && k <= i+12 && !s.toks[k].sent; k++ {
		if !recallDoseForms.get(s.toks[k].h) || s.used[k] || !recallMedMods.get(s.toks[k-1].h) || s.gap(k) != " " {
			continue
		}
		for q := k - 2; q >= i && q >= k-5; q-- {
			if recallOwners.get(s.toks[q].h) {
				s.addTok(k-1, k, KindMedication, "clinical.medication", 0.7, "names a medicine of the recipient's in a recall")
				return
			}
		}
	}
}
