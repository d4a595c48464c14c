package guard

import "testing"

// TestEventRunName: a name inside an event's capitalised name passes; a
// name before an event noun alone or with a care word stays reported.
func TestEventRunName(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Join Hartwell Children's Clinic for Teddy Bear Picnic Day on Saturday, June 6, 10 AM to 1 PM at our Westfield office. Face painting, story time and free popsicles!",
	)
	checkFlagged(t, g, true,
		"Join us for Emma Reyes Day on Saturday, June 6.",
		"Join us for Emma Reyes Surgery Day on Saturday, June 6.",
		"Dear Emma Reyes, your picnic day is June 6.",
	)
}
