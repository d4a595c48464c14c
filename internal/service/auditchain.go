package service

import (
	"context"
	"fmt"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/store"
)

// setAuditKeys derives the audit chain and checkpoint keys from the key
// source and hands them to the store (which chains nothing without them).
func setAuditKeys(st *store.Store, ks seal.KeySource) error {
	if st.AuditKeys() != nil {
		return nil
	}
	k, err := AuditKeys(context.Background(), ks)
	if err != nil {
		return err
	}
	st.SetAuditKeys(k)
	return nil
}

// AuditKeys derives the audit keys from the key source.
func AuditKeys(ctx context.Context, ks seal.KeySource) (*audit.Keys, error) {
	secret, err := ks.DeriveKey(ctx, audit.KeyPurpose)
	if err != nil {
		return nil, fmt.Errorf("service: audit keys: %w", err)
	}
	return audit.NewKeys(secret)
}

// startAuditChain runs, once per start, the re-link of legacy chains (a
// no-op once done) and lets the checkpointer see every chain's head, so
// heads chained before a crash still get their checkpoint.
func (s *Service) startAuditChain(ctx context.Context) {
	cp := s.cfg.AuditCheckpoints
	var checkpointed func(string) bool
	if cp != nil {
		checkpointed = cp.Checkpointed
	}
	res, err := s.st.RelinkAudit(ctx, checkpointed, 1000)
	if err != nil && ctx.Err() == nil {
		s.log.Error("audit re-link failed", "err", err)
	}
	if res.Chains > 0 {
		s.log.Info("legacy audit chains re-linked with the chain key", "chains", res.Chains, "events", res.Events)
	}
	if len(res.Refused) > 0 {
		s.log.Error("legacy audit chains not re-linked (run sealpost audit verify)", "chains", len(res.Refused))
	}
	if cp == nil {
		return
	}
	heads, err := s.st.AuditHeads(ctx)
	if err != nil {
		s.log.Error("audit heads unreadable", "err", err)
		return
	}
	cp.Observe(heads...)
	s.flushCheckpoints(ctx, false)
}

// chainAudit is one pass of the background chainer.
func (s *Service) chainAudit(ctx context.Context) {
	n, heads, err := s.st.ChainAllAuditHeads(ctx)
	s.met.AuditChained.Add(float64(n))
	if err != nil && ctx.Err() == nil {
		s.log.Error("audit chaining failed", "err", err)
	}
	if cp := s.cfg.AuditCheckpoints; cp != nil {
		cp.Observe(heads...)
		s.flushCheckpoints(ctx, false)
	}
}

// stopAuditChain chains what has been committed and checkpoints every chain
// that grew since its last checkpoint.
func (s *Service) stopAuditChain() {
	if s.cfg.AuditCheckpoints == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s.chainAudit(ctx)
	s.flushCheckpoints(ctx, true)
}

func (s *Service) flushCheckpoints(ctx context.Context, force bool) {
	if _, err := s.cfg.AuditCheckpoints.Flush(ctx, force); err != nil && ctx.Err() == nil {
		s.log.Error("audit checkpoint not published", "err", err)
	}
}
