package store

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"sort"

	"github.com/sealpost/sealpost/internal/audit"
)

// SetAuditKeys gives the store the audit chain keys (derived from the key
// source; see audit.Keys). Chaining fails closed until they are set.
func (s *Store) SetAuditKeys(k *audit.Keys) { s.auditKeys.Store(k) }

// AuditKeys returns the keys set by SetAuditKeys, nil if none.
func (s *Store) AuditKeys() *audit.Keys { return s.auditKeys.Load() }

// errNoAuditKeys: chaining or verifying without the chain keys.
var errNoAuditKeys = errors.New("store: audit chain keys not set")

// ChainAudit links up to limit committed, not yet chained audit events into
// their tenants' keyed hash chains, in the order the chainer sees them commit.
// It runs off the request path (a background loop in serve), so writers never
// contend for a chain head. Only one chainer works at a time (an advisory lock
// on PostgreSQL, per schema; the single writer on SQLite). It returns how many
// it chained.
func (s *Store) ChainAudit(ctx context.Context, limit int) (int, error) {
	n, _, err := s.chainAudit(ctx, limit)
	return n, err
}

// chainAudit is ChainAudit, also returning the heads it left.
func (s *Store) chainAudit(ctx context.Context, limit int) (int, []audit.Head, error) {
	keys := s.AuditKeys()
	if keys == nil {
		return 0, nil, errNoAuditKeys
	}
	n := 0
	var out []audit.Head
	err := s.b.inTx(ctx, func(tx txn) error {
		if pg, isPG := s.b.(*pgBackend); isPG {
			var ok bool
			if err := tx.queryRow(ctx, `SELECT pg_try_advisory_xact_lock($1, $2)`, int32(lockChain), pg.lockSpace()).Scan(&ok); err != nil {
				return err
			}
			if !ok {
				return nil // another node is chaining
			}
			for _, set := range chainScanSettings {
				if _, err := tx.exec(ctx, set); err != nil {
					return err
				}
			}
		}
		rs, err := tx.query(ctx, chainSelectSQL, limit)
		if err != nil {
			return err
		}
		var evs []audit.Event
		for rs.Next() {
			var e audit.Event
			var at int64
			if err := rs.Scan(&e.ID, &e.TenantID, &at, &e.Actor, &e.Action, &e.ObjectType, &e.ObjectID); err != nil {
				rs.Close()
				return err
			}
			e.At = fromMicros(at)
			evs = append(evs, e)
		}
		rs.Close()
		if err := rs.Err(); err != nil || len(evs) == 0 {
			return err
		}
		type head struct {
			seq    int64
			hash   []byte
			format int
			link   *audit.Linker
		}
		heads := map[string]*head{}
		for i := range evs {
			e := &evs[i]
			h := heads[e.TenantID]
			if h == nil {
				h = &head{hash: audit.Genesis, format: audit.FormatHMAC}
				err := tx.queryRow(ctx, `SELECT seq, hash, format FROM audit_heads WHERE tenant_id = $1`, e.TenantID).Scan(&h.seq, &h.hash, &h.format)
				if err = notFound(err); err != nil && err != ErrNotFound {
					return err
				}
				if h.format == audit.FormatHMAC {
					h.link = keys.Linker(e.TenantID)
				}
				heads[e.TenantID] = h
			}
			e.Seq, e.PrevHash = h.seq+1, h.hash
			if h.link != nil {
				e.Hash = h.link.Link(e.PrevHash, e.Seq, *e)
			} else {
				// A legacy chain not yet re-linked stays legacy until
				// RelinkAudit rewrites it whole (it holds the same lock).
				e.Hash = audit.ComputeHash(e.PrevHash, e.Seq, *e)
			}
			h.seq, h.hash = e.Seq, e.Hash
		}
		if err := applyChain(ctx, tx, evs); err != nil {
			return err
		}
		hs := make([][]any, 0, len(heads))
		out = make([]audit.Head, 0, len(heads))
		for t, h := range heads {
			hs = append(hs, []any{t, h.seq, h.hash, h.format})
			out = append(out, audit.Head{Tenant: t, Seq: h.seq, Hash: h.hash, Format: h.format})
		}
		if err := insertRows(ctx, tx, "audit_heads", []string{"tenant_id", "seq", "hash", "format"}, hs,
			" ON CONFLICT (tenant_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"); err != nil {
			return err
		}
		n = len(evs)
		return nil
	})
	if err != nil {
		return 0, nil, err
	}
	return n, out, nil
}

// chainScanSettings keep the chainer's reads on ordered index scans, for its
// transaction only. The unchained index keeps an entry for every event chained
// since the last vacuum; a bitmap scan reads all of them on every run (6 ms
// per run once 100,000 events had been chained, growing with the table),
// while an index scan marks them dead the first time and skips them after
// (0.2–0.3 ms).
var chainScanSettings = []string{`SET LOCAL enable_bitmapscan = off`, `SET LOCAL enable_seqscan = off`}

// chainSelectSQL reads the next events to chain, oldest first.
const chainSelectSQL = `SELECT id, tenant_id, at, actor, action, object_type, object_id FROM audit_events
			WHERE seq IS NULL ORDER BY id LIMIT $1`

// ChainAllAudit chains every committed, unchained event, in batches, and
// returns how many it chained.
func (s *Store) ChainAllAudit(ctx context.Context) (int, error) {
	n, _, err := s.ChainAllAuditHeads(ctx)
	return n, err
}

// ChainAllAuditHeads is ChainAllAudit, also returning the newest head of
// every chain it extended (for checkpoints).
func (s *Store) ChainAllAuditHeads(ctx context.Context) (int, []audit.Head, error) {
	const batch = 5000
	total := 0
	var heads []audit.Head
	for {
		n, hs, err := s.chainAudit(ctx, batch)
		total += n
		heads = append(heads, hs...)
		if err != nil || n < batch {
			return total, heads, err
		}
	}
}

// PendingAudit counts events not yet chained.
func (s *Store) PendingAudit(ctx context.Context) (int64, error) {
	var n int64
	err := s.b.reader().queryRow(ctx, `SELECT COUNT(*) FROM audit_events WHERE seq IS NULL`).Scan(&n)
	return n, err
}

// AuditChains lists every chain (tenant id, "" for the system chain) with its
// recorded head.
func (s *Store) AuditChains(ctx context.Context) (map[string]int64, error) {
	rs, err := s.b.reader().query(ctx, `SELECT DISTINCT tenant_id FROM audit_events WHERE seq IS NOT NULL`)
	if err != nil {
		return nil, err
	}
	out := map[string]int64{}
	for rs.Next() {
		var t string
		if err := rs.Scan(&t); err != nil {
			rs.Close()
			return nil, err
		}
		out[t] = 0
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return nil, err
	}
	rs, err = s.b.reader().query(ctx, `SELECT tenant_id, seq FROM audit_heads`)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	for rs.Next() {
		var t string
		var seq int64
		if err := rs.Scan(&t, &seq); err != nil {
			return nil, err
		}
		out[t] = seq
	}
	return out, rs.Err()
}

// auditEventsSQL reads chained events in chain order; "seq > $2" implies
// seq IS NOT NULL, so it uses the chain index, which holds chained events only.
const auditEventsSQL = `SELECT id, tenant_id, at, actor, action, object_type, object_id, seq, prev_hash, hash
	FROM audit_events WHERE tenant_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`

// AuditEvents pages through a tenant's chained events in chain order.
func (s *Store) AuditEvents(ctx context.Context, tenantID string, afterSeq int64, limit int) ([]audit.Event, error) {
	rs, err := s.b.reader().query(ctx, auditEventsSQL, tenantID, afterSeq, limit)
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

// VerifyAudit walks every chain end to end with the chain keys, without
// checkpoints. It returns the number of events verified and the first break
// found (nil if every chain is intact).
func (s *Store) VerifyAudit(ctx context.Context) (int64, *audit.Break, error) {
	r, err := s.VerifyAuditReport(ctx, nil, nil)
	if err != nil {
		return 0, nil, err
	}
	return r.Events, r.FirstBreak(), nil
}

// auditHead is a chain's row in audit_heads.
type auditHead struct {
	seq, relinked int64
	hash          []byte
	format        int
}

// auditHeads reads every chain's recorded head.
func (s *Store) auditHeads(ctx context.Context) (map[string]auditHead, error) {
	rs, err := s.b.reader().query(ctx, `SELECT tenant_id, seq, hash, format, relinked_seq FROM audit_heads`)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := map[string]auditHead{}
	for rs.Next() {
		var t string
		var h auditHead
		if err := rs.Scan(&t, &h.seq, &h.hash, &h.format, &h.relinked); err != nil {
			return nil, err
		}
		out[t] = h
	}
	return out, rs.Err()
}

// AuditHeads returns every chain's recorded head.
func (s *Store) AuditHeads(ctx context.Context) ([]audit.Head, error) {
	hs, err := s.auditHeads(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]audit.Head, 0, len(hs))
	for t, h := range hs {
		out = append(out, audit.Head{Tenant: t, Seq: h.seq, Hash: h.hash, Format: h.format})
	}
	return out, nil
}

// VerifyAuditReport walks every chain end to end with the chain keys and
// checks it against cps, the published checkpoints, whose signatures must
// verify with pub. Every chain gets a report with its first problem: a
// deletion, insertion, reordering or modification breaks the keyed hashes; a
// truncation of the newest events leaves the chain short of a checkpoint.
func (s *Store) VerifyAuditReport(ctx context.Context, cps []audit.Checkpoint, pub ed25519.PublicKey) (*audit.Report, error) {
	keys := s.AuditKeys()
	if keys == nil {
		return nil, errNoAuditKeys
	}
	chains, err := s.AuditChains(ctx)
	if err != nil {
		return nil, err
	}
	heads, err := s.auditHeads(ctx)
	if err != nil {
		return nil, err
	}
	good, bad := audit.SplitCheckpoints(cps, pub)
	for t := range good {
		chains[t] += 0
	}
	for t := range bad {
		chains[t] += 0
	}
	tenants := make([]string, 0, len(chains))
	for t := range chains {
		tenants = append(tenants, t)
	}
	sort.Strings(tenants) // a deterministic "first break"
	rep := &audit.Report{OK: true, Checkpoints: len(cps), Tenants: []audit.TenantReport{}}
	for _, tenant := range tenants {
		h, ok := heads[tenant]
		if !ok {
			h.format = audit.FormatHMAC // no recorded head: hold the chain to the keyed format
		}
		tr := audit.TenantReport{Tenant: tenant, Format: h.format, HeadSeq: h.seq}
		var brk *audit.Break
		if h.format != audit.FormatHMAC {
			brk = &audit.Break{TenantID: tenant, Seq: h.relinked + 1, Kind: audit.KindLegacy,
				Reason: "the chain still has unkeyed SHA-256 links from this seq on (not re-linked with the key)"}
		} else {
			v := audit.NewVerifier(tenant, keys.Linker(tenant), good[tenant])
			brk, err = s.walkChain(ctx, tenant, v)
			if err != nil {
				return nil, err
			}
			if brk == nil {
				brk = v.Finish(h.seq)
			}
			tr.Events, tr.CheckpointsChecked, tr.LastCheckpointSeq = v.Count(), v.CheckpointsChecked(), v.LastCheckpoint()
		}
		if sb := bad[tenant]; sb != nil && (brk == nil || sb.Seq < brk.Seq) {
			brk = sb
		}
		tr.OK, tr.Problem = brk == nil, brk
		rep.OK = rep.OK && tr.OK
		rep.Events += tr.Events
		rep.Tenants = append(rep.Tenants, tr)
	}
	return rep, nil
}

// walkChain feeds tenant's chained events to v in seq order and returns the
// first break.
func (s *Store) walkChain(ctx context.Context, tenant string, v *audit.Verifier) (*audit.Break, error) {
	var after int64
	for {
		evs, err := s.AuditEvents(ctx, tenant, after, 1000)
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			if b := v.Next(e); b != nil {
				return b, nil
			}
			after = e.Seq
		}
		if len(evs) < 1000 {
			return nil, nil
		}
	}
}

// applyChain stores the computed chain positions. PostgreSQL gets one UPDATE
// per 2,000 events, the positions as arrays; SQLite, in-process, one UPDATE
// per chunk of up to 64 events (see sqliteChainChunk).
func applyChain(ctx context.Context, tx querier, evs []audit.Event) error {
	if !tx.multiRow() {
		for len(evs) > 0 {
			n := sqliteChainChunk(len(evs))
			args := make([]any, 0, 4*n)
			for _, e := range evs[:n] {
				args = append(args, e.ID, e.Seq, e.PrevHash, e.Hash)
			}
			c, err := tx.exec(ctx, sqliteChainSQL(n), args...)
			if err != nil {
				return fmt.Errorf("store: chain audit events: %w", err)
			}
			if c != int64(n) {
				return ErrConflict
			}
			evs = evs[n:]
		}
		return nil
	}
	const per = 2000
	for start := 0; start < len(evs); start += per {
		part := evs[start:min(start+per, len(evs))]
		ids, seqs, prevs, hashes := make([]int64, len(part)), make([]int64, len(part)), make([][]byte, len(part)), make([][]byte, len(part))
		for i, e := range part {
			ids[i], seqs[i], prevs[i], hashes[i] = e.ID, e.Seq, e.PrevHash, e.Hash
		}
		c, err := tx.exec(ctx, chainSQL, ids, seqs, prevs, hashes)
		if err != nil {
			return fmt.Errorf("store: chain audit events: %w", err)
		}
		if c != int64(len(part)) {
			return ErrConflict
		}
	}
	return nil
}

// chainSQL writes chain positions on PostgreSQL. "a.id = ANY($1)" makes the
// rows be found by key, one index probe each: joined to the arrays alone, the
// planner hashed the arrays and read the whole unchained index, whose dead
// entries (every event chained since the last vacuum) bitmap scans never
// prune, so each batch cost more than the one before.
const chainSQL = `UPDATE audit_events AS a SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
	FROM unnest($1::bigint[], $2::bigint[], $3::bytea[], $4::bytea[]) AS v(id, seq, prev_hash, hash)
	WHERE a.id = ANY($1::bigint[]) AND a.id = v.id AND a.seq IS NULL`

// sqliteChainMax is the most events one SQLite chain UPDATE carries.
const sqliteChainMax = 64

// sqliteChainChunk is how many of n remaining events the next SQLite chain
// UPDATE carries: 64 while at least 64 remain, then the largest power of two
// that fits, so the statement cache holds at most seven chain statements.
// One statement per chunk instead of one per event: the chainer holds
// SQLite's only writer while it runs.
func sqliteChainChunk(n int) int {
	if n >= sqliteChainMax {
		return sqliteChainMax
	}
	c := 1
	for c*2 <= n {
		c *= 2
	}
	return c
}

// sqliteChainSQL is the SQLite chain UPDATE for n events, n one of the chunk
// sizes sqliteChainChunk returns: (id, seq, prev_hash, hash) per event, rows
// found by rowid (audit_events.id is the INTEGER PRIMARY KEY), and only rows
// still unchained. Each is rendered once.
func sqliteChainSQL(n int) string { return sqliteChainSQLs[n] }

var sqliteChainSQLs = func() map[int]string {
	m := map[int]string{}
	for n := 1; n <= sqliteChainMax; n *= 2 {
		m[n] = `UPDATE audit_events SET seq = v.column2, prev_hash = v.column3, hash = v.column4
	FROM (VALUES ` + values(n, 4, 1) + `) AS v
	WHERE audit_events.id = v.column1 AND audit_events.seq IS NULL`
	}
	return m
}()
