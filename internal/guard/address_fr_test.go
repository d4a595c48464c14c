package guard

import "testing"

// TestAddressFR: a French street address with its postcode and town
// (address_fr.go) is reported; a number before a street-type word with no
// postcode passes.
func TestAddressFR(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Your father's records were mailed to 22 rue Pasteur, 13008 Marseille.", Standard, true},
		{"Le dossier a été envoyé au 5 bis avenue Foch, 75116 Paris.", Standard, true},
		{"Set the table with 3 place settings, 12 forks and 12 spoons.", Standard, false},
		{"Pick from 2 route options on the map.", Standard, false},
	})
}
