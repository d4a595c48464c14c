package guard

// snakeid.go: a procedure or lab abbreviation that is the prefix of a
// snake-case identifier (issue 15, tenth pass, dev63, helper MISC10,
// 2026-12-05).
//
// A JSON event names its objects by a short prefix, an underscore and a
// random key: "thread":"thr_0aZ83k", "apt_7Hq29xLm", "msg_…". The
// tokenizer cuts at the underscore, and "thr" is a listed procedure
// abbreviation (total hip replacement): dev63-clean-043 was blocked as
// clinical.procedure. dropSnakeID drops a clinical.procedure or
// clinical.lab_test finding of one lower-case token of two to four
// letters that is glued by "_" to a key of six or more letters and digits
// holding both a digit and a letter, with nothing before the prefix but a
// quote, a space or the start.
//
// Still blocked: the same abbreviation as a word ("Your THR is set for
// 3/10", "thr surgery"), a condition or a drug before an underscore
// ("hiv_0a93kd" is no procedure finding), an underscore run of words
// ("met_for_min": obfuscation.split), a key with no digit ("thr_review").
// Accepted risk: a tenant that writes a procedure abbreviation as an
// object prefix before a random key. Speed: runs only from finish, i.e.
// on a field that already has a finding.
func (s *scanner) dropSnakeID(fs []ifind) []ifind {
	k := 0
	for _, f := range fs {
		if (f.rule == "clinical.procedure" || f.rule == "clinical.lab_test") && !f.readerTied() && (s.snakePrefix(f.a, f.b) || s.opAcctID(f.a, f.b)) { // an account id of four or five characters (senderops.go)
			continue
		}
		fs[k] = f
		k++
	}
	return fs[:k]
}

// snakePrefix: bytes a..b are one token that is an identifier's prefix
// (see the file comment).
func (s *scanner) snakePrefix(a, b int) bool {
	if b-a < 2 || b-a > 4 || b+7 > len(s.t.s) || s.t.s[b] != '_' {
		return false
	}
	for i := a; i < b; i++ {
		if c := s.t.s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	if a > 0 {
		if c := s.t.s[a-1]; c != '"' && c != ' ' && c != '\'' {
			return false
		}
	}
	digit, letter, n := false, false, 0
	for i := b + 1; i < len(s.t.s); i++ {
		c := s.t.s[i]
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case isLetterByte(c):
			letter = true
		default:
			i = len(s.t.s)
			continue
		}
		n++
	}
	return n >= 6 && digit && letter
}
