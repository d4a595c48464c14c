package service

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/category"
	"github.com/sealpost/sealpost/internal/fairshare"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/store"
)

// Campaign planning: the use case the campaigns queue's job runs
// (internal/campaign). Segments and campaign acceptance are campaigns.go.

// campaignBatchSize is how many segment members one planning transaction
// covers: on SQLite (one writer, shared with ingest) small enough that a
// batch holds the writer for a few tens of milliseconds.
func (s *Service) campaignBatchSize() int {
	if s.st.Dialect() == "sqlite" {
		return 100
	}
	return 500
}

// PlanCampaign plans a campaign for at most budget (wall time): from its
// cursor, each page of segment members becomes one transaction of messages
// (one per member with marketing consent in force for the category; the
// others counted as suppressed), deliveries and delivery jobs, with the
// cursor and counts. done is true when the campaign is no longer planning.
// Before anything is queued in each run, the category's notice is checked
// again in strict mode (the category may have changed since the campaign
// was accepted): a finding ends the campaign as blocked, sending nothing
// more. Every member's notice is also rendered and checked in strict mode,
// against the recipient's identity too, by the delivery worker before it
// leaves (a finding blocks that notice: counted in Blocked).
func (s *Service) PlanCampaign(ctx context.Context, tenantID, id string, budget time.Duration) (done bool, err error) {
	deadline := time.Now().Add(budget)
	c, err := s.st.GetCampaign(ctx, tenantID, id)
	if errors.Is(err, store.ErrNotFound) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	if c.Status != store.CampaignPlanning {
		return true, nil
	}
	finish := func(status, reason string) (bool, error) {
		err := s.st.FinishCampaign(ctx, tenantID, id, status, reason, campaignActor)
		if errors.Is(err, store.ErrCampaignMoved) {
			return true, nil
		}
		if err == nil {
			s.log.InfoContext(ctx, "campaign", "tenant_id", tenantID, "campaign_id", id, "status", status, "reason", reason)
		}
		return err == nil, err
	}
	cat, ok, err := s.LookupCategory(ctx, tenantID, c.Category)
	if err != nil {
		return false, err
	}
	if !ok || !cat.Marketing {
		return finish(store.CampaignFailed, "category no longer a marketing category")
	}
	if _, err := s.st.SegmentMembers(ctx, tenantID, c.SegmentID); errors.Is(err, store.ErrNotFound) {
		return finish(store.CampaignFailed, "segment gone")
	} else if err != nil {
		return false, err
	}
	offer, err := s.openCampaign(ctx, c)
	if err != nil {
		return false, err
	}
	fes, err := s.checkCampaignNotice(ctx, tenantID, cat, offer.NoticeVars, offer.Subject, offer.Body)
	if err != nil {
		return false, err
	}
	if len(fes) > 0 {
		return finish(store.CampaignBlocked, "PHI guard (strict) on the category's notice")
	}
	hooks, err := s.webhooksFor(ctx, tenantID, EventNotice)
	if err != nil {
		return false, err
	}
	var varsJSON []byte
	if offer.NoticeVars != nil {
		varsJSON, _ = json.Marshal(offer.NoticeVars)
	}
	// Pages are read and prepared one ahead of the write in flight (a
	// pipeline of one), so sealing the next page overlaps the database's
	// work on this one.
	type prepared struct {
		b    store.CampaignBatch
		last bool // no members left: finish
		err  error
	}
	size := s.campaignBatchSize()
	pause := s.st.Dialect() == "sqlite"
	pctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make(chan prepared, 1)
	go func() {
		defer close(next)
		cursor := c.Cursor
		for {
			page, err := s.st.CampaignMembersPage(pctx, tenantID, c.SegmentID, cursor, size)
			if err != nil || len(page) == 0 {
				select {
				case next <- prepared{last: err == nil, err: err}:
				case <-pctx.Done():
				}
				return
			}
			b := store.CampaignBatch{TenantID: tenantID, CampaignID: id, From: cursor, To: page[len(page)-1].RecipientID, Members: int64(len(page)), Actor: campaignActor}
			now := s.now().UTC()
			for _, m := range page {
				if !m.Consent || !ConsentCovers(m.ConsentCategories, cat.Key) {
					b.Suppressed++
					continue
				}
				it, err := s.campaignMessage(pctx, c, cat, m, hooks, offer, varsJSON, now)
				if err != nil {
					select {
					case next <- prepared{err: err}:
					case <-pctx.Done():
					}
					return
				}
				b.Messages = append(b.Messages, it)
			}
			select {
			case next <- prepared{b: b}:
			case <-pctx.Done():
				return
			}
			cursor = b.To
		}
	}()
	for p := range next {
		if p.err != nil {
			return false, p.err
		}
		if p.last {
			return finish(store.CampaignPlanned, "")
		}
		t0 := time.Now()
		err := s.st.WriteCampaignBatch(ctx, p.b)
		took := time.Since(t0)
		if errors.Is(err, store.ErrCampaignMoved) {
			return true, nil // another run planned this page, or the campaign ended
		}
		if err != nil {
			return false, err
		}
		for _, it := range p.b.Messages {
			s.unreadChanged(tenantID, it.Message.RecipientID)
		}
		s.met.MessagesAccepted.Add(float64(len(p.b.Messages)))
		if time.Now().After(deadline) {
			return false, nil // the prepared page is dropped: nothing of it was written
		}
		if pause {
			// SQLite has one writer, which ingest needs too: planning
			// leaves it free for as long as its own last write took.
			select {
			case <-time.After(took):
			case <-ctx.Done():
				return false, ctx.Err()
			}
		}
	}
	return false, ctx.Err()
}

// openCampaign opens a campaign's sealed offer (in memory only).
func (s *Service) openCampaign(ctx context.Context, c store.Campaign) (Content, error) {
	owner := "campaign/" + c.ID
	wrapped, err := s.st.DataKey(ctx, c.TenantID, owner)
	if err != nil {
		return Content{}, err
	}
	dk, err := s.sealer.OpenDataKey(ctx, c.TenantID, owner, wrapped)
	if err != nil {
		return Content{}, err
	}
	var out Content
	sub, err := dk.Open("subject", c.Subject)
	if err != nil {
		return Content{}, err
	}
	body, err := dk.Open("body", c.Body)
	if err != nil {
		return Content{}, err
	}
	out.Subject, out.Body = string(sub), string(body)
	if c.NoticeVars != nil {
		vj, err := dk.Open("notice_vars", c.NoticeVars)
		if err != nil {
			return Content{}, err
		}
		dec := json.NewDecoder(strings.NewReader(string(vj)))
		dec.UseNumber()
		if err := dec.Decode(&out.NoticeVars); err != nil {
			return Content{}, err
		}
	}
	return out, nil
}

// campaignMessage prepares one member's message: the offer sealed under a
// data key of its own (bound to the message's id, as every message is), a
// delivery and job per channel the member can be reached on and per webhook
// endpoint. Marketing never outranks transactional mail: its jobs all get
// the queue's yielding priority.
func (s *Service) campaignMessage(ctx context.Context, c store.Campaign, cat category.Category, m store.CampaignMember, hooks []store.Webhook, offer Content, varsJSON []byte, now time.Time) (store.NewMessage, error) {
	msgID := ids.New(ids.Message)
	dk, wrapped, err := s.sealer.NewDataKey(ctx, c.TenantID, "message/"+msgID)
	if err != nil {
		return store.NewMessage{}, err
	}
	msg := store.Message{TenantID: c.TenantID, ID: msgID, RecipientID: m.RecipientID, Category: cat.Key, Sensitivity: cat.DefaultSensitivity,
		Urgency: "normal", ExpiresAt: c.ExpiresAt, CreatedAt: now, ShredDue: shredDue(now, c.ExpiresAt, cat.Retention)}
	if msg.Subject, err = dk.Seal("subject", []byte(offer.Subject)); err != nil {
		return store.NewMessage{}, err
	}
	if msg.Body, err = dk.Seal("body", []byte(offer.Body)); err != nil {
		return store.NewMessage{}, err
	}
	if varsJSON != nil {
		if msg.NoticeVars, err = dk.Seal("notice_vars", varsJSON); err != nil {
			return store.NewMessage{}, err
		}
	}
	it := store.NewMessage{Message: msg, DataKey: wrapped, Actor: campaignActor}
	targets := plannedChannels(store.Recipient{HasEmail: m.HasEmail, HasPhone: m.HasPhone})
	for _, h := range hooks {
		targets = append(targets, "webhook:"+h.ID)
	}
	for _, t := range targets {
		ch, target, _ := strings.Cut(t, ":")
		d := store.Delivery{TenantID: c.TenantID, ID: ids.New(ids.Delivery), MessageID: msgID, Channel: ch, Status: store.DeliveryQueued, Target: target}
		it.Deliveries = append(it.Deliveries, d)
		it.Jobs = append(it.Jobs, river.InsertManyParams{Args: jobs.Deliver{TenantID: c.TenantID, DeliveryID: d.ID, MessageID: msgID, RecipientID: m.RecipientID},
			InsertOpts: &river.InsertOpts{Queue: jobs.QueueDeliveries, MaxAttempts: 25, Priority: fairshare.PriorityYield}})
	}
	return it, nil
}

// FailCampaign ends a campaign still planning as failed (the planning job
// gave up). What was planned stays planned and is delivered.
func (s *Service) FailCampaign(ctx context.Context, tenantID, id, reason string) error {
	err := s.st.FinishCampaign(ctx, tenantID, id, store.CampaignFailed, reason, campaignActor)
	if errors.Is(err, store.ErrCampaignMoved) {
		return nil
	}
	return err
}
