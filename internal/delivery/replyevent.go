package delivery

import (
	"context"
	"errors"
	"time"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/channel"
	"github.com/sealpost/sealpost/internal/channel/webhook"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/service"
)

// ReplyEventWorker posts `message.reply` events (a patient replied; ids
// only) to tenant webhook endpoints, signed like every event; temporary
// failures are retried by River, permanent ones dropped.
type ReplyEventWorker struct {
	river.WorkerDefaults[jobs.ReplyEvent]
	Svc    *service.Service
	Sender *webhook.Sender
}

// Work posts one event.
func (w *ReplyEventWorker) Work(ctx context.Context, job *river.Job[jobs.ReplyEvent]) error {
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
		return nil
	}
	if err != nil {
		return err
	}
	payload, err := webhook.ReplyEvent(a.ReplyID, a.MessageID, a.ThreadID, time.UnixMicro(a.At))
	if err != nil {
		return err
	}
	err = w.Sender.Post(ctx, webhook.Endpoint{URL: url, Secret: secret}, webhook.ReplyEventID(a.ReplyID), payload)
	if err != nil && !channel.IsTemporary(err) {
		return river.JobCancel(errors.New(channel.Reason(err)))
	}
	return err
}

// NextRetry spaces retries like deliveries.
func (w *ReplyEventWorker) NextRetry(job *river.Job[jobs.ReplyEvent]) time.Time {
	return time.Now().Add(Backoff(job.Attempt))
}
