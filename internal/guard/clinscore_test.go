package guard

import "testing"

// TestClinScore: a named clinical score with a value (clinscore.go,
// dev80r); game, survey, credit scores and a dash of cinnamon pass.
func TestClinScore(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your DASH diet cookbook order: 2 copies shipped.", ""},
		{"Good news from your re-eval: your Oswestry disability score improved from 42% to 28%.", "compose.clinical_score"},
		{"Great progress: your LEFS score went from 38 to 61.", "compose.clinical_score"},
		{"Your DASH score improved from 55 to 30 at today's re-evaluation.", "compose.clinical_score"},
		{"Your Berg balance score is now 48/56.", "compose.clinical_score"},
		{"Your QuickDASH went from 40 to 22 since your first visit.", "compose.clinical_score"},
		{"Your father's KOOS went from 48 to 70 after his knee rehab.", "compose.clinical_score"},
		{"Su puntuación de Oswestry mejoró de 40 % a 22 %.", "compose.clinical_score"},
		{"Final score: Cedar Ridge 3, Lakewood 2! Thanks for cheering.", ""},
		{"Checking financing options won't affect your credit score.", ""},
		{"Our satisfaction score improved from 82% to 91% this year.", ""},
		{"Add a dash of cinnamon to your 2 cups of cocoa.", ""},
		// red-team tightening (red14b, dev81x)
		{"Berg balance bike for your toddler: 20% off, 2 colors.", ""},
		{"Your order from our Oswestry shop ships in 2 days.", ""},
		{"Your Berg balance score is now 48/56.", "compose.clinical_score"},
		{"Your Oswestry Disability Index went from 46% to 30%.", "compose.clinical_score"},
		{"Su puntuación de Oswestry mejoró de 40 % a 22 %.", "compose.clinical_score"},
	})
}
