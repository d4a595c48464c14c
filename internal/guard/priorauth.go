package guard

// priorauth.go: what a prior authorization is for (issue 15, night of
// 2026-12-04, helper MS2: dev28 "We received your prior auth request for
// Humera").
//
// "prior auth" or "prior authorization", then at most one of request,
// form, approval, renewal, appeal, decision, denial, then for/of, an
// optional your/the/a, and a capitalised word that is no month, weekday,
// place or stop word, or a word in no vocabulary: rule
// compose.prior_auth (kind medication). A drug's name misspelled or
// written like an ordinary word of another language ("Humera") is still
// the drug. compose.head_before reads "prior authorization for X" with a
// content word already; this adds "auth", the word between and capitalised
// words the frame rules leave.

var (
	// hAuth ("auth") is declared elsewhere
	priorAuthMid   = wordSetTab("request requests form approval renewal appeal decision denial review")
	priorAuthFor   = wordSetTab("for of")
	priorAuthArt   = wordSetTab("your the a an")
	priorAuthSkips = wordSetTab("dr doctor your the this that it us you")
)

// scanPriorAuth reports compose.prior_auth.
// priorAuthFirst holds the words priorAuthHead starts with: prior, pre, pa
// and those of priorAuthOne (scanPriorAuth's cheap first test).
var priorAuthFirst = func() *hashFilter {
	f := tabsFilter(priorAuthOne)
	f.add(hPrior)
	f.add(hstr("pre"))
	f.add(hstr("pa"))
	return f
}()

func (s *scanner) scanPriorAuth() {
	if s.fbAll&fbPriorAuth == 0 { // no token passes priorAuthFirst (tokfilter.go)
		return
	}
	s.scanPriorAuthOn()
}

// scanPriorAuthOn is scanPriorAuth past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanPriorAuthOn() {
	n := len(s.toks)
	for i := 0; i+2 < n; i++ {
		if s.toks[i].fb&fbPriorAuth == 0 { // priorAuthHead's first words
			continue
		}
		k, mid := s.priorAuthHead(i)
		if k < 0 {
			continue
		}
		if k < n && priorAuthMid.get(s.toks[k].h) {
			k++
		} else if mid {
			continue
		}
		if k >= n || !priorAuthFor.get(s.toks[k].h) {
			continue
		}
		k++
		if k < n && priorAuthArt.get(s.toks[k].h) {
			k++
		}
		if k >= n || s.used[k] || s.toks[k].sent || s.toks[k].cls&tAlpha == 0 || len(s.toks[k].low) < 3 || priorAuthSkips.get(s.toks[k].h) {
			continue
		}
		t := &s.toks[k]
		f := s.fl(k)
		capital := t.cls&tCap != 0 && f&(wStop|wMonth|wPlace|wStateName) == 0 && !vocativeNotName.get(t.h)
		if !capital && t.w != nil {
			continue
		}
		if s.p != nil && (s.p.isTemplate(t.h)) {
			continue
		}
		s.addTok(k, k, KindMedication, "compose.prior_auth", 0.7, "follows a prior authorization request, where a drug or procedure goes")
		i = k
	}
}

// priorAuthOne are one-word spellings of a prior authorization
// ("preauthorization", "preauth"); priorAuthPre the first half of
// "pre-auth" / "pre-authorization" (red team round 4, dev28s).
var priorAuthOne = wordSetTab("preauthorization preauthorisation preauth preapproval")

// priorAuthHead returns the token after a prior authorization's head at
// token i ("prior auth", "prior authorization", "preauthorization",
// "pre-auth", and "PA" in capitals), or -1; mid: the head is "PA", which
// counts only before a word of priorAuthMid ("PA request for …": PA alone
// is also Pennsylvania and a public address).
func (s *scanner) priorAuthHead(i int) (int, bool) {
	n := len(s.toks)
	t := &s.toks[i]
	switch {
	case t.h == hPrior && i+1 < n && (s.toks[i+1].h == hAuth || s.toks[i+1].h == hAuthorization):
		return i + 2, false
	case priorAuthOne.get(t.h):
		return i + 1, false
	case t.low == "pre" && i+1 < n && s.gap(i+1) == "-" && (s.toks[i+1].h == hAuth || s.toks[i+1].h == hAuthorization):
		return i + 2, false
	case t.low == "pa" && t.cls&tUpper != 0 && t.cls&tCap != 0 && i+1 < n && s.gap(i+1) == " ":
		return i + 1, true
	}
	return -1, false
}
