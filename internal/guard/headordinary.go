package guard

// headordinary.go — a given name that is also an ordinary word, before a
// place-like family name, heading the reader's care notice (issue 15,
// seventeenth pass, fix helper gaps17, dev93x/dev97g: "Yaw Springs: your
// prior authorization was approved").
//
// headsurname.go reads "<given> <Springs|Park|Meadows…>: your …" as the
// reader's name only when the given name is no common word, and leaves
// "Hope Springs", "Yaw Springs" to the branch rules (a town is named so).
// What tells the two apart is the place and what the header introduces: a
// branch is named after its town, and a town or branch heads the sender's
// shop news ("Coral Springs: your order shipped today"), while a care
// notice (an authorization, a referral, a prescription, results, a claim)
// is addressed to a person. So hoOrdinaryGiven reads a run of two
// capitalised words alone as the header — any word a person may be named
// by (a listed given name or not, an ordinary word or not; never a stop
// word, a title, a month, a listed place, a compass word or a brand),
// then hsSurnameHeads's family name — that is no town of the gazetteer
// (towns.go: "Palm Springs", "Cedar Lake", "Oak Park" stay the sender's
// branch), before "your" and a care word at most four words after it in
// its sentence.
//
// Rule name.head_surname (as headsurname.go), kind name, approvable as a
// phrase; a sender named so writes it as its display name
// (sendercontext.go). Passes: "Coral Springs: your order shipped today",
// "Silver Lake: your order is ready for pickup" (no care word), "Palm
// Springs: your prescription is ready" (a town). Accepted risk: a branch
// named after no town ("Harbor Park: your lab results…") is read as a
// person; its sender approves the phrase. Spanish headers ("… : su …")
// are left alone, as in headsurname.go.

var hoCareWords = wordSetTab("authorization authorisation auth referral referrals prescription prescriptions rx refill refills " +
	"lab labs result results test tests claim claims procedure surgery therapy " +
	"treatment biopsy scan imaging mri records chart infusion vaccine vaccines dose medication medications")

// hoOrdinaryGiven: tokens a, a+1 are a common-word given name and a
// place-like family name heading "your <care>"; the run's last token.
func (s *scanner) hoOrdinaryGiven(a int) (int, bool) {
	n := len(s.toks)
	b := a + 1
	if b+2 >= n || s.gap(b) != " " || s.toks[b].cls&tCap == 0 || s.toks[b].cls&tUpper != 0 || !hsSurnameHeads.get(s.toks[b].h) {
		return 0, false
	}
	f := s.fl(a)
	if s.toks[a].cls&tAlpha == 0 || len(s.toks[a].low) < 3 || f&(wStop|wTitle|wGreeting|wNameCue|wMonth|wPlace|wDirectional) != 0 ||
		hsCompass.get(s.toks[a].h) || s.brandTok(a) || s.townName(a, b) {
		return 0, false
	}
	if !s.hsHeadEnd(b) || s.toks[b+1].low != "your" {
		return 0, false
	}
	for k := b + 2; k < n && k <= b+5 && !s.toks[k].sent; k++ {
		if hoCareWords.get(s.toks[k].h) {
			return b, true
		}
	}
	return 0, false
}
