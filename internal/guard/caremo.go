package guard

// caremo.go — the notice-wide care scans asked once per token list (speed
// helper SPD8).
//
// sdCareInNotice (senderdate.go), ssCareInNotice (sendersite.go) and
// spCareInNotice (senderplace.go) each read the whole token list and
// nothing else (no used marks, no findings), and date(), address() and
// their sender checks ask them once per date or address. The first answer
// is kept in scanner.careMemo (two bits a scan: asked, and the answer);
// detect clears it for every token list, so a field's decoded pass asks
// again. Each scan tests every token with sdCareTok, a hashFilter before
// its three maps.

const (
	cmSdAsked uint8 = 1 << iota
	cmSdYes
	cmSsAsked
	cmSsYes
	cmSpAsked
	cmSpYes
	cmShAsked // shCareOutside(-1, -1) (senderlisting.go, helper SPEED10B)
	cmShYes
)

// sdCareInNotice: sdCareInNoticeScan, once per token list.
func (s *scanner) sdCareInNotice() bool {
	return s.careMemoOf(cmSdAsked, cmSdYes, s.sdCareInNoticeScan)
}

// ssCareInNotice: ssCareInNoticeScan, once per token list.
func (s *scanner) ssCareInNotice() bool {
	return s.careMemoOf(cmSsAsked, cmSsYes, s.ssCareInNoticeScan)
}

// spCareInNotice: spCareInNoticeScan, once per token list.
func (s *scanner) spCareInNotice() bool {
	return s.careMemoOf(cmSpAsked, cmSpYes, s.spCareInNoticeScan)
}

func (s *scanner) careMemoOf(asked, yes uint8, scan func() bool) bool {
	return memoBits(&s.careMemo, asked, yes, scan)
}

// memoBits answers scan once per token list through two bits of *m
// (asked, and the answer): the care memo here and the arrival memo
// (arrivememo.go) share it; newTokenList clears both.
func memoBits(m *uint8, asked, yes uint8, scan func() bool) bool {
	if *m&asked != 0 {
		return *m&yes != 0
	}
	*m |= asked
	if scan() {
		*m |= yes
		return true
	}
	return false
}

// sdCareBits: the keys of sdCare, sdHeld and loyaltyCareEvent, sdCareTok's
// first test.
var sdCareBits = tabsFilter(sdCare, sdHeld, loyaltyCareEvent)

// sdCareTok: token m is a care or booking word (sdCare, sdHeld,
// loyaltyCareEvent) or a date person cue, the test each notice-wide care
// scan makes of every token; the filter first.
func (s *scanner) sdCareTok(m int) bool {
	h := s.toks[m].h
	return sdCareBits.may(h) && (sdCare.get(h) || sdHeld.get(h) || loyaltyCareEvent.get(h)) || s.fl(m)&wDatePerson != 0
}
