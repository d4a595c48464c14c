package guard

// regimenform.go — a word in no vocabulary named as the reader's tablets
// in a dosing regimen (issue 15, tenth pass, helper MISS10: dev60 "Remember
// to start your Malarone tablets 2 days before departure and keep taking
// them for 7 days after you return").
//
// frame.clinical already reads "take your X tablets" ("take" is a cue
// before) and "your X refill"; a notice that starts, continues or stops a
// course names the drug the same way with another verb. A suspicious word
// (frame.go: in no ordinary vocabulary, no built-in list) is reported
// (frame.clinical, kind medication) when
//
//   - a dose form follows it directly (tablets, tablet, capsules, capsule,
//     caplets, softgels, tabs, caps) and a regimen verb (start, begin,
//     continue, stop, finish, resume) comes at most four
//     words before it in the same sentence ("start your Malarone tablets",
//     "stop your Zorvex capsules"); or
//   - Spanish, the form first: "comprimidos/pastillas/cápsulas de X" with a
//     regimen verb (empezar, empezá, comenzar, seguir, dejar, suspender,
//     tomar …) at most three words before the form.
//
// "Start your Lego sets" (no dose form), "your Samsung tablets ship" (an
// ordinary or listed brand is not suspicious; no verb) and "start your
// dishwasher tablets subscription" (an ordinary word), "start your Vertuo
// capsules subscription" and "stop your Cascadia tablets order" (a goods
// word after the form: formGoods) and "Keep your Zorbix tablets charged"
// ("keep" is no regimen verb; "keep taking" is frame.clinical's) pass.
// Accepted risk:
// an unknown gadget brand started as "tablets" ("start your Zorbix tablets
// today") is blocked; such wording is rare and blocking fails closed.

var (
	regimenForms   = wordSetTab("tablets tablet capsules capsule caplets caplet softgels softgel tabs caps")
	regimenVerbs   = wordSetTab("start starting begin beginning continue continuing stop stopping finish finishing resume resuming")
	regimenFormsES = wordSetTab("comprimidos comprimido pastillas pastilla capsulas capsula tabletas tableta")
	regimenVerbsES = wordSetTab("empezar empeza empieza empiece empezas comenzar comenza comienza comience seguir segui sigue siga " +
		"dejar deja deje suspender suspende suspenda tomar toma tome recorda recuerda recuerde")
)

// formGoods: token k, right after a dose form, makes it goods ("capsules
// subscription", "tablets order", "tablets pack").
func (s *scanner) formGoods(k int) bool {
	return k < len(s.toks) && s.gap(k) == " " && (consumerRefill.get(s.toks[k].h) || s.toks[k].h == hOrder || s.toks[k].low == "orders")
}

// regimenForm: suspicious token i is a drug named in a dosing regimen.
func (s *scanner) regimenForm(i int) (string, bool) {
	n := len(s.toks)
	if k := i + 1; k < n && s.gap(k) == " " && regimenForms.get(s.toks[k].h) && !s.formGoods(k+1) {
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if !s.sameSentence(j, i) {
				break
			}
			if regimenVerbs.get(s.toks[j].h) {
				return "is named as '" + s.toks[k].low + "' after '" + s.toks[j].low + "' (a dosing regimen)", true
			}
		}
	}
	// Spanish: "tus comprimidos de Malarone"
	if i >= 2 && s.toks[i-1].h == hDe && regimenFormsES.get(s.toks[i-2].h) && s.sameSentence(i-2, i) {
		for j := i - 3; j >= 0 && j >= i-5; j-- {
			if !s.sameSentence(j, i) {
				break
			}
			if regimenVerbsES.get(s.toks[j].h) {
				return "follows '" + s.toks[i-2].low + " de' after '" + s.toks[j].low + "' (a dosing regimen)", true
			}
		}
	}
	return "", false
}
