package guard

import "testing"

// TestStaffNews: news of the sender's clinicians (staffnews.go) passes in
// standard mode and is reported in strict mode; the same shapes made
// personal stay reported.
func TestStaffNews(t *testing.T) {
	g := newTestGuard(t)
	check := func(s string, m Mode) []Finding {
		t.Helper()
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: s}}}, nil, m)
		if err != nil {
			t.Fatal(err)
		}
		return fs
	}
	pass := []string{
		"Please welcome Dr. Anita Varga, who joins our Lakeside clinic as medical director.",
		"Please welcome Dr. Omar Haddad, who joins our cardiology team this fall.",
		"Dr. Samuel Okafor has retired after 32 years — thank you for your service to our community!",
		"After 40 years, Dr. Peter Novak is retiring. Join us in thanking him for his service to our community.",
	}
	for _, s := range pass {
		if fs := check(s, Standard); len(fs) > 0 {
			t.Errorf("standard %q: unexpected %v", s, fs)
		}
		if fs := check(s, Strict); len(fs) == 0 {
			t.Errorf("strict %q: nothing reported", s)
		}
	}
	leaks := []string{
		"Dr. Anita Varga will see you at the Lakeside clinic on Monday.",
		"Your appointment with Dr. Samuel Okafor is on March 3.",
		"Dr. Anita Varga, your new oncologist, joins our Lakeside clinic.",
		"Dr. Helen Strauss has reviewed the biopsy results.",
		"Dr. Anita Varga joins our oncology team to lead the chemotherapy for Maria Lopez.",
		"Dr. Samuel Okafor has retired; the appointment moves to Dr. Lee.",
		"Please welcome Dr. Anita Varga, who joins our team. The biopsy results are ready.",
		"Dr. Okafor retired before the surgery.",
		"Welcome Dr. Varga, his new oncologist at our clinic.",
		"Dr. Varga joins our team to manage the schizophrenia.",
		"Dr. Samuel Okafor has retired. Maria Lopez has been notified.",
		// not a leak: HTML is not read by the rule (fail closed)
		"<p>Please welcome Dr. Anita Varga, who joins our Lakeside clinic.</p>",
	}
	for i, s := range leaks {
		n := Notice{Fields: []Field{{Name: "text", Text: s, HTML: i == len(leaks)-1}}}
		fs, err := g.Check(n, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("standard %q: nothing reported", s)
		}
	}
}
