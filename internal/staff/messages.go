package staff

import (
	"context"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/riverqueue/river"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// Messages to staff: sealed like patient messages (a data key per message,
// bound to tenant and message id), addressed to one staff member or a pool,
// removed by the pool's policy.

// Limits of a staff message.
const (
	MaxSubject = 200
	MaxBody    = 64 << 10
)

// SendInput is a message from the portal to staff: To is a staff id or
// "pool:<name>".
type SendInput struct {
	To      string `json:"to"`
	Subject string `json:"subject"`
	Body    string `json:"body"`
}

// MessageView is a staff message's metadata (never its content).
type MessageView struct {
	ID          string     `json:"id"`
	To          string     `json:"to"`
	CreatedAt   time.Time  `json:"created_at"`
	FirstReadAt *time.Time `json:"first_read_at,omitempty"`
	RemoveAt    time.Time  `json:"remove_at"`
	Removed     bool       `json:"removed"`
	OpenedBy    string     `json:"opened_by,omitempty"`
	ClaimedBy   string     `json:"claimed_by,omitempty"`
	ClosedBy    string     `json:"closed_by,omitempty"`
}

func (s *Service) messageView(m store.StaffMessage) MessageView {
	to := m.StaffID
	if m.Pool != "" {
		to = "pool:" + m.Pool
	}
	v := MessageView{ID: m.ID, To: to, CreatedAt: m.CreatedAt, FirstReadAt: m.FirstReadAt, RemoveAt: m.ShredDueAt, Removed: m.ShreddedAt != nil,
		OpenedBy: m.OpenedBy, ClaimedBy: m.ClaimedBy, ClosedBy: m.ClosedBy}
	if m.ShreddedAt != nil {
		v.RemoveAt = *m.ShreddedAt
	}
	return v
}

// Send seals and stores a message to a staff member or pool and plans a
// PHI-free email notice to each addressee. actor is the API key's.
func (s *Service) Send(ctx context.Context, p service.Principal, in SendInput) (MessageView, error) {
	var fs []service.FieldError
	pool, staffID := "", ""
	switch {
	case strings.HasPrefix(in.To, "pool:") && ValidPool(strings.TrimPrefix(in.To, "pool:")):
		pool = strings.TrimPrefix(in.To, "pool:")
	case ids.Valid(PrefixStaff, in.To):
		staffID = in.To
	default:
		fs = append(fs, service.FieldError{Pointer: "/to", Detail: "a staff id (stf_…) or pool:<name>"})
	}
	if in.Subject == "" || len(in.Subject) > MaxSubject || !utf8.ValidString(in.Subject) {
		fs = append(fs, service.FieldError{Pointer: "/subject", Detail: "1 to 200 bytes of UTF-8"})
	}
	if in.Body == "" || len(in.Body) > MaxBody || !utf8.ValidString(in.Body) {
		fs = append(fs, service.FieldError{Pointer: "/body", Detail: "1 byte to 64 KiB of UTF-8"})
	}
	if len(fs) > 0 {
		return MessageView{}, invalid(fs...)
	}
	var to []string
	if pool != "" {
		if _, err := s.st.GetStaffPool(ctx, p.TenantID, pool); err != nil {
			if errors.Is(err, store.ErrNotFound) {
				return MessageView{}, invalid(service.FieldError{Pointer: "/to", Detail: "no such pool"})
			}
			return MessageView{}, err
		}
		m, err := s.st.StaffPoolMembers(ctx, p.TenantID, pool)
		if err != nil {
			return MessageView{}, err
		}
		to = m
	} else {
		st, err := s.st.GetStaff(ctx, p.TenantID, staffID)
		if errors.Is(err, store.ErrNotFound) {
			return MessageView{}, invalid(service.FieldError{Pointer: "/to", Detail: "no such staff member"})
		}
		if err != nil {
			return MessageView{}, err
		}
		to = []string{st.ID}
	}
	pol, err := s.PoolPolicy(ctx, p.TenantID, pool)
	if err != nil {
		return MessageView{}, err
	}
	id := ids.New(PrefixMessage)
	dk, wrapped, err := s.sealer.NewDataKey(ctx, p.TenantID, "staffmsg/"+id)
	if err != nil {
		return MessageView{}, err
	}
	subj, err := dk.Seal("subject", []byte(in.Subject))
	if err != nil {
		return MessageView{}, err
	}
	body, err := dk.Seal("body", []byte(in.Body))
	if err != nil {
		return MessageView{}, err
	}
	now := s.now()
	m := store.StaffMessage{TenantID: p.TenantID, ID: id, Pool: pool, StaffID: staffID, Subject: subj, Body: body, CreatedAt: now,
		ReadTTL: pol.ReadTTL, ShredDueAt: now.Add(pol.MaxAge)}
	js := make([]river.InsertManyParams, 0, len(to))
	for _, sid := range to {
		js = append(js, river.InsertManyParams{Args: jobs.StaffNotice{TenantID: p.TenantID, StaffID: sid, What: NoticeMessage, Ref: id}})
	}
	if err := s.st.CreateStaffMessage(ctx, store.NewStaffMessage{Message: m, WrappedKey: wrapped, Jobs: js,
		Event: s.event(p.TenantID, p.Actor(), ActionMessageCreate, "staff_message", id)}); err != nil {
		return MessageView{}, err
	}
	return s.messageView(m), nil
}

// Status is a message's metadata for the tenant API.
func (s *Service) Status(ctx context.Context, p service.Principal, id string) (MessageView, error) {
	if !ids.Valid(PrefixMessage, id) {
		return MessageView{}, errNotFound
	}
	m, err := s.st.GetStaffMessage(ctx, p.TenantID, id)
	if errors.Is(err, store.ErrNotFound) {
		return MessageView{}, errNotFound
	}
	if err != nil {
		return MessageView{}, err
	}
	return s.messageView(m), nil
}

// visible says whether the staff member may see the message: addressed to
// them, or to a pool they belong to.
func visible(p Principal, m store.StaffMessage) bool {
	if m.TenantID != p.TenantID {
		return false
	}
	if m.Pool != "" {
		return p.InPool(m.Pool)
	}
	return m.StaffID == p.StaffID
}

// message loads a message the staff member may see; anything else
// (malformed id, another tenant's, another pool's, another member's) is
// KindNotFound, and a refusal of an existing message is audited.
func (s *Service) message(ctx context.Context, p Principal, id string) (store.StaffMessage, error) {
	if !ids.Valid(PrefixMessage, id) {
		return store.StaffMessage{}, errNotFound
	}
	m, err := s.st.GetStaffMessage(ctx, p.TenantID, id)
	if errors.Is(err, store.ErrNotFound) {
		return m, errNotFound
	}
	if err != nil {
		return m, err
	}
	if !visible(p, m) {
		if err := s.Denied(ctx, p.TenantID, p.Actor(), "staff_message", id); err != nil {
			return m, err
		}
		return m, errNotFound
	}
	return m, nil
}

// Opened is a decrypted staff message.
type Opened struct {
	MessageView
	Pool    string `json:"pool,omitempty"`
	Subject string `json:"subject"`
	Body    string `json:"body"`
	// Attachments are the files the portal added (attachments.go).
	Attachments []service.AttachmentView `json:"attachments"`
}

// MessageEventView is one open, claim or close, by whom.
type MessageEventView struct {
	At   time.Time `json:"at"`
	By   string    `json:"by"`
	Kind string    `json:"kind"`
}

// Open decrypts a message for the staff member: the open (first read mark,
// which starts the read-TTL clock, its event and audit event) commits
// before anything is decrypted for the answer. A shredded message, or one
// past its removal time (service.StaffMessageGone), is KindGone.
func (s *Service) Open(ctx context.Context, p Principal, id string) (Opened, error) {
	m, err := s.message(ctx, p, id)
	if err != nil {
		return Opened{}, err
	}
	if removed(m, s.now()) {
		return Opened{}, errGone
	}
	now := s.now()
	if err := s.st.OpenStaffMessage(ctx, p.TenantID, id, p.StaffID, now, s.event(p.TenantID, p.Actor(), ActionMessageOpen, "staff_message", id)); err != nil {
		if errors.Is(err, store.ErrConflict) {
			return Opened{}, errGone
		}
		return Opened{}, err
	}
	dk, err := s.sealer.OpenDataKey(ctx, p.TenantID, "staffmsg/"+id, m.Wrapped)
	if err != nil {
		return Opened{}, err
	}
	subj, err := dk.Open("subject", m.Subject)
	if err != nil {
		return Opened{}, err
	}
	body, err := dk.Open("body", m.Body)
	if err != nil {
		return Opened{}, err
	}
	if m.FirstReadAt == nil {
		m.FirstReadAt = &now
		if due := now.Add(m.ReadTTL); due.Before(m.ShredDueAt) {
			m.ShredDueAt = due
		}
	}
	if m.OpenedBy == "" {
		m.OpenedBy = p.StaffID
	}
	atts, err := s.attachmentViews(ctx, m, dk)
	if err != nil {
		return Opened{}, err
	}
	o := Opened{MessageView: s.messageView(m), Pool: m.Pool, Subject: string(subj), Body: string(body), Attachments: atts}
	return o, nil
}

// Events lists who opened, claimed and closed a message the staff member
// may see, with display names.
func (s *Service) Events(ctx context.Context, p Principal, id string) ([]MessageEventView, error) {
	if _, err := s.message(ctx, p, id); err != nil {
		return nil, err
	}
	evs, err := s.st.StaffMessageEvents(ctx, p.TenantID, id)
	if err != nil {
		return nil, err
	}
	var sids []string
	for _, e := range evs {
		sids = append(sids, e.StaffID)
	}
	names, err := s.st.StaffNames(ctx, p.TenantID, dedupe(sids))
	if err != nil {
		return nil, err
	}
	out := make([]MessageEventView, 0, len(evs))
	for _, e := range evs {
		out = append(out, MessageEventView{At: e.At, By: names[e.StaffID], Kind: e.Kind})
	}
	return out, nil
}

// Claim marks the message as taken by the staff member; Close as done. A
// message claimed by someone else, or closed, is KindLimitReached (409).
func (s *Service) Claim(ctx context.Context, p Principal, id string) error {
	return s.claim(ctx, p, id, store.StaffEventClaimed, ActionMessageClaim)
}

// Close marks the message as done (and claimed by the closer if unclaimed).
func (s *Service) Close(ctx context.Context, p Principal, id string) error {
	return s.claim(ctx, p, id, store.StaffEventClosed, ActionMessageClose)
}

func (s *Service) claim(ctx context.Context, p Principal, id, kind, action string) error {
	if _, err := s.message(ctx, p, id); err != nil {
		return err
	}
	err := s.st.ClaimStaffMessage(ctx, p.TenantID, id, p.StaffID, kind, s.now(), s.event(p.TenantID, p.Actor(), action, "staff_message", id))
	if errors.Is(err, store.ErrConflict) {
		return errConflict
	}
	return err
}

// Shred removes a message's content at once (admins only; to anyone else
// the message does not exist).
func (s *Service) Shred(ctx context.Context, p Principal, id string) error {
	if !p.Admin() {
		if err := s.Denied(ctx, p.TenantID, p.Actor(), "staff_message", id); err != nil {
			return err
		}
		return errAdmin
	}
	if _, err := s.message(ctx, p, id); err != nil {
		return err
	}
	done, err := s.st.ShredStaffMessages(ctx, p.TenantID, []string{id}, p.Actor(), ActionMessageShred, s.now())
	s.deleteAttachmentBlobs(ctx, p.TenantID, done)
	return err
}

// PoolView is a pool and its policy.
type PoolView struct {
	Name           string `json:"name"`
	ReadTTLSeconds int64  `json:"read_ttl_seconds"`
	MaxAgeSeconds  int64  `json:"max_age_seconds"`
	Members        int    `json:"members"`
}

func poolView(p store.StaffPool) PoolView {
	return PoolView{Name: p.Name, ReadTTLSeconds: int64(p.Policy.ReadTTL / time.Second), MaxAgeSeconds: int64(p.Policy.MaxAge / time.Second), Members: p.Members}
}

// Pools lists a tenant's pools.
func (s *Service) Pools(ctx context.Context, tenantID string) ([]PoolView, error) {
	ps, err := s.st.ListStaffPools(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	out := make([]PoolView, 0, len(ps))
	for _, p := range ps {
		out = append(out, poolView(p))
	}
	return out, nil
}

// Pool reads one pool.
func (s *Service) Pool(ctx context.Context, tenantID, name string) (PoolView, error) {
	if !ValidPool(name) {
		return PoolView{}, errNotFound
	}
	p, err := s.st.GetStaffPool(ctx, tenantID, name)
	if errors.Is(err, store.ErrNotFound) {
		return PoolView{}, errNotFound
	}
	if err != nil {
		return PoolView{}, err
	}
	return poolView(p), nil
}

// PolicyInput is a pool policy in seconds.
type PolicyInput struct {
	ReadTTLSeconds int64 `json:"read_ttl_seconds"`
	MaxAgeSeconds  int64 `json:"max_age_seconds"`
}

// PutPool creates a pool or sets its policy (the tenant API, or an admin:
// actor says who). A shorter policy applies to the pool's live messages too.
func (s *Service) PutPool(ctx context.Context, tenantID, actor, name string, in PolicyInput) (PoolView, error) {
	if !ValidPool(name) {
		return PoolView{}, invalid(service.FieldError{Pointer: "/path/pool", Detail: "lowercase letters, digits, _ and -, starting with a letter, at most 40"})
	}
	pol := Policy{ReadTTL: time.Duration(in.ReadTTLSeconds) * time.Second, MaxAge: time.Duration(in.MaxAgeSeconds) * time.Second}
	if in.ReadTTLSeconds > int64(MaxReadTTL/time.Second) || in.MaxAgeSeconds > int64(MaxMaxAge/time.Second) {
		pol = Policy{} // out of range (and no overflow)
	}
	if err := pol.Validate(); err != nil {
		return PoolView{}, err
	}
	if err := s.st.PutStaffPool(ctx, tenantID, name, pol.store(), s.now(), s.event(tenantID, actor, ActionPoolPut, "staff_pool", name)); err != nil {
		return PoolView{}, err
	}
	return s.Pool(ctx, tenantID, name)
}

// AdminPutPool is PutPool by a signed-in admin; to a member the route
// does not exist.
func (s *Service) AdminPutPool(ctx context.Context, p Principal, name string, in PolicyInput) (PoolView, error) {
	if !p.Admin() {
		if err := s.Denied(ctx, p.TenantID, p.Actor(), "staff_pool", "-"); err != nil {
			return PoolView{}, err
		}
		return PoolView{}, errAdmin
	}
	return s.PutPool(ctx, p.TenantID, p.Actor(), name, in)
}

// messageSource lists staff messages into the inbox.
type messageSource struct{ s *Service }

func (ms messageSource) List(ctx context.Context, tenantID, staffID string, pools []string, limit int) ([]Item, error) {
	msgs, err := ms.s.st.StaffInbox(ctx, tenantID, staffID, pools, limit)
	if err != nil {
		return nil, err
	}
	var sids []string
	for _, m := range msgs {
		sids = append(sids, m.OpenedBy, m.ClaimedBy, m.ClosedBy)
	}
	names, err := ms.s.st.StaffNames(ctx, tenantID, nonEmpty(dedupe(sids)))
	if err != nil {
		return nil, err
	}
	out := make([]Item, 0, len(msgs))
	for _, m := range msgs {
		due := m.ShredDueAt
		it := Item{Kind: "message", ID: m.ID, Pool: m.Pool, From: "Portal", CreatedAt: m.CreatedAt,
			OpenedBy: names[m.OpenedBy], ClaimedBy: names[m.ClaimedBy], ClosedBy: names[m.ClosedBy],
			RemoveAt: &due, Removed: m.ShreddedAt != nil, Link: "/staff/messages/" + m.ID}
		if it.Removed {
			it.RemoveAt = m.ShreddedAt
		}
		out = append(out, it)
	}
	return out, nil
}

func nonEmpty(in []string) []string {
	out := in[:0]
	for _, v := range in {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}
