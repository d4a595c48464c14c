package guard

import "testing"

func TestSenderNews(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want bool // a finding is expected
	}{
		{"Hartwell Cardiology Associates has been named a 2026 Top Workplace by the Columbus Dispatch. Thank you to our 140 team members!", false},
		{"Hartwell Cardiology offers free hands-only CPR classes to the public every second Saturday at our Dublin office. No sign-up needed.", false},
		{"Tidewater Wound Center's Suffolk office is closed Feb 19 for a scheduled power outage. Chesapeake remains open 7 AM–5 PM.", false},
		{"Maplewood Cardiology will host a free public AED training at Oakwood Library on Sat May 9, 10 AM. Everyone welcome.", false},
		{"Maplewood Cardiology Associates has received your referral for Dana Whitfield. We will call you to schedule.", true},
		{"Maplewood Cardiology will host your stress test on Sat May 9 at 10 AM.", true},
		{"Maplewood Cardiology offers you a follow-up echo after your heart attack.", true},
		{"Bayview Wound Center's Norfolk office will dress your diabetic foot ulcer on Mar 3.", true},
		{"Your appointment with Hartwell Cardiology Associates has been rescheduled.", true},
		{"Maplewood Cardiology offers Dana a free consult.", true},
		{"Maplewood Cardiology is closed for your visit on Friday.", true},
		{"Heart Failure Clinic is hiring nurses.", true},
		{"Due to icy roads, all Hartwell Cardiology offices open at 10 AM today, Jan 16. Your scheduler will call if your time changes.", false},
		{"Hartwell Cardiology offices are closed today for the holiday.", false},
		{"Due to snow, all Maplewood Cardiology offices open at 10 AM today for your stress test.", true},
		{"Due to snow, all Maplewood Cardiology offices open late, so Dana's echo moves to 2 PM.", true},
		{"All Dana Whitfield Cardiology offices open at 10 AM today.", true},
	}
	for _, c := range cases {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q: findings %v, want any=%v", c.text, fs, c.want)
		}
	}
}
