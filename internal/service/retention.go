package service

import (
	"cmp"
	"context"
	"sync"
	"time"

	"github.com/sealpost/sealpost/internal/category"
	"github.com/sealpost/sealpost/internal/store"
)

// Retention and expiry: the use case the retention job runs (package
// retention schedules it). Every message is due for shredding at
// min(created_at + its category's retention, expires_at); due messages are
// crypto-shredded in bounded batches with status "expired"; shredded
// messages' metadata goes after the metadata retention.

// RetentionActor is how the retention job appears in the audit log.
const RetentionActor = "system:retention"

const (
	planBatch  = 1000
	shredBatch = 500
	shredPar   = 2 // batches shredded at once on PostgreSQL
	purgeBatch = 500
)

// RetentionResult is what one run did.
type RetentionResult struct {
	Planned  int  // messages given a due time
	Shredded int  // messages shredded
	Purged   int  // shredded messages whose metadata was deleted
	More     bool // the budget ran out with work left: run again soon
	Replies  int  // patients' replies shredded
}

// shredDue is when a message's content must go.
func shredDue(created time.Time, expires *time.Time, retention time.Duration) time.Time {
	due := created.Add(retention)
	if expires != nil && expires.Before(due) {
		due = *expires
	}
	return due
}

// RunRetention plans, shreds and purges until nothing is due or budget
// (wall time) is spent. Each batch is its own transaction: a run that dies
// half-way loses nothing and the next continues; a message is shredded once.
func (s *Service) RunRetention(ctx context.Context, budget time.Duration) (RetentionResult, error) {
	var res RetentionResult
	deadline := time.Now().Add(budget)
	left := func() bool { return time.Now().Before(deadline) && ctx.Err() == nil }

	for left() {
		us, err := s.st.UnplannedMessages(ctx, planBatch)
		if err != nil {
			return res, err
		}
		plans := make([]store.ShredPlan, 0, len(us))
		for _, u := range us {
			cat, ok, err := s.LookupCategory(ctx, u.TenantID, u.Category)
			if err != nil {
				return res, err
			}
			ret := cat.Retention
			if !ok || ret <= 0 {
				ret = category.DefaultRetention
			}
			plans = append(plans, store.ShredPlan{TenantID: u.TenantID, ID: u.ID, Due: shredDue(u.CreatedAt, u.ExpiresAt, ret)})
		}
		if err := s.st.PlanShreds(ctx, plans); err != nil {
			return res, err
		}
		res.Planned += len(plans)
		if len(us) < planBatch {
			break
		}
	}

	now := s.now()
	// On PostgreSQL shredPar batches are shredded at once, each in its own
	// transaction: their rows are disjoint, so they take no lock the other
	// needs, and one works while the other waits for its commit. SQLite has
	// one writer: one batch at a time.
	par := 1
	if s.st.Dialect() == "postgres" {
		par = shredPar
	}
	for left() {
		cands, err := s.st.DueForShred(ctx, now, shredBatch*par)
		if err != nil {
			return res, err
		}
		type batch struct {
			tenant string
			ids    []string
			done   []store.Shredded
			err    error
		}
		var order []string
		byTenant := map[string][]string{}
		for _, c := range cands {
			if _, ok := byTenant[c.TenantID]; !ok {
				order = append(order, c.TenantID)
			}
			byTenant[c.TenantID] = append(byTenant[c.TenantID], c.ID)
		}
		var bs []*batch
		for _, t := range order {
			for ids := byTenant[t]; len(ids) > 0; {
				n := min(len(ids), shredBatch)
				bs = append(bs, &batch{tenant: t, ids: ids[:n]})
				ids = ids[n:]
			}
		}
		slots := make(chan struct{}, par)
		var wg sync.WaitGroup
		for _, b := range bs {
			slots <- struct{}{}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-slots }()
				b.done, b.err = s.st.ShredMessages(ctx, b.tenant, b.ids, RetentionActor, now)
			}()
		}
		wg.Wait()
		var failed error
		for _, b := range bs { // what committed is followed up even if another batch failed
			if b.err != nil {
				failed = cmp.Or(failed, b.err)
				continue
			}
			changed := map[string]bool{} // one badge update per recipient and batch
			for _, m := range b.done {
				if len(m.Attachments) > 0 {
					s.deleteAttachmentBlobs(ctx, b.tenant, m.ID)
				}
				if !changed[m.RecipientID] {
					changed[m.RecipientID] = true
					s.unreadChanged(b.tenant, m.RecipientID)
				}
			}
			res.Shredded += len(b.done)
			s.met.RetentionShredded.Add(float64(len(b.done)))
		}
		if failed != nil {
			return res, failed
		}
		if len(cands) < shredBatch*par {
			break
		}
	}

	cutoff := now.Add(-s.cfg.MetadataRetention)
	for left() {
		n, err := s.st.PurgeShredded(ctx, cutoff, purgeBatch)
		if err != nil {
			return res, err
		}
		res.Purged += n
		if n < purgeBatch {
			break
		}
	}
	for left() { // patients' replies, likewise (replies.go)
		n, err := s.st.PurgeShreddedReplies(ctx, cutoff, purgeBatch)
		if err != nil {
			return res, err
		}
		if n < purgeBatch {
			break
		}
	}
	// Patients' replies due for shredding (replies.go).
	if left() {
		n, err := s.ShredDueReplies(ctx, now, left)
		if err != nil {
			return res, err
		}
		res.Replies = n
	}
	res.More = !left()
	return res, nil
}

// RetentionStatus is the operator's view: due now, oldest due, not yet
// planned, shredded since midnight UTC.
func (s *Service) RetentionStatus(ctx context.Context) (store.RetentionStatus, error) {
	now := s.now()
	y, m, d := now.UTC().Date()
	return s.st.Retention(ctx, now, time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}
