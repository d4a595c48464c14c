package guard

import "testing"

// TestIDCardSubscriber: an ID card's subscriber or member number is
// reported; a payment card's or an order's number passes (cardcue.go,
// helper d29c, dev29 leak-086).
func TestIDCardSubscriber(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		leak bool
	}{
		{"Subject: New ID card for subscriber 902114537-01", true},
		{"Your new ID card for member 902114537 is on its way", true},
		{"Replacement identification card for member 550918273", true},
		{"Your new debit card for member 902114537 was mailed", false},
		{"Your ID card for order 90211453 shipped", false},
	} {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if Blocked(fs) != c.leak {
			t.Errorf("%q: blocked %v, want %v (%v)", c.text, Blocked(fs), c.leak, fs)
		}
	}
}
