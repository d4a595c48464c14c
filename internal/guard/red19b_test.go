package guard

import "testing"

// TestRed19b: red19b's narrowings of phonevoice.go (see red19b.go) and
// the genuine shapes they leave to the drops.
func TestRed19b(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		// a one-word name after a care worker's act: a person's number
		{"Your caregiver is running late. Call Greenwood at (630) 555-0100.", Standard, true},
		{"Your driver will be late. Call Lockwood at (630) 555-0101.", Standard, true},
		{"Questions about the ride? Call Underwood at (630) 555-0187.", Standard, true},
		{"Save our number! Tobias Reed: (512) 555-0170.", Standard, true},
		// the genuine shapes stay clear
		{"Your caregiver visit is confirmed for Tuesday, 8:00 AM–12:00 PM. Questions? Call Hearthside at (630) 555-0100.", Standard, false},
		{"Your order shipped today. Call Pinecrest at 503-555-0112 with questions.", Standard, false},
		{"Save our number! LittleSprout Pediatric Urgent Care: (512) 555-0170. Open every day until 10 PM.", Standard, false},
		{"Save our number! Maplewood Family Dental: (512) 555-0117.", Standard, false},
		{"Welcome Dr. Naomi Park, cardiac electrophysiologist, who joins Rhythm Harbor in March.", Standard, false},
		{"Damos la bienvenida a la Dra. Sofía Rangel, endocrinóloga pediatra, que se une a Clínica Del Valle en abril.", Standard, false},
	})
}

// TestRed19bPredicates: the join-team and one-word-save predicates read
// their shapes.
func TestRed19bPredicates(t *testing.T) {
	v := &srView{t: normalize("Welcome Dr. Naomi Park, oncologist, who joins Care Team Reed in March.", nil, nil)}
	v.toks = tokenize(&v.t, nil)
	if !r19bJoinTeam(v, 4, len(v.toks)) {
		t.Errorf("r19bJoinTeam missed a care team joined")
	}
	w := &srView{t: normalize("Welcome Dr. Naomi Park, oncologist, who joins Rhythm Harbor in March.", nil, nil)}
	w.toks = tokenize(&w.t, nil)
	if r19bJoinTeam(w, 4, len(w.toks)) {
		t.Errorf("r19bJoinTeam read an organisation as a team")
	}
}
