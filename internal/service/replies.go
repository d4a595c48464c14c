package service

import (
	"context"
	"errors"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/category"
	"github.com/sealpost/sealpost/internal/guard"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/store"
)

// Patient replies (issue 18, items 5–6). A category may allow replies
// (allow_replies, reply_pool). The patient answers a message of theirs —
// hosted page, widget or inbox API, same session checks as opening it; the
// reply is sealed with its own data key (bound to tenant and reply id),
// stored with its audit event and one `message.reply` webhook job per
// subscribed endpoint (ids only) in one transaction. The portal reads it
// with its key (OpenReply, audited); staff or the portal answer it
// (AnswerReply): a new message to the patient through the normal ingest
// path, with the category's usual PHI-free notice, joined to the thread.
// The reply's content is PHI by nature and never guard-blocked; notices
// about replies are fixed wording, guard-checked (ReplyNotice).

// Reply limits.
const (
	MaxReplyBytes = 8 << 10
	threadLimit   = 200
	// MaxRepliesPerHour bounds a patient's replies in one thread within an
	// hour: each tells the pool's members, so a flood is refused.
	MaxRepliesPerHour = 20
	// replyPoolPattern is the shape of a reply pool key: a staff pool's
	// name (package staff allows a letter, then up to 39 of a-z, 0-9, _
	// and -), at most 32 characters.
	replyPoolPattern = `^[a-z][a-z0-9_-]{0,31}$`
)

var replyPoolRE = regexp.MustCompile(replyPoolPattern)

// ValidPool reports whether p is a well-formed pool key.
func ValidPool(p string) bool { return replyPoolRE.MatchString(p) }

// checkReplyFields validates a category's reply settings.
func checkReplyFields(in CategoryInput) []FieldError {
	var fs []FieldError
	if in.ReplyPool != "" && !ValidPool(in.ReplyPool) {
		fs = append(fs, FieldError{"/reply_pool", "pool keys are 1–32 of a-z, 0-9, _ and - starting with a letter"})
	}
	if in.AllowReplies && in.ReplyPool == "" {
		fs = append(fs, FieldError{"/reply_pool", "is required when allow_replies is true: the pool whose members read the replies"})
	}
	return fs
}

// ReplyInput is the body of POST /v1/inbox/{id}/replies.
type ReplyInput struct {
	Body string `json:"body"`
}

// ReplyView is a reply as the portal (or staff) sees it. Body is set only
// when the reply is opened (OpenReply).
type ReplyView struct {
	ID        string `json:"id"`
	MessageID string `json:"message_id"`
	ThreadID  string `json:"thread_id"`
	Pool      string `json:"pool"`
	// Recipient is the patient's external id (the portal's own id).
	Recipient       string     `json:"recipient,omitempty"`
	CreatedAt       time.Time  `json:"created_at"`
	FirstReadAt     *time.Time `json:"first_read_at,omitempty"`
	ShredDueAt      *time.Time `json:"shred_due_at,omitempty"`
	Removed         bool       `json:"removed"`
	RemovedAt       *time.Time `json:"removed_at,omitempty"`
	Answered        bool       `json:"answered"`
	AnsweredAt      *time.Time `json:"answered_at,omitempty"`
	AnswerMessageID string     `json:"answer_message_id,omitempty"`
	Body            string     `json:"body,omitempty"`
	// Attachments are the reply's files (set when it is opened).
	Attachments []AttachmentView `json:"attachments,omitempty"`
	// RecipientID is the patient's internal id, FirstReadBy and AnsweredBy
	// the audit actors of the first read and the answer (for the staff
	// pages; never in JSON).
	RecipientID string `json:"-"`
	FirstReadBy string `json:"-"`
	AnsweredBy  string `json:"-"`
}

func replyViewOf(p store.Reply) ReplyView {
	return ReplyView{ID: p.ID, MessageID: p.MessageID, ThreadID: p.ThreadID, Pool: p.Pool, CreatedAt: p.CreatedAt,
		FirstReadAt: p.FirstReadAt, ShredDueAt: p.ShredDueAt, Removed: p.ShreddedAt != nil, RemovedAt: p.ShreddedAt,
		Answered: p.AnswerMessageID != "", AnsweredAt: p.AnsweredAt, AnswerMessageID: p.AnswerMessageID, RecipientID: p.RecipientID,
		FirstReadBy: p.FirstReadBy, AnsweredBy: p.AnsweredBy}
}

var (
	errNoReply            = &Error{Kind: KindNotFound, Detail: "no such reply"}
	errReplyGone          = &Error{Kind: KindGone, Detail: "this reply was removed; its content is destroyed"}
	errRepliesNotAllowed  = &Error{Kind: KindRepliesNotAllowed, Detail: "this message's category does not accept replies"}
	errReplyAnsweredAgain = &Error{Kind: KindReplyAnswered, Detail: "this reply was already answered; the patient may reply to the answer"}
)

// repliesAllowed reports whether a message's category takes replies, and
// its pool.
func (s *Service) repliesAllowed(ctx context.Context, tenantID, categoryKey string) (category.Category, bool, error) {
	c, ok, err := s.LookupCategory(ctx, tenantID, categoryKey)
	if err != nil || !ok {
		return c, false, err
	}
	return c, c.AllowReplies && ValidPool(c.ReplyPool), nil
}

// PostReply stores the session's reply to one of its messages. The message
// must be the session's own and readable now (live; restricted needs a
// fresh factor, like opening it) and its category must allow replies.
func (s *Service) PostReply(ctx context.Context, ses Session, messageID string, in ReplyInput) (ReplyView, error) {
	it, err := s.inboxItem(ctx, ses, messageID)
	if err != nil {
		return ReplyView{}, err
	}
	cat, ok, err := s.repliesAllowed(ctx, ses.TenantID, it.Message.Category)
	if err != nil {
		return ReplyView{}, err
	}
	if !ok {
		return ReplyView{}, errRepliesNotAllowed
	}
	switch {
	case strings.TrimSpace(in.Body) == "":
		return ReplyView{}, invalid(FieldError{"/body", "is required"})
	case !utf8.ValidString(in.Body) || len(in.Body) > MaxReplyBytes:
		return ReplyView{}, invalid(FieldError{"/body", "must be valid UTF-8 of at most " + itoa(MaxReplyBytes) + " bytes"})
	}
	threadID, err := s.st.ThreadOf(ctx, ses.TenantID, messageID)
	if err != nil {
		return ReplyView{}, err
	}
	n, err := s.st.CountThreadReplies(ctx, ses.TenantID, threadID, ses.RecipientID, time.Now().Add(-time.Hour))
	if err != nil {
		return ReplyView{}, err
	}
	if n >= MaxRepliesPerHour {
		return ReplyView{}, &Error{Kind: KindLimitReached, Detail: "too many replies in this conversation within an hour; try again later"}
	}
	// Created at the wall clock, as messages are (Send), so a thread
	// orders both alike; due for shredding by the service clock, which
	// retention reads.
	now := time.Now().UTC().Truncate(time.Microsecond)
	id := ids.New("rpl")
	dk, wrapped, err := s.sealer.NewDataKey(ctx, ses.TenantID, "reply/"+id)
	if err != nil {
		return ReplyView{}, err
	}
	body, err := dk.Seal("body", []byte(in.Body))
	if err != nil {
		return ReplyView{}, err
	}
	ret := cat.Retention
	if ret <= 0 {
		ret = category.DefaultRetention
	}
	due := s.now().UTC().Truncate(time.Microsecond).Add(ret)
	if f := s.replyJobs.maxAgeFunc(); f != nil {
		maxAge, err := f(ctx, ses.TenantID, cat.ReplyPool)
		if err != nil {
			return ReplyView{}, err
		}
		if maxAge > 0 && maxAge < ret {
			due = due.Add(maxAge - ret)
		}
	}
	p := store.Reply{TenantID: ses.TenantID, ID: id, MessageID: messageID, ThreadID: threadID, RecipientID: ses.RecipientID,
		Pool: cat.ReplyPool, Body: body, CreatedAt: now, ShredDueAt: &due}
	hooks, err := s.webhooksFor(ctx, ses.TenantID, EventReply)
	if err != nil {
		return ReplyView{}, err
	}
	var js []river.InsertManyParams
	for _, h := range hooks {
		js = append(js, river.InsertManyParams{Args: jobs.ReplyEvent{TenantID: ses.TenantID, EndpointID: h.ID, ReplyID: id,
			MessageID: messageID, ThreadID: threadID, At: now.UnixMicro()}})
	}
	for _, f := range s.replyJobs.list() {
		more, err := f(ctx, ses.TenantID, id, p.Pool)
		if err != nil {
			return ReplyView{}, err
		}
		js = append(js, more...)
	}
	s.fair.Assign(ses.TenantID, js)
	ev := audit.Event{TenantID: ses.TenantID, At: now, Actor: ses.Actor(), Action: audit.ActionReplyCreate, ObjectType: "reply", ObjectID: id}
	if err := s.st.CreateReply(ctx, store.NewReply{Reply: p, DataKey: wrapped, Event: ev, Jobs: js}); err != nil {
		return ReplyView{}, err
	}
	return replyViewOf(p), nil
}

// ReplyJobs prepares jobs for a new reply (ids only), written in the
// reply's own transaction: the staff mailbox adds a PHI-free notice to
// each member of the reply's pool. An error refuses the reply.
type ReplyJobs func(ctx context.Context, tenantID, replyID, pool string) ([]river.InsertManyParams, error)

// AddReplyJobs registers a provider of jobs for new replies.
func (s *Service) AddReplyJobs(f ReplyJobs) {
	s.replyJobs.mu.Lock()
	s.replyJobs.fs = append(s.replyJobs.fs, f)
	s.replyJobs.mu.Unlock()
}

// SetReplyMaxAge sets how a new reply's keeping time is capped: f returns
// the longest a reply to the pool may be kept (0: the category's retention
// alone). The staff mailbox sets it to the pool's MaxAge.
func (s *Service) SetReplyMaxAge(f func(ctx context.Context, tenantID, pool string) (time.Duration, error)) {
	s.replyJobs.mu.Lock()
	s.replyJobs.maxAge = f
	s.replyJobs.mu.Unlock()
}

type replyJobList struct {
	mu     sync.Mutex
	fs     []ReplyJobs
	maxAge func(ctx context.Context, tenantID, pool string) (time.Duration, error)
}

func (l *replyJobList) maxAgeFunc() func(ctx context.Context, tenantID, pool string) (time.Duration, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.maxAge
}

func (l *replyJobList) list() []ReplyJobs {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.fs)
}

// GetReply returns a reply's metadata (no content).
func (s *Service) GetReply(ctx context.Context, tenantID, replyID string) (ReplyView, error) {
	p, err := s.reply(ctx, tenantID, replyID)
	if err != nil {
		return ReplyView{}, err
	}
	return replyViewOf(p), nil
}

func (s *Service) reply(ctx context.Context, tenantID, replyID string) (store.Reply, error) {
	if !ids.Valid("rpl", replyID) {
		return store.Reply{}, errNoReply
	}
	p, err := s.st.GetReply(ctx, tenantID, replyID)
	if errors.Is(err, store.ErrNotFound) {
		return store.Reply{}, errNoReply
	}
	return p, err
}

// OpenReply decrypts a reply for actor ("api_key:<prefix>",
// "staff:<id>"), recording the read (audit event, first_read_at) before
// the content is returned. A shredded reply, or one past its removal time
// (overdue.go), is KindGone.
func (s *Service) OpenReply(ctx context.Context, tenantID, replyID, actor string) (ReplyView, error) {
	p, err := s.reply(ctx, tenantID, replyID)
	if err != nil {
		return ReplyView{}, err
	}
	if s.replyGone(p) {
		return ReplyView{}, errReplyGone
	}
	body, err := s.replyBody(ctx, p)
	if err != nil {
		return ReplyView{}, err
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	first, err := s.st.OpenReply(ctx, tenantID, replyID, now,
		audit.Event{TenantID: tenantID, At: now, Actor: actor, Action: audit.ActionReplyOpen, ObjectType: "reply", ObjectID: replyID})
	if errors.Is(err, store.ErrGone) {
		return ReplyView{}, errReplyGone
	}
	if err != nil {
		return ReplyView{}, err
	}
	if first {
		p.FirstReadAt, p.FirstReadBy = &now, actor
	}
	v := replyViewOf(p)
	v.Body = body
	if v.Attachments, err = s.replyAttachmentViews(ctx, p); err != nil {
		return ReplyView{}, err
	}
	if v.Recipient, err = s.recipientExternalID(ctx, tenantID, p.RecipientID); err != nil {
		return ReplyView{}, err
	}
	return v, nil
}

func (s *Service) recipientExternalID(ctx context.Context, tenantID, recipientID string) (string, error) {
	r, err := s.st.GetRecipientByID(ctx, tenantID, recipientID)
	if errors.Is(err, store.ErrNotFound) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	return s.openExternalID(ctx, r)
}

// replyBody decrypts a live reply's body (in memory only).
func (s *Service) replyBody(ctx context.Context, p store.Reply) (string, error) {
	if s.replyGone(p) || p.Body == nil {
		return "", errReplyGone
	}
	owner := "reply/" + p.ID
	wrapped, err := s.st.DataKey(ctx, p.TenantID, owner)
	if errors.Is(err, store.ErrNotFound) {
		return "", errReplyGone
	}
	if err != nil {
		return "", err
	}
	dk, err := s.sealer.OpenDataKey(ctx, p.TenantID, owner, wrapped)
	if err != nil {
		return "", err
	}
	b, err := dk.Open("body", p.Body)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// SetReplyShredDue brings a reply's shredding forward to due (the pool's
// read policy after the first read).
func (s *Service) SetReplyShredDue(ctx context.Context, tenantID, replyID string, due time.Time) error {
	return s.st.SetReplyShredDue(ctx, tenantID, replyID, due)
}

// ListPoolReplies lists a pool's replies, newest first, created before the
// cursor (zero: the newest): metadata only.
func (s *Service) ListPoolReplies(ctx context.Context, tenantID, pool string, before time.Time, limit int) ([]ReplyView, error) {
	if !ValidPool(pool) {
		return nil, invalid(FieldError{"/query/pool", "must be a pool key (1–32 of a-z, 0-9, _ and -, starting with a letter)"})
	}
	if limit <= 0 || limit > threadLimit {
		limit = threadLimit
	}
	ps, err := s.st.PoolReplies(ctx, tenantID, pool, before, limit)
	if err != nil {
		return nil, err
	}
	out := make([]ReplyView, 0, len(ps))
	ext := map[string]string{}
	for _, p := range ps {
		v := replyViewOf(p)
		e, ok := ext[p.RecipientID]
		if !ok {
			if e, err = s.recipientExternalID(ctx, tenantID, p.RecipientID); err != nil {
				return nil, err
			}
			ext[p.RecipientID] = e
		}
		v.Recipient = e
		out = append(out, v)
	}
	return out, nil
}

// RepliesOfPools lists the replies of several pools, newest first, at
// most limit: metadata only, without the patient's external id (the staff
// inbox). Malformed pool names are skipped.
func (s *Service) RepliesOfPools(ctx context.Context, tenantID string, pools []string, limit int) ([]ReplyView, error) {
	if limit <= 0 || limit > threadLimit {
		limit = threadLimit
	}
	out := []ReplyView{}
	for _, pool := range pools {
		if !ValidPool(pool) {
			continue
		}
		ps, err := s.st.PoolReplies(ctx, tenantID, pool, time.Time{}, limit)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			out = append(out, replyViewOf(p))
		}
	}
	slices.SortStableFunc(out, func(a, b ReplyView) int { return b.CreatedAt.Compare(a.CreatedAt) })
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// AnswerInput is the body of POST /v1/replies/{id}/answer.
type AnswerInput struct {
	Body string `json:"body"`
	// Subject defaults to "Re: " and the answered message's subject.
	Subject string `json:"subject,omitempty"`
}

// AnswerReply sends the patient an answer to a reply on actor's behalf: a
// new sealed message in the same thread, in the answered message's
// category (same sensitivity and notice variables), with the category's
// usual PHI-free notice, through the normal ingest and delivery path. A
// reply is answered once (the patient may reply to the answer): the claim
// is written, with its audit event, before the message; if the message
// cannot be stored the claim is released.
func (s *Service) AnswerReply(ctx context.Context, tenantID, replyID, actor string, in AnswerInput) (string, error) {
	p, err := s.reply(ctx, tenantID, replyID)
	if err != nil {
		return "", err
	}
	if s.replyGone(p) {
		return "", errReplyGone
	}
	if p.AnswerMessageID != "" {
		return "", errReplyAnsweredAgain
	}
	var fs []FieldError
	switch {
	case strings.TrimSpace(in.Body) == "":
		fs = append(fs, FieldError{"/body", "is required"})
	case !utf8.ValidString(in.Body) || len(in.Body) > MaxBodyBytes:
		fs = append(fs, FieldError{"/body", "must be valid UTF-8 of at most " + itoa(MaxBodyBytes) + " bytes"})
	}
	if in.Subject != "" && (!utf8.ValidString(in.Subject) || utf8.RuneCountInString(in.Subject) > MaxSubjectChars) {
		fs = append(fs, FieldError{"/subject", "must be valid UTF-8 of at most " + itoa(MaxSubjectChars) + " characters"})
	}
	if len(fs) > 0 {
		return "", invalid(fs...)
	}
	ext, err := s.recipientExternalID(ctx, tenantID, p.RecipientID)
	if err != nil {
		return "", err
	}
	if ext == "" {
		return "", &Error{Kind: KindGone, Detail: "the patient of this reply no longer exists"}
	}
	send := SendInput{Recipient: ext, Category: "account_message", Subject: in.Subject, Body: in.Body}
	if m, _, err := s.st.GetMessage(ctx, tenantID, p.MessageID); err == nil {
		send.Category, send.Sensitivity = m.Category, m.Sensitivity
		if c, err := s.contentOf(ctx, m); err == nil {
			send.NoticeVars = c.NoticeVars
			if send.Subject == "" {
				send.Subject = "Re: " + strings.TrimPrefix(c.Subject, "Re: ")
			}
		}
	} else if !errors.Is(err, store.ErrNotFound) {
		return "", err
	}
	if send.Subject == "" {
		send.Subject = "Re: your message"
	}
	if r := []rune(send.Subject); len(r) > MaxSubjectChars {
		send.Subject = string(r[:MaxSubjectChars])
	}
	msgID := ids.New(ids.Message)
	send.answer = &answerSend{messageID: msgID, actor: actor}
	now := s.now().UTC().Truncate(time.Microsecond)
	err = s.st.ClaimReplyAnswer(ctx, tenantID, replyID, actor, msgID, now,
		audit.Event{TenantID: tenantID, At: now, Actor: actor, Action: audit.ActionReplyAnswer, ObjectType: "reply", ObjectID: replyID})
	switch {
	case errors.Is(err, store.ErrConflict):
		return "", errReplyAnsweredAgain
	case errors.Is(err, store.ErrGone):
		return "", errReplyGone
	case err != nil:
		return "", err
	}
	if _, err := s.Send(ctx, Principal{TenantID: tenantID}, send, "", nil); err != nil {
		if rerr := s.st.ReleaseReplyAnswer(context.WithoutCancel(ctx), tenantID, replyID, msgID); rerr != nil {
			s.log.Error("reply answer: release after a failed send", "reply_id", replyID, "err", rerr)
		}
		return "", err
	}
	return msgID, nil
}

// answerSend marks a message sent as the answer to a reply: its id is
// chosen beforehand (the reply names it) and it is audited as actor.
type answerSend struct{ messageID, actor string }

// ThreadItem is one entry of a thread as the portal sees it: ids and
// times, no content (the portal knows its messages; it reads replies with
// GET /v1/replies/{id}).
type ThreadItem struct {
	Kind      string    `json:"kind"` // "message" or "reply"
	ID        string    `json:"id"`
	CreatedAt time.Time `json:"created_at"`
	// InReplyTo is the message a reply answers; a message sent as the
	// answer to a reply names that reply.
	InReplyTo string `json:"in_reply_to,omitempty"`
	Status    string `json:"status,omitempty"` // a message's status
	Removed   bool   `json:"removed"`          // content shredded (revoked, expired, reply retention)
}

// Thread is a conversation in order.
type Thread struct {
	ThreadID string       `json:"thread_id"`
	Items    []ThreadItem `json:"items"`
}

// ReplyThread is the thread of a reply for the portal: the first message,
// the replies and the answers, oldest first; metadata only.
func (s *Service) ReplyThread(ctx context.Context, tenantID, replyID string) (Thread, error) {
	p, err := s.reply(ctx, tenantID, replyID)
	if err != nil {
		return Thread{}, err
	}
	ps, msgs, err := s.threadRows(ctx, tenantID, p.ThreadID)
	if err != nil {
		return Thread{}, err
	}
	t := Thread{ThreadID: p.ThreadID, Items: []ThreadItem{}}
	for _, e := range mergeThread(ps, msgs) {
		if e.reply != nil {
			t.Items = append(t.Items, ThreadItem{Kind: "reply", ID: e.reply.ID, CreatedAt: e.reply.CreatedAt, InReplyTo: e.reply.MessageID, Removed: e.reply.ShreddedAt != nil})
			continue
		}
		m := e.msg
		t.Items = append(t.Items, ThreadItem{Kind: "message", ID: m.ID, CreatedAt: m.CreatedAt, InReplyTo: e.answers, Status: m.Status, Removed: store.ContentGone(m.Status)})
	}
	return t, nil
}

type threadEntry struct {
	reply   *store.Reply
	msg     *store.Message
	answers string // for an answer message: the reply it answers
}

// threadRows loads a thread's replies and messages (the first message and
// the answers that exist).
func (s *Service) threadRows(ctx context.Context, tenantID, threadID string) ([]store.Reply, map[string]threadEntry, error) {
	ps, err := s.st.ThreadReplies(ctx, tenantID, threadID, threadLimit)
	if err != nil {
		return nil, nil, err
	}
	msgs := map[string]threadEntry{}
	load := func(id, answers string) error {
		m, _, err := s.st.GetMessage(ctx, tenantID, id)
		if errors.Is(err, store.ErrNotFound) {
			return nil // metadata purged, or an answer not stored
		}
		if err != nil {
			return err
		}
		msgs[id] = threadEntry{msg: &m, answers: answers}
		return nil
	}
	if err := load(threadID, ""); err != nil {
		return nil, nil, err
	}
	for _, p := range ps {
		if p.AnswerMessageID != "" {
			if err := load(p.AnswerMessageID, p.ID); err != nil {
				return nil, nil, err
			}
		}
	}
	return ps, msgs, nil
}

// mergeThread orders a thread: by time, a reply's answer after it.
func mergeThread(ps []store.Reply, msgs map[string]threadEntry) []threadEntry {
	var out []threadEntry
	for _, e := range msgs {
		out = append(out, e)
	}
	for i := range ps {
		out = append(out, threadEntry{reply: &ps[i]})
	}
	at := func(e threadEntry) (time.Time, string) {
		if e.reply != nil {
			return e.reply.CreatedAt, e.reply.ID
		}
		return e.msg.CreatedAt, e.msg.ID
	}
	slices.SortStableFunc(out, func(a, b threadEntry) int {
		ta, ia := at(a)
		tb, ib := at(b)
		if c := ta.Compare(tb); c != 0 {
			return c
		}
		return strings.Compare(ia, ib)
	})
	return out
}

// PatientThreadEntry is one entry of a thread as the patient sees it.
type PatientThreadEntry struct {
	Kind      string    `json:"kind"` // "message" (from the portal or staff) or "reply" (the patient's)
	ID        string    `json:"id"`
	CreatedAt time.Time `json:"created_at"`
	Subject   string    `json:"subject,omitempty"`
	Body      string    `json:"body,omitempty"`
	// InReplyTo places an entry: a reply names the message it answers (its
	// files download under /v1/inbox/{in_reply_to}/replies/{id}/…), an
	// answer the reply it answers.
	InReplyTo string `json:"in_reply_to,omitempty"`
	// Current marks the message the thread was asked for.
	Current bool `json:"current"`
	// Removed: the content is gone (withdrawn, expired, or the reply was
	// removed after it was read). Hidden: a restricted message that needs
	// a fresh second factor first.
	Removed bool `json:"removed"`
	Hidden  bool `json:"hidden,omitempty"`
	// Attachments are a reply's files.
	Attachments []AttachmentView `json:"attachments,omitempty"`
}

// PatientThread is the conversation a message belongs to, for its
// recipient, oldest first.
type PatientThread struct {
	ThreadID       string `json:"thread_id"`
	RepliesAllowed bool   `json:"replies_allowed"`
	MaxReplyBytes  int    `json:"max_reply_bytes"`
	// MaxAttachmentBytes is the largest file a reply may carry
	// (--attachment-max-bytes), so a client can refuse a larger one before
	// sending it.
	MaxAttachmentBytes int64                `json:"max_attachment_bytes"`
	Entries            []PatientThreadEntry `json:"entries"`
}

// MessageThread returns the thread of one of the session's messages with
// its content: the messages the session may read now (an unread answer
// shown here is marked read, audited as an open), and the patient's own
// replies (one audit event for their decryption).
func (s *Service) MessageThread(ctx context.Context, ses Session, messageID string) (PatientThread, error) {
	it, err := s.inboxItem(ctx, ses, messageID)
	if err != nil {
		return PatientThread{}, err
	}
	_, allowed, err := s.repliesAllowed(ctx, ses.TenantID, it.Message.Category)
	if err != nil {
		return PatientThread{}, err
	}
	threadID, err := s.st.ThreadOf(ctx, ses.TenantID, messageID)
	if err != nil {
		return PatientThread{}, err
	}
	ps, msgs, err := s.threadRows(ctx, ses.TenantID, threadID)
	if err != nil {
		return PatientThread{}, err
	}
	out := PatientThread{ThreadID: threadID, RepliesAllowed: allowed, MaxReplyBytes: MaxReplyBytes, MaxAttachmentBytes: s.cfg.AttachmentMax, Entries: []PatientThreadEntry{}}
	fresh := s.FactorFresh(ctx, ses)
	now := s.now()
	sawReply, changed := false, false
	for _, e := range mergeThread(ps, msgs) {
		if e.reply != nil {
			p := e.reply
			if p.RecipientID != ses.RecipientID {
				continue
			}
			pe := PatientThreadEntry{Kind: "reply", ID: p.ID, CreatedAt: p.CreatedAt, InReplyTo: p.MessageID}
			if s.replyGone(*p) {
				pe.Removed = true
			} else {
				body, err := s.replyBody(ctx, *p)
				var se *Error
				if errors.As(err, &se) && se.Kind == KindGone {
					pe.Removed = true
				} else if err != nil {
					return PatientThread{}, err
				}
				pe.Body, sawReply = body, sawReply || err == nil
				if err == nil {
					if pe.Attachments, err = s.replyAttachmentViews(ctx, *p); err != nil {
						return PatientThread{}, err
					}
				}
			}
			out.Entries = append(out.Entries, pe)
			continue
		}
		m := e.msg
		if m.RecipientID != ses.RecipientID || m.Status == store.StatusRevoked && m.ID != messageID {
			continue
		}
		pe := PatientThreadEntry{Kind: "message", ID: m.ID, CreatedAt: m.CreatedAt, InReplyTo: e.answers, Current: m.ID == messageID}
		switch {
		case store.ContentGone(m.Status) || m.ExpiresAt != nil && !m.ExpiresAt.After(now):
			pe.Removed = true
		case m.Sensitivity == "restricted" && !fresh:
			pe.Hidden = true
		default:
			c, err := s.contentOf(ctx, *m)
			if err != nil {
				return PatientThread{}, err
			}
			pe.Subject, pe.Body = c.Subject, c.Body
			if m.ID != messageID {
				// Shown in full here: an open, like the message page.
				if err := s.st.SetInboxState(ctx, ses.TenantID, ses.RecipientID, m.ID, store.InboxRead, now,
					s.event(ses, audit.ActionMessageOpen, "message", m.ID)); err != nil {
					return PatientThread{}, err
				}
				changed = true
			}
		}
		out.Entries = append(out.Entries, pe)
	}
	if sawReply {
		if err := s.st.AppendAudit(ctx, s.event(ses, audit.ActionReplyThreadView, "message", threadID)); err != nil {
			return PatientThread{}, err
		}
	}
	if changed {
		s.unreadChanged(ses.TenantID, ses.RecipientID)
	}
	return out, nil
}

// ReplyConversation is the thread of a reply with its content, for a
// reader of the reply's pool (actor "staff:<id>"): the messages sent to the
// patient (subject and body, while they live) and the replies (text, while
// they live), oldest first; Current marks this reply. Who may read it is
// the caller's check (pool membership); the decryption is audited as one
// reply.thread_view event by actor before anything is returned.
func (s *Service) ReplyConversation(ctx context.Context, tenantID, replyID, actor string) ([]PatientThreadEntry, error) {
	p, err := s.reply(ctx, tenantID, replyID)
	if err != nil {
		return nil, err
	}
	ps, msgs, err := s.threadRows(ctx, tenantID, p.ThreadID)
	if err != nil {
		return nil, err
	}
	if err := s.st.AppendAudit(ctx, audit.Event{TenantID: tenantID, At: s.now(), Actor: actor, Action: audit.ActionReplyThreadView,
		ObjectType: "message", ObjectID: p.ThreadID}); err != nil {
		return nil, err
	}
	out := []PatientThreadEntry{}
	for _, e := range mergeThread(ps, msgs) {
		if e.reply != nil {
			r := e.reply
			pe := PatientThreadEntry{Kind: "reply", ID: r.ID, CreatedAt: r.CreatedAt, InReplyTo: r.MessageID, Current: r.ID == replyID}
			body, err := s.replyBody(ctx, *r)
			var se *Error
			switch {
			case errors.As(err, &se) && se.Kind == KindGone:
				pe.Removed = true
			case err != nil:
				return nil, err
			}
			pe.Body = body
			out = append(out, pe)
			continue
		}
		m := e.msg
		pe := PatientThreadEntry{Kind: "message", ID: m.ID, CreatedAt: m.CreatedAt, InReplyTo: e.answers}
		if store.ContentGone(m.Status) {
			pe.Removed = true
		} else {
			c, err := s.contentOf(ctx, *m)
			if err != nil {
				return nil, err
			}
			pe.Subject, pe.Body = c.Subject, c.Body
		}
		out = append(out, pe)
	}
	return out, nil
}

// RepliesAllowed reports whether the session may reply to one of its
// messages (for the pages: show the reply form or not). Errors count as no.
func (s *Service) RepliesAllowed(ctx context.Context, ses Session, messageID string) bool {
	it, err := s.st.GetInboxItem(ctx, ses.TenantID, ses.RecipientID, messageID)
	if err != nil || store.ContentGone(it.Message.Status) {
		return false
	}
	_, ok, err := s.repliesAllowed(ctx, ses.TenantID, it.Message.Category)
	return err == nil && ok
}

// ReplyNoticeText is the PHI-free notice telling a pool's members that a
// patient replied: fixed wording, the tenant's name and a link to the
// staff sign-in, never the reply, the patient or the pool.
type ReplyNoticeText struct {
	Subject string
	Text    string
}

var replyNoticeWords = map[string][2]string{
	"en": {"New reply in your secure inbox", "%s: a patient replied to a message. Sign in to your secure inbox to read it:\n%s\n\nThis email does not contain the reply."},
	"es": {"Nueva respuesta en su buzón seguro", "%s: un paciente respondió a un mensaje. Inicie sesión en su buzón seguro para leerla:\n%s\n\nEste correo no contiene la respuesta."},
}

// ReplyNotice renders the notice about a new reply for a pool member in
// lang ("en", "es"), with link (a staff page of this service:
// <public URL>/staff/…), and runs the PHI guard on it with the tenant's
// guard terms: any finding or guard error is an error and nothing may be
// sent (fail closed).
func (s *Service) ReplyNotice(ctx context.Context, tenantID, lang, link string) (ReplyNoticeText, error) {
	w, ok := replyNoticeWords[lang]
	if !ok {
		w = replyNoticeWords["en"]
	}
	b := s.Branding(ctx, tenantID)
	n := ReplyNoticeText{Subject: w[0], Text: strings.Replace(strings.Replace(w[1], "%s", b.Name, 1), "%s", link, 1)}
	gc, err := s.GuardContext(ctx, tenantID, "", "", "system:replies")
	if err != nil {
		return ReplyNoticeText{}, err
	}
	// The staff pages are the only links such a notice may carry.
	gc.AllowURLs = []string{s.base.String() + "/staff/"}
	if td, err := s.tenantData(ctx, tenantID); err == nil && td.settings.PublicURL != "" {
		gc.AllowURLs = append(gc.AllowURLs, td.settings.PublicURL+"/staff/")
	}
	fs, err := s.guard.Check(guard.Notice{Fields: []guard.Field{{Name: "subject", Text: n.Subject}, {Name: "text", Text: n.Text}}}, gc, guard.Standard)
	if err != nil {
		return ReplyNoticeText{}, err
	}
	if len(fs) > 0 {
		return ReplyNoticeText{}, &Error{Kind: KindInvalid, Detail: "the reply notice was blocked by the PHI guard (" + fs[0].Rule + ")"}
	}
	return n, nil
}

// ShredDueReplies crypto-shreds replies whose shred time has passed at
// now (retention; the pool's read policy). It returns how many.
func (s *Service) ShredDueReplies(ctx context.Context, now time.Time, budget func() bool) (int, error) {
	n := 0
	for budget() {
		cands, err := s.st.DueReplies(ctx, now, shredBatch)
		if err != nil {
			return n, err
		}
		var order []string
		byTenant := map[string][]string{}
		for _, c := range cands {
			if _, ok := byTenant[c.TenantID]; !ok {
				order = append(order, c.TenantID)
			}
			byTenant[c.TenantID] = append(byTenant[c.TenantID], c.ID)
		}
		for _, t := range order {
			done, err := s.st.ShredReplies(ctx, t, byTenant[t], RetentionActor, now)
			if err != nil {
				return n, err
			}
			n += len(done)
			s.deleteReplyAttachmentBlobs(ctx, t, done)
		}
		if len(cands) < shredBatch {
			break
		}
	}
	return n, nil
}
