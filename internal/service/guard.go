package service

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/category"
	"github.com/sealpost/sealpost/internal/guard"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/notice"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/validate"
)

// Guard limits.
const (
	MaxGuardTextBytes = 64 << 10
	MaxGuardFields    = 16
	MaxGuardTerms     = 5000
	MaxGuardTermChars = 100
)

var guardFieldName = regexp.MustCompile(`^[a-z][a-z0-9_]{0,31}$`)

// GuardInput is the body of POST /v1/guard/check: one text, or named fields.
type GuardInput struct {
	Text      string       `json:"text,omitempty"`
	HTML      bool         `json:"html,omitempty"`
	Fields    []GuardField `json:"fields,omitempty"`
	Mode      string       `json:"mode,omitempty"`
	Recipient string       `json:"recipient,omitempty"` // external id: compare with this recipient's sealed identity
	Message   string       `json:"message,omitempty"`   // message id: compare with its sealed subject and body
	AllowURLs []string     `json:"allow_urls,omitempty"`
	// Category (a category key): its fixed template wording counts as
	// ordinary, as it does when the delivery worker checks its notices.
	Category string `json:"category,omitempty"`
}

// GuardField is one named part of a notice.
type GuardField struct {
	Name string `json:"name"`
	Text string `json:"text"`
	HTML bool   `json:"html,omitempty"`
}

// GuardResult lists what the guard found. It goes only to the tenant that
// sent the text: each finding's explanation quotes the text it points at.
type GuardResult struct {
	Blocked  bool           `json:"blocked"`
	Mode     string         `json:"mode"`
	Findings []GuardFinding `json:"findings"`
}

// GuardFinding is a guard.Finding (kind, rule, byte span in the field as
// given, confidence, reason, fix) with its one-line explanation, which quotes
// the flagged text: "'Austedo' is not ordinary vocabulary and comes before
// 'refill'". Never logged, audited or stored.
type GuardFinding struct {
	guard.Finding
	Explanation string `json:"explanation"`
}

func (in *GuardInput) validate() (guard.Mode, *Error) {
	var fs []FieldError
	mode := guard.Standard
	if in.Mode != "" {
		m, err := guard.ParseMode(in.Mode)
		if err != nil {
			fs = append(fs, FieldError{"/mode", "must be standard or strict"})
		}
		mode = m
	}
	switch {
	case in.Text == "" && len(in.Fields) == 0:
		fs = append(fs, FieldError{"/text", "give text or fields"})
	case in.Text != "" && len(in.Fields) > 0:
		fs = append(fs, FieldError{"/fields", "give text or fields, not both"})
	case len(in.Text) > MaxGuardTextBytes || !utf8.ValidString(in.Text):
		fs = append(fs, FieldError{"/text", "must be valid UTF-8 of at most " + itoa(MaxGuardTextBytes) + " bytes"})
	case len(in.Fields) > MaxGuardFields:
		fs = append(fs, FieldError{"/fields", "at most " + itoa(MaxGuardFields) + " fields"})
	}
	seen := map[string]bool{}
	for i, f := range in.Fields {
		ptr := "/fields/" + itoa(i)
		if !guardFieldName.MatchString(f.Name) || seen[f.Name] {
			fs = append(fs, FieldError{ptr + "/name", "must be a unique name like subject, text, html, sms"})
		}
		seen[f.Name] = true
		if len(f.Text) > MaxGuardTextBytes || !utf8.ValidString(f.Text) {
			fs = append(fs, FieldError{ptr + "/text", "must be valid UTF-8 of at most " + itoa(MaxGuardTextBytes) + " bytes"})
		}
	}
	if in.Recipient != "" && !validate.OpaqueID(in.Recipient) {
		fs = append(fs, FieldError{"/recipient", "must be a recipient external id"})
	}
	if in.Category != "" && !categoryKeyRE.MatchString(in.Category) {
		fs = append(fs, FieldError{"/category", "must be a category key"})
	}
	if in.Message != "" && !ids.Valid(ids.Message, in.Message) {
		fs = append(fs, FieldError{"/message", "must be a message id"})
	}
	if len(in.AllowURLs) > 10 {
		fs = append(fs, FieldError{"/allow_urls", "at most 10 prefixes"})
	}
	for i, u := range in.AllowURLs {
		pu, err := url.Parse(u)
		if err != nil || len(u) > 200 || (pu.Scheme != "https" && pu.Scheme != "http") || pu.Host == "" {
			fs = append(fs, FieldError{"/allow_urls/" + itoa(i), "must be an absolute http(s) URL prefix"})
		}
	}
	if len(fs) > 0 {
		return mode, invalid(fs...)
	}
	return mode, nil
}

// GuardCheck runs the PHI guard on a tenant's text, optionally in the context
// of one of its recipients and messages (opening their sealed data in memory,
// which is audited).
func (s *Service) GuardCheck(ctx context.Context, p Principal, in GuardInput) (GuardResult, error) {
	mode, verr := in.validate()
	if verr != nil {
		return GuardResult{}, verr
	}
	var recipientID string
	if in.Recipient != "" {
		r, err := s.RecipientByExternalID(ctx, p.TenantID, in.Recipient)
		if errors.Is(err, store.ErrNotFound) {
			return GuardResult{}, &Error{Kind: KindUnknownRecipient, Detail: "no recipient with this id", Fields: []FieldError{{"/recipient", "unknown recipient"}}}
		}
		if err != nil {
			return GuardResult{}, err
		}
		recipientID = r.ID
	}
	if in.Message != "" {
		m, _, err := s.st.GetMessage(ctx, p.TenantID, in.Message)
		if errors.Is(err, store.ErrNotFound) {
			return GuardResult{}, &Error{Kind: KindInvalid, Detail: "no message with this id", Fields: []FieldError{{"/message", "unknown message"}}}
		}
		if err != nil {
			return GuardResult{}, err
		}
		if store.ContentGone(m.Status) {
			return GuardResult{}, &Error{Kind: KindInvalid, Detail: "that message was revoked or has expired; its content is destroyed", Fields: []FieldError{{"/message", "revoked or expired message"}}}
		}
	}
	var wording []string
	if in.Category != "" {
		c, ok, err := s.LookupCategory(ctx, p.TenantID, in.Category)
		if err != nil {
			return GuardResult{}, err
		}
		if !ok {
			return GuardResult{}, &Error{Kind: KindInvalid, Detail: "no category with this key", Fields: []FieldError{{"/category", "unknown category"}}}
		}
		wording = templateWording(c)
	}
	gc, err := s.GuardContext(ctx, p.TenantID, recipientID, in.Message, p.Actor())
	if err != nil {
		return GuardResult{}, err
	}
	gc.AllowURLs = append(gc.AllowURLs, in.AllowURLs...)
	gc.Template = wording
	n := noticeOf(in.Text, in.HTML, in.Fields)
	fs, err := s.guard.Check(n, gc, mode)
	if err != nil {
		return GuardResult{}, fmt.Errorf("guard: %w", err)
	}
	// Logged by kind and rule only: never the text, what matched or the
	// explanations (which quote it).
	rules := make([]string, 0, len(fs))
	for _, f := range fs {
		rules = append(rules, string(f.Kind)+":"+f.Rule)
	}
	out := explain(n, fs)
	s.log.InfoContext(ctx, "guard check", "tenant_id", p.TenantID, "mode", mode.String(), "blocked", guard.Blocked(fs), "findings", rules)
	return GuardResult{Blocked: guard.Blocked(fs), Mode: mode.String(), Findings: out}, nil
}

// noticeOf is the notice a check or review request describes: its text
// (a field named "text") or its named fields.
func noticeOf(text string, html bool, fields []GuardField) guard.Notice {
	n := guard.Notice{}
	if text != "" {
		n.Fields = []guard.Field{{Name: "text", Text: text, HTML: html}}
	}
	for _, f := range fields {
		n.Fields = append(n.Fields, guard.Field{Name: f.Name, Text: f.Text, HTML: f.HTML})
	}
	return n
}

// explain pairs each finding with its explanation, which quotes the field
// (for the caller only: never logged).
func explain(n guard.Notice, fs []guard.Finding) []GuardFinding {
	out := make([]GuardFinding, 0, len(fs))
	for _, f := range fs {
		text := ""
		for _, fd := range n.Fields {
			if fd.Name == f.Field {
				text = fd.Text
			}
		}
		out = append(out, GuardFinding{Finding: f, Explanation: guard.Explain(f, text)})
	}
	return out
}

// templateWording is a category's fixed wording in every locale: each
// template rendered with its variables and built-ins empty (as the delivery
// worker prepares it).
func templateWording(c category.Category) []string {
	empty := notice.Values{"link": "", "deep_link": "", "tenant": "", "urgency_prefix": ""}
	blanks := notice.Values{}
	for _, v := range c.Vars {
		blanks[v.Name] = ""
	}
	var out []string
	for _, t := range c.Templates {
		for _, f := range t.Fields() {
			if f.Text == "" {
				continue
			}
			txt, _ := notice.Render(f.Text, false, empty, blanks)
			out = append(out, txt)
		}
	}
	return out
}

// GuardContext assembles what the guard compares a notice with: the tenant's
// own terms and link base, and — when given — the recipient's identity and
// the message's subject and body, opened in memory only.
// Opening sealed data writes an audit event first; if that fails, nothing is
// opened. The delivery worker uses the same context for every notice.
func (s *Service) GuardContext(ctx context.Context, tenantID, recipientID, messageID, actor string) (*guard.Context, error) {
	gc, _, err := s.NoticeContext(ctx, tenantID, recipientID, messageID, actor)
	return gc, err
}

// NoticeContext is GuardContext that also returns the message content it
// opened (the delivery worker needs its notice variables).
func (s *Service) NoticeContext(ctx context.Context, tenantID, recipientID, messageID, actor string) (*guard.Context, Content, error) {
	var content Content
	td, err := s.tenantData(ctx, tenantID)
	if err != nil {
		return nil, content, err
	}
	gc := &guard.Context{AllowURLs: s.allowedLinks(td)}
	td.guardTerms(gc)
	var evs []audit.Event
	if recipientID != "" {
		evs = append(evs, audit.Event{TenantID: tenantID, Actor: actor, Action: audit.ActionGuardContext, ObjectType: "recipient", ObjectID: recipientID})
	}
	if messageID != "" {
		evs = append(evs, audit.Event{TenantID: tenantID, Actor: actor, Action: audit.ActionGuardContext, ObjectType: "message", ObjectID: messageID})
	}
	if len(evs) > 0 {
		if err := s.st.AppendAudit(ctx, evs...); err != nil {
			return nil, content, err
		}
	}
	if recipientID != "" {
		// Contact points are not added: the email and phone detectors block
		// any address or number in a notice, and an address's domain would
		// match the tenant's own link host.
		id, err := s.OpenIdentity(ctx, tenantID, recipientID)
		if err != nil {
			return nil, content, err
		}
		if id != nil {
			gc.Identity = appendNonEmpty(gc.Identity, id.Name, id.BirthDate, id.MRN, id.Address)
			gc.Identity = appendNonEmpty(gc.Identity, id.Other...)
		}
	}
	if messageID != "" {
		c, err := s.OpenContent(ctx, tenantID, messageID)
		if err != nil {
			return nil, content, err
		}
		content = c
		gc.Sealed = appendNonEmpty(gc.Sealed, c.Subject, c.Body)
	}
	return gc, content, nil
}

func appendNonEmpty(dst []string, vs ...string) []string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			dst = append(dst, v)
		}
	}
	return dst
}

// GuardTermsInput is the body of PUT /v1/guard/terms.
type GuardTermsInput struct {
	Terms []GuardTermView `json:"terms"`
}

// GuardTermView is one tenant guard term.
type GuardTermView struct {
	Text string `json:"text"`
	Kind string `json:"kind"`
}

// PutGuardTerms replaces a tenant's guard terms.
func (s *Service) PutGuardTerms(ctx context.Context, p Principal, in GuardTermsInput) (GuardTermsInput, error) {
	var fs []FieldError
	if in.Terms == nil {
		fs = append(fs, FieldError{"/terms", "is required (an empty list clears the terms)"})
	}
	if len(in.Terms) > MaxGuardTerms {
		fs = append(fs, FieldError{"/terms", "at most " + itoa(MaxGuardTerms) + " terms"})
	}
	seen := map[string]bool{}
	terms := make([]store.GuardTerm, 0, len(in.Terms))
	for i, t := range in.Terms {
		ptr := "/terms/" + itoa(i)
		text := strings.TrimSpace(t.Text)
		n := utf8.RuneCountInString(text)
		switch {
		case !utf8.ValidString(text) || n < 2 || n > MaxGuardTermChars || strings.IndexFunc(text, unicode.IsControl) >= 0:
			fs = append(fs, FieldError{ptr + "/text", "must be 2–" + itoa(MaxGuardTermChars) + " printable characters"})
		case seen[strings.ToLower(text)]:
			fs = append(fs, FieldError{ptr + "/text", "is listed twice"})
		}
		seen[strings.ToLower(text)] = true
		k, err := guard.ParseTermKind(t.Kind)
		if err != nil {
			fs = append(fs, FieldError{ptr + "/kind", "must be approved (ordinary wording for this tenant), sender (the tenant's own phone number, address or names, exactly) or a guard kind such as medication, condition, procedure, lab_test, identifier"})
		}
		terms = append(terms, store.GuardTerm{Text: text, Kind: string(k)})
	}
	if len(fs) > 0 {
		return GuardTermsInput{}, invalid(fs...)
	}
	if err := s.st.ReplaceGuardTerms(ctx, p.TenantID, terms, p.Actor()); err != nil {
		return GuardTermsInput{}, err
	}
	s.forgetTenant(p.TenantID)
	return s.GetGuardTerms(ctx, p)
}

// GetGuardTerms lists a tenant's guard terms.
func (s *Service) GetGuardTerms(ctx context.Context, p Principal) (GuardTermsInput, error) {
	ts, err := s.st.GuardTerms(ctx, p.TenantID)
	if err != nil {
		return GuardTermsInput{}, err
	}
	out := GuardTermsInput{Terms: make([]GuardTermView, len(ts))}
	for i, t := range ts {
		out.Terms[i] = GuardTermView{t.Text, t.Kind}
	}
	return out, nil
}

// CheckNotice runs the guard on a rendered notice.
func (s *Service) CheckNotice(n guard.Notice, gc *guard.Context, m guard.Mode) ([]guard.Finding, error) {
	return s.guard.Check(n, gc, m)
}

// DeliveryContext opens what the delivery worker compares a notice with —
// the message's subject and body, beside the identity the worker opened —
// from rows the worker already loaded, and returns the audit events recording those
// openings. The worker writes the events before anything leaves (in the same
// transaction as the attempt), so a notice is never sent without them.
func (s *Service) DeliveryContext(ctx context.Context, r store.Recipient, id *Identity, m store.Message, messageKey []byte, actor string) (*guard.Context, Content, []audit.Event, error) {
	td, err := s.tenantData(ctx, r.TenantID)
	if err != nil {
		return nil, Content{}, nil, err
	}
	gc := &guard.Context{AllowURLs: s.allowedLinks(td)}
	td.guardTerms(gc)
	evs := []audit.Event{
		{TenantID: r.TenantID, Actor: actor, Action: audit.ActionGuardContext, ObjectType: "recipient", ObjectID: r.ID},
		{TenantID: r.TenantID, Actor: actor, Action: audit.ActionGuardContext, ObjectType: "message", ObjectID: m.ID},
	}
	if id != nil {
		gc.Identity = appendNonEmpty(gc.Identity, id.Name, id.BirthDate, id.MRN, id.Address)
		gc.Identity = appendNonEmpty(gc.Identity, id.Other...)
	}
	c, err := s.contentWith(ctx, m, messageKey)
	if err != nil {
		return nil, Content{}, nil, err
	}
	gc.Sealed = appendNonEmpty(gc.Sealed, c.Subject, c.Body)
	return gc, c, evs, nil
}
