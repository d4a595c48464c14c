package guard

// The shared notice-level bit of the twentieth pass (lead, 2026-12-06).
// tokfilter.go's third word of notice-level bits (fb3) had one bit left
// after the nineteenth pass; rather than spend it on one pass, the
// twentieth pass's gated passes share it: fb3Pass20's filter holds the
// start words of every pass listed in pass20Starts, and each pass returns
// at once when the bit is clear, then walks only from its own start words
// (its own setTab). A pass of a later round joins this list (a new group
// of pass20Groups and its p20 bit), or shares another pass's bit, rather
// than needing a fourth word (one more table load per token).
//
// The passes' own bits (helper speed21): a field holding one pass's start
// word ("card", "photo") used to wake every other pass of the list, and
// each walked the whole field with its own set lookup per token. detect
// now reads the field once more only when fb3Pass20 is set
// (pass20Bits): one load per token from pass20Tab, whose entry holds one
// bit per group of pass20Groups (the bit set exactly when that group's
// filter may hold the hash), and each pass returns at once when its own
// bit is clear. Like fb3Pass20 the bits only skip walks that would find
// nothing: every pass acts only at a start word of its own group
// (TestPass20TabIsTheGroups).
var pass20Filter = tabsFilter(pass20Starts()...)

// The groups' bits in scanner.p20, in pass20Groups order (a uint16 since
// fix helper r113m's ninth group: the first eight filled a uint8).
const (
	p20Gaps       = 1 << iota // scanGaps20 (gaps20.go)
	p20ClinLabel              // scanClinLabel (cliniclabel.go)
	p20PersonCard             // scanPersonCard (personcard.go)
	p20DonorDefer             // scanDonorDeferral (donordefer.go)
	p20Cannabis               // scanCannabinoidDose (cannabisdose.go)
	p20Braces                 // scanBracesAssoc (bracesassoc.go)
	p20Lice                   // scanLiceFound (licefound.go)
	p20Orthosis               // scanReaderOrthosis (esorthosis.go)
	p20Leave                  // scanMedicalLeave (medleave.go)
	p20Advice                 // scanUrgentAdvice (urgentadvice.go)
	p20Areola                 // scanAreolaTattoo (areolatattoo.go)
	p20PostProc               // scanPostProcedure (postproc.go)
	p20HospFor                // scanHospFor (hospfor.go)
)

// pass20Groups: the start words of the passes gated by fb3Pass20, one
// group per pass (the file that owns it in the comment), in p20 bit order.
func pass20Groups() [][]setTab {
	return [][]setTab{
		{g20Photo, g20Baby, g20Social, g20Implant, g20Pump}, // gaps20.go (scanGaps20; fix helper gaps20)
		// cliniclabel.go (scanClinLabel; fix helper fix108): its label words
		// only — a modifier of clBefore ("final", "clinical") reports
		// nothing without a label word after it
		{clLabel},
		{pcCard},           // personcard.go (scanPersonCard; fix helper fix108)
		{ddDefer},          // donordefer.go (scanDonorDeferral; fix helper fix108)
		{cdCannabinoid},    // cannabisdose.go (scanCannabinoidDose; fix helper fix108)
		{baAppliance},      // bracesassoc.go (scanBracesAssoc; fix helper fix108)
		{lfStart},          // licefound.go (scanLiceFound; fix helper r112)
		{eoStart},          // esorthosis.go (scanReaderOrthosis; fix helper r112)
		{mlStart},          // medleave.go (scanMedicalLeave; fix helper r113m)
		{uaVerb},           // urgentadvice.go (scanUrgentAdvice; fix helper r113m)
		{atStart},          // areolatattoo.go (scanAreolaTattoo; fix helper r113m)
		{ppStart},          // postproc.go (scanPostProcedure; fix helper r113m)
		{hfStart, idStart}, // hospfor.go (scanHospFor; fix helper r117d) and implanted117.go (implantedDefib, sharing the bit)
	}
}

// pass20Starts: the start words of every group of pass20Groups.
func pass20Starts() []setTab {
	var all []setTab
	for _, g := range pass20Groups() {
		all = append(all, g...)
	}
	return all
}

// pass20Tab[h&16383]: the p20 bits of the groups whose filter (tabsFilter
// of the group's sets, indexed like a hashFilter's bit) may hold h.
var pass20Tab = func() *[16384]uint16 {
	var tab [16384]uint16
	for b, g := range pass20Groups() {
		f := tabsFilter(g...)
		for x := range tab {
			if f.may(uint64(x)) {
				tab[x] |= 1 << b
			}
		}
	}
	return &tab
}()

// pass20Bits: the p20 bits of the field's tokens (0 without fb3Pass20:
// no token then holds a start word of any group).
func (s *scanner) pass20Bits() uint16 {
	if s.fbAll3&fb3Pass20 == 0 {
		return 0
	}
	var b uint16
	for i := range s.toks {
		b |= pass20Tab[s.toks[i].h&16383]
	}
	return b
}
