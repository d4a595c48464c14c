package guard

// hostevent.go: the date of a group event the sender hosts (issue 15,
// twenty-first pass, fix helper r107, dev107, probe set dev107x). "Cedar
// Ridge will host a school nurse workshop on stocking emergency kits, Jan
// 22. Registration: …" was date.person: "emergency" is a person cue
// ("emergency visit") within reach of the date, and publicdate.go's public
// event needs no person cue and an audience.
//
// hostEventDay, read in date() beside publicCueDay, makes such a date the
// sender's calendar (standard mode only) when:
//
//   - the date's sentence has a host verb (host, hosts, hosting, will host,
//     organiza, organizará, organizamos…) and, at most five words after
//     it and before the date, a group event noun (workshop, class, talk,
//     seminar, session, taller, charla…: publicdate.go's groupEventNouns);
//   - every person cue within the date's reach lies after the host verb
//     and before the date (the event's own topic: "on stocking emergency
//     kits"); none is a birth word (born, birth, DOB, nacimiento…);
//   - no word of the reader's is in the field (you, your, su…), and the
//     year, when written, is 2010 or later.
//
// Stays reported: "Cedar Ridge will host your allergy workshop follow-up
// visit Jan 22", "… Jan 22, after the surgery" (a cue after the date), a
// workshop with no host verb, strict mode. The clinical words of the
// notice keep their own findings (`TestHostEventDay`).

var (
	// heHost: the sender's verbs of hosting an event
	heHost = wordSetTab("host hosts hosting organiza organizara organizamos organizaremos ofrece ofrecera")
	// heBirth: person cues a hosted event never explains
	heBirth = wordSetTab("born birth birthday dob nacimiento nacio nacido nacida deceased died fallecio")
)

// hostEventDay: see the file comment.
func (s *scanner) hostEventDay(i, j, y int) bool {
	if s.m != Standard || y > 0 && y < publicEventFirstYear {
		return false
	}
	lo, hi := s.sentSpan(i)
	h, e := -1, -1
	for k := lo; k < i; k++ {
		if heHost.get(s.toks[k].h) {
			h, e = k, -1
			continue
		}
		if h >= 0 && e < 0 && k <= h+5 && groupEventNouns.get(s.toks[k].h) {
			e = k
		}
	}
	if h < 0 || e < 0 {
		return false
	}
	n := len(s.toks)
	for k := max(0, i-8); k < n && k <= j+4; k++ {
		if k >= i && k <= j || s.fl(k)&wDatePerson == 0 {
			continue
		}
		if k <= h || k > j || k < lo || k >= hi || heBirth.get(s.toks[k].h) {
			return false
		}
	}
	for k := range s.toks {
		if recipientWords.get(s.toks[k].h) {
			return false
		}
	}
	return true
}
