// Package jobs defines the durable queue's job kinds (River jobs). The core
// enqueues them in the same transaction as the rows they act on; workers are
// registered by the delivery feature.
package jobs

import (
	"time"

	"github.com/riverqueue/river"
)

// Run-time bounds of every job, and the rescue of jobs whose node died.
//
// A job's context ends Timeout after it starts (a send in progress is
// abandoned as a temporary failure and retried). River's rescuer, run by the
// leader every 30 s, re-queues a job still marked running RescueAfter after
// it started: only a job whose node died (or whose completion was lost) is
// still running then, because a live node's job has ended by Timeout and
// recorded its outcome within the margin. So a dead node's jobs run again
// at most RescueAfter + 30 s (the rescuer's interval) + the first retry's
// backoff (≤ 2 s) after they started: under 60 s. When the dead node was
// River's leader, the survivor takes over within about 20 s, which the
// rescuer's interval absorbs.
const (
	Timeout     = 15 * time.Second
	RescueAfter = 25 * time.Second
)

// QueueDeliveries is the queue delivery jobs run on.
const QueueDeliveries = "deliveries"

// Deliver sends one planned delivery (one notice on one channel). It carries
// ids only, never content. MessageID and RecipientID let the worker read all
// its rows by primary key in one round trip; the worker checks them against
// the delivery's rows (jobs queued before they existed lack them).
type Deliver struct {
	TenantID    string `json:"tenant_id"`
	DeliveryID  string `json:"delivery_id"`
	MessageID   string `json:"message_id,omitempty"`
	RecipientID string `json:"recipient_id,omitempty"`
}

// Kind is the River job kind.
func (Deliver) Kind() string { return "sealpost.deliver" }

// InsertOpts routes delivery jobs to their queue.
func (Deliver) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueDeliveries, MaxAttempts: 25}
}

// StatusEvent posts one delivery-status event to one tenant webhook
// endpoint. Ids and the status only.
type StatusEvent struct {
	TenantID   string `json:"tenant_id"`
	EndpointID string `json:"endpoint_id"`
	DeliveryID string `json:"delivery_id"`
	MessageID  string `json:"message_id"`
	Status     string `json:"status"`
	Attempts   int    `json:"attempts"`
	At         int64  `json:"at"` // Unix microseconds
}

// Kind is the River job kind.
func (StatusEvent) Kind() string { return "sealpost.status_event" }

// InsertOpts routes status events to the deliveries queue.
func (StatusEvent) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueDeliveries, MaxAttempts: 15}
}

// ReplyEvent posts one `message.reply` event (a patient replied) to one
// tenant webhook endpoint. Ids only, never the reply.
type ReplyEvent struct {
	TenantID   string `json:"tenant_id"`
	EndpointID string `json:"endpoint_id"`
	ReplyID    string `json:"reply_id"`
	MessageID  string `json:"message_id"`
	ThreadID   string `json:"thread_id"`
	At         int64  `json:"at"` // Unix microseconds
}

// Kind is the River job kind.
func (ReplyEvent) Kind() string { return "sealpost.reply_event" }

// InsertOpts routes reply events to the deliveries queue.
func (ReplyEvent) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueDeliveries, MaxAttempts: 15}
}

// QueueMaintenance is the queue of periodic maintenance jobs (retention).
const QueueMaintenance = "maintenance"

// Retention runs one pass of retention and expiry (package retention). It
// carries nothing: the pass finds its own work.
type Retention struct{}

// Kind is the River job kind.
func (Retention) Kind() string { return "sealpost.retention" }

// InsertOpts routes the job to the maintenance queue. A failed pass is not
// retried on its own: the next periodic pass does the same work.
func (Retention) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueMaintenance, MaxAttempts: 1}
}

// QueueCampaigns is the queue campaign planning runs on, apart from the
// deliveries it plans.
const QueueCampaigns = "campaigns"

// PlanCampaign plans one campaign (package campaign): a message per
// consenting member of its segment, written in bounded batches from the
// campaign's cursor, so a re-run resumes where the last one stopped. Ids only.
type PlanCampaign struct {
	TenantID   string `json:"tenant_id"`
	CampaignID string `json:"campaign_id"`
}

// Kind is the River job kind.
func (PlanCampaign) Kind() string { return "sealpost.plan_campaign" }

// InsertOpts routes planning jobs to their queue.
func (PlanCampaign) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueCampaigns, MaxAttempts: 10}
}

// StaffNotice mails one PHI-free notice to a staff member (package staff):
// an invitation (Ref: the invitation id) or a new message (Ref: the staff
// message id). Ids only.
type StaffNotice struct {
	TenantID string `json:"tenant_id"`
	StaffID  string `json:"staff_id"`
	What     string `json:"what"` // "invitation" or "message"
	Ref      string `json:"ref"`
}

// Kind is the River job kind.
func (StaffNotice) Kind() string { return "sealpost.staff_notice" }

// InsertOpts routes staff notices to the deliveries queue.
func (StaffNotice) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueDeliveries, MaxAttempts: 10}
}

// StaffShred runs one pass of the staff mailbox's quick removal (package
// staff): shred staff messages whose policy time passed.
type StaffShred struct{}

// Kind is the River job kind.
func (StaffShred) Kind() string { return "sealpost.staff_shred" }

// InsertOpts routes the job to the maintenance queue; a failed pass is
// not retried on its own, the next periodic pass does the work.
func (StaffShred) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueMaintenance, MaxAttempts: 1}
}
