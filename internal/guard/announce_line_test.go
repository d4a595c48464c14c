package guard

import "testing"

// TestAnnounceProductLine: a device product line announced to everyone
// passes in standard mode; the reader's device, a repair, a greeting and
// strict mode stay reported (announce_line.go, devicemodel.go, helper
// DEVANN, dev33, dev37v).
func TestAnnounceProductLine(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"The new Oticon Intent line has arrived at SoundWell Hearing Eastside. Stop by to see the colour range.", Standard, false},
		{"Phonak Audéo Lumity is now available for demo at all SoundWell Hearing locations.", Standard, false},
		{"The Oticon Play PX range for kids is on display at all our branches, on show to all visitors.", Standard, false},
		{"New in store: Phonak Roger On iN and the Phonak TV Connector are now in stock at all our locations.", Standard, false},
		{"The new ReSound Nexia range is now on display at all Hearwell branches.", Standard, false},
		{"The new Oticon Intent line has arrived at SoundWell Hearing Eastside. Stop by to see the colour range.", Strict, true},
		{"Phonak Audéo Lumity is now available for demo at all SoundWell Hearing locations.", Strict, true},
		{"The new ReSound Nexia range is now on display at all Hearwell branches.", Strict, true},
		{"Your new Oticon Intent hearing aids are ready for pickup.", Standard, true},
		{"Hi Ana, your Roger On is back from service.", Standard, true},
		{"Your Phonak repair is complete; collect it at any SoundWell location.", Standard, true},
		{"The Phonak repair has arrived back at our Lakeview branch.", Standard, true},
		{"The new Oticon Intent line has arrived at our branch. Your hearing test is due next week.", Standard, true},
		{"Oticon Intent for Jane Doe has arrived at our Lakeview branch.", Standard, true},
		{"Oticon Intent hearing aids for tinnitus patients are on display at all our branches.", Standard, true},
		{"Come see them: the new Widex Moment range is on display at all our branches.", Standard, false},
		{"Bring them to see them: the Oticon Intent aids for Ana are on display.", Standard, true},
	})
}
