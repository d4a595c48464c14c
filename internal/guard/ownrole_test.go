package guard

import "testing"

// TestOwnRole: a profession of the sender's own staff (ownrole.go) passes;
// the reader's clinician, a sentence with a reader's word and strict mode
// keep the finding.
func TestOwnRole(t *testing.T) {
	g := newTestGuard(t)
	// the rule alone: the notice model's drop (noticemodel.go) clears
	// the public Q&A below as the sender's event; ownrole.go must not
	g.nm = nil
	checkModeCases(t, g, nil, []modeCase{
		{`Webinar: "Choosing the right running shoe" with our pedorthist, Tuesday 7 PM.`, Standard, false},
		{"Meet our new orthotist at the open house, Thursday 5 to 8 PM.", Standard, false},
		// a physician's or dentist's specialty stays reported after "our"
		{"Hair-thinning Q&A with our trichologist, Saturday at noon.", Standard, true},
		{"A new message from our rheumatologist is waiting in the portal.", Standard, true},
		{"Ask the pedorthists! Free shoe-fit clinic on Saturday morning.", Standard, false},
		{"Your pedorthist fitting is Tuesday at 2 PM.", Standard, true},
		{"Our orthotist will adjust your brace on Monday.", Standard, true},
		{"Your prosthetist appointment is Monday.", Standard, true},
		{"Ask the pedorthist about shoes.", Standard, true},
		// red15 (dev87x): the role acting on the reader's care
		{"Our prosthetist has the new socket ready for pickup.", Standard, true},
		{"Our prosthetist finished the new below-knee socket. Pick it up anytime.", Standard, true},
		{"Our orthotist has adjusted the AFO. Ready Friday.", Standard, true},
		{"Join our certified pedorthist for a free shoe-fit clinic Saturday.", Standard, false},
		{"Thanks for visiting our pedorthist today.", Standard, true},
		{"Results from our pedorthist are in the portal.", Standard, true},
		{"Meet our new pedorthist at the open house, Thursday 5 to 8 PM.", Strict, true},
		// recall17b (dev99r): a job advert's "hiring a(n) <role>"
		{"We are hiring an orthotist to join our casting team. Apply online.", Standard, false},
		{"We are hiring an orthotist to see you on Monday.", Standard, true},
	})
}
