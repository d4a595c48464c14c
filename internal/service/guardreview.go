package service

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sealpost/sealpost/internal/guard"
	"github.com/sealpost/sealpost/internal/guardreview"
)

// POST /v1/guard/review: the tenant's whole library of notices checked at
// once (onboarding, a bulk import of templates), with the terms it could
// approve as its own (internal/guardreview). Like the check, it reads the
// texts in memory only: the answer quotes them back to the caller, and the
// log line carries counts only.

// GuardReviewInput is the body of POST /v1/guard/review.
type GuardReviewInput struct {
	Notices   []GuardReviewNotice `json:"notices"`
	AllowURLs []string            `json:"allow_urls,omitempty"`
}

// GuardReviewNotice is one notice of the library: a text or named fields,
// as in POST /v1/guard/check, with an optional label echoed back.
type GuardReviewNotice struct {
	Name     string       `json:"name,omitempty"`
	Text     string       `json:"text,omitempty"`
	HTML     bool         `json:"html,omitempty"`
	Fields   []GuardField `json:"fields,omitempty"`
	Mode     string       `json:"mode,omitempty"`
	Category string       `json:"category,omitempty"`
}

// GuardReviewResult is the review's answer. It goes only to the tenant that
// sent the library: terms and explanations quote its texts.
type GuardReviewResult struct {
	Checked int `json:"checked"`
	Blocked int `json:"blocked"`
	// BlockedIfApproved: still blocked once every proposal without a
	// caution is approved.
	BlockedIfApproved int                       `json:"blocked_if_approved"`
	Proposals         []guardreview.Proposal    `json:"proposals"`
	Notices           []GuardReviewNoticeResult `json:"notices"`
}

// GuardReviewNoticeResult is one blocked notice: its findings, and those
// left once the proposals without a caution are approved.
type GuardReviewNoticeResult struct {
	Index             int            `json:"index"`
	Name              string         `json:"name,omitempty"`
	ClearedIfApproved bool           `json:"cleared_if_approved"`
	Findings          []GuardFinding `json:"findings"`
	Remaining         []GuardFinding `json:"remaining"`
}

// MaxGuardReviewName bounds a notice's label.
const MaxGuardReviewName = 100

func (in *GuardReviewInput) validate() ([]guard.Mode, *Error) {
	var fs []FieldError
	switch {
	case len(in.Notices) == 0:
		fs = append(fs, FieldError{"/notices", "give at least one notice"})
	case len(in.Notices) > guardreview.MaxItems:
		fs = append(fs, FieldError{"/notices", "at most " + itoa(guardreview.MaxItems) + " notices"})
	}
	// the links are checked once, as the check checks them
	if _, err := (&GuardInput{Text: "-", AllowURLs: in.AllowURLs}).validate(); err != nil {
		fs = append(fs, err.Fields...)
	}
	modes := make([]guard.Mode, len(in.Notices))
	for i, n := range in.Notices {
		ptr := "/notices/" + itoa(i)
		if n.Name != "" && (!utf8.ValidString(n.Name) || utf8.RuneCountInString(n.Name) > MaxGuardReviewName || strings.IndexFunc(n.Name, unicode.IsControl) >= 0) {
			fs = append(fs, FieldError{ptr + "/name", "must be at most " + itoa(MaxGuardReviewName) + " printable characters"})
		}
		gi := GuardInput{Text: n.Text, HTML: n.HTML, Fields: n.Fields, Mode: n.Mode, Category: n.Category}
		m, err := gi.validate()
		if err != nil {
			for _, f := range err.Fields {
				fs = append(fs, FieldError{ptr + f.Pointer, f.Detail})
			}
		}
		modes[i] = m
	}
	if len(fs) > 0 {
		return nil, invalid(fs...)
	}
	return modes, nil
}

// GuardReview checks a tenant's library of notices in its context (its
// terms, name and link base; each notice's category wording) and proposes
// the terms it could approve (guardreview.Review). Nothing is stored.
func (s *Service) GuardReview(ctx context.Context, p Principal, in GuardReviewInput) (GuardReviewResult, error) {
	modes, verr := in.validate()
	if verr != nil {
		return GuardReviewResult{}, verr
	}
	gc, err := s.GuardContext(ctx, p.TenantID, "", "", p.Actor())
	if err != nil {
		return GuardReviewResult{}, err
	}
	gc.AllowURLs = append(gc.AllowURLs, in.AllowURLs...)
	wording := map[string][]string{}
	items := make([]guardreview.Item, len(in.Notices))
	for i, n := range in.Notices {
		if n.Category != "" {
			w, seen := wording[n.Category]
			if !seen {
				c, ok, err := s.LookupCategory(ctx, p.TenantID, n.Category)
				if err != nil {
					return GuardReviewResult{}, err
				}
				if !ok {
					return GuardReviewResult{}, &Error{Kind: KindInvalid, Detail: "no category with this key",
						Fields: []FieldError{{"/notices/" + itoa(i) + "/category", "unknown category"}}}
				}
				w = templateWording(c)
				wording[n.Category] = w
			}
			items[i].Template = w
		}
		items[i].Notice = noticeOf(n.Text, n.HTML, n.Fields)
		items[i].Mode = modes[i]
	}
	rep, err := guardreview.Review(s.guard, gc, items)
	if err != nil {
		return GuardReviewResult{}, fmt.Errorf("guard review: %w", err)
	}
	out := GuardReviewResult{Checked: rep.Checked, Blocked: rep.Blocked, BlockedIfApproved: rep.BlockedIfApproved,
		Proposals: rep.Proposals, Notices: make([]GuardReviewNoticeResult, 0, len(rep.Results))}
	if out.Proposals == nil {
		out.Proposals = []guardreview.Proposal{}
	}
	for _, r := range rep.Results {
		n := items[r.Index].Notice
		out.Notices = append(out.Notices, GuardReviewNoticeResult{Index: r.Index, Name: in.Notices[r.Index].Name,
			ClearedIfApproved: r.ClearedIfApproved, Findings: explain(n, r.Findings), Remaining: explain(n, r.Remaining)})
	}
	// Counts only: never a text, a term or an explanation.
	s.log.InfoContext(ctx, "guard review", "tenant_id", p.TenantID, "checked", rep.Checked, "blocked", rep.Blocked,
		"blocked_if_approved", rep.BlockedIfApproved, "proposals", len(rep.Proposals))
	return out, nil
}
