// Package guardreview runs the PHI guard over a tenant's whole library of
// notices at once (onboarding, a bulk import of templates) and proposes the
// wording the tenant could approve as its own, with what approving it would
// and would not clear. It never stores or logs the texts.
//
// A fresh tenant's library is blocked mostly by its own words: its brand,
// staff, places and product names, which no built-in list can know. The
// check endpoint answers one notice at a time with a fix hint each; the
// review answers the library: every approvable finding's text, counted over
// the notices it blocks, as one list to approve in one PUT /v1/guard/terms.
// What a tenant term can never clear (identifiers, dates, phones, addresses,
// built-in clinical words) is left as findings to fix in the wording.
package guardreview

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sealpost/sealpost/internal/guard"
)

// Limits of one review.
const (
	// MaxItems is the most notices one review reads.
	MaxItems = 500
	// MaxProposals is the most terms one review proposes (the most
	// frequent first).
	MaxProposals = 200
	// maxTermRunes and maxTermWords bound a proposed term: longer spans
	// are sentences, not names (the terms API takes 2–100 characters).
	maxTermRunes = 100
	maxTermWords = 6
)

// Item is one notice of the library.
type Item struct {
	Notice guard.Notice
	Mode   guard.Mode
	// Template is the fixed wording of the notice's category, read as
	// ordinary (as the delivery worker reads it); nil: none.
	Template []string
}

// Proposal is one term the tenant could approve (PUT /v1/guard/terms, kind
// "approved").
type Proposal struct {
	// Term is the text as the notices write it (its most frequent
	// spelling).
	Term string `json:"term"`
	// Kind is the term kind to approve it with: "approved" (a brand,
	// product, place or staff name: clears name-like findings and words in
	// no vocabulary inside it) or "sender" (the tenant's own phone number,
	// address or email address: clears every finding inside it, exactly).
	Kind guard.Kind `json:"kind"`
	// Notices counts the notices with a finding on it; Items lists their
	// indices in the request.
	Notices int   `json:"notices"`
	Items   []int `json:"items"`
	// Rules are the guard rules whose findings it would clear.
	Rules []string `json:"rules"`
	// Caution is set when approving the term alone is a risk the tenant
	// should weigh (a person's name alone); such a term is left out of
	// BlockedIfApproved.
	Caution string `json:"caution,omitempty"`
}

// Result is one notice's outcome.
type Result struct {
	Index    int
	Findings []guard.Finding
	// ClearedIfApproved: the notice passes once every proposal without a
	// caution is approved.
	ClearedIfApproved bool
	// Remaining are the findings left after that approval (none when
	// ClearedIfApproved).
	Remaining []guard.Finding
}

// Report is a review's answer.
type Report struct {
	Checked int
	Blocked int
	// BlockedIfApproved counts the notices still blocked once every
	// proposal without a caution is approved.
	BlockedIfApproved int
	Proposals         []Proposal
	// Results holds the blocked notices only, in request order.
	Results []Result
}

// CautionPersonName is a proposal's caution for a person's name.
const CautionPersonName = "a person's name: approve it only if it is your own staff's or your brand's, never a patient's; " +
	"approved, it passes wherever your notices write it (a one-word name after a greeting too: \"Hi Maria,\"), so prefer " +
	"the longer phrase your notices use (\"Dr. Renée Adler\", \"Maria's Bakery\", \"Theo app\")"

// Review checks every item in gc's context (the tenant's terms, link base
// and name) and proposes the approvable findings' texts as terms. gc is not
// changed. An error means the guard could not check; the caller fails.
func Review(g *guard.Guard, gc *guard.Context, items []Item) (Report, error) {
	base := guard.Context{}
	if gc != nil {
		base = *gc
	}
	rep := Report{Checked: len(items)}
	type agg struct {
		spellings map[string]int
		items     []int
		rules     map[string]bool
	}
	byKey := map[string]*agg{}
	var order []string
	for i, it := range items {
		c := base
		c.Template = it.Template
		fs, err := g.Check(it.Notice, &c, it.Mode)
		if err != nil {
			return Report{}, err
		}
		if len(fs) == 0 {
			continue
		}
		rep.Blocked++
		rep.Results = append(rep.Results, Result{Index: i, Findings: fs})
		for _, f := range fs {
			kind := guard.KindApproved
			switch {
			case guard.Approvable(f):
			case ownContact(f):
				kind = guard.KindSender
			default:
				continue
			}
			term, ok := termOf(it.Notice, f, kind == guard.KindSender)
			if !ok {
				continue
			}
			k := string(kind) + "\x00" + strings.ToLower(term)
			a := byKey[k]
			if a == nil {
				a = &agg{spellings: map[string]int{}, rules: map[string]bool{}}
				byKey[k] = a
				order = append(order, k)
			}
			a.spellings[term]++
			if n := len(a.items); n == 0 || a.items[n-1] != i {
				a.items = append(a.items, i)
			}
			a.rules[f.Rule] = true
		}
	}
	for _, k := range order {
		a := byKey[k]
		kind, _, _ := strings.Cut(k, "\x00")
		p := Proposal{Term: mostFrequent(a.spellings), Kind: guard.Kind(kind), Notices: len(a.items), Items: a.items}
		for r := range a.rules {
			p.Rules = append(p.Rules, r)
		}
		sort.Strings(p.Rules)
		if p.Kind == guard.KindApproved && g.PersonName(p.Term) {
			p.Caution = CautionPersonName
		}
		rep.Proposals = append(rep.Proposals, p)
	}
	sort.SliceStable(rep.Proposals, func(i, j int) bool {
		a, b := rep.Proposals[i], rep.Proposals[j]
		if a.Notices != b.Notices {
			return a.Notices > b.Notices
		}
		return strings.ToLower(a.Term) < strings.ToLower(b.Term)
	})
	if len(rep.Proposals) > MaxProposals {
		rep.Proposals = rep.Proposals[:MaxProposals]
	}

	// What the proposals would clear: the blocked notices checked again
	// with every proposal without a caution approved.
	after := base
	after.Terms = append([]guard.Term(nil), base.Terms...)
	for _, p := range rep.Proposals {
		if p.Caution == "" {
			after.Terms = append(after.Terms, guard.Term{Text: p.Term, Kind: p.Kind})
		}
	}
	for ri := range rep.Results {
		r := &rep.Results[ri]
		it := items[r.Index]
		c := after
		c.Template = it.Template
		fs, err := g.Check(it.Notice, &c, it.Mode)
		if err != nil {
			return Report{}, err
		}
		if len(fs) == 0 {
			r.ClearedIfApproved = true
			continue
		}
		r.Remaining = fs
		rep.BlockedIfApproved++
	}
	return rep, nil
}

// ownContact: a finding a tenant term of kind "sender" can clear as the
// tenant's own contact point: a phone number, street address, ZIP code or
// email address, or a bare run of digits (a phone written in a format the
// phone reader does not know: "91 555 23 40").
func ownContact(f guard.Finding) bool {
	switch f.Kind {
	case guard.KindPhone, guard.KindAddress, guard.KindZIP, guard.KindEmail:
		return !strings.HasPrefix(f.Rule, "context.")
	}
	return f.Rule == "identifier.number"
}

// termOf is the text a finding points at, as a term the tenant could
// approve: trimmed of edge punctuation, 2–100 characters, at most six words,
// no markup; for a sender term, cut at the first sentence end (a street
// reader may run into the next sentence: "55 Market Square. Call"). ok is
// false when the span is no such term.
func termOf(n guard.Notice, f guard.Finding, contact bool) (string, bool) {
	for _, fd := range n.Fields {
		if fd.Name != f.Field {
			continue
		}
		if f.Start < 0 || f.End > len(fd.Text) || f.Start >= f.End {
			return "", false
		}
		s := fd.Text[f.Start:f.End]
		if fd.HTML && strings.ContainsAny(s, "<>&") {
			return "", false
		}
		if contact {
			for _, end := range []string{". ", "! ", "? ", "\n"} {
				if i := strings.Index(s, end); i > 0 {
					s = s[:i]
				}
			}
		}
		s = trimTerm(s)
		s = strings.Join(strings.Fields(s), " ")
		n := utf8.RuneCountInString(s)
		if !utf8.ValidString(s) || n < 2 || n > maxTermRunes || len(strings.Fields(s)) > maxTermWords ||
			strings.IndexFunc(s, unicode.IsControl) >= 0 {
			return "", false
		}
		return s, true
	}
	return "", false
}

// mostFrequent is the spelling written most often (ties: the first in
// byte order, so the answer does not depend on map order).
func mostFrequent(m map[string]int) string {
	best, bn := "", -1
	for s, n := range m {
		if n > bn || (n == bn && s < best) {
			best, bn = s, n
		}
	}
	return best
}

// trimTerm trims spaces, punctuation and symbols at both ends, but keeps a
// parenthesis the term closes or opens inside ("(717) 555-0164").
func trimTerm(s string) string {
	edge := func(r rune) bool {
		return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '&' && r != '(' && r != ')') || unicode.IsSymbol(r)
	}
	for {
		t := strings.TrimFunc(s, edge)
		if strings.HasPrefix(t, ")") || strings.HasPrefix(t, "(") && strings.Count(t, "(") > strings.Count(t, ")") {
			t = t[1:]
		}
		if strings.HasSuffix(t, "(") || strings.HasSuffix(t, ")") && strings.Count(t, ")") > strings.Count(t, "(") {
			t = t[:len(t)-1]
		}
		if t == s {
			return t
		}
		s = t
	}
}
