package service

import (
	"context"
	"encoding/json"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sealpost/sealpost/internal/category"
	"github.com/sealpost/sealpost/internal/channel/sms"
	"github.com/sealpost/sealpost/internal/guard"
	"github.com/sealpost/sealpost/internal/notice"
)

var categoryKeyRE = regexp.MustCompile(`^[a-z][a-z0-9_]{1,47}$`)

// CategoryInput is a category definition (PUT /v1/categories/{key}).
type CategoryInput struct {
	DefaultSensitivity string                      `json:"default_sensitivity"`
	RetentionDays      int                         `json:"retention_days"`
	LinkLifetimeHours  int                         `json:"link_lifetime_hours"`
	Marketing          bool                        `json:"marketing"`
	Vars               []notice.Var                `json:"vars"`
	Templates          map[string]notice.Templates `json:"templates"`
	// Department is shown to the patient as the sender beside the
	// tenant's name on a message's page ("Cardiology"); never in a notice.
	Department string `json:"department,omitempty"`
	// AllowReplies lets the patient answer the category's messages
	// (replies.go); the replies go to the staff pool ReplyPool.
	AllowReplies bool   `json:"allow_replies,omitempty"`
	ReplyPool    string `json:"reply_pool,omitempty"`
}

// CategoryView is a category as listed.
type CategoryView struct {
	Key     string `json:"key"`
	Builtin bool   `json:"builtin"`
	CategoryInput
}

func (c CategoryInput) toCategory(key string) category.Category {
	return category.Category{Key: key, DefaultSensitivity: c.DefaultSensitivity, Retention: time.Duration(c.RetentionDays) * 24 * time.Hour,
		LinkLifetime: time.Duration(c.LinkLifetimeHours) * time.Hour, Marketing: c.Marketing, Vars: c.Vars, Templates: c.Templates, Department: c.Department,
		AllowReplies: c.AllowReplies, ReplyPool: c.ReplyPool}
}

func viewOf(c category.Category) CategoryView {
	vars := c.Vars
	if vars == nil {
		vars = []notice.Var{}
	}
	return CategoryView{Key: c.Key, Builtin: c.Builtin, CategoryInput: CategoryInput{DefaultSensitivity: c.DefaultSensitivity,
		RetentionDays: int(c.Retention / (24 * time.Hour)), LinkLifetimeHours: int(c.LinkLifetime / time.Hour), Marketing: c.Marketing,
		Vars: vars, Templates: c.Templates, Department: c.Department, AllowReplies: c.AllowReplies, ReplyPool: c.ReplyPool}}
}

// ListCategories returns the built-in catalog overlaid with the tenant's own.
func (s *Service) ListCategories(ctx context.Context, p Principal) ([]CategoryView, error) {
	keys := map[string]bool{}
	for _, k := range category.Keys() {
		keys[k] = true
	}
	td, err := s.tenantData(ctx, p.TenantID)
	if err != nil {
		return nil, err
	}
	for k := range td.categories {
		keys[k] = true
	}
	var out []CategoryView
	for k := range keys {
		c, _, err := s.LookupCategory(ctx, p.TenantID, k)
		if err != nil {
			return nil, err
		}
		out = append(out, viewOf(c))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}

// GetCategory returns one category.
func (s *Service) GetCategory(ctx context.Context, p Principal, key string) (CategoryView, error) {
	c, ok, err := s.LookupCategory(ctx, p.TenantID, key)
	if err != nil {
		return CategoryView{}, err
	}
	if !ok {
		return CategoryView{}, &Error{Kind: KindNotFound, Detail: "no such category"}
	}
	return viewOf(c), nil
}

// PutCategory validates and stores a tenant category. Templates are checked
// when saved: placeholders must be built-ins or declared variables, the SMS
// must fit 160 GSM-7 characters with the longest possible values, and the PHI
// guard must find nothing in any template (strict mode for marketing).
func (s *Service) PutCategory(ctx context.Context, p Principal, key string, in CategoryInput) (CategoryView, error) {
	if !categoryKeyRE.MatchString(key) {
		return CategoryView{}, invalid(FieldError{"/key", "category keys are 2–48 characters of a-z, 0-9, _ starting with a letter"})
	}
	var fs []FieldError
	if !category.ValidSensitivity(in.DefaultSensitivity) {
		fs = append(fs, FieldError{"/default_sensitivity", "must be public, phi or restricted"})
	}
	if in.RetentionDays < 1 || in.RetentionDays > 3650 {
		fs = append(fs, FieldError{"/retention_days", "must be 1–3650"})
	}
	if in.LinkLifetimeHours < 1 || in.LinkLifetimeHours > 720 {
		fs = append(fs, FieldError{"/link_lifetime_hours", "must be 1–720 (30 days)"})
	}
	if in.RetentionDays >= 1 && in.LinkLifetimeHours >= 1 && in.RetentionDays*24 < in.LinkLifetimeHours {
		fs = append(fs, FieldError{"/retention_days", "must be at least the link lifetime: a notice's link must not outlive the message it leads to"})
	}
	if !validDepartment(in.Department) {
		fs = append(fs, FieldError{"/department", "at most 80 characters of text, no line breaks"})
	}
	fs = append(fs, checkReplyFields(in)...)
	if err := notice.CheckVars(in.Vars); err != nil {
		fs = append(fs, FieldError{"/vars", strings.TrimPrefix(err.Error(), "notice: template: ")})
	}
	if _, ok := in.Templates["en"]; !ok {
		fs = append(fs, FieldError{"/templates", "English (en) templates are required; other locales are optional"})
	}
	locales := make([]string, 0, len(in.Templates))
	for loc := range in.Templates {
		locales = append(locales, loc)
	}
	sort.Strings(locales)
	worstBase := s.base.String()
	if td, err := s.tenantData(ctx, p.TenantID); err == nil && td.settings.PublicURL != "" {
		worstBase = td.settings.PublicURL
	}
	worst := notice.Values{"link": worstBase + "/m/" + strings.Repeat("x", 32), "deep_link": strings.Repeat("x", 200), "tenant": strings.Repeat("W", 63), "urgency_prefix": "Time-sensitive: "}
	worstVars := notice.Values{}
	sample := notice.Values{}
	for _, v := range in.Vars {
		worstVars[v.Name] = notice.Worst(v)
		sample[v.Name] = "" // guard the fixed wording only
	}
	for _, loc := range locales {
		t := in.Templates[loc]
		ptr := "/templates/" + loc
		if loc != "en" && !s.validLocale(loc) {
			fs = append(fs, FieldError{ptr, "locale keys are language tags such as es or es-MX"})
			continue
		}
		if err := notice.CheckTemplates(t, in.Vars); err != nil {
			fs = append(fs, FieldError{ptr, strings.TrimPrefix(err.Error(), "notice: template: ")})
			continue
		}
		smsText, err := notice.Render(t.SMS, false, worst, worstVars)
		if err == nil {
			err = sms.CheckText(smsText)
		}
		if err != nil {
			fs = append(fs, FieldError{ptr + "/sms", "with the longest link, tenant name and values the SMS must fit 160 GSM-7 characters: " + err.Error()})
		}
	}
	if len(fs) > 0 {
		return CategoryView{}, invalid(fs...)
	}
	mode := guard.Standard
	if in.Marketing {
		mode = guard.Strict
	}
	found := map[string][]guard.Finding{}
	for _, loc := range locales {
		var fields []guard.Field
		for _, f := range in.Templates[loc].Fields() {
			text, _ := notice.Render(f.Text, f.HTML, notice.Values{"link": s.base.String() + "/m/x", "deep_link": "", "tenant": "", "urgency_prefix": ""}, sample)
			fields = append(fields, guard.Field{Name: f.Name, Text: text, HTML: f.HTML})
		}
		gc, err := s.GuardContext(ctx, p.TenantID, "", "", p.Actor())
		if err != nil {
			return CategoryView{}, err
		}
		res, err := s.guard.Check(guard.Notice{Fields: fields}, gc, mode)
		if err != nil {
			return CategoryView{}, err
		}
		for _, f := range res {
			found[loc+"/"+f.Field] = append(found[loc+"/"+f.Field], f)
		}
	}
	if len(found) > 0 {
		return CategoryView{}, templatePHI(found)
	}
	prev, hadPrev, err := s.LookupCategory(ctx, p.TenantID, key)
	if err != nil {
		return CategoryView{}, err
	}
	b, _ := json.Marshal(in)
	if err := s.st.PutCategory(ctx, p.TenantID, key, string(b), p.Actor()); err != nil {
		return CategoryView{}, err
	}
	s.forgetTenant(p.TenantID)
	if next := in.toCategory(key); hadPrev && prev.Retention != next.Retention {
		// The retention job computes the new due times (a shorter retention
		// makes older messages due at once).
		if _, err := s.st.ReplanCategory(ctx, p.TenantID, key); err != nil {
			return CategoryView{}, err
		}
	}
	return viewOf(in.toCategory(key)), nil
}

func (s *Service) validLocale(l string) bool { return validateLocale(l) }

// validDepartment: "" or a one-line name of at most 80 characters.
func validDepartment(d string) bool {
	if len([]rune(d)) > 80 || !utf8.ValidString(d) {
		return false
	}
	for _, r := range d {
		if unicode.IsControl(r) {
			return false
		}
	}
	return true
}
