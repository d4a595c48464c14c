package guard

import (
	"strings"
	"testing"
)

// TestCondJoin: the sender's trade name "<Brand> <clinical word> &
// <service>" heading an ordinary notice passes with no tenant context; the
// reader's care beside it, an adjective of a diagnosis in place of the
// brand, a person's name and a sensitive word in the name stay reported
// (condjoin.go).
func TestCondJoin(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		leak bool
	}{
		// clean: ordinary notices under the trade name
		{"Fernhill Asthma & Allergy: Your statement is ready. Balance due: $22.00.", false},
		{"Fernhill Asthma & Allergy: Closed Monday for the holiday. Portal messages will be answered Tuesday.", false},
		{"Oakhurst Concussion & Neurorehab: Your balance is past due. Call billing at (303) 555-0177, Mon-Fri 8-5.", false},
		{"Oakhurst Arthritis and Rheumatology: You're next in line! Please come to the front desk.", false},
		{"Blue Ridge Scoliosis & Bracing: Your one-time login code is 318820.", false},
		{"Subject: Oakhurst Vertigo & Balance\n\nOur phones will be down Saturday morning for maintenance.", false},
		{"Brisa Asma y Alergia: su código de acceso es 604418.", false},
		// leaks: the reader's care, a diagnosis as the header, a person, a sensitive name
		{"Fernhill Asthma & Allergy: your allergy shots resume Tuesday at 4pm.", true},
		{"Oakhurst Concussion & Neurorehab: your concussion recheck is Thursday.", true},
		{"Oakhurst Pain & Spine: your nerve block is confirmed for Monday at 9.", true},
		{"Severe Asthma & Allergy: your statement is ready in the portal.", true},
		{"Suspected Concussion & Whiplash: your balance is past due.", true},
		{"Chronic Migraine & Depression: your balance is past due.", true},
		{"Diane Asthma & Allergy: your statement is ready.", true},
		{"Fernhill Addiction & Recovery: Your statement is ready. Balance due: $35.00.", true},
		{"Brisa Asma y Alergia: su prueba de alergia es el martes a las 9:00.", true},
	} {
		fs, err := g.CheckText(c.text, &Context{AllowURLs: []string{"https://portal.example/m/"}}, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.leak {
			var rs []string
			for _, f := range fs {
				rs = append(rs, f.Rule)
			}
			t.Errorf("%q: leak=%v, want %v (%s)", c.text, got, c.leak, strings.Join(rs, ","))
		}
	}
}
