package guard

import (
	"fmt"
	"testing"
)

func TestQuick(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"Important information about your recent test",
		"Urgent message about your account",
		"Notification or reminder of an upcoming billing",
		"Payment processed successfully",
		"Account balance zero",
		"Your order total is $42.10; it is expected to ship on March 3",
		"Call (555) 123-4567 ext. 12 about metformin",
		"Dear Maria Lopez, DOB 03/07/1984, MRN: 00451234",
		"m\u200ce\u200ct\u200cf\u200co\u200cr\u200cm\u200ci\u200cn",
		"SSN 123-45-6789, lives at 42 Elm Street, Springfield, IL 62704",
		"Your A1C of 7.2 and E11.9 were noted",
		"Patient is 92 years old",
		"Visit https://evil.example/x or email maria.lopez@gmail.com",
	} {
		fs, err := g.CheckText(s, nil, Standard)
		fmt.Printf("%q\n", s)
		for _, f := range fs {
			fmt.Printf("   %s %s [%d,%d] %q\n", f.Kind, f.Rule, f.Start, f.End, s[f.Start:f.End])
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}
