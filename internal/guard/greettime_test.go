package guard

import "testing"

// TestGreetTime: greettime.go — a time of day before a lower-case service
// word is no greeting; "Good evening X", a sentence-opening "Evening X",
// "buenas noches x" and a capitalised word after a time of day keep the
// name frame.
func TestGreetTime(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Hi! Our customer service team now offers evening callbacks until 8 PM ET.",
		"Our team now offers evening walkthroughs.",
		"We now run afternoon callbacks on Fridays.",
	)
	checkFlagged(t, g, true,
		"Good evening Zorvaldo, your refill is ready.",
		"Evening zorvaldo, your refill is ready.",
		"Buenas noches zorvaldo, su receta está lista.",
		"Our team offers evening Zorvaldo a refill.",
		"Hi! Our team offers evening kovac callbacks until 8 PM ET.", // red23c, dev116r: a name before the plural
	)
}
