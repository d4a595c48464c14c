package service

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/sealpost/sealpost/internal/store"
)

// Client strings at rest. Nothing a client sends is kept in clear: the
// Idempotency-Key header is kept only as a blind index (a keyed MAC under the
// tenant's index key, which survives key rotation); correlation_id is sealed
// with the message's data key; a recipient's external id is kept as a blind
// index for lookup plus a sealed copy (recipient data key) for display; a
// consent's notice_version and source are sealed with a data key of its own.

const (
	correlationField = "correlation_id" // message data key
	externalIDField  = "external_id"    // recipient data key
	consentField     = "consent"        // the consent's own data key (store.ConsentOwner)

	purposeIdempotencyKey = "idempotency-key"
	purposeExternalID     = "external-id"
)

// idempotencyIndex is the blind index of an Idempotency-Key header.
func (s *Service) idempotencyIndex(ctx context.Context, tenantID, key string) ([]byte, error) {
	return s.sealer.Fingerprint(ctx, tenantID, purposeIdempotencyKey, []byte(key))
}

// externalIndex is the stored form of an external id: "#" + hex of its blind
// index ('#' is never part of a valid external id, so it cannot equal one
// still in clear).
func (s *Service) externalIndex(ctx context.Context, tenantID, externalID string) (string, error) {
	fp, err := s.sealer.Fingerprint(ctx, tenantID, purposeExternalID, []byte(externalID))
	if err != nil {
		return "", err
	}
	return "#" + hex.EncodeToString(fp), nil
}

// RecipientByExternalID loads a recipient by the tenant's external id.
func (s *Service) RecipientByExternalID(ctx context.Context, tenantID, externalID string) (store.Recipient, error) {
	idx, err := s.externalIndex(ctx, tenantID, externalID)
	if err != nil {
		return store.Recipient{}, err
	}
	return s.st.GetRecipient(ctx, tenantID, idx)
}

// openExternalID decrypts a recipient's external id for display.
func (s *Service) openExternalID(ctx context.Context, r store.Recipient) (string, error) {
	if r.ExternalSealed == nil {
		return "", errors.New("recipient external id not converted")
	}
	dk, err := s.recipientKey(ctx, r.TenantID, r.ID)
	if err != nil {
		return "", err
	}
	b, err := dk.Open(externalIDField, r.ExternalSealed)
	return string(b), err
}

// openCorrelation decrypts a message's correlation id ("" when it has none).
func (s *Service) openCorrelation(ctx context.Context, m store.Message) (string, error) {
	if m.Correlation == nil {
		return "", nil
	}
	dk, err := s.messageKey(ctx, m)
	if err != nil {
		return "", err
	}
	b, err := dk.Open(correlationField, m.Correlation)
	return string(b), err
}

// consentMeta is a consent's sealed metadata.
type consentMeta struct {
	NoticeVersion string `json:"notice_version"`
	Source        string `json:"source"`
}

// sealConsent seals a consent's notice version and source under a fresh data
// key of its own (a recipient's data key is replaced when it is updated).
func (s *Service) sealConsent(ctx context.Context, tenantID, recipientID, kind, noticeVersion, source string) (sealed, wrapped []byte, err error) {
	dk, wrapped, err := s.sealer.NewDataKey(ctx, tenantID, store.ConsentOwner(recipientID, kind))
	if err != nil {
		return nil, nil, err
	}
	b, _ := json.Marshal(consentMeta{NoticeVersion: noticeVersion, Source: source})
	if sealed, err = dk.Seal(consentField, b); err != nil {
		return nil, nil, err
	}
	return sealed, wrapped, nil
}

// openConsents lists a recipient's consents with their metadata opened.
func (s *Service) openConsents(ctx context.Context, tenantID, recipientID string) ([]store.Consent, error) {
	cs, err := s.st.Consents(ctx, tenantID, recipientID)
	if err != nil {
		return nil, err
	}
	for i, c := range cs {
		if c.Sealed == nil {
			continue // not converted yet: still in clear
		}
		dk, err := s.sealer.OpenDataKey(ctx, tenantID, store.ConsentOwner(recipientID, c.Kind), c.WrappedKey)
		if err != nil {
			return nil, err
		}
		b, err := dk.Open(consentField, c.Sealed)
		if err != nil {
			return nil, err
		}
		var m consentMeta
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, err
		}
		cs[i].NoticeVersion, cs[i].Source = m.NoticeVersion, m.Source
	}
	return cs, nil
}

// ConvertResult counts what ConvertClearColumns changed.
type ConvertResult struct {
	IndexKeys, IdempotencyKeys, Correlations, ExternalIDs, Consents int
}

// convertBatch bounds each conversion transaction.
const convertBatch = 500

// ConvertClearColumns finishes migration 0009_blind_index, which needs keys:
// it gives tenants created before it their blind-index key (a copy of the MAC
// primary that made their stored fingerprints), then moves every client
// string still in clear to its blind index or sealed form, in transactions
// of at most convertBatch rows. It is idempotent and safe to interrupt;
// `migrate` and `serve` run it after the migrations.
func (s *Service) ConvertClearColumns(ctx context.Context, actor string) (ConvertResult, error) {
	var res ConvertResult
	n, err := s.EnsureIndexKeys(ctx, actor)
	res.IndexKeys = n
	if err != nil {
		return res, err
	}
	for {
		recs, err := s.st.ClearIdempotencyBatch(ctx, convertBatch)
		if err != nil {
			return res, err
		}
		if recs == nil {
			break // table gone: done before
		}
		if len(recs) == 0 {
			if err := s.st.DropClearIdempotency(ctx); err != nil {
				return res, err
			}
			break
		}
		for i := range recs {
			if recs[i].KeyMAC, err = s.idempotencyIndex(ctx, recs[i].TenantID, recs[i].Key); err != nil {
				return res, err
			}
		}
		if err := s.st.MoveIdempotency(ctx, recs); err != nil {
			return res, err
		}
		res.IdempotencyKeys += len(recs)
	}
	for at := [2]string{}; ; {
		rows, err := s.st.ClearCorrelations(ctx, at[0], at[1], convertBatch)
		if err != nil {
			return res, err
		}
		if len(rows) == 0 {
			break
		}
		sealed := make([][]byte, len(rows))
		for i, r := range rows {
			owner := "message/" + r.ID
			wrapped, err := s.st.DataKey(ctx, r.TenantID, owner)
			if errors.Is(err, store.ErrNotFound) {
				continue // shredded (revoked): the id goes with it
			}
			if err != nil {
				return res, err
			}
			dk, err := s.sealer.OpenDataKey(ctx, r.TenantID, owner, wrapped)
			if err != nil {
				return res, fmt.Errorf("convert correlation id of %s: %w", r.ID, err)
			}
			if sealed[i], err = dk.Seal(correlationField, []byte(r.Value)); err != nil {
				return res, err
			}
		}
		if err := s.st.SealCorrelations(ctx, rows, sealed); err != nil {
			return res, err
		}
		res.Correlations += len(rows)
		at = [2]string{rows[len(rows)-1].TenantID, rows[len(rows)-1].ID}
		if len(rows) < convertBatch {
			break
		}
	}
	for at := [2]string{}; ; {
		rows, err := s.st.ClearExternalIDs(ctx, at[0], at[1], convertBatch)
		if err != nil || len(rows) == 0 {
			return res, err
		}
		index, sealed := make([]string, len(rows)), make([][]byte, len(rows))
		for i, r := range rows {
			if index[i], err = s.externalIndex(ctx, r.TenantID, r.Value); err != nil {
				return res, err
			}
			dk, err := s.recipientKey(ctx, r.TenantID, r.ID)
			if err != nil {
				return res, fmt.Errorf("convert external id of %s: %w", r.ID, err)
			}
			if sealed[i], err = dk.Seal(externalIDField, []byte(r.Value)); err != nil {
				return res, err
			}
		}
		if err := s.st.SealExternalIDs(ctx, rows, index, sealed); err != nil {
			return res, err
		}
		res.ExternalIDs += len(rows)
		at = [2]string{rows[len(rows)-1].TenantID, rows[len(rows)-1].ID}
		if len(rows) < convertBatch {
			break
		}
	}
	for {
		cs, err := s.st.ClearConsents(ctx, convertBatch)
		if err != nil || len(cs) == 0 {
			return res, err
		}
		sealed, wrapped := make([][]byte, len(cs)), make([][]byte, len(cs))
		for i, c := range cs {
			if sealed[i], wrapped[i], err = s.sealConsent(ctx, c.TenantID, c.RecipientID, c.Kind, c.NoticeVersion, c.Source); err != nil {
				return res, err
			}
		}
		if err := s.st.SealConsents(ctx, cs, sealed, wrapped); err != nil {
			return res, err
		}
		res.Consents += len(cs)
	}
}
