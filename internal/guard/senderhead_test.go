package guard

import "testing"

// TestSenderHead: a care word in the sender's name in the header or
// signature slot passes; the reader's care beside it, a third party's care
// place and a disease's name of two words stay reported (senderhead.go).
func TestSenderHead(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Ashgrove Cardiology: You have a new secure message. Sign in to read it.",
		"Kestrel Dermatology Associates: your portal password was changed. If this wasn't you, call us.",
		"Brookmere Wound Center: your pre-registration is complete. Please arrive 10 minutes before your visit.",
		"Brookmere Wound & Hyperbaric: your reminder preferences were updated to text only.",
		"Your check-in is complete. Please have a seat. – Ashgrove Cardiology",
		"Our office closes at noon Friday. Happy holidays from Ashgrove Cardiology!",
		`{"title":"Brookmere Wound Center","body":"You have a new message. Sign in to view."}`,
		"Brookmere Wound Center: your appointment is confirmed for Tuesday at 10:00.",
		"Ashgrove Dermatology: your appointment is confirmed for Monday at 9.",
	)
	checkFlagged(t, g, true,
		// a disease or a drug is no specialty (red-team pass RED10, dev66r)
		"Ashgrove HIV Clinic: your appointment is confirmed for Tuesday at 10:00.",
		"Ashgrove Methadone Clinic: your visit is confirmed for Monday at 7:00 AM.",
		"Ashgrove Psychiatry: your appointment is confirmed for Monday at 9.",
		"Ashgrove Cardiology: your echo results show a weak heart valve.",
		"Ashgrove Cardiology: your cardiology follow-up for atrial fibrillation is Tuesday at 9:40 AM.",
		"Reminder: your cardiology follow-up is on Tuesday. – Ashgrove Cardiology",
		"Brookmere Wound Center: your diabetic foot ulcer check is Wednesday at 11 AM.",
		"Brookmere Wound Center: your pain medication was sent to the pharmacy.",
		"Fairlane Billing: your balance with Riverside Dialysis Center is now $0.00.",
		"Your statement from Valley Oncology Associates is ready.",
		"Ashgrove Heart Failure Clinic: you have a new secure message.",
		"Item HIV-4420 is ready for pickup.",
		`{"event":"message.created","sender_department":"HIV Specialty Clinic","unread":1}`,
		"Dana Whitfield: your cardiology results are ready.",
	)
	// with the sender's name given, another organisation's header is not it
	fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: "Ashgrove Cardiology: You have a new secure message."}}},
		&Context{Sender: []string{"Moreno & Blake Riverside"}}, Standard)
	if err != nil || len(fs) == 0 {
		t.Errorf("another organisation's header passed with a sender's name given: %v %v", fs, err)
	}
}

// TestSenderBranch: a branch town before "office" in a notice naming its
// sender passes; a vocative, a title or a possessive keeps the person
// (senderbranch.go).
func TestSenderBranch(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Pellham Chiropractic Gilbert office: parking lot repaving this weekend.",
		"Pellham Chiropractic Family Day: face painting and a taco truck! Sat May 9, Gilbert office. All welcome.",
	)
	checkFlagged(t, g, true,
		"Pellham Chiropractic: Gilbert, your adjustment is booked for Monday at 9 AM.",
		"Pellham Chiropractic: Dr. Gilbert office hours are changing.",
	)
}
