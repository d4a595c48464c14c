// Package delivery runs planned deliveries: the River worker that takes one
// delivery (one notice, one channel, one contact point), applies the
// recipient's preferences, consents and quiet hours, renders the category's
// notice, runs the PHI guard on it — any finding, or any guard error, blocks
// it — and hands it to the channel adapter, recording every attempt.
// Temporary channel failures are retried with exponential backoff and jitter;
// permanent ones fail the delivery.
package delivery

import (
	"context"
	"errors"
	"fmt"
	"html"
	"log/slog"
	"maps"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/category"
	"github.com/sealpost/sealpost/internal/channel"
	"github.com/sealpost/sealpost/internal/channel/webhook"
	"github.com/sealpost/sealpost/internal/guard"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/notice"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// Actor is how the worker appears in the audit log.
const Actor = "system:delivery"

// Deliverer executes deliveries.
type Deliverer struct {
	svc      *service.Service
	st       *store.Store
	senders  map[string]channel.Sender
	log      *slog.Logger
	now      func() time.Time
	wordings wordings
	record   RecordPolicy
}

// New builds a Deliverer with a sender per channel ("email", "sms", …).
// A planned delivery on a channel without a sender fails permanently.
func New(svc *service.Service, senders map[string]channel.Sender, log *slog.Logger) *Deliverer {
	return &Deliverer{svc: svc, st: svc.Store(), senders: senders, log: log, now: time.Now}
}

// SetClock replaces the clock (tests of quiet hours).
func (d *Deliverer) SetClock(now func() time.Time) { d.now = now }

// locations caches time zones by name: time.LoadLocation reads and parses
// the zone's file on every call, once per delivery otherwise. Only names
// that load are kept, so the cache holds at most the system's zone database.
var locations sync.Map // string → *time.Location

func location(name string) (*time.Location, error) {
	if l, ok := locations.Load(name); ok {
		return l.(*time.Location), nil
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	locations.Store(name, l)
	return l, nil
}

// Worker is the River worker for jobs.Deliver.
type Worker struct {
	river.WorkerDefaults[jobs.Deliver]
	D *Deliverer
	// Backoff overrides the retry schedule (tests); default Backoff.
	Backoff func(attempt int) time.Duration
}

// Work runs one attempt.
func (w *Worker) Work(ctx context.Context, job *river.Job[jobs.Deliver]) error {
	return w.D.Deliver(ctx, job.Args, job.Attempt, job.MaxAttempts)
}

// NextRetry spaces retries exponentially with jitter.
func (w *Worker) NextRetry(job *river.Job[jobs.Deliver]) time.Time {
	if w.Backoff != nil {
		return time.Now().Add(w.Backoff(job.Attempt))
	}
	return time.Now().Add(Backoff(job.Attempt))
}

// Timeout bounds one attempt, so a slow provider cannot hold a worker and a
// dead node's deliveries are rescued quickly (jobs.Timeout, jobs.RescueAfter).
// The outcome write after a channel accepted is not bound by it (record.go).
func (w *Worker) Timeout(*river.Job[jobs.Deliver]) time.Duration { return jobs.Timeout }

// Backoff is the wait before retry n (n ≥ 1): 2 s doubling to at most 30 min,
// with "equal jitter" (between half and all of it), so retries after an
// outage do not arrive together.
func Backoff(attempt int) time.Duration {
	d := 2 * time.Second
	for i := 1; i < attempt && d < 30*time.Minute; i++ {
		d *= 2
	}
	d = min(d, 30*time.Minute)
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}

var open = []string{store.DeliveryQueued, store.DeliveryScheduled, store.DeliverySending}

// Deliver runs one attempt of one delivery. It returns an error only when the
// attempt should be retried.
func (d *Deliverer) Deliver(ctx context.Context, a jobs.Deliver, attempt, maxAttempts int) error {
	work, err := d.st.DeliveryWork(ctx, a.TenantID, a.DeliveryID, a.MessageID, a.RecipientID)
	if errors.Is(err, store.ErrNotFound) {
		d.log.Warn("delivery job for a missing delivery", "tenant_id", a.TenantID, "delivery_id", a.DeliveryID)
		return nil
	}
	if err != nil {
		return err
	}
	del, m, rcp := work.Delivery, work.Message, work.Recipient
	if store.Terminal(del.Status) {
		return nil // done already (a repeated job, or revoked)
	}
	finish := func(status, outcome, reason string, extra func(*store.DeliveryUpdate)) error {
		u := store.DeliveryUpdate{TenantID: a.TenantID, ID: del.ID, From: open, Status: status, Outcome: outcome, Reason: reason, Actor: Actor}
		if extra != nil {
			extra(&u)
		}
		if status != store.DeliveryQueued {
			jobs, err := d.svc.StatusEventJobs(ctx, del, status, del.Attempts+1)
			if err != nil {
				return err
			}
			u.Jobs = jobs
		}
		_, err := d.st.UpdateDelivery(ctx, u)
		if errors.Is(err, store.ErrConflict) {
			return nil // someone else (a revoke) moved it on
		}
		if err == nil {
			d.log.Info("delivery", "tenant_id", a.TenantID, "delivery_id", del.ID, "channel", del.Channel, "status", status, "reason", reason)
			d.svc.Metrics().DeliveryFinished(del.Channel, status, u.BlockedRules)
		}
		return err
	}
	now := d.now()
	if m.Status == store.StatusRevoked {
		return finish(store.DeliveryCanceled, "canceled", "message revoked", nil)
	}
	if m.Status == store.StatusExpired || m.ExpiresAt != nil && now.After(*m.ExpiresAt) {
		return finish(store.DeliveryCanceled, "canceled", "message expired before delivery", nil)
	}
	cat, ok, err := d.svc.LookupCategory(ctx, a.TenantID, m.Category)
	if err != nil {
		return err
	}
	if !ok {
		return finish(store.DeliveryFailed, "permanent", "category no longer defined", nil)
	}
	prefs, err := service.PreferencesOf(rcp)
	if err != nil {
		return err
	}
	if !prefs.Allows(cat.Key, del.Channel) {
		return finish(store.DeliverySuppressed, "suppressed", "recipient preferences", nil)
	}
	if cat.Marketing {
		ok, err := d.svc.HasConsent(ctx, a.TenantID, m.RecipientID, "marketing", cat.Key)
		if err != nil {
			return err
		}
		if !ok {
			return finish(store.DeliverySuppressed, "suppressed", "no marketing consent", nil)
		}
	}
	if m.Urgency != "urgent" {
		loc, err := location(rcp.TimeZone)
		if err != nil {
			loc = time.UTC
		}
		if until := prefs.QuietUntil(now, loc); !until.IsZero() {
			if err := finish(store.DeliveryScheduled, "scheduled", "quiet hours", func(u *store.DeliveryUpdate) { u.ScheduledAt = &until }); err != nil {
				return err
			}
			return river.JobSnooze(until.Sub(now))
		}
	}
	sender := d.senders[del.Channel]
	if sender == nil {
		return finish(store.DeliveryFailed, "permanent", "no "+del.Channel+" channel configured", nil)
	}
	email, phone, identity, err := d.svc.OpenRecipient(ctx, rcp, work.RecipientKey)
	if err != nil {
		return err
	}
	to := map[string]string{"email": email, "sms": phone}[del.Channel]
	if del.Channel == "webhook" {
		to, err = d.svc.WebhookURL(ctx, a.TenantID, del.Target)
		if errors.Is(err, webhook.ErrUnknownEndpoint) {
			return finish(store.DeliverySuppressed, "suppressed", "webhook endpoint removed", nil)
		}
		if err != nil {
			return err
		}
	}
	if to == "" {
		return finish(store.DeliverySuppressed, "suppressed", "recipient has no "+del.Channel+" contact point now", nil)
	}

	// Render, then guard. Everything opened here stays in memory.
	gc, content, openings, err := d.svc.DeliveryContext(ctx, rcp, identity, m, work.MessageKey, Actor)
	if err != nil {
		return fmt.Errorf("open notice context: %w", err)
	}
	n, link, templateWords, wording, err := d.render(ctx, del, m, rcp, cat, content, to)
	if err != nil {
		return finish(store.DeliveryFailed, "permanent", "notice could not be rendered: "+err.Error(), nil)
	}
	gc.Template = append(gc.Template, templateWords...)
	gc.Wording = wording
	mode := guard.Standard
	if cat.Marketing {
		mode = guard.Strict
	}
	fs, gerr := d.svc.CheckNotice(guardNotice(n), gc, mode)
	if gerr != nil || len(fs) > 0 {
		rules := ruleNames(fs, gerr)
		return finish(store.DeliveryBlocked, "blocked", "PHI guard: "+rules, func(u *store.DeliveryUpdate) {
			u.BlockedRules, u.AuditAction = rules, audit.ActionDeliveryBlocked
		})
	}

	// One transaction before handing over: the audit events of what was
	// opened, the notice's link, and the attempt marked "sending". If it
	// fails, nothing leaves. A worker that dies after it left the delivery
	// "sending"; the retry sends the identical notice (same Message-ID, same
	// link), which receivers recognise.
	//
	// Everything the outcome write needs is prepared before the hand-over
	// (the status events for webhook endpoints need a read), so that between
	// the channel's acceptance and the write there is only the write itself:
	// that is the window in which a crash of this process makes the retry
	// send a second copy. The write is retried (recordOutcome) rather than
	// failing the attempt.
	protection, why, withContent := emailProtection(del, m, cat, work.PHIInEmail, n, content)
	sentJobs, err := d.svc.PrepareStatusEventJobs(ctx, del, store.DeliverySent, del.Attempts+1)
	if err != nil {
		return err
	}
	if _, err := d.st.BeginSend(ctx, a.TenantID, del.ID, open, link, openings); err != nil {
		if errors.Is(err, store.ErrConflict) {
			return nil
		}
		return err
	}
	var rec channel.Receipt
	if withContent != nil {
		rec, err = sender.Send(ctx, *withContent)
		if err == nil {
			protection = store.ProtectionRequireTLS
		} else if errors.Is(err, channel.ErrRequireTLSRefused) {
			// Nothing left: the PHI-free notice goes instead.
			why = channel.Reason(err)
			rec, err = sender.Send(ctx, n)
		}
	} else {
		rec, err = sender.Send(ctx, n)
	}
	if protection == store.ProtectionNoticeOnly && why != "" {
		protection += ":" + why
	}
	if err == nil {
		status := store.DeliverySent
		if rec.Delivered {
			status = store.DeliveryDelivered
		}
		retagStatus(sentJobs, status, d.now())
		d.svc.AssignFair(a.TenantID, sentJobs) // only now: a failed send enqueues none of them
		u := store.DeliveryUpdate{TenantID: a.TenantID, ID: del.ID, From: open, Status: status, Outcome: status, Actor: Actor,
			ProviderID: rec.ProviderID, AuditAction: audit.ActionDeliverySent, Jobs: sentJobs, Protection: protection}
		if err := d.recordOutcome(ctx, u); err != nil {
			if errors.Is(err, store.ErrConflict) {
				return nil // someone else (a revoke) moved it on
			}
			return err
		}
		d.log.Info("delivery", "tenant_id", a.TenantID, "delivery_id", del.ID, "channel", del.Channel, "status", status)
		d.svc.Metrics().DeliveryFinished(del.Channel, status, "")
		return nil
	}
	reason := channel.Reason(err)
	if channel.IsTemporary(err) && attempt < maxAttempts {
		if ferr := finish(store.DeliveryQueued, "temporary", reason, nil); ferr != nil {
			return ferr
		}
		return fmt.Errorf("temporary %s failure: %s", del.Channel, reason)
	}
	if channel.IsTemporary(err) {
		reason = "gave up after " + fmt.Sprint(attempt) + " attempts: " + reason
	}
	return finish(store.DeliveryFailed, "permanent", reason, nil)
}

// emailProtection decides what an email delivery carries: the message's
// content only for a phi message (never restricted) whose recipient has a
// phi_in_email consent in force for its category (consent: read with the
// delivery's rows at the start of this attempt, so a withdrawal applies to
// every send not yet begun) — and then only with REQUIRETLS (withContent:
// the guarded notice with the content added, RequireTLS set). Otherwise the
// PHI-free notice, protection "notice_only" and why. Other channels: "".
func emailProtection(del store.Delivery, m store.Message, cat category.Category, consent *string, n channel.Notice, content service.Content) (protection, why string, withContent *channel.Notice) {
	if del.Channel != "email" {
		return "", "", nil
	}
	switch m.Sensitivity {
	case category.PHI:
		if consent == nil || !service.ConsentCovers(*consent, cat.Key) {
			return store.ProtectionNoticeOnly, "no phi_in_email consent in force", nil
		}
		cn := withMessageContent(n, content)
		return store.ProtectionNoticeOnly, "", &cn
	case category.Restricted:
		return store.ProtectionNoticeOnly, "restricted content is never emailed", nil
	}
	return store.ProtectionNoticeOnly, "", nil
}

// withMessageContent is n (its wording already passed the guard) with the
// message's subject and body after it, to be sent only with REQUIRETLS.
func withMessageContent(n channel.Notice, c service.Content) channel.Notice {
	n.RequireTLS = true
	n.Text = strings.TrimRight(n.Text, "\r\n") + "\n\n----\n" + c.Subject + "\n\n" + c.Body + "\n"
	if n.HTML != "" {
		part := "<hr><h2>" + html.EscapeString(c.Subject) + "</h2><p>" +
			strings.ReplaceAll(html.EscapeString(c.Body), "\n", "<br>") + "</p>"
		if i := strings.LastIndex(n.HTML, "</body>"); i >= 0 {
			n.HTML = n.HTML[:i] + part + n.HTML[i:]
		} else {
			n.HTML += part
		}
	}
	return n
}

// retagStatus sets the status and time of status-event jobs prepared before
// the send (the status is "delivered" for channels that confirm delivery at
// once).
func retagStatus(params []river.InsertManyParams, status string, at time.Time) {
	for i := range params {
		if ev, ok := params[i].Args.(jobs.StatusEvent); ok {
			ev.Status, ev.At = status, at.UnixMicro()
			params[i].Args = ev
		}
	}
}

func ruleNames(fs []guard.Finding, err error) string {
	if err != nil {
		return "guard.error"
	}
	seen := map[string]bool{}
	var out []string
	for _, f := range fs {
		r := string(f.Kind) + ":" + f.Rule
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

func guardNotice(n channel.Notice) guard.Notice {
	var fs []guard.Field
	add := func(name, text string, html bool) {
		if text != "" {
			fs = append(fs, guard.Field{Name: name, Text: text, HTML: html})
		}
	}
	add("email_subject", n.Subject, false)
	add("email_text", n.Text, false)
	add("email_html", n.HTML, true)
	add("sms", n.SMS, false)
	add("push_title", n.Title, false)
	add("push_body", n.Body, false)
	return guard.Notice{Fields: fs}
}

var urgencyPrefix = map[string]map[string]string{
	"en": {"urgent": "Urgent: ", "time_sensitive": "Time-sensitive: "},
	"es": {"urgent": "Urgente: ", "time_sensitive": "Importante: "},
}

// render fills the category's templates for the recipient's locale: the
// fields the delivery's channel sends, and only those, so everything in the
// notice handed to the channel is what the guard checks. It also returns the
// template wording the guard does not count as a match: the tenant's name and
// the typed values of this message, and the category's fixed wording (every
// template field with its placeholders left empty), prepared once per
// template set.
func (d *Deliverer) render(ctx context.Context, del store.Delivery, m store.Message, r store.Recipient, cat category.Category, content service.Content, to string) (channel.Notice, store.Link, []string, *guard.Wording, error) {
	tpl, loc := cat.TemplatesFor(r.Locale)
	vals, err := notice.FormatVars(cat.Vars, content.NoticeVars, loc)
	if err != nil {
		return channel.Notice{}, store.Link{}, nil, nil, errors.New("notice variables do not fit the category")
	}
	lifetime := cat.LinkLifetime
	if lifetime <= 0 {
		lifetime = 7 * 24 * time.Hour
	}
	exp := d.now().Add(lifetime)
	if m.ExpiresAt != nil && m.ExpiresAt.Before(exp) {
		exp = *m.ExpiresAt
	}
	link, linkRow, err := d.svc.NoticeLink(ctx, del.TenantID, del.ID, m.ID, r.ID, exp)
	if err != nil {
		return channel.Notice{}, store.Link{}, nil, nil, errors.New("link could not be made")
	}
	tenantName, err := d.svc.TenantName(ctx, del.TenantID)
	if err != nil {
		return channel.Notice{}, store.Link{}, nil, nil, errors.New("tenant unreadable")
	}
	deep, err := d.svc.DeepLink(ctx, del.TenantID, link)
	if err != nil {
		return channel.Notice{}, store.Link{}, nil, nil, errors.New("tenant settings unreadable")
	}
	builtins := notice.Values{"link": link, "deep_link": deep, "tenant": tenantName, "urgency_prefix": urgencyPrefix[loc][m.Urgency]}
	fields := tpl.Fields()
	sends := channelFields[del.Channel]
	out := map[string]string{}
	for _, f := range fields {
		if sends != nil && !sends[f.Name] {
			continue
		}
		s, err := notice.Render(f.Text, f.HTML, builtins, vals)
		if err != nil {
			return channel.Notice{}, store.Link{}, nil, nil, errors.New("template " + f.Name + " does not render")
		}
		out[f.Name] = s
	}
	words := []string{tenantName}
	// Typed values (amounts, dates, counts, enum values) are non-PHI by
	// construction and may repeat what the sealed message says ("your payment
	// of $42.10"); free short_text values are still checked like any text.
	for _, v := range cat.Vars {
		if x, ok := vals[v.Name]; ok && v.Type != notice.TypeShortText {
			words = append(words, x)
		}
	}
	return channel.Notice{
		TenantID: del.TenantID, DeliveryID: del.ID, MessageID: m.ID, Category: cat.Key, Urgency: m.Urgency, Locale: loc, To: to, Target: del.Target,
		Subject: out["email_subject"], Text: out["email_text"], HTML: out["email_html"], SMS: out["sms"],
		Title: out["push_title"], Body: out["push_body"], Link: link, DeepLink: deep, Marketing: cat.Marketing,
		UnsubscribeURL: unsubscribe(cat, link),
	}, linkRow, words, d.wordings.get(loc, fields, vals), nil
}

// channelFields are the template fields each channel's sender sends. A
// channel not listed gets every field rendered (and checked).
var channelFields = map[string]map[string]bool{
	"email":   {"email_subject": true, "email_text": true, "email_html": true},
	"sms":     {"sms": true},
	"webhook": {"push_title": true, "push_body": true},
	"push":    {"push_title": true, "push_body": true},
}

// wordings caches the guard's fixed template wording by template set: the
// wording depends only on the templates' text and which variables the
// message gives, and preparing it (rendering six templates, then the guard's
// normalising and hashing) cost more than the check of a notice.
type wordings struct {
	mu sync.Mutex
	m  map[string]*guard.Wording
}

// maxWordings bounds the cache; when full it starts over.
const maxWordings = 512

func (w *wordings) get(loc string, fields []notice.Field, vals notice.Values) *guard.Wording {
	// The key: the locale, each field's text with its length (so no two
	// template sets share one), and the variable names given.
	var key strings.Builder
	key.WriteString(loc)
	for _, f := range fields {
		key.WriteString("\x00")
		key.WriteString(strconv.Itoa(len(f.Text)))
		key.WriteString("\x00")
		key.WriteString(f.Text)
	}
	for _, n := range slices.Sorted(maps.Keys(vals)) {
		key.WriteString("\x01")
		key.WriteString(n)
	}
	k := key.String()
	w.mu.Lock()
	cached := w.m[k]
	w.mu.Unlock()
	if cached != nil {
		return cached
	}
	empty := notice.Values{"link": "", "deep_link": "", "tenant": "", "urgency_prefix": ""}
	blanks := blank(vals)
	fixed := make([]string, 0, len(fields))
	for _, f := range fields {
		s, _ := notice.Render(f.Text, false, empty, blanks)
		fixed = append(fixed, s)
	}
	made := guard.NewWording(fixed)
	w.mu.Lock()
	if w.m == nil || len(w.m) >= maxWordings {
		w.m = make(map[string]*guard.Wording)
	}
	w.m[k] = made
	w.mu.Unlock()
	return made
}

func blank(v notice.Values) notice.Values {
	out := notice.Values{}
	for k := range v {
		out[k] = ""
	}
	return out
}

// unsubscribe is the one-click target for marketing notices: the notice link
// with an action, which the hosted pages (next release) honour with a POST.
func unsubscribe(cat category.Category, link string) string {
	if !cat.Marketing {
		return ""
	}
	return link + "/unsubscribe"
}

// StatusWorker posts delivery-status events to tenant webhook endpoints,
// signed; temporary failures are retried by River, permanent ones dropped.
type StatusWorker struct {
	river.WorkerDefaults[jobs.StatusEvent]
	Svc    *service.Service
	Sender *webhook.Sender
}

// Work posts one event.
func (w *StatusWorker) Work(ctx context.Context, job *river.Job[jobs.StatusEvent]) error {
	a := job.Args
	url, err := w.Svc.WebhookURL(ctx, a.TenantID, a.EndpointID)
	if errors.Is(err, webhook.ErrUnknownEndpoint) {
		return nil // endpoint removed since
	}
	if err != nil {
		return err
	}
	secret, err := w.Svc.WebhookSecret(ctx, a.TenantID, a.EndpointID)
	if errors.Is(err, webhook.ErrUnknownEndpoint) {
		return nil // removed between the two look-ups
	}
	if err != nil {
		return err
	}
	payload, err := webhook.StatusEvent(a.DeliveryID, a.MessageID, a.Status, a.Attempts, time.UnixMicro(a.At))
	if err != nil {
		return err
	}
	err = w.Sender.Post(ctx, webhook.Endpoint{URL: url, Secret: secret}, webhook.StatusEventID(a.DeliveryID, a.Status), payload)
	if err != nil && !channel.IsTemporary(err) {
		return river.JobCancel(errors.New(channel.Reason(err)))
	}
	return err
}

// NextRetry spaces status-event retries like deliveries.
func (w *StatusWorker) NextRetry(job *river.Job[jobs.StatusEvent]) time.Time {
	return time.Now().Add(Backoff(job.Attempt))
}

// ProviderStatus applies a channel provider's report (an SMS status
// callback) to the delivery it sent.
func (d *Deliverer) ProviderStatus(ctx context.Context, channelName, providerID string, delivered bool, failed bool) error {
	del, err := d.st.DeliveryByProvider(ctx, channelName, providerID)
	if errors.Is(err, store.ErrNotFound) {
		return nil // not ours, or already gone
	}
	if err != nil {
		return err
	}
	status, outcome, reason := store.DeliveryDelivered, "delivered", ""
	switch {
	case delivered:
	case failed:
		status, outcome, reason = store.DeliveryFailed, "permanent", "provider reported the message undelivered"
	default:
		return nil // intermediate states (queued, sending, sent) change nothing
	}
	jobs, err := d.svc.StatusEventJobs(ctx, del, status, del.Attempts)
	if err != nil {
		return err
	}
	_, err = d.st.UpdateDelivery(ctx, store.DeliveryUpdate{TenantID: del.TenantID, ID: del.ID, From: []string{store.DeliverySent},
		Status: status, Outcome: outcome, Reason: reason, Actor: Actor, Jobs: jobs})
	if errors.Is(err, store.ErrConflict) {
		return nil
	}
	if err == nil {
		d.svc.Metrics().DeliveryFinished(del.Channel, status, "")
	}
	return err
}
