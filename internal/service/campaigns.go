package service

import (
	"context"
	"encoding/json"
	"errors"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/category"
	"github.com/sealpost/sealpost/internal/guard"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/notice"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/validate"
)

// Limits on segments and campaigns.
const (
	// MaxSegmentIDLen bounds a segment id (also ^[A-Za-z0-9_-]+$).
	MaxSegmentIDLen = 64
	// MaxSegmentChange bounds the external ids of one members call.
	MaxSegmentChange = 10000
	// MaxUnknownListed bounds the unknown external ids a members answer
	// lists (the count is always exact).
	MaxUnknownListed = 100
)

// CampaignIDPrefix is the prefix of campaign ids.
const CampaignIDPrefix = "cmp"

var segmentIDRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// campaignActor writes the planning job's audit events and messages.
const campaignActor = "system:campaign"

// SegmentView is a segment's answer: its id and how many members it has.
type SegmentView struct {
	ID      string `json:"id"`
	Members int64  `json:"members"`
}

// SegmentMembersInput is the body of POST/DELETE /v1/segments/{id}/members:
// recipients' external ids, nothing else.
type SegmentMembersInput struct {
	Recipients []string `json:"recipients"`
}

// SegmentMembersResult answers a members change: how many were added (or
// removed), how many were already in (or not in) the segment, and which
// external ids name no recipient of the tenant (left out; the first
// MaxUnknownListed are listed, UnknownCount is exact).
type SegmentMembersResult struct {
	Segment      string   `json:"segment"`
	Changed      int64    `json:"changed"`
	Unchanged    int64    `json:"unchanged"`
	Unknown      []string `json:"unknown"`
	UnknownCount int      `json:"unknown_count"`
	Members      int64    `json:"members"`
}

// CampaignInput is the body of POST /v1/campaigns: the segment, a marketing
// category and its notice variables, and the offer itself (sealed like a
// message's content, shown only behind sign-in).
type CampaignInput struct {
	Segment    string         `json:"segment"`
	Category   string         `json:"category"`
	NoticeVars map[string]any `json:"notice_vars,omitempty"`
	Subject    string         `json:"subject"`
	Body       string         `json:"body"`
	ExpiresAt  *time.Time     `json:"expires_at,omitempty"`
}

// CampaignView is a campaign's status and counts; never its offer.
type CampaignView struct {
	ID       string `json:"id"`
	Segment  string `json:"segment"`
	Category string `json:"category"`
	Status   string `json:"status"`
	// Reason, for a blocked or failed campaign: guard rule names or a fixed
	// phrase.
	Reason string `json:"reason,omitempty"`
	// Members is how many segment members planning has looked at; Planned
	// how many got a message (a teaser notice on each of their channels);
	// Suppressed how many were not contacted (no marketing consent in force
	// at planning, or, counted from deliveries, withdrawn before sending);
	// Blocked how many notices the guard refused; Sent how many recipients
	// were sent at least one notice; Unsubscribed how many used a notice's
	// one-click unsubscribe.
	Members      int64      `json:"members"`
	Planned      int64      `json:"planned"`
	Sent         int64      `json:"sent"`
	Suppressed   int64      `json:"suppressed"`
	Blocked      int64      `json:"blocked"`
	Unsubscribed int64      `json:"unsubscribed"`
	ExpiresAt    *time.Time `json:"expires_at,omitempty"`
	CreatedAt    time.Time  `json:"created_at"`
	UpdatedAt    time.Time  `json:"updated_at"`
}

var errNoSegment = &Error{Kind: KindNotFound, Detail: "no such segment"}

// checkSegmentID refuses a segment id that is not opaque: outside
// ^[A-Za-z0-9_-]{1,64}$, or flagged by the PHI guard in strict mode (as
// written, and with its separators and case changes read as spaces, so
// "diabetics-2026" and "DiabeticsQ3" are refused). The answer never
// repeats the id.
func (s *Service) checkSegmentID(id, pointer string) *Error {
	if !segmentIDRE.MatchString(id) {
		return invalid(FieldError{pointer, "must be 1–64 of letters, digits, _ and -"})
	}
	n := guard.Notice{Fields: []guard.Field{{Name: "id", Text: id}, {Name: "words", Text: segmentWords(id)}}}
	fs, err := s.guard.Check(n, &guard.Context{}, guard.Strict)
	if err != nil || len(fs) > 0 {
		reason := "the PHI guard could not check it"
		if err == nil {
			reason = "the PHI guard flags it (" + string(fs[0].Kind) + ", " + fs[0].Rule + ")"
		}
		return &Error{Kind: KindSegmentIDPHI, Detail: "segment ids must be opaque: they may not describe why anyone is in the segment", Fields: []FieldError{{pointer, reason}}}
	}
	return nil
}

// segmentWords reads a segment id as words: separators and changes from
// lower to upper case or between letters and digits become spaces.
func segmentWords(id string) string {
	var b strings.Builder
	var prev rune
	for i, r := range id {
		if r == '-' || r == '_' {
			b.WriteByte(' ')
			prev = ' '
			continue
		}
		if i > 0 && (unicode.IsLower(prev) && unicode.IsUpper(r) || unicode.IsLetter(prev) != unicode.IsLetter(r) && prev != ' ') {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// PutSegment creates a segment (idempotent: an existing one is answered
// as is). created reports whether it was new.
func (s *Service) PutSegment(ctx context.Context, p Principal, id string) (SegmentView, bool, error) {
	if e := s.checkSegmentID(id, "/path/segment_id"); e != nil {
		return SegmentView{}, false, e
	}
	created, err := s.st.PutSegment(ctx, p.TenantID, id, p.Actor())
	if err != nil {
		return SegmentView{}, false, err
	}
	n, err := s.st.SegmentMembers(ctx, p.TenantID, id)
	if err != nil {
		return SegmentView{}, false, err
	}
	return SegmentView{ID: id, Members: n}, created, nil
}

// ChangeSegmentMembers adds (add) or removes recipients of a segment by
// their external ids. Unknown external ids are left out and reported; a
// malformed or oversized list is refused whole.
func (s *Service) ChangeSegmentMembers(ctx context.Context, p Principal, id string, in SegmentMembersInput, add bool) (SegmentMembersResult, error) {
	if !segmentIDRE.MatchString(id) {
		return SegmentMembersResult{}, errNoSegment
	}
	switch {
	case in.Recipients == nil:
		return SegmentMembersResult{}, invalid(FieldError{"/recipients", "is required: a list of recipient external ids"})
	case len(in.Recipients) == 0:
		return SegmentMembersResult{}, invalid(FieldError{"/recipients", "give at least one recipient external id"})
	case len(in.Recipients) > MaxSegmentChange:
		return SegmentMembersResult{}, invalid(FieldError{"/recipients", "at most " + itoa(MaxSegmentChange) + " recipient external ids per call"})
	}
	var fs []FieldError
	for i, r := range in.Recipients {
		if !validate.OpaqueID(r) {
			fs = append(fs, FieldError{"/recipients/" + itoa(i), "must be a recipient external id (1–128 of letters, digits, . _ : -)"})
			if len(fs) >= 20 {
				break
			}
		}
	}
	if len(fs) > 0 {
		return SegmentMembersResult{}, invalid(fs...)
	}
	// External ids are found by their blind index, never stored in clear.
	idxOf := make(map[string]string, len(in.Recipients))
	idxs := make([]string, 0, len(in.Recipients))
	for _, r := range in.Recipients {
		if _, dup := idxOf[r]; dup {
			continue
		}
		x, err := s.externalIndex(ctx, p.TenantID, r)
		if err != nil {
			return SegmentMembersResult{}, err
		}
		idxOf[r] = x
		idxs = append(idxs, x)
	}
	found, err := s.st.RecipientIDsByExternal(ctx, p.TenantID, idxs)
	if err != nil {
		return SegmentMembersResult{}, err
	}
	res := SegmentMembersResult{Segment: id, Unknown: []string{}}
	rids := make([]string, 0, len(found))
	seen := map[string]bool{}
	for _, r := range in.Recipients {
		if seen[r] {
			continue
		}
		seen[r] = true
		rid, ok := found[idxOf[r]]
		if !ok {
			res.UnknownCount++
			if len(res.Unknown) < MaxUnknownListed {
				res.Unknown = append(res.Unknown, r)
			}
			continue
		}
		rids = append(rids, rid)
	}
	sort.Strings(rids) // a fixed lock order for concurrent changes
	changed, err := s.st.ChangeSegmentMembers(ctx, p.TenantID, id, rids, add, p.Actor())
	if errors.Is(err, store.ErrNotFound) {
		return SegmentMembersResult{}, errNoSegment
	}
	if err != nil {
		return SegmentMembersResult{}, err
	}
	res.Changed, res.Unchanged = changed, int64(len(rids))-changed
	if res.Members, err = s.st.SegmentMembers(ctx, p.TenantID, id); err != nil {
		return SegmentMembersResult{}, err
	}
	return res, nil
}

// validate checks a campaign's input. It returns the category.
func (in *CampaignInput) validate(now time.Time, lookup func(string) (category.Category, bool)) (category.Category, *Error) {
	var fs []FieldError
	if in.Segment == "" {
		fs = append(fs, FieldError{"/segment", "is required"})
	} else if !segmentIDRE.MatchString(in.Segment) {
		fs = append(fs, FieldError{"/segment", "must be a segment id (1–64 of letters, digits, _ and -)"})
	}
	if in.Category == "" {
		fs = append(fs, FieldError{"/category", "is required"})
	}
	// The offer has the limits of a message's content, and so do the
	// notice variables.
	msg := SendInput{Recipient: "campaign", Category: in.Category, Subject: in.Subject, Body: in.Body, NoticeVars: in.NoticeVars, ExpiresAt: in.ExpiresAt}
	cat, verr := msg.validate(now, lookup)
	if verr != nil && verr.Kind == KindInvalid {
		fs = append(fs, verr.Fields...)
	}
	if len(fs) > 0 {
		return cat, invalid(fs...)
	}
	if verr != nil {
		return cat, verr
	}
	in.ExpiresAt = msg.ExpiresAt
	if !cat.Marketing {
		return cat, &Error{Kind: KindInvalid, Detail: "campaigns send marketing categories only", Fields: []FieldError{{"/category", "is not a marketing category (marketing: true)"}}}
	}
	return cat, nil
}

// CreateCampaign validates a campaign, runs the PHI guard in strict mode on
// its category's notice in every locale (rendered with its variables), and
// — only if nothing is found — seals the offer and commits the campaign with
// its planning job. Any refusal writes nothing.
//
// With an Idempotency-Key (idemKey non-empty; rawBody the request as
// received), a repeat of the same request answers the campaign it created
// (replayed true) instead of creating another, and the same key with another
// body is KindIdempotencyConflict.
func (s *Service) CreateCampaign(ctx context.Context, p Principal, in CampaignInput, idemKey string, rawBody []byte) (v CampaignView, replayed bool, err error) {
	var keyMAC, fp []byte
	if idemKey != "" {
		if !ValidIdempotencyKey(idemKey) {
			return CampaignView{}, false, invalid(FieldError{"/headers/Idempotency-Key", "must be 1–255 printable ASCII characters"})
		}
		if keyMAC, err = s.idempotencyIndex(ctx, p.TenantID, idemKey); err != nil {
			return CampaignView{}, false, err
		}
		if fp, err = s.sealer.Fingerprint(ctx, p.TenantID, "idempotency", campaignIdemInput(idemKey, rawBody)); err != nil {
			return CampaignView{}, false, err
		}
		if v, done, err := s.replayCampaign(ctx, p, keyMAC, idemKey, rawBody); done || err != nil {
			return v, done, err
		}
	}
	v, err = s.createCampaign(ctx, p, in, keyMAC, fp)
	if errors.Is(err, store.ErrExists) { // a concurrent request with the key won
		v, done, err := s.replayCampaign(ctx, p, keyMAC, idemKey, rawBody)
		if err == nil && !done {
			err = errors.New("campaign idempotency record vanished")
		}
		return v, done, err
	}
	return v, false, err
}

func campaignIdemInput(key string, body []byte) []byte {
	b := make([]byte, 0, len(key)+len(body)+24)
	b = append(b, "POST /v1/campaigns\x00"...)
	b = append(b, key...)
	b = append(b, 0)
	return append(b, body...)
}

// replayCampaign answers a repeated Idempotency-Key: the campaign it
// created if the body is the same, a conflict if not. done is false if the
// key is unused.
func (s *Service) replayCampaign(ctx context.Context, p Principal, keyMAC []byte, key string, body []byte) (CampaignView, bool, error) {
	c, err := s.st.CampaignByIdempotencyKey(ctx, p.TenantID, keyMAC)
	if errors.Is(err, store.ErrNotFound) {
		return CampaignView{}, false, nil
	}
	if err != nil {
		return CampaignView{}, true, err
	}
	ok, err := s.sealer.VerifyFingerprint(ctx, p.TenantID, "idempotency", c.IdemFP, campaignIdemInput(key, body))
	if err != nil {
		return CampaignView{}, true, err
	}
	if !ok {
		return CampaignView{}, true, &Error{Kind: KindIdempotencyConflict, Detail: "this Idempotency-Key was already used with a different request body"}
	}
	v, err := s.GetCampaign(ctx, p, c.ID)
	return v, true, err
}

func (s *Service) createCampaign(ctx context.Context, p Principal, in CampaignInput, keyMAC, fp []byte) (CampaignView, error) {
	now := s.now().UTC()
	var lookupErr error
	cat, verr := in.validate(now, func(key string) (category.Category, bool) {
		c, ok, err := s.LookupCategory(ctx, p.TenantID, key)
		lookupErr = err
		return c, ok
	})
	if lookupErr != nil {
		return CampaignView{}, lookupErr
	}
	if verr != nil {
		return CampaignView{}, verr
	}
	if _, err := s.st.SegmentMembers(ctx, p.TenantID, in.Segment); errors.Is(err, store.ErrNotFound) {
		return CampaignView{}, &Error{Kind: KindUnknownSegment, Detail: "no segment with this id; create it with PUT /v1/segments/{segment_id}", Fields: []FieldError{{"/segment", "unknown segment"}}}
	} else if err != nil {
		return CampaignView{}, err
	}
	if fes, err := s.checkCampaignNotice(ctx, p.TenantID, cat, in.NoticeVars, in.Subject, in.Body); err != nil {
		return CampaignView{}, err
	} else if len(fes) > 0 {
		return CampaignView{}, &Error{Kind: KindCampaignBlocked, Detail: "the PHI guard (strict mode) flags this campaign's notice; nothing was queued (POST /v1/guard/check with mode strict shows every finding)", Fields: fes}
	}
	id := ids.New(CampaignIDPrefix)
	dk, wrapped, err := s.sealer.NewDataKey(ctx, p.TenantID, "campaign/"+id)
	if err != nil {
		return CampaignView{}, err
	}
	c := store.Campaign{TenantID: p.TenantID, ID: id, SegmentID: in.Segment, Category: cat.Key, ExpiresAt: in.ExpiresAt, IdemKey: keyMAC, IdemFP: fp}
	if c.Subject, err = dk.Seal("subject", []byte(in.Subject)); err != nil {
		return CampaignView{}, err
	}
	if c.Body, err = dk.Seal("body", []byte(in.Body)); err != nil {
		return CampaignView{}, err
	}
	if in.NoticeVars != nil {
		vj, _ := json.Marshal(in.NoticeVars)
		if c.NoticeVars, err = dk.Seal("notice_vars", vj); err != nil {
			return CampaignView{}, err
		}
	}
	job := river.InsertManyParams{Args: jobs.PlanCampaign{TenantID: p.TenantID, CampaignID: id}}
	err = s.st.CreateCampaign(ctx, c, wrapped, job, p.Actor())
	if errors.Is(err, store.ErrNotFound) { // the segment went away meanwhile
		return CampaignView{}, &Error{Kind: KindUnknownSegment, Detail: "no segment with this id", Fields: []FieldError{{"/segment", "unknown segment"}}}
	}
	if err != nil {
		return CampaignView{}, err
	}
	return s.GetCampaign(ctx, p, id)
}

// checkCampaignNotice renders the category's notice templates for every
// locale with the campaign's variables (a sample link in the tenant's link
// base) and checks them with the guard in strict mode, in the context of the
// tenant's terms and the offer's own text (a notice must not repeat it).
// It returns one field error per flagged template field (kind and rule,
// never the text).
func (s *Service) checkCampaignNotice(ctx context.Context, tenantID string, cat category.Category, vars map[string]any, subject, body string) ([]FieldError, error) {
	td, err := s.tenantData(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	name, err := s.TenantName(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	gc := &guard.Context{AllowURLs: s.allowedLinks(td), Sealed: appendNonEmpty(nil, subject, body)}
	td.guardTerms(gc)
	link := s.linkBase(td) + "/m/" + strings.Repeat("0", 32) // the shape of a real notice link
	locales := make([]string, 0, len(cat.Templates))
	for loc := range cat.Templates {
		locales = append(locales, loc)
	}
	sort.Strings(locales)
	var out []FieldError
	for _, loc := range locales {
		tpl := cat.Templates[loc]
		vals, err := notice.FormatVars(cat.Vars, vars, loc)
		if err != nil {
			return []FieldError{{"/notice_vars", "do not fit the category's variables"}}, nil
		}
		words := append(templateWording(cat), name)
		for _, v := range cat.Vars {
			if x, ok := vals[v.Name]; ok && v.Type != notice.TypeShortText {
				words = append(words, x)
			}
		}
		c := *gc
		c.Template = words
		builtins := notice.Values{"link": link, "deep_link": link, "tenant": name, "urgency_prefix": ""}
		var n guard.Notice
		for _, f := range tpl.Fields() {
			if f.Text == "" {
				continue
			}
			txt, err := notice.Render(f.Text, f.HTML, builtins, vals)
			if err != nil {
				return []FieldError{{"/category", "the category's " + loc + " " + f.Name + " template does not render"}}, nil
			}
			n.Fields = append(n.Fields, guard.Field{Name: f.Name, Text: txt, HTML: f.HTML})
		}
		fs, err := s.guard.Check(n, &c, guard.Strict)
		if err != nil {
			return []FieldError{{"/category", "the PHI guard could not check the notice"}}, nil
		}
		seen := map[string]bool{}
		for _, f := range fs {
			if seen[f.Field] {
				continue
			}
			seen[f.Field] = true
			out = append(out, FieldError{"/templates/" + loc + "/" + f.Field, "the PHI guard flags the rendered notice: " + f.Reason + " (" + string(f.Kind) + ", " + f.Rule + ")"})
		}
	}
	return out, nil
}

// GetCampaign reports a campaign's status and counts.
func (s *Service) GetCampaign(ctx context.Context, p Principal, id string) (CampaignView, error) {
	if !ids.Valid(CampaignIDPrefix, id) {
		return CampaignView{}, &Error{Kind: KindNotFound, Detail: "no such campaign"}
	}
	c, err := s.st.GetCampaign(ctx, p.TenantID, id)
	if errors.Is(err, store.ErrNotFound) {
		return CampaignView{}, &Error{Kind: KindNotFound, Detail: "no such campaign"}
	}
	if err != nil {
		return CampaignView{}, err
	}
	o, err := s.st.CampaignOutcome(ctx, p.TenantID, id)
	if err != nil {
		return CampaignView{}, err
	}
	return CampaignView{ID: c.ID, Segment: c.SegmentID, Category: c.Category, Status: c.Status, Reason: c.Reason,
		Members: c.Members, Planned: c.Planned, Sent: o.Sent, Suppressed: c.Suppressed + o.Suppressed, Blocked: c.Blocked + o.Blocked,
		Unsubscribed: o.Unsubscribed, ExpiresAt: c.ExpiresAt, CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt}, nil
}

// recordCampaignUnsubscribe counts a one-click unsubscribe for the campaign
// whose message's notice carried the link (nothing for other messages).
func (s *Service) recordCampaignUnsubscribe(ctx context.Context, l store.Link) error {
	return s.st.RecordCampaignUnsubscribe(ctx, l.TenantID, l.MessageID, l.RecipientID)
}
