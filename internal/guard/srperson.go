package guard

// srperson.go: a sender-role run whose later word is a person's family
// name (issue 15, seventeenth pass, red team red17, dev97x, 2026-12-06).
//
// senderrole.go's snRoleRun reads a short run of capitalised words in a
// sender's slot (the owner of an app or branches, a header before a colon,
// the party of a call or a visit, the sender's news) as the sender's brand
// when its first word is coined ("Ridge"+"line"). Red17's probe set dev97x
// found a person passing there whose first word is such a compound:
// "Your call with Woodfield Tran is confirmed", "Goldfield Achebe: your
// order is ready", "Download the new Brightwater Nakamura app", "Every
// Hollyfield Mensah location is open today". A brand's words after the
// first are ordinary words ("Cascadia Breathe", "Ridgeline Comp",
// "Stonevale Care"); a person's are a family name. srPersonTail reports
// that a word of the run after its first is a listed family name or no
// ordinary word of five letters or more (general English or Spanish, with its singular and
// diminutive forms): the run is then no brand, and name.capitalized
// reports it. Test `TestSrPersonTail`.

// srPersonTail: a word of the run a..e after the first is a family name or
// no ordinary word (see the file comment).
func (s *scanner) srPersonTail(a, e int) bool {
	for m := a + 1; m <= e; m++ {
		if s.fl(m)&wLast != 0 || len(s.toks[m].low) >= 5 && !s.general(m) {
			return true
		}
	}
	return false
}
