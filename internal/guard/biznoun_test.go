package guard

import "testing"

// TestBizNoun: a capitalised word followed by a business-type noun is a
// company; a person's name before the noun, or a title before the run,
// stays reported (biznoun.go).
func TestBizNoun(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Brightwater Utilities has a new customer service line: call 1-800-555-0142.",
		"Checks payable to Brightwater Utilities may be mailed to PO Box 7733, Akron, OH 44309.",
		"Send rolls to Clearview Photo, PO Box 210, Albany, NY 12201.",
		"Clearview Photo Downtown, 14 Court St, Albany, NY 12207 is open daily 9–7.",
		"Pickup: Gearhouse Cycles, 1020 Elm St, Suite B. Open until 7 pm.",
		"Pickup: Summit Hardware, 400 Elm St, Suite C. Open until 8 pm.",
		"Your order #CC-55930 is ready for pickup at CareCart Elm Street.",
		"Northgate Imaging accepts mailed payments at PO Box 44120, Denver, CO 80201.",
	)
	checkFlagged(t, g, true,
		"Bronwyn Achterberg Dental has your x-rays.",
		"Bronwyn Photo session for your newborn is booked.",
		"Nkechi Photo shoot is Monday.",
		"Olumide Fitness plan: 3 sessions a week after your knee surgery.",
		"Dr. Achterberg Dental will see you Monday.",
		"Pickup: Jordan Avery, 1020 Elm St, Apt B.",
		"Pickup: Zorvaldo Brayden, 1020 Elm St.",
		"Bronwyn Achterberg has a new mailing address: PO Box 7733, Akron, OH 44309.",
	)
}
