package guard

import "testing"

// TestSpacedChain: clinical words and phrases spelled out over several
// words (spacedphrase.go), and spelled shop wording.
func TestSpacedChain(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"VL: ur p a i n   r e l i e f plan from the pharmacist is ready 2 view", "association.term.spaced"},
		{"Your s-l-e-e-p a-p-n-e-a study is booked for Friday night.", "clinical.condition.spaced"},
		{"Your s l e e p  a p n e a study is booked.", "clinical.condition.spaced"},
		{"u r  d e p r e s s i o n  screening results are in", "clinical.condition.spaced"},
		{"Your b_l_o_o_d t_h_i_n_n_e_r refill has shipped.", "clinical.medication.spaced"},
		{"Your b-i-r-t-h c-o-n-t-r-o-l refill is ready.", "association.term.spaced"},
		{"Your h i g h  b l o o d  p r e s s u r e meds are ready.", "clinical.condition.spaced"},
		{"S A L E this weekend only!", ""},
		{"T h a n k  y o u for your order!", ""},
		{"G R A N D  O P E N I N G this Saturday.", ""},
		{"Join us for the b-i-g s-u-m-m-e-r party.", ""},
		{"Our n.e.w s.p.r.i.n.g line is here.", ""},
		{"Our h o t  f l a s h sale ends tonight.", ""},
		{"Join our w e i g h t  l o s s challenge: sign up free.", ""},
	})
}
