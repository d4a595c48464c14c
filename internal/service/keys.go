package service

import (
	"context"
	"errors"
	"fmt"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/store"
)

// ProgressFunc reports n more items done; done marks the end.
type ProgressFunc func(n int64, done bool)

// RotateResult summarises a key rotation.
type RotateResult struct {
	Tenants   int
	DataKeys  int64
	Rewrapped int64
}

// RotateKeys adds a new primary root key, gives every tenant a new primary
// key-encryption key and MAC key (re-wrapped under the new root key, with the
// tenant's blind-index key, whose material never changes: every lookup
// fingerprint keeps matching), then re-wraps every data key under its
// tenant's new primary. Old keys stay in the keysets, so
// everything stays readable while the rotation runs and if it is interrupted;
// running it again finishes the job.
func (s *Service) RotateKeys(ctx context.Context, actor string, progress func(total int64) ProgressFunc) (RotateResult, error) {
	var res RotateResult
	if err := s.keys.Rotate(ctx); err != nil {
		return res, fmt.Errorf("rotate root key: %w", err)
	}
	if err := s.st.AppendAudit(ctx, audit.Event{TenantID: audit.SystemTenant, Actor: actor, Action: audit.ActionKeysRotate, ObjectType: "keyset", ObjectID: "root"}); err != nil {
		return res, err
	}
	tenants, err := s.st.ListTenants(ctx)
	if err != nil {
		return res, err
	}
	for _, t := range tenants {
		for attempt := 0; ; attempt++ {
			tk, err := seal.RotateTenantKeys(ctx, s.keys, t.ID, seal.TenantKeys{KEK: t.KEK, MAC: t.MAC, Index: t.Index})
			if err != nil {
				return res, fmt.Errorf("rotate keys of tenant %s: %w", t.ID, err)
			}
			err = s.st.UpdateTenantKeys(ctx, t.ID, t.KEK, tk.KEK, tk.MAC, tk.Index, actor)
			if errors.Is(err, store.ErrConflict) && attempt < 3 {
				if t, err = s.st.GetTenant(ctx, t.ID); err != nil {
					return res, err
				}
				continue
			}
			if err != nil {
				return res, err
			}
			break
		}
		s.sealer.Forget(t.ID)
		res.Tenants++
	}
	total, err := s.st.CountDataKeys(ctx)
	if err != nil {
		return res, err
	}
	res.DataKeys = total
	report := func(int64, bool) {}
	if progress != nil {
		report = progress(total)
	}
	for _, t := range tenants {
		after := ""
		for {
			page, err := s.st.ListDataKeys(ctx, t.ID, after, 500)
			if err != nil {
				return res, err
			}
			if len(page) == 0 {
				break
			}
			var rows []store.DataKeyRow
			var fresh [][]byte
			for _, row := range page {
				nw, changed, err := s.sealer.RewrapDataKey(ctx, row.TenantID, row.Owner, row.Wrapped)
				if err != nil {
					return res, fmt.Errorf("re-wrap data key %s of tenant %s: %w", row.Owner, t.ID, err)
				}
				if changed {
					rows, fresh = append(rows, row), append(fresh, nw)
				}
			}
			n, err := s.st.RewrapDataKeys(ctx, rows, fresh)
			if err != nil {
				return res, err
			}
			res.Rewrapped += int64(n)
			report(int64(len(page)), false)
			after = page[len(page)-1].Owner
		}
	}
	report(0, true)
	return res, nil
}

// EnsureIndexKeys gives every tenant created before blind-index keys existed
// its index key: a copy of its MAC keyset's primary, which made every
// fingerprint it has stored (seal.EnsureIndexKey). It returns how many
// tenants it changed.
func (s *Service) EnsureIndexKeys(ctx context.Context, actor string) (int, error) {
	tenants, err := s.st.ListTenants(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, t := range tenants {
		tk, changed, err := seal.EnsureIndexKey(ctx, s.keys, t.ID, seal.TenantKeys{KEK: t.KEK, MAC: t.MAC, Index: t.Index})
		if err != nil {
			return n, fmt.Errorf("index key of tenant %s: %w", t.ID, err)
		}
		if !changed {
			continue
		}
		done, err := s.st.SetTenantIndexKey(ctx, t.ID, tk.Index, actor)
		if err != nil {
			return n, err
		}
		if done {
			n++
		}
		s.sealer.Forget(t.ID)
	}
	return n, nil
}
