// Package jobs defines the durable queue's job kinds (River jobs). The core
// enqueues them in the same transaction as the rows they act on; workers are
// registered by the delivery feature.
package jobs

import "github.com/riverqueue/river"

// QueueDeliveries is the queue delivery jobs run on.
const QueueDeliveries = "deliveries"

// Deliver sends one planned delivery (one notice on one channel). It carries
// ids only, never content.
type Deliver struct {
	TenantID   string `json:"tenant_id"`
	DeliveryID string `json:"delivery_id"`
}

// Kind is the River job kind.
func (Deliver) Kind() string { return "sealpost.deliver" }

// InsertOpts routes delivery jobs to their queue.
func (Deliver) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueDeliveries, MaxAttempts: 25}
}
