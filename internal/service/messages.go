package service

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/category"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/notice"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/validate"
)

func itoa(n int) string { return strconv.Itoa(n) }

// Limits on message input.
const (
	MaxSubjectChars  = 200
	MaxBodyBytes     = 64 << 10
	MaxNoticeVars    = 20
	MaxNoticeVarLen  = 40
	MaxExpiry        = 10 * 365 * 24 * time.Hour
	idempotencyField = "idempotent-response"
)

// Urgency levels.
var urgencies = map[string]bool{"normal": true, "time_sensitive": true, "urgent": true}

var (
	noticeVarKey   = regexp.MustCompile(`^[a-z][a-z0-9_]{0,31}$`)
	idempotencyKey = regexp.MustCompile(`^[\x21-\x7e]{1,255}$`)
)

// SendInput is the body of POST /v1/messages.
type SendInput struct {
	Recipient     string         `json:"recipient"`
	Category      string         `json:"category"`
	Sensitivity   string         `json:"sensitivity,omitempty"`
	Urgency       string         `json:"urgency,omitempty"`
	Subject       string         `json:"subject"`
	Body          string         `json:"body"`
	NoticeVars    map[string]any `json:"notice_vars,omitempty"`
	ExpiresAt     *time.Time     `json:"expires_at,omitempty"`
	CorrelationID string         `json:"correlation_id,omitempty"`

	// self is set for a message sealpost sends on the recipient's own
	// request (a password-reset link, recovery.go): the recipient by id,
	// email only, no webhooks, audited as the recipient.
	self *selfSend
	// answer is set for a staff or portal answer to a patient's reply
	// (replies.go): its message id is chosen beforehand, its actor given.
	answer *answerSend
}

type selfSend struct{ recipientID string }

// MessageView is a message's metadata and delivery status; never its content.
type MessageView struct {
	ID            string         `json:"id"`
	Status        string         `json:"status"`
	Link          string         `json:"link,omitempty"`
	Recipient     string         `json:"recipient"`
	Category      string         `json:"category"`
	Sensitivity   string         `json:"sensitivity"`
	Urgency       string         `json:"urgency"`
	CorrelationID string         `json:"correlation_id,omitempty"`
	ExpiresAt     *time.Time     `json:"expires_at,omitempty"`
	CreatedAt     time.Time      `json:"created_at"`
	RevokedAt     *time.Time     `json:"revoked_at,omitempty"`
	ExpiredAt     *time.Time     `json:"expired_at,omitempty"` // content shredded by retention or expires_at
	Deliveries    []DeliveryView `json:"deliveries"`
}

// DeliveryView is one delivery's status.
type DeliveryView struct {
	ID        string `json:"id"`
	Channel   string `json:"channel"`
	Status    string `json:"status"`
	Attempts  int    `json:"attempts"`
	LastError string `json:"last_error,omitempty"`
	// Protection, for an email delivery that was sent: "requiretls" (the
	// message's content went, with REQUIRETLS) or "notice_only" (the PHI-free
	// notice; ProtectionReason says why when there was a choice).
	Protection       string          `json:"protection,omitempty"`
	ProtectionReason string          `json:"protection_reason,omitempty"`
	UpdatedAt        time.Time       `json:"updated_at"`
	History          []store.Attempt `json:"history,omitempty"`
}

func (in *SendInput) validate(now time.Time, lookup func(string) (category.Category, bool)) (category.Category, *Error) {
	var fs []FieldError
	if in.Recipient == "" {
		fs = append(fs, FieldError{"/recipient", "is required"})
	} else if !validate.OpaqueID(in.Recipient) {
		fs = append(fs, FieldError{"/recipient", "must be a recipient external id (1–128 of letters, digits, . _ : -)"})
	}
	cat, known := lookup(in.Category)
	if in.Category == "" {
		fs = append(fs, FieldError{"/category", "is required"})
	}
	if in.Sensitivity != "" && !category.ValidSensitivity(in.Sensitivity) {
		fs = append(fs, FieldError{"/sensitivity", "must be public, phi or restricted"})
	}
	if in.Urgency == "" {
		in.Urgency = "normal"
	} else if !urgencies[in.Urgency] {
		fs = append(fs, FieldError{"/urgency", "must be normal, time_sensitive or urgent"})
	}
	switch {
	case in.Subject == "":
		fs = append(fs, FieldError{"/subject", "is required"})
	case !utf8.ValidString(in.Subject) || utf8.RuneCountInString(in.Subject) > MaxSubjectChars:
		fs = append(fs, FieldError{"/subject", "must be valid UTF-8 of at most " + itoa(MaxSubjectChars) + " characters"})
	}
	switch {
	case in.Body == "":
		fs = append(fs, FieldError{"/body", "is required"})
	case !utf8.ValidString(in.Body) || len(in.Body) > MaxBodyBytes:
		fs = append(fs, FieldError{"/body", "must be valid UTF-8 of at most " + itoa(MaxBodyBytes) + " bytes"})
	}
	if len(in.NoticeVars) > MaxNoticeVars {
		fs = append(fs, FieldError{"/notice_vars", "at most " + itoa(MaxNoticeVars) + " variables"})
	}
	for k, v := range in.NoticeVars {
		if !noticeVarKey.MatchString(k) {
			fs = append(fs, FieldError{"/notice_vars", "variable names must match [a-z][a-z0-9_]{0,31}"})
			continue
		}
		switch x := v.(type) {
		case string:
			if !utf8.ValidString(x) || utf8.RuneCountInString(x) > MaxNoticeVarLen {
				fs = append(fs, FieldError{"/notice_vars/" + k, "text values are at most " + itoa(MaxNoticeVarLen) + " characters"})
			}
		case json.Number, float64, bool:
		default:
			fs = append(fs, FieldError{"/notice_vars/" + k, "must be a string, number or boolean"})
		}
	}
	if in.ExpiresAt != nil {
		utc := in.ExpiresAt.UTC().Truncate(time.Microsecond)
		in.ExpiresAt = &utc
		switch {
		case !in.ExpiresAt.After(now):
			fs = append(fs, FieldError{"/expires_at", "must be in the future"})
		case in.ExpiresAt.Sub(now) > MaxExpiry:
			fs = append(fs, FieldError{"/expires_at", "must be within 10 years"})
		}
	}
	if in.CorrelationID != "" && !validate.OpaqueID(in.CorrelationID) {
		fs = append(fs, FieldError{"/correlation_id", "must be 1–128 of letters, digits, . _ : -"})
	}
	if len(fs) > 0 {
		return cat, invalid(fs...)
	}
	if !known {
		return cat, &Error{Kind: KindUnknownCategory, Detail: "the category is not defined for this tenant", Fields: []FieldError{{"/category", "unknown category"}}}
	}
	if len(in.NoticeVars) > 0 {
		if _, err := notice.FormatVars(cat.Vars, in.NoticeVars, "en"); err != nil {
			return cat, invalid(FieldError{"/notice_vars", strings.TrimPrefix(err.Error(), "notice: template: ")})
		}
	}
	if in.Sensitivity == "" {
		in.Sensitivity = cat.DefaultSensitivity
	} else if category.Rank(in.Sensitivity) < category.Rank(cat.DefaultSensitivity) {
		return cat, invalid(FieldError{"/sensitivity", "may raise but not lower the category's default (" + cat.DefaultSensitivity + ")"})
	}
	return cat, nil
}

// ValidIdempotencyKey reports whether k is an acceptable Idempotency-Key.
func ValidIdempotencyKey(k string) bool { return idempotencyKey.MatchString(k) }

// SendResult is the answer to a send; Replayed marks an idempotent repeat.
type SendResult struct {
	View     MessageView
	Replayed bool
}

// Send validates, seals, stores and plans a message. rawBody is the request as
// received, used (through a keyed MAC) to recognise an idempotent repeat.
func (s *Service) Send(ctx context.Context, p Principal, in SendInput, idemKey string, rawBody []byte) (SendResult, error) {
	now := time.Now().UTC()
	if idemKey != "" && !ValidIdempotencyKey(idemKey) {
		return SendResult{}, invalid(FieldError{"/headers/Idempotency-Key", "must be 1–255 printable ASCII characters"})
	}
	var lookupErr error
	cat, verr := in.validate(now, func(key string) (category.Category, bool) {
		c, ok, err := s.LookupCategory(ctx, p.TenantID, key)
		lookupErr = err
		return c, ok
	})
	if lookupErr != nil {
		return SendResult{}, lookupErr
	}
	if verr != nil {
		return SendResult{}, verr
	}
	var fp, keyMAC []byte
	if idemKey != "" {
		var err error
		fp, err = s.sealer.Fingerprint(ctx, p.TenantID, "idempotency", idemInput(idemKey, rawBody))
		if err != nil {
			return SendResult{}, err
		}
		if keyMAC, err = s.idempotencyIndex(ctx, p.TenantID, idemKey); err != nil {
			return SendResult{}, err
		}
	}
	var rcp store.Recipient
	var err error
	if in.self != nil {
		rcp, err = s.st.GetRecipientByID(ctx, p.TenantID, in.self.recipientID)
	} else {
		rcp, err = s.RecipientByExternalID(ctx, p.TenantID, in.Recipient)
	}
	if errors.Is(err, store.ErrNotFound) {
		return SendResult{}, &Error{Kind: KindUnknownRecipient, Detail: "no recipient with this id; create it with PUT /v1/recipients/{external_id}", Fields: []FieldError{{"/recipient", "unknown recipient"}}}
	}
	if err != nil {
		return SendResult{}, err
	}

	msgID := ids.New(ids.Message)
	if in.answer != nil {
		msgID = in.answer.messageID
	}
	owner := "message/" + msgID
	dk, wrapped, err := s.sealer.NewDataKey(ctx, p.TenantID, owner)
	if err != nil {
		return SendResult{}, err
	}
	m := store.Message{TenantID: p.TenantID, ID: msgID, RecipientID: rcp.ID, Category: in.Category, Sensitivity: in.Sensitivity,
		Urgency: in.Urgency, ExpiresAt: in.ExpiresAt, CreatedAt: now, ShredDue: shredDue(now, in.ExpiresAt, cat.Retention)}
	if in.CorrelationID != "" {
		if m.Correlation, err = dk.Seal(correlationField, []byte(in.CorrelationID)); err != nil {
			return SendResult{}, err
		}
	}
	if m.Subject, err = dk.Seal("subject", []byte(in.Subject)); err != nil {
		return SendResult{}, err
	}
	if m.Body, err = dk.Seal("body", []byte(in.Body)); err != nil {
		return SendResult{}, err
	}
	if in.NoticeVars != nil {
		vj, _ := json.Marshal(in.NoticeVars)
		if m.NoticeVars, err = dk.Seal("notice_vars", vj); err != nil {
			return SendResult{}, err
		}
	}
	// The end-user link: 160 random bits; only its hash is stored.
	token := ids.Token(20)
	th := sha256.Sum256([]byte(token))
	linkExp := now.Add(cat.LinkLifetime)
	if in.ExpiresAt != nil && in.ExpiresAt.Before(linkExp) {
		linkExp = *in.ExpiresAt
	}
	actor := p.Actor()
	if in.self != nil {
		actor = "recipient:" + rcp.ID
	}
	if in.answer != nil {
		actor = in.answer.actor
	}
	item := store.NewMessage{
		Message: m, DataKey: wrapped, Actor: actor,
		Link: store.Link{TokenHash: th[:], TenantID: p.TenantID, MessageID: msgID, RecipientID: rcp.ID, ExpiresAt: linkExp},
	}
	view := MessageView{ID: msgID, Status: store.StatusAccepted, Link: s.base.String() + "/m/" + token, Recipient: in.Recipient,
		Category: in.Category, Sensitivity: in.Sensitivity, Urgency: in.Urgency, CorrelationID: in.CorrelationID,
		ExpiresAt: in.ExpiresAt, CreatedAt: now.Truncate(time.Microsecond), Deliveries: []DeliveryView{}}
	targets := plannedChannels(rcp)
	if in.self != nil {
		targets = nil
		if rcp.HasEmail {
			targets = []string{"email"}
		}
	} else {
		hooks, err := s.webhooksFor(ctx, p.TenantID, EventNotice)
		if err != nil {
			return SendResult{}, err
		}
		for _, h := range hooks {
			targets = append(targets, "webhook:"+h.ID)
		}
	}
	for _, t := range targets {
		ch, target, _ := strings.Cut(t, ":")
		d := store.Delivery{TenantID: p.TenantID, ID: ids.New(ids.Delivery), MessageID: msgID, Channel: ch, Status: store.DeliveryQueued, Target: target}
		item.Deliveries = append(item.Deliveries, d)
		item.Jobs = append(item.Jobs, river.InsertManyParams{Args: jobs.Deliver{TenantID: p.TenantID, DeliveryID: d.ID, MessageID: msgID, RecipientID: rcp.ID}})
		view.Deliveries = append(view.Deliveries, DeliveryView{ID: d.ID, Channel: ch, Status: store.DeliveryQueued, UpdatedAt: view.CreatedAt})
	}
	s.fair.Assign(p.TenantID, item.Jobs)
	if idemKey != "" {
		vj, err := json.Marshal(view)
		if err != nil {
			return SendResult{}, err
		}
		sealed, err := dk.Seal(idempotencyField, vj)
		if err != nil {
			return SendResult{}, err
		}
		item.Idem = &store.Idempotency{TenantID: p.TenantID, KeyMAC: keyMAC, Fingerprint: fp, MessageID: msgID, Response: sealed}
	}
	// A repeated key is found by the atomic claim in the write itself (no read
	// first: it would cost every request a round trip to spare the rare
	// repeat some sealing).
	created, err := s.ingest.submit(ctx, item)
	if err != nil {
		return SendResult{}, err
	}
	if !created {
		// The key is taken: by an earlier request, or a concurrent one.
		res, done, err := s.replay(ctx, p, keyMAC, idemKey, rawBody)
		if err == nil && !done {
			err = errors.New("idempotency record vanished")
		}
		return res, err
	}
	s.met.MessagesAccepted.Inc()
	s.unreadChanged(p.TenantID, item.Message.RecipientID)
	return SendResult{View: view}, nil
}

// plannedChannels lists the channels a recipient can be reached on.
func plannedChannels(r store.Recipient) []string {
	var out []string
	if r.HasEmail {
		out = append(out, "email")
	}
	if r.HasPhone {
		out = append(out, "sms")
	}
	return out
}

func idemInput(key string, body []byte) []byte {
	b := make([]byte, 0, len(key)+len(body)+24)
	b = append(b, "POST /v1/messages\x00"...)
	b = append(b, key...)
	b = append(b, 0)
	return append(b, body...)
}

// replay answers a repeated Idempotency-Key: the stored answer if the body is
// the same, a conflict if it differs. done is false if the key is unused.
func (s *Service) replay(ctx context.Context, p Principal, keyMAC []byte, key string, body []byte) (SendResult, bool, error) {
	rec, err := s.st.GetIdempotency(ctx, p.TenantID, keyMAC)
	if errors.Is(err, store.ErrNotFound) {
		return SendResult{}, false, nil
	}
	if err != nil {
		return SendResult{}, true, err
	}
	ok, err := s.sealer.VerifyFingerprint(ctx, p.TenantID, "idempotency", rec.Fingerprint, idemInput(key, body))
	if err != nil {
		return SendResult{}, true, err
	}
	if !ok {
		return SendResult{}, true, &Error{Kind: KindIdempotencyConflict, Detail: "this Idempotency-Key was already used with a different request body"}
	}
	owner := "message/" + rec.MessageID
	wrapped, err := s.st.DataKey(ctx, p.TenantID, owner)
	if errors.Is(err, store.ErrNotFound) {
		// The message was revoked since: answer with its current state.
		v, err := s.GetMessage(ctx, p, rec.MessageID)
		var se *Error
		if errors.As(err, &se) && se.Kind == KindGone {
			return SendResult{}, true, se
		}
		return SendResult{View: v, Replayed: true}, true, err
	}
	if err != nil {
		return SendResult{}, true, err
	}
	dk, err := s.sealer.OpenDataKey(ctx, p.TenantID, owner, wrapped)
	if err != nil {
		return SendResult{}, true, err
	}
	vj, err := dk.Open(idempotencyField, rec.Response)
	if err != nil {
		return SendResult{}, true, err
	}
	var v MessageView
	if err := json.NewDecoder(bytes.NewReader(vj)).Decode(&v); err != nil {
		return SendResult{}, true, err
	}
	return SendResult{View: v, Replayed: true}, true, nil
}

var errNoMessage = &Error{Kind: KindNotFound, Detail: "no such message"}

// GetMessage returns a message's metadata and delivery status. A revoked
// message is KindGone; an expired one (content shredded by retention or
// expires_at) answers with status "expired" and its metadata; another
// tenant's is KindNotFound.
func (s *Service) GetMessage(ctx context.Context, p Principal, id string) (MessageView, error) {
	if !ids.Valid(ids.Message, id) {
		return MessageView{}, errNoMessage
	}
	m, ds, err := s.st.GetMessage(ctx, p.TenantID, id)
	if errors.Is(err, store.ErrNotFound) {
		return MessageView{}, errNoMessage
	}
	if err != nil {
		return MessageView{}, err
	}
	if m.Status == store.StatusRevoked {
		return MessageView{}, &Error{Kind: KindGone, Detail: "this message was revoked; its content is destroyed"}
	}
	r, err := s.st.GetRecipientByID(ctx, p.TenantID, m.RecipientID)
	if err != nil {
		return MessageView{}, err
	}
	ext, err := s.openExternalID(ctx, r)
	if err != nil {
		return MessageView{}, err
	}
	corr, err := s.openCorrelation(ctx, m)
	if err != nil {
		return MessageView{}, err
	}
	v := MessageView{ID: m.ID, Status: m.Status, Recipient: ext, Category: m.Category, Sensitivity: m.Sensitivity,
		Urgency: m.Urgency, CorrelationID: corr, ExpiresAt: m.ExpiresAt, CreatedAt: m.CreatedAt, RevokedAt: m.RevokedAt,
		Deliveries: make([]DeliveryView, 0, len(ds))}
	if m.Status == store.StatusExpired {
		v.RevokedAt, v.ExpiredAt = nil, m.RevokedAt
	}
	for _, d := range ds {
		h, err := s.st.Attempts(ctx, p.TenantID, d.ID)
		if err != nil {
			return MessageView{}, err
		}
		prot, why, _ := strings.Cut(d.Protection, ":")
		v.Deliveries = append(v.Deliveries, DeliveryView{ID: d.ID, Channel: d.Channel, Status: d.Status, Attempts: d.Attempts, LastError: d.LastError,
			Protection: prot, ProtectionReason: why, UpdatedAt: d.UpdatedAt, History: h})
	}
	return v, nil
}

// RevokeMessage crypto-shreds a message and disables its links.
func (s *Service) RevokeMessage(ctx context.Context, p Principal, id string) error {
	if !ids.Valid(ids.Message, id) {
		return errNoMessage
	}
	switch err := s.st.RevokeMessage(ctx, p.TenantID, id, p.Actor()); {
	case errors.Is(err, store.ErrNotFound):
		return errNoMessage
	case errors.Is(err, store.ErrGone):
		return &Error{Kind: KindGone, Detail: "this message's content is already gone (revoked or expired)"}
	case err != nil:
		return err
	}
	s.deleteAttachmentBlobs(ctx, p.TenantID, id)
	s.unreadChangedByMessage(ctx, p.TenantID, id)
	return nil
}

// Content is a message's opened content. It exists only in memory, for the
// PHI guard, the delivery worker and the end-user reader.
type Content struct {
	Subject    string
	Body       string
	NoticeVars map[string]any
}

// OpenContent decrypts a message of a tenant. A revoked message is KindGone;
// ciphertext that does not authenticate (tampered, or moved from another row)
// is an error wrapping seal.ErrDecrypt.
func (s *Service) OpenContent(ctx context.Context, tenantID, id string) (Content, error) {
	m, _, err := s.st.GetMessage(ctx, tenantID, id)
	if errors.Is(err, store.ErrNotFound) {
		return Content{}, errNoMessage
	}
	if err != nil {
		return Content{}, err
	}
	return s.contentOf(ctx, m)
}

// contentOf decrypts a loaded message.
func (s *Service) contentOf(ctx context.Context, m store.Message) (Content, error) {
	var wrapped []byte
	if !store.ContentGone(m.Status) { // a revoked or expired message's key is gone; contentWith says so
		var err error
		if wrapped, err = s.st.DataKey(ctx, m.TenantID, "message/"+m.ID); err != nil {
			return Content{}, err
		}
	}
	return s.contentWith(ctx, m, wrapped)
}

// contentWith decrypts a loaded message with its wrapped data key, loaded
// with it (nil: the key is gone, store.ErrNotFound).
func (s *Service) contentWith(ctx context.Context, m store.Message, wrapped []byte) (Content, error) {
	if m.Status == store.StatusRevoked {
		return Content{}, &Error{Kind: KindGone, Detail: "this message was revoked; its content is destroyed"}
	}
	if m.Status == store.StatusExpired {
		return Content{}, &Error{Kind: KindGone, Detail: "this message has expired; its content is destroyed"}
	}
	if wrapped == nil {
		return Content{}, store.ErrNotFound
	}
	tenantID, owner := m.TenantID, "message/"+m.ID
	dk, err := s.sealer.OpenDataKey(ctx, tenantID, owner, wrapped)
	if err != nil {
		return Content{}, err
	}
	var c Content
	subj, err := dk.Open("subject", m.Subject)
	if err != nil {
		return Content{}, err
	}
	body, err := dk.Open("body", m.Body)
	if err != nil {
		return Content{}, err
	}
	c.Subject, c.Body = string(subj), string(body)
	if m.NoticeVars != nil {
		vj, err := dk.Open("notice_vars", m.NoticeVars)
		if err != nil {
			return Content{}, err
		}
		dec := json.NewDecoder(bytes.NewReader(vj))
		dec.UseNumber()
		if err := dec.Decode(&c.NoticeVars); err != nil {
			return Content{}, err
		}
	}
	return c, nil
}
