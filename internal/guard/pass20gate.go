package guard

// The shared notice-level bit of the twentieth pass (lead, 2026-12-06).
// tokfilter.go's third word of notice-level bits (fb3) had one bit left
// after the nineteenth pass; rather than spend it on one pass, the
// twentieth pass's gated passes share it: fb3Pass20's filter holds the
// start words of every pass listed in pass20Starts, and each pass returns
// at once when the bit is clear, then walks only from its own start words
// (its own setTab). A field holding one pass's start word wakes the others
// too, so each keeps its own cheap first test; a pass of a later round
// joins this list, or shares another pass's bit, rather than needing a
// fourth word (one more table load per token).
var pass20Filter = tabsFilter(pass20Starts()...)

// pass20Starts: the start words of the passes gated by fb3Pass20, one
// entry per pass (the file that owns it in the comment).
func pass20Starts() []setTab {
	return []setTab{
		g20Photo, g20Baby, g20Social, g20Implant, g20Pump, // gaps20.go (scanGaps20; fix helper gaps20)
		clLabel, clBefore, // cliniclabel.go (scanClinLabel; fix helper fix108)
		pcCard,        // personcard.go (scanPersonCard; fix helper fix108)
		ddDefer,       // donordefer.go (scanDonorDeferral; fix helper fix108)
		cdCannabinoid, // cannabisdose.go (scanCannabinoidDose; fix helper fix108)
		baAppliance,   // bracesassoc.go (scanBracesAssoc; fix helper fix108)
	}
}
