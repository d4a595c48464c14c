package guard

// webhookheld.go: a webhook's typed id that carries a record number or a
// birth date, and a stamp older than any platform (issue 15, seventeenth
// pass, red team red17, dev97x, 2026-12-06).
//
// webhookid.go's webhookTypedID passes a long alphanumeric value after a
// type prefix its key abbreviates ("order_id":"ord_…"), and words.go's
// wAllowNum passes any long value beside an order word. Red17's probe set
// dev97x put the reader's numbers behind such a prefix:
// "order_id":"ord_MRN48291377", "appointment_id":"apt_HIV2026X8812",
// "payment_id":"pi_SSN123456789A", "order_id":"ord_19840312RUIZ". A
// platform's id is random letters and digits of both cases; these open
// with a label of two to four capitals right before four digits or more
// (MRN, SSN, DOB, HIV), or hold eight digits that read as a calendar date
// (YYYYMMDD from 1900 to 2099). whHeldBody reports that shape for the
// token after the prefix; the value is then reported as before
// (identifier.alnum), whatever allowance it had, like webhookPersonTyped's.
// "pi_3NfK92LmQ8", "ord_8F2kQ91Zx", "apt_7Kd92LmQx" pass.
//
// whStampOld: a stamp key's date (webhookid.go's jsonStampKey: sent_at,
// created_at) before 2000 is no time a platform acted: {"sent_at":
// "1984-03-12T00:00:00Z"} is a birth date under a stamp's name. The stamp
// no longer unties it; date() reads its cues as before. Test
// `TestWebhookHeld`.

// whHeldBody: token i, a typed id's body after "prefix_", opens with a
// capitals label before digits or holds a date (see the file comment).
func (s *scanner) whHeldBody(i int) bool {
	if i < 1 || s.gap(i) != "_" || !s.jsonWebhook() {
		return false
	}
	src := s.t.s[s.toks[i].s:s.toks[i].e]
	if whLabelled(s.toks[i].low) || i >= 2 && s.gap(i-1) == "_" && whRecordLabel.get(s.toks[i-1].h) && s.toks[i].nd >= 4 {
		return true // "ord_mrn48291377", "ord_48291377MRN", "ord_MRN_48291377" (red17b)
	}
	caps := 0
	for caps < len(src) && src[caps] >= 'A' && src[caps] <= 'Z' {
		caps++
	}
	if caps >= 2 && caps <= 4 {
		d := caps
		for d < len(src) && src[d] >= '0' && src[d] <= '9' {
			d++
		}
		if d-caps >= 4 {
			return true
		}
	}
	run := 0
	for k := 0; k < len(src); k++ {
		if src[k] < '0' || src[k] > '9' {
			run = 0
			continue
		}
		run++
		if run >= 8 && (whYMD(src[k-7:k+1]) || whDMY(src[k-7:k+1])) {
			return true
		}
	}
	return false
}

// whRecordLabel: the labels of a person's record numbers, in any case
// (red17b, dev99x).
var whRecordLabel = wordSetTab("mrn ssn dob mbi hiv npi")

// whLabelled: a typed id's body (lower-cased) is a record label and four
// digits or more, the label before or after the digits: "mrn48291377",
// "48291377MRN", "ssn123456789" (red17b, dev99x; the capitals-only label of
// any letters stays whHeldBody's).
func whLabelled(src string) bool {
	l := 0
	for l < len(src) && src[l] >= 'a' && src[l] <= 'z' {
		l++
	}
	d := l
	for d < len(src) && src[d] >= '0' && src[d] <= '9' {
		d++
	}
	if l >= 3 && l <= 4 && d-l >= 4 && whRecordLabel.get(hstr(src[:l])) {
		return true
	}
	d = 0
	for d < len(src) && src[d] >= '0' && src[d] <= '9' {
		d++
	}
	if d >= 4 && len(src)-d >= 3 && len(src)-d <= 4 && whRecordLabel.get(hstr(src[d:])) {
		return true
	}
	return false
}

// whDMY: eight digits read as a day-first or month-first date with its
// year last, 1900 to 2099 ("12031984", "03121984"; red17b, dev99x).
func whDMY(d string) bool {
	n := func(a, b int) int {
		v := 0
		for _, c := range d[a:b] {
			v = v*10 + int(c-'0')
		}
		return v
	}
	x, z, y := n(0, 2), n(2, 4), n(4, 8)
	if y < 1900 || y > 2099 {
		return false
	}
	return x >= 1 && x <= 31 && z >= 1 && z <= 12 || x >= 1 && x <= 12 && z >= 1 && z <= 31
}

// whYMD: eight digits read as a date from 1900 to 2099.
func whYMD(d string) bool {
	n := func(a, b int) int {
		v := 0
		for _, c := range d[a:b] {
			v = v*10 + int(c-'0')
		}
		return v
	}
	y, m, dd := n(0, 4), n(4, 6), n(6, 8)
	return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && dd >= 1 && dd <= 31
}

// whStampOld: a stamp's year before 2000 (see the file comment).
func whStampOld(y int) bool { return y > 0 && y < 2000 }
