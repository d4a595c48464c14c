package store

import (
	"bytes"
	"context"
	"fmt"
	"sort"

	"github.com/sealpost/sealpost/internal/audit"
)

// RelinkResult is what RelinkAudit did.
type RelinkResult struct {
	Chains  int           // legacy chains now keyed
	Events  int64         // events re-linked
	Refused []audit.Break // legacy chains left as they are, and why
}

// RelinkAudit is the one-time migration of legacy (FormatSHA256) chains to
// keyed links: it checks each legacy chain's SHA-256 links and rewrites them
// with the chain key, batch events per transaction, under the chainer's lock.
// It is resumable (audit_heads.relinked_seq records progress; a chain is
// marked FormatHMAC in the transaction that re-links its last event) and
// idempotent (keyed chains are left alone). The chainer keeps extending a
// chain with legacy links until the re-link reaches its head.
//
// A legacy chain that does not verify is refused, not blessed with the key;
// so is one for which checkpointed(tenant) is true: checkpoints are only
// written for keyed chains, so a "legacy" chain with a checkpoint is a keyed
// chain someone downgraded to recompute it.
func (s *Store) RelinkAudit(ctx context.Context, checkpointed func(tenant string) bool, batch int) (RelinkResult, error) {
	var res RelinkResult
	keys := s.AuditKeys()
	if keys == nil {
		return res, errNoAuditKeys
	}
	if batch <= 0 {
		batch = 1000
	}
	skip := map[string]bool{}
	for {
		st, err := s.relinkBatch(ctx, keys, batch, skip, checkpointed)
		if err != nil {
			return res, err
		}
		switch {
		case st.tenant == "" && !st.found:
			return res, nil
		case st.brk != nil:
			skip[st.tenant] = true
			res.Refused = append(res.Refused, *st.brk)
		case st.done:
			res.Chains++
		}
		res.Events += st.n
	}
}

type relinkStep struct {
	tenant string
	found  bool
	n      int64
	done   bool
	brk    *audit.Break
}

// relinkBatch re-links the next batch of the first legacy chain not in skip.
func (s *Store) relinkBatch(ctx context.Context, keys *audit.Keys, limit int, skip map[string]bool, checkpointed func(string) bool) (relinkStep, error) {
	var st relinkStep
	err := s.b.inTx(ctx, func(tx txn) error {
		st = relinkStep{}
		if pg, isPG := s.b.(*pgBackend); isPG {
			if _, err := tx.exec(ctx, `SELECT pg_advisory_xact_lock($1, $2)`, int32(lockChain), pg.lockSpace()); err != nil {
				return err
			}
		}
		rs, err := tx.query(ctx, `SELECT tenant_id, seq, hash, relinked_seq FROM audit_heads WHERE format = $1`, audit.FormatSHA256)
		if err != nil {
			return err
		}
		heads := map[string]auditHead{}
		var tenants []string
		for rs.Next() {
			var t string
			var h auditHead
			if err := rs.Scan(&t, &h.seq, &h.hash, &h.relinked); err != nil {
				rs.Close()
				return err
			}
			if !skip[t] {
				heads[t] = h
				tenants = append(tenants, t)
			}
		}
		rs.Close()
		if err := rs.Err(); err != nil || len(tenants) == 0 {
			return err
		}
		sort.Strings(tenants)
		tenant := tenants[0]
		h := heads[tenant]
		st.tenant, st.found = tenant, true
		refuse := func(seq int64, why string) error {
			st.brk = &audit.Break{TenantID: tenant, Seq: seq, Kind: audit.KindLegacy, Reason: why}
			return nil
		}
		if checkpointed != nil && checkpointed(tenant) {
			return refuse(h.relinked+1, "not re-linked: the chain has signed checkpoints, so it was keyed before (downgraded?)")
		}
		prev := audit.Genesis
		if h.relinked > 0 {
			if err := tx.queryRow(ctx, `SELECT hash FROM audit_events WHERE tenant_id = $1 AND seq = $2`, tenant, h.relinked).Scan(&prev); err != nil {
				return fmt.Errorf("store: relink audit: %w", notFound(err))
			}
		}
		evs, err := relinkRead(ctx, tx, tenant, h.relinked, limit+1)
		if err != nil {
			return err
		}
		n := min(len(evs), limit)
		// Check the legacy links of this batch, and its joint to the next
		// event (or to the head).
		wantPrev := []byte(nil)
		if h.relinked == 0 {
			wantPrev = audit.Genesis
		}
		for i, e := range evs[:n] {
			if e.Seq != h.relinked+int64(i)+1 {
				return refuse(h.relinked+int64(i)+1, "not re-linked: the legacy chain has a sequence gap")
			}
			if wantPrev != nil && !bytes.Equal(e.PrevHash, wantPrev) {
				return refuse(e.Seq, "not re-linked: the legacy chain's link does not match the preceding event")
			}
			if !bytes.Equal(audit.ComputeHash(e.PrevHash, e.Seq, e), e.Hash) {
				return refuse(e.Seq, "not re-linked: the legacy chain's hash does not match the event")
			}
			wantPrev = e.Hash
		}
		last := h.relinked
		if n > 0 {
			last = evs[n-1].Seq
		}
		if len(evs) > n {
			if next := evs[n]; next.Seq != last+1 || !bytes.Equal(next.PrevHash, wantPrev) {
				return refuse(last+1, "not re-linked: the legacy chain's link does not match the preceding event")
			}
		} else {
			st.done = true
			if last != h.seq || (n > 0 && !bytes.Equal(wantPrev, h.hash)) {
				return refuse(last+1, "not re-linked: the legacy chain does not reach its recorded head")
			}
		}
		link := keys.Linker(tenant)
		for _, e := range evs[:n] {
			e.PrevHash = prev
			e.Hash = link.Link(prev, e.Seq, e)
			c, err := tx.exec(ctx, `UPDATE audit_events SET prev_hash = $1, hash = $2 WHERE id = $3 AND tenant_id = $4 AND seq = $5`,
				e.PrevHash, e.Hash, e.ID, tenant, e.Seq)
			if err != nil {
				return fmt.Errorf("store: relink audit: %w", err)
			}
			if c != 1 {
				return ErrConflict
			}
			prev = e.Hash
		}
		q := `UPDATE audit_heads SET relinked_seq = $1 WHERE tenant_id = $2 AND format = $3`
		args := []any{last, tenant, audit.FormatSHA256}
		if st.done {
			q = `UPDATE audit_heads SET relinked_seq = $1, format = $4, hash = $5 WHERE tenant_id = $2 AND format = $3`
			args = append(args, audit.FormatHMAC, prev)
		}
		if c, err := tx.exec(ctx, q, args...); err != nil {
			return fmt.Errorf("store: relink audit: %w", err)
		} else if c != 1 {
			return ErrConflict
		}
		st.n = int64(n)
		return nil
	})
	return st, err
}

// relinkRead reads up to limit of tenant's chained events after seq, in order.
func relinkRead(ctx context.Context, tx txn, tenant string, after int64, limit int) ([]audit.Event, error) {
	rs, err := tx.query(ctx, auditEventsSQL, tenant, after, limit)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []audit.Event
	for rs.Next() {
		var e audit.Event
		var at int64
		if err := rs.Scan(&e.ID, &e.TenantID, &at, &e.Actor, &e.Action, &e.ObjectType, &e.ObjectID, &e.Seq, &e.PrevHash, &e.Hash); err != nil {
			return nil, err
		}
		e.At = fromMicros(at)
		out = append(out, e)
	}
	return out, rs.Err()
}
