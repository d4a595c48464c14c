package store

import (
	"context"
	"errors"
)

// writeOp is one item of the shared writer batcher: a delivery-worker write
// (BeginSend or UpdateDelivery), or — on SQLite — a whole ingest batch from
// CreateMessages.
//
// Why ingest joins the delivery writes on SQLite: there is one writer
// connection, and database/sql hands it to a random waiter. With ingest and
// delivery writes each in their own transactions, the ingest batch waited its
// turn behind the delivery batcher as well as River's fetcher and completer
// and the audit chainer, and under load ingest was what fell behind first;
// every transaction also paid its own commit (WAL frames and an fsync). In
// one batcher, whatever of either is waiting commits together. On PostgreSQL
// ingest keeps its own concurrent transactions.
type writeOp struct {
	delivery *deliveryWrite
	ingest   *ingestBatch
	campaign *CampaignBatch // SQLite: a campaign planning page (campaigns.go), for the same reasons as ingest
}

// ingestBatch is one CreateMessages call riding in a shared transaction.
type ingestBatch struct {
	items   []NewMessage
	created []bool // out: per item, false when its idempotency key was taken
}

// applyWrites applies ops inside tx: every ingest batch (each as
// CreateMessages would alone), then the delivery writes together (see
// applyDeliveryWrites). An ingest failure fails the attempt, and the batcher
// then runs every op alone, so one bad batch never fails its neighbours.
func applyWrites(ctx context.Context, tx txn, ops []*writeOp) ([]error, error) {
	results := make([]error, len(ops))
	var writes []*deliveryWrite
	var at []int
	for i, op := range ops {
		if op.ingest != nil {
			if err := createMessages(ctx, tx, op.ingest.items, op.ingest.created); err != nil {
				return nil, err
			}
			continue
		}
		if op.campaign != nil {
			if err := writeCampaignBatch(ctx, tx, *op.campaign); errors.Is(err, ErrCampaignMoved) {
				results[i] = err // nothing of it was written
			} else if err != nil {
				return nil, err
			}
			continue
		}
		writes = append(writes, op.delivery)
		at = append(at, i)
	}
	if len(writes) == 0 {
		return results, nil
	}
	res, err := applyDeliveryWrites(ctx, tx, writes)
	if err != nil {
		return nil, err
	}
	if len(res) != len(writes) {
		return nil, errors.New("store: delivery writes returned the wrong number of results")
	}
	for j, r := range res {
		results[at[j]] = r
	}
	return results, nil
}
