package staff

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/riverqueue/river"

	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/service"
)

// Patients' replies in the staff mailbox (issue 18 item 5). A category that
// allows replies names a pool; each reply to it:
//   - tells every member of the pool by a PHI-free, guard-checked email
//     (a StaffNotice job of kind NoticeReply, written in the reply's own
//     transaction: service.AddReplyJobs);
//   - is kept at most the pool's MaxAge (service.SetReplyMaxAge), and
//     ReadTTL after its first read by a member (OpenReply);
//   - shows in the members' inbox (replySource), opens only for members of
//     its pool (audited as "staff:<id>"), and is answered from there
//     (AnswerReply: a new message to the patient in the same thread);
//   - is shredded by the quick-removal pass (RunShred) when its time comes,
//     after which the inbox shows it as removed.
// The use cases are service's (service/replies.go); this file adds the
// staff member's checks and the pool's policy.

// NoticeReply is the notice kind of a new reply (jobs.StaffNotice.What; Ref
// is the reply id).
const NoticeReply = "reply"

// ReplyFrom is how a reply is labelled in the staff inbox (never the
// patient).
const ReplyFrom = "Patient reply"

// wireReplies joins the staff mailbox to the patient replies of package
// service.
func (s *Service) wireReplies() {
	s.sources = append(s.sources, replySource{s})
	s.svc.AddReplyJobs(s.replyNoticeJobs)
	s.svc.SetReplyMaxAge(s.replyMaxAge)
}

// replyNoticeJobs is one PHI-free notice per member of the reply's pool.
func (s *Service) replyNoticeJobs(ctx context.Context, tenantID, replyID, pool string) ([]river.InsertManyParams, error) {
	if !ValidPool(pool) {
		return nil, nil
	}
	members, err := s.st.StaffPoolMembers(ctx, tenantID, pool)
	if err != nil {
		return nil, err
	}
	out := make([]river.InsertManyParams, 0, len(members))
	for _, sid := range members {
		out = append(out, river.InsertManyParams{Args: jobs.StaffNotice{TenantID: tenantID, StaffID: sid, What: NoticeReply, Ref: replyID}})
	}
	return out, nil
}

// replyMaxAge is the pool's MaxAge; 0 for a pool the staff mailbox does not
// know (the category's retention alone applies).
func (s *Service) replyMaxAge(ctx context.Context, tenantID, pool string) (time.Duration, error) {
	p, err := s.PoolPolicy(ctx, tenantID, pool)
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindNotFound {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return p.MaxAge, nil
}

// replyPolicy is the pool's policy, DefaultPolicy for an unknown pool.
func (s *Service) replyPolicy(ctx context.Context, tenantID, pool string) (Policy, error) {
	p, err := s.PoolPolicy(ctx, tenantID, pool)
	var se *service.Error
	if errors.As(err, &se) && se.Kind == service.KindNotFound {
		return DefaultPolicy, nil
	}
	return p, err
}

// replySource lists the replies of the staff member's pools into the inbox.
type replySource struct{ s *Service }

func (rs replySource) List(ctx context.Context, tenantID, staffID string, pools []string, limit int) ([]Item, error) {
	vs, err := rs.s.svc.RepliesOfPools(ctx, tenantID, pools, limit)
	if err != nil {
		return nil, err
	}
	var sids []string
	for _, v := range vs {
		sids = append(sids, staffOf(v.FirstReadBy), staffOf(v.AnsweredBy))
	}
	names, err := rs.s.st.StaffNames(ctx, tenantID, nonEmpty(dedupe(sids)))
	if err != nil {
		return nil, err
	}
	out := make([]Item, 0, len(vs))
	for _, v := range vs {
		it := Item{Kind: "reply", ID: v.ID, Pool: v.Pool, From: ReplyFrom, CreatedAt: v.CreatedAt,
			OpenedBy: actorName(names, v.FirstReadBy), ClosedBy: actorName(names, v.AnsweredBy),
			RemoveAt: v.ShredDueAt, Removed: v.Removed, Link: "/staff/replies/" + v.ID}
		if it.Removed {
			it.RemoveAt = v.RemovedAt
		}
		out = append(out, it)
	}
	return out, nil
}

// staffOf is the staff id of an audit actor "staff:<id>", else "".
func staffOf(actor string) string {
	id, ok := strings.CutPrefix(actor, "staff:")
	if !ok {
		return ""
	}
	return id
}

// actorName is a display name for an audit actor: a staff member's name,
// "Portal" for the tenant's API key, "" for none.
func actorName(names map[string]string, actor string) string {
	switch {
	case actor == "":
		return ""
	case strings.HasPrefix(actor, "api_key:"):
		return "Portal"
	}
	if n := names[staffOf(actor)]; n != "" {
		return n
	}
	return "Staff"
}

// OpenedReply is a reply opened by a staff member, with its conversation.
type OpenedReply struct {
	service.ReplyView
	Conversation []service.PatientThreadEntry
	AnsweredBy   string // display name, "" if not answered
}

// reply loads a reply the staff member may read: one of their pools';
// anything else is KindNotFound, and a refusal of an existing reply is
// audited.
func (s *Service) reply(ctx context.Context, p Principal, id string) (service.ReplyView, error) {
	v, err := s.svc.GetReply(ctx, p.TenantID, id)
	if err != nil {
		return v, err
	}
	if !p.InPool(v.Pool) {
		if err := s.Denied(ctx, p.TenantID, p.Actor(), "reply", id); err != nil {
			return v, err
		}
		return v, errNotFound
	}
	return v, nil
}

// OpenReply decrypts a reply for a member of its pool (audited as
// "staff:<id>" before the text is returned). Its first read starts the
// pool's ReadTTL: the reply is shredded then, or at MaxAge after it was
// sent if that comes first.
func (s *Service) OpenReply(ctx context.Context, p Principal, id string) (OpenedReply, error) {
	if _, err := s.reply(ctx, p, id); err != nil {
		return OpenedReply{}, err
	}
	v, err := s.svc.OpenReply(ctx, p.TenantID, id, p.Actor())
	if err != nil {
		return OpenedReply{}, err
	}
	pol, err := s.replyPolicy(ctx, p.TenantID, v.Pool)
	if err != nil {
		return OpenedReply{}, err
	}
	due := v.FirstReadAt.Add(pol.ReadTTL)
	if max := v.CreatedAt.Add(pol.MaxAge); max.Before(due) {
		due = max
	}
	if err := s.svc.SetReplyShredDue(ctx, p.TenantID, id, due); err != nil {
		return OpenedReply{}, err
	}
	if v.ShredDueAt == nil || due.Before(*v.ShredDueAt) {
		v.ShredDueAt = &due
	}
	conv, err := s.svc.ReplyConversation(ctx, p.TenantID, id, p.Actor())
	if err != nil {
		return OpenedReply{}, err
	}
	o := OpenedReply{ReplyView: v, Conversation: conv}
	if v.AnsweredBy != "" {
		names, err := s.st.StaffNames(ctx, p.TenantID, nonEmpty([]string{staffOf(v.AnsweredBy)}))
		if err != nil {
			return OpenedReply{}, err
		}
		o.AnsweredBy = actorName(names, v.AnsweredBy)
	}
	return o, nil
}

// AnswerReply answers a reply of one of the staff member's pools: a new
// sealed message to the patient in the same thread, with the usual
// PHI-free notice (service.AnswerReply, audited as "staff:<id>").
func (s *Service) AnswerReply(ctx context.Context, p Principal, id, body string) (string, error) {
	if _, err := s.reply(ctx, p, id); err != nil {
		return "", err
	}
	return s.svc.AnswerReply(ctx, p.TenantID, id, p.Actor(), service.AnswerInput{Body: body})
}
