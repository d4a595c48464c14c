package guard

import "testing"

// TestNewsVerbBefore: two unlisted capitalised words after a news verb, a
// word for a person the sender serves or "Congratulations to" are a name
// even when the rest of the line is capitalised (words.go newsVerbBefore;
// RED, dev53q).
func TestNewsVerbBefore(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Sunrise Adult Day welcomes new participant Siosaia Taufa to our Tuesday circle!",
		"Sunrise Adult Day welcomes Siosaia Taufa!",
		"Congratulations to Nkechi Obi, Harbor House's Guest of the Quarter!",
	)
	checkFlagged(t, g, false,
		"Sunrise Adult Day Welcomes You Back!",
		"Summer Sale Starts Now at Harbor House",
	)
}
