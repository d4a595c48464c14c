package guard

import (
	"strings"
	"testing"
)

func TestSenderRole(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		mode Mode
		leak bool
	}{
		// clean: the sender's short name in a sender's role
		{"Winter Warm-Up month: every Cascadia Breathe branch offers a free cleaning & safety check on equipment we supply.", Strict, false},
		{"Download the new Ridgeline Comp app to upload documents and track payments.", Strict, false},
		{"Ridgeline Comp: a new document is available in your secure claim portal.", Standard, false},
		{"How was your recent call with Ridgeline Comp? Tell us in a 1-minute survey.", Standard, false},
		{"Reminder: Ridgeline Comp will only ask you to update direct deposit through the secure portal.", Standard, false},
		{"The Ridgeline Comp portal will be down for maintenance Sunday.", Standard, false},
		{"Ridgeline Comp is expanding claimant support with 12 new team members.", Standard, false},
		{"Your statement from Lakeshore Headache & Migraine Center is ready.", Standard, false},
		{"Your visit at Lakeshore Headache & Migraine Center is confirmed. Please arrive 15 minutes early.", Standard, false},
		// leaks: a person's name in the same slots, the reader's care beside the name
		{"How was your recent call with Maria Lopez? Tell us in a 1-minute survey.", Standard, true},
		{"You have an upcoming visit with Jennifer Walsh. See the time online.", Standard, true},
		{"Daniel Kowalski: a new document is available in your secure claim portal.", Standard, true},
		{"Reminder: Maria Lopez will only ask you to update direct deposit through the secure portal.", Standard, true},
		{"How was your recent call with Dr. Anand Patel? Tell us in a survey.", Standard, true},
		{"Download the new Ridgeline Comp app to track your back injury claim and physical therapy visits.", Strict, true},
		{"You have an upcoming visit with Cascadia Breathe for your pulmonary rehab after your lung transplant.", Standard, true},
		{"Your visit at Ashgrove HIV Clinic is confirmed. Please arrive 15 minutes early.", Standard, true},
		{"Your statement from Northside Addiction Center is ready.", Standard, true},
		{"Your statement from Lakeshore Headache & Migraine Center for your Botox injections is ready.", Standard, true},
		{"Your visit at Lakeshore Headache & Migraine Center is confirmed. Bring your headache diary.", Standard, true},
		{"Maria Lopez is proud to announce she finished chemotherapy.", Standard, true},
		{"Ridgeline Comp: your lumbar fusion surgery is approved.", Standard, true},
	} {
		fs, err := g.CheckText(c.text, nil, c.mode)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.leak {
			var rules []string
			for _, f := range fs {
				rules = append(rules, f.Rule)
			}
			t.Errorf("%q: flagged %v, want %v (%s)", c.text, got, c.leak, strings.Join(rules, ","))
		}
	}
}
