package guard

import "strings"

// User names and handles (issue 15, third pass). A handle names a person
// as surely as a name does: "Signed in as fatima.rahman", "Username:
// jsmith42", "usuario: maria_lopez", "@fatima_r". Reported:
//
//   - username.cue: after a cue (signed/logged in as, username, user name,
//     user id, login, handle, usuario, "nombre de usuario"), optionally a
//     colon or "is/es", a handle: words joined by ".", "_" or "-" with no
//     space, or one word mixing letters and digits;
//   - username.name: anywhere, a known given name and a known family name
//     joined by "." or "_" ("fatima.rahman") outside an email or a link
//     (those have their own detectors and mark their words);
//   - username.at: "@" then a handle of letters (and digits, "_", ".")
//     after a space or the start, not an email, holding a known given or
//     family name, and not the sender's own ("follow us @acme").

var (
	userCues     = wordSetTab("username usernames userid login handle usuario")
	hSigned      = hstr("signed")
	hLogged      = hstr("logged")
	hAs          = hstr("as")
	hUser        = hstr("user")
	hName        = hstr("name")
	hID          = hstr("id")
	hIn          = hstr("in")
	hIs, hEs     = hstr("is"), hstr("es")
	hNombre, hDe = hstr("nombre"), hstr("de")
)

// handleAt: tokens from i joined by ".", "_" or "-" without spaces; it
// returns the last token and whether the run looks like a handle (more
// than one token, or one token mixing letters and digits).
func (s *scanner) handleAt(i int) (int, bool) {
	n := len(s.toks)
	if i >= n || s.used[i] || s.toks[i].cls&(tAlpha|tMixed) == 0 {
		return 0, false
	}
	j := i
	for j+1 < n && !s.used[j+1] && s.toks[j+1].cls&(tAlpha|tMixed|tDigit) != 0 {
		g := s.gap(j + 1)
		if g != "." && g != "_" && g != "-" {
			break
		}
		j++
	}
	if j > i || s.toks[i].cls&tMixed != 0 {
		return j, true
	}
	return 0, false
}

// userCueEnd: token k ends a user-name cue; it returns the index of the
// first token after the cue (past ":" or "is/es").
func (s *scanner) userCueEnd(k int) (int, bool) {
	h := s.toks[k].h
	ok := userCues.get(h) && !(h == hstrLogin && k+1 < len(s.toks) && s.toks[k+1].cls&tAlpha != 0 && s.gap(k+1) == " " && !strings.Contains(s.gap(k+1), ":")) ||
		h == hAs && k >= 2 && s.toks[k-1].h == hIn && (s.toks[k-2].h == hSigned || s.toks[k-2].h == hLogged) ||
		(h == hName || h == hID) && k >= 1 && s.toks[k-1].h == hUser ||
		h == hUser && k >= 2 && s.toks[k-1].h == hDe && s.toks[k-2].h == hNombre
	if !ok {
		return 0, false
	}
	j := k + 1
	if j < len(s.toks) && (s.toks[j].h == hIs || s.toks[j].h == hEs) {
		j++
	}
	return j, j < len(s.toks)
}

var hstrLogin = hstr("login")

// usernameAt reports a user name or handle at token i (cue: the token is
// in shapeWords as a possible cue end); it returns the last token
// reported, or i-1.
func (s *scanner) usernameAt(i int, cue bool) int {
	n := len(s.toks)
	if cue {
		if j, ok := s.userCueEnd(i); ok {
			if e, ok := s.handleAt(j); ok && !s.ooOpaqueUserID(j, e) && !s.whhServiceID(j, e) && !s.wu109SystemID(j, e) { // a webhook's opaque id or next key (orthoops.go), a service account (webhookhandle.go), a system user id "u_81920" (webhookuser109.go)
				s.addTok(j, e, KindName, "username.cue", 0.8, "is a user name or handle, which identifies a person")
				return e
			}
		}
	}
	st, en := int(s.toks[i].s), int(s.toks[i].e)
	// "@fatima_r": not part of an email (emails are found first and mark
	// their words)
	if st > 0 && s.t.s[st-1] == '@' {
		if g := s.gap(i); (len(g) == 1 && i == 0 || len(g) > 1 && strings.TrimRight(g[:len(g)-1], " \t\n") != g[:len(g)-1]) && s.toks[i].cls&(tAlpha|tMixed) != 0 {
			e, _ := s.handleAt(i)
			if e < i {
				e = i
			}
			if s.personHandle(i, e) {
				s.addTok(i, e, KindName, "username.at", 0.7, "is a social media handle, which identifies a person")
				return e
			}
		}
	}
	// "fatima.rahman": a given and a family name joined without a space
	if en < len(s.t.s) && (s.t.s[en] == '.' || s.t.s[en] == '_') && i+1 < n && s.toks[i].cls&tAlpha != 0 && s.toks[i+1].cls&tAlpha != 0 && !s.used[i+1] {
		if g := s.gap(i + 1); (g == "." || g == "_") && s.fl(i)&wFirst != 0 && s.fl(i+1)&wLast != 0 && s.fl(i)&wStop == 0 && s.fl(i+1)&wStop == 0 {
			s.addTok(i, i+1, KindName, "username.name", 0.75, "is a given and a family name joined like a user name")
			return i + 1
		}
	}
	return i - 1
}

var hUs = hstr("us")

// personHandle: the handle i..e holds a known given or family name and no
// "us" comes just before it ("follow us @…", "tag us @…").
func (s *scanner) personHandle(i, e int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.toks[k].h == hUs {
			return false
		}
	}
	for k := i; k <= e; k++ {
		if s.fl(k)&(wFirst|wLast) != 0 && s.fl(k)&wStop == 0 {
			return true
		}
	}
	return false
}
