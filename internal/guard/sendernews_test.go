package guard

import "testing"

// TestSenderNews: sendernews.go's clean look-alikes pass; the reader's
// versions of the same shapes stay reported.
func TestSenderNews(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Hartwell Cardiology Associates has been named a 2026 Top Workplace by the Columbus Dispatch. Thank you to our 140 team members!",
		"Hartwell Cardiology offers free hands-only CPR classes to the public every second Saturday at our Dublin office. No sign-up needed.",
		"Tidewater Wound Center's Suffolk office is closed Feb 19 for a scheduled power outage. Chesapeake remains open 7 AM–5 PM.",
		"Maplewood Cardiology will host a free public AED training at Oakwood Library on Sat May 9, 10 AM. Everyone welcome.",
		"Due to icy roads, all Hartwell Cardiology offices open at 10 AM today, Jan 16. Your scheduler will call if your time changes.",
		"Hartwell Cardiology offices are closed today for the holiday.",
	)
	checkFlagged(t, g, true,
		"Maplewood Cardiology Associates has received your referral for Dana Whitfield. We will call you to schedule.",
		"Maplewood Cardiology will host your stress test on Sat May 9 at 10 AM.",
		"Maplewood Cardiology offers you a follow-up echo after your heart attack.",
		"Bayview Wound Center's Norfolk office will dress your diabetic foot ulcer on Mar 3.",
		"Your appointment with Hartwell Cardiology Associates has been rescheduled.",
		"Maplewood Cardiology offers Dana a free consult.",
		"Maplewood Cardiology is closed for your visit on Friday.",
		"Heart Failure Clinic is hiring nurses.",
		"Due to snow, all Maplewood Cardiology offices open at 10 AM today for your stress test.",
		"Due to snow, all Maplewood Cardiology offices open late, so Dana's echo moves to 2 PM.",
		"All Dana Whitfield Cardiology offices open at 10 AM today.",
	)
}
