package staff

import (
	"context"
	"errors"
	"log/slog"

	"github.com/riverqueue/river"

	"github.com/sealpost/sealpost/internal/channel"
	"github.com/sealpost/sealpost/internal/guard"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// Staff notices: PHI-free emails that say there is an invitation or a new
// message and link to the staff pages. Fixed wording, no content, and the
// PHI guard checks every one before it leaves, like every notice.

// Notice kinds (jobs.StaffNotice.What).
const (
	NoticeInvitation = "invitation"
	NoticeMessage    = "message"
)

// Actions of notices.
const (
	ActionNoticeSent    = "staff_notice.sent"
	ActionNoticeBlocked = "staff_notice.blocked"
)

// NoticeActor is how the notice worker appears in the audit log.
const NoticeActor = "system:staff-notice"

// RenderNotice renders a staff notice: subject and text, with the link.
func RenderNotice(what, link string) (subject, text string) {
	switch what {
	case NoticeInvitation:
		return "You are invited to the staff mailbox",
			"You have been given a staff mailbox account.\n\nSet it up (password and authenticator app) within 72 hours:\n" + link + "\n\nIf you did not expect this, ignore this email.\n"
	default:
		return "You have a new secure message",
			"A new message is waiting in the staff mailbox.\n\nSign in to read it:\n" + link + "\n"
	}
}

// NoticeWorker sends staff notices through the email channel.
type NoticeWorker struct {
	river.WorkerDefaults[jobs.StaffNotice]
	Staff *Service
	Email channel.Sender // nil: no email channel configured (the job fails and is retried)
	Log   *slog.Logger
}

// Work renders, guard-checks and sends one notice.
func (w *NoticeWorker) Work(ctx context.Context, j *river.Job[jobs.StaffNotice]) error {
	return w.Staff.SendNotice(ctx, w.Email, j.Args)
}

// SendNotice renders, checks and sends one staff notice.
func (s *Service) SendNotice(ctx context.Context, sender channel.Sender, a jobs.StaffNotice) error {
	st, err := s.st.GetStaff(ctx, a.TenantID, a.StaffID)
	if errors.Is(err, store.ErrNotFound) {
		return nil // account gone: nothing to send
	}
	if err != nil {
		return err
	}
	base := s.svc.BaseURL()
	link := base + "/staff/t/" + a.TenantID // the tenant's staff sign-in (a query string would read as an identifier to the guard)
	if a.What == NoticeInvitation {
		tok, err := s.invitationToken(ctx, a.TenantID, a.Ref)
		if err != nil {
			return err
		}
		link = base + "/staff/invite/" + tok
	}
	subject, text := RenderNotice(a.What, link)
	if a.What == NoticeReply {
		// The replies' own fixed wording, guard-checked with the tenant's
		// terms (service.ReplyNotice); a finding blocks it like below.
		rn, err := s.svc.ReplyNotice(ctx, a.TenantID, "en", link)
		var se *service.Error
		if errors.As(err, &se) && se.Kind == service.KindInvalid {
			s.log.Warn("staff reply notice blocked by the PHI guard", "tenant_id", a.TenantID, "staff_id", a.StaffID)
			return s.st.AppendAudit(ctx, s.event(a.TenantID, NoticeActor, ActionNoticeBlocked, "staff", a.StaffID))
		}
		if err != nil {
			return err
		}
		subject, text = rn.Subject, rn.Text
	}
	n := guard.Notice{Fields: []guard.Field{{Name: "subject", Text: subject}, {Name: "text", Text: text}}}
	findings, err := s.svc.CheckNotice(n, &guard.Context{AllowURLs: []string{base + "/staff/"}}, guard.Standard)
	if err != nil || len(findings) > 0 {
		// Fail closed: nothing leaves. Rule names only in the log.
		rules := make([]string, 0, len(findings))
		for _, f := range findings {
			rules = append(rules, f.Rule)
		}
		s.log.Warn("staff notice blocked by the PHI guard", "tenant_id", a.TenantID, "staff_id", a.StaffID, "rules", rules, "guard_error", err != nil)
		return s.st.AppendAudit(ctx, s.event(a.TenantID, NoticeActor, ActionNoticeBlocked, "staff", a.StaffID))
	}
	if sender == nil {
		return errors.New("staff notice: no email channel configured")
	}
	dk, err := s.staffKey(ctx, a.TenantID, a.StaffID)
	if err != nil {
		return err
	}
	to, err := dk.Open("email", st.Email)
	if err != nil {
		return err
	}
	_, err = sender.Send(ctx, channel.Notice{TenantID: a.TenantID, DeliveryID: "staff-" + a.Ref + "." + a.StaffID, MessageID: a.Ref,
		Category: "staff_" + a.What, Urgency: "normal", Locale: "en", To: string(to), Subject: subject, Text: text, Link: link})
	if err != nil {
		var ce *channel.Error
		if errors.As(err, &ce) && !ce.Temporary {
			s.log.Warn("staff notice failed", "tenant_id", a.TenantID, "staff_id", a.StaffID, "reason", ce.Reason)
			return river.JobCancel(err)
		}
		return err
	}
	return s.st.AppendAudit(ctx, s.event(a.TenantID, NoticeActor, ActionNoticeSent, "staff", a.StaffID))
}
