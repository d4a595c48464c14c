package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/riverqueue/river"

	"github.com/sealpost/sealpost/internal/audit"
)

// Delivery statuses set by the worker.
const (
	DeliveryScheduled  = "scheduled"
	DeliverySending    = "sending"
	DeliverySent       = "sent"
	DeliveryDelivered  = "delivered"
	DeliveryFailed     = "failed"
	DeliveryBlocked    = "blocked"
	DeliverySuppressed = "suppressed"
)

// Terminal reports whether a delivery status is final.
func Terminal(status string) bool {
	switch status {
	case DeliverySent, DeliveryDelivered, DeliveryFailed, DeliveryBlocked, DeliverySuppressed, DeliveryCanceled:
		return true
	}
	return false
}

// GetDelivery loads one delivery of a tenant.
func (s *Store) GetDelivery(ctx context.Context, tenantID, id string) (Delivery, error) {
	var ds deliveryScan
	if err := s.b.reader().queryRow(ctx, `SELECT `+deliveryCols+` FROM deliveries WHERE tenant_id = $1 AND id = $2`, tenantID, id).Scan(ds.dest()...); err != nil {
		return Delivery{}, notFound(err)
	}
	return ds.delivery(), nil
}

const deliveryCols = `tenant_id, id, message_id, channel, status, attempts, last_error, provider_id, blocked_rules, target, created_at, updated_at`

// deliveryScan holds one row of deliveryCols while it is scanned.
type deliveryScan struct {
	d    Delivery
	c, u int64
}

func (s *deliveryScan) dest() []any {
	d := &s.d
	return []any{&d.TenantID, &d.ID, &d.MessageID, &d.Channel, &d.Status, &d.Attempts, &d.LastError, &d.ProviderID, &d.BlockedRules, &d.Target, &s.c, &s.u}
}

func (s *deliveryScan) delivery() Delivery {
	d := s.d
	d.CreatedAt, d.UpdatedAt = fromMicros(s.c), fromMicros(s.u)
	return d
}

// Attempt is one try at a delivery.
type Attempt struct {
	N       int       `json:"n"`
	At      time.Time `json:"at"`
	Outcome string    `json:"outcome"`
	Reason  string    `json:"reason,omitempty"`
}

// DeliveryUpdate moves a delivery from one of From to Status, recording an
// attempt (when Outcome is set) and an audit event for sends and blocks.
type DeliveryUpdate struct {
	TenantID, ID string
	From         []string // expected current statuses (compare-and-swap)
	Status       string
	CountAttempt bool // forces a new attempt (an outcome on a queued or scheduled delivery always is one)
	Outcome      string
	Reason       string // PHI-free
	ProviderID   string
	BlockedRules string
	// Protection, for an email send: ProtectionRequireTLS or
	// ProtectionNoticeOnly ("" keeps what is stored).
	Protection  string
	ScheduledAt *time.Time
	AuditAction string // "" for none
	Actor       string
	// Jobs are enqueued in the same transaction (delivery-status events).
	Jobs []river.InsertManyParams
}

// UpdateDelivery applies u atomically. It returns ErrConflict if the delivery
// is no longer in one of u.From (another worker got there first, or the
// message was revoked).
func (s *Store) UpdateDelivery(ctx context.Context, u DeliveryUpdate) (attempt int, err error) {
	if err := s.av.inject(FaultDeliveryUpdate); err != nil {
		return 0, err
	}
	w := &deliveryWrite{tenantID: u.TenantID, id: u.ID, from: u.From, update: &u}
	err = s.writes.do(ctx, &writeOp{delivery: w})
	return w.attempt, err
}

// Attempts lists a delivery's attempts in order.
func (s *Store) Attempts(ctx context.Context, tenantID, deliveryID string) ([]Attempt, error) {
	rs, err := s.b.reader().query(ctx, `SELECT n, at, outcome, reason FROM delivery_attempts WHERE tenant_id = $1 AND delivery_id = $2 ORDER BY n`, tenantID, deliveryID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := []Attempt{}
	for rs.Next() {
		var a Attempt
		var at int64
		if err := rs.Scan(&a.N, &at, &a.Outcome, &a.Reason); err != nil {
			return nil, err
		}
		a.At = fromMicros(at)
		out = append(out, a)
	}
	return out, rs.Err()
}

// ResolveLink finds the live link with this token hash. Expired or revoked
// links are ErrGone; unknown ones ErrNotFound.
func (s *Store) ResolveLink(ctx context.Context, tokenHash []byte) (Link, error) {
	var l Link
	var exp int64
	var rev *int64
	err := s.b.reader().queryRow(ctx, `SELECT tenant_id, message_id, recipient_id, expires_at, revoked_at FROM links WHERE token_hash = $1`, tokenHash).
		Scan(&l.TenantID, &l.MessageID, &l.RecipientID, &exp, &rev)
	if err != nil {
		return Link{}, notFound(err)
	}
	l.TokenHash, l.ExpiresAt = tokenHash, fromMicros(exp)
	if rev != nil || time.Now().After(l.ExpiresAt) {
		return l, ErrGone
	}
	return l, nil
}

// Preferences returns a recipient's preferences JSON.
func (s *Store) Preferences(ctx context.Context, tenantID, recipientID string) (string, error) {
	var p string
	err := s.b.reader().queryRow(ctx, `SELECT preferences FROM recipients WHERE tenant_id = $1 AND id = $2`, tenantID, recipientID).Scan(&p)
	return p, notFound(err)
}

// SetPreferences replaces a recipient's preferences JSON.
func (s *Store) SetPreferences(ctx context.Context, tenantID, recipientID, prefs, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		c, err := tx.exec(ctx, `UPDATE recipients SET preferences = $1, updated_at = $2 WHERE tenant_id = $3 AND id = $4`, prefs, micros(now()), tenantID, recipientID)
		if err != nil {
			return err
		}
		if c != 1 {
			return ErrNotFound
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: tenantID, Actor: actor, Action: audit.ActionPreferences, ObjectType: "recipient", ObjectID: recipientID})
	})
}

// Consent is a recorded opt-in. NoticeVersion and Source are stored only
// sealed (Sealed, under the data key WrappedKey of owner
// ConsentOwner(recipient, kind)); the service opens them for display.
type Consent struct {
	Kind          string     `json:"kind"`
	NoticeVersion string     `json:"notice_version"`
	Source        string     `json:"source"`
	Categories    string     `json:"categories,omitempty"`
	GivenAt       time.Time  `json:"given_at"`
	WithdrawnAt   *time.Time `json:"withdrawn_at,omitempty"`
	Sealed        []byte     `json:"-"`
	WrappedKey    []byte     `json:"-"`
}

// ConsentOwner is the data-key owner of a consent's sealed metadata.
func ConsentOwner(recipientID, kind string) string { return "consent/" + recipientID + "/" + kind }

// PutConsent records (or renews) a consent: c.Sealed with its data key
// c.WrappedKey.
func (s *Store) PutConsent(ctx context.Context, tenantID, recipientID string, c Consent, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := micros(now())
		_, err := tx.exec(ctx, `INSERT INTO consents (tenant_id, recipient_id, kind, notice_version, source, sealed, categories, given_at) VALUES ($1,$2,$3,'','',$4,$5,$6)
			ON CONFLICT (tenant_id, recipient_id, kind) DO UPDATE SET notice_version = '', source = '', sealed = excluded.sealed,
			categories = excluded.categories, given_at = excluded.given_at, withdrawn_at = NULL`,
			tenantID, recipientID, c.Kind, c.Sealed, c.Categories, at)
		if err != nil {
			return err
		}
		if err := putDataKey(ctx, tx, tenantID, ConsentOwner(recipientID, c.Kind), c.WrappedKey, fromMicros(at)); err != nil {
			return err
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: tenantID, Actor: actor, Action: audit.ActionConsentGive, ObjectType: "consent", ObjectID: recipientID + "/" + c.Kind})
	})
}

// WithdrawConsent withdraws a consent; withdrawing a missing one is ErrNotFound.
func (s *Store) WithdrawConsent(ctx context.Context, tenantID, recipientID, kind, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := micros(now())
		c, err := tx.exec(ctx, `UPDATE consents SET withdrawn_at = $1 WHERE tenant_id = $2 AND recipient_id = $3 AND kind = $4 AND withdrawn_at IS NULL`, at, tenantID, recipientID, kind)
		if err != nil {
			return err
		}
		if c != 1 {
			return ErrNotFound
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: tenantID, Actor: actor, Action: audit.ActionConsentWithdraw, ObjectType: "consent", ObjectID: recipientID + "/" + kind})
	})
}

// Consents lists a recipient's consents.
const (
	consentInForceSQL = `SELECT categories FROM consents WHERE tenant_id = $1 AND recipient_id = $2 AND kind = $3 AND withdrawn_at IS NULL`
	consentPHIInEmail = "phi_in_email"
)

// ConsentInForce reads one consent of a recipient by its primary key: the
// categories it covers ("" = all) if it is given and not withdrawn. The
// delivery worker asks it before every marketing or content-bearing send.
func (s *Store) ConsentInForce(ctx context.Context, tenantID, recipientID, kind string) (categories string, ok bool, err error) {
	err = s.b.reader().queryRow(ctx, consentInForceSQL, tenantID, recipientID, kind).Scan(&categories)
	if errors.Is(notFound(err), ErrNotFound) {
		return "", false, nil
	}
	return categories, err == nil, err
}

func (s *Store) Consents(ctx context.Context, tenantID, recipientID string) ([]Consent, error) {
	rs, err := s.b.reader().query(ctx, `SELECT c.kind, c.notice_version, c.source, c.sealed, d.wrapped, c.categories, c.given_at, c.withdrawn_at
		FROM consents c LEFT JOIN data_keys d ON d.tenant_id = c.tenant_id AND d.owner = 'consent/' || c.recipient_id || '/' || c.kind
		WHERE c.tenant_id = $1 AND c.recipient_id = $2 ORDER BY c.kind`, tenantID, recipientID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := []Consent{}
	for rs.Next() {
		var c Consent
		var g int64
		var w *int64
		if err := rs.Scan(&c.Kind, &c.NoticeVersion, &c.Source, &c.Sealed, &c.WrappedKey, &c.Categories, &g, &w); err != nil {
			return nil, err
		}
		c.GivenAt, c.WithdrawnAt = fromMicros(g), optTime(w)
		out = append(out, c)
	}
	return out, rs.Err()
}

// PutCategory stores a tenant category definition (JSON).
func (s *Store) PutCategory(ctx context.Context, tenantID, key, definition, actor string) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := micros(now())
		if _, err := tx.exec(ctx, `INSERT INTO categories (tenant_id, key, definition, updated_at) VALUES ($1,$2,$3,$4)
			ON CONFLICT (tenant_id, key) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at`, tenantID, key, definition, at); err != nil {
			return err
		}
		return insertAudit(ctx, tx, audit.Event{TenantID: tenantID, Actor: actor, Action: audit.ActionCategoryPut, ObjectType: "category", ObjectID: key})
	})
}

// Categories returns a tenant's category definitions by key.
func (s *Store) Categories(ctx context.Context, tenantID string) (map[string]string, error) {
	rs, err := s.b.reader().query(ctx, `SELECT key, definition FROM categories WHERE tenant_id = $1`, tenantID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := map[string]string{}
	for rs.Next() {
		var k, d string
		if err := rs.Scan(&k, &d); err != nil {
			return nil, err
		}
		out[k] = d
	}
	return out, rs.Err()
}

// BeginSend records, in one transaction, everything that must be durable
// before a notice is handed to a channel: the audit events of the sealed data
// opened to render and check it, the notice's link, and the delivery moving to
// "sending" with its attempt counted. It returns the attempt number.
func (s *Store) BeginSend(ctx context.Context, tenantID, deliveryID string, from []string, link Link, evs []audit.Event) (int, error) {
	w := &deliveryWrite{tenantID: tenantID, id: deliveryID, from: from, link: link, events: evs}
	err := s.writes.do(ctx, &writeOp{delivery: w})
	return w.attempt, err
}

// DeliveryCounts counts deliveries by status, with the most common reasons
// of the unsuccessful ones (PHI-free), for operators and benchmarks.
func (s *Store) DeliveryCounts(ctx context.Context) (map[string]int, map[string]int, error) {
	rs, err := s.b.reader().query(ctx, `SELECT status, last_error, COUNT(*) FROM deliveries GROUP BY status, last_error`)
	if err != nil {
		return nil, nil, err
	}
	defer rs.Close()
	byStatus, reasons := map[string]int{}, map[string]int{}
	for rs.Next() {
		var st, reason string
		var n int
		if err := rs.Scan(&st, &reason, &n); err != nil {
			return nil, nil, err
		}
		byStatus[st] += n
		if reason != "" {
			reasons[st+": "+reason] += n
		}
	}
	return byStatus, reasons, rs.Err()
}

// Work is everything a delivery worker reads before rendering: the delivery,
// its message, the recipient, and the wrapped data keys of both (nil when a
// key is gone: a revoked message's key is shredded).
type Work struct {
	Delivery     Delivery
	Message      Message
	Recipient    Recipient
	RecipientKey []byte
	MessageKey   []byte
	// PHIInEmail is the categories of the recipient's phi_in_email consent
	// in force ("" = all), nil without one: read with the rows above, at the
	// start of the attempt, so a withdrawal stops every send not yet begun.
	PHIInEmail *string
}

// DeliveryWork loads a delivery, its message, its recipient and their
// wrapped data keys: the worker's only read on its hot path. With messageID
// and recipientID known (the job carries them) every row is found by primary
// key, plans that stay right however large the tables grow; without them
// (jobs queued by an older version) the two ids are read first. A delivery
// whose rows do not match the ids given is ErrNotFound.
//
// On PostgreSQL concurrent workers' reads are answered together, one
// statement for all that are waiting (see workSetSQL); on SQLite, where a
// statement costs no round trip, each is one statement (workRowSQL).
func (s *Store) DeliveryWork(ctx context.Context, tenantID, deliveryID, messageID, recipientID string) (Work, error) {
	q := s.b.reader()
	if messageID == "" {
		if err := q.queryRow(ctx, `SELECT message_id FROM deliveries WHERE tenant_id = $1 AND id = $2`, tenantID, deliveryID).Scan(&messageID); err != nil {
			return Work{}, notFound(err)
		}
	}
	if recipientID == "" {
		if err := q.queryRow(ctx, `SELECT recipient_id FROM messages WHERE tenant_id = $1 AND id = $2`, tenantID, messageID).Scan(&recipientID); err != nil {
			return Work{}, notFound(err)
		}
	}
	wr := &workRead{tenantID: tenantID, deliveryID: deliveryID, messageID: messageID, recipientID: recipientID}
	if s.works != nil {
		if err := s.works.do(ctx, wr); err != nil {
			return Work{}, err
		}
		return wr.out, nil
	}
	return readWorkRow(ctx, q, wr)
}

// workRead is one DeliveryWork read: its ids, and out once read.
type workRead struct {
	tenantID, deliveryID, messageID, recipientID string
	out                                          Work
}

// workScan holds one Work while its columns are scanned.
type workScan struct {
	d                        deliveryScan
	m                        messageScan
	r                        recipientScan
	recipientKey, messageKey []byte
	phiInEmail               *string
}

func (s *workScan) dest() []any {
	dest := append(s.d.dest(), s.m.dest()...)
	dest = append(dest, s.r.dest()...)
	return append(dest, &s.recipientKey, &s.messageKey, &s.phiInEmail)
}

// work finishes the scan, or is ErrNotFound when the rows do not belong to
// the ids asked for.
func (s *workScan) work(wr *workRead) (Work, error) {
	w := Work{Delivery: s.d.delivery(), Message: s.m.message(), Recipient: s.r.recipient(), RecipientKey: s.recipientKey, MessageKey: s.messageKey, PHIInEmail: s.phiInEmail}
	if w.Delivery.MessageID != wr.messageID || w.Message.RecipientID != wr.recipientID {
		return Work{}, ErrNotFound
	}
	return w, nil
}

// readWorkRow is DeliveryWork for one delivery in one statement
// (workRowSQL), where there is no read batcher (SQLite): a fifth of the
// statement overhead of five lookups, which was most of their cost.
func readWorkRow(ctx context.Context, q querier, wr *workRead) (Work, error) {
	var ws workScan
	err := q.queryRow(ctx, workRowSQL, wr.tenantID, wr.deliveryID, wr.messageID, wr.recipientID,
		"recipient/"+wr.recipientID, "message/"+wr.messageID, consentPHIInEmail).Scan(ws.dest()...)
	if err != nil {
		return Work{}, notFound(err)
	}
	return ws.work(wr)
}

// readWork is one delivery's work as five primary-key lookups in one
// pipelined round trip: what the PostgreSQL read batcher does with a batch of
// one, which plans faster than the set statement.
func readWork(ctx context.Context, q querier, wr *workRead) (Work, error) {
	var ws workScan
	optional := func(dst *[]byte) func(row) error {
		return func(r row) error {
			if err := notFound(r.Scan(dst)); err != nil && err != ErrNotFound {
				return err
			}
			return nil
		}
	}
	scan := func(dest []any) func(row) error {
		return func(r row) error { return notFound(r.Scan(dest...)) }
	}
	err := q.queryRows(ctx, []rowQuery{
		{`SELECT ` + deliveryCols + ` FROM deliveries WHERE tenant_id = $1 AND id = $2`, []any{wr.tenantID, wr.deliveryID}, scan(ws.d.dest())},
		{`SELECT ` + messageCols + ` FROM messages WHERE tenant_id = $1 AND id = $2`, []any{wr.tenantID, wr.messageID}, scan(ws.m.dest())},
		{`SELECT ` + recipientCols + ` FROM recipients WHERE tenant_id = $1 AND id = $2`, []any{wr.tenantID, wr.recipientID}, scan(ws.r.dest())},
		{`SELECT wrapped FROM data_keys WHERE tenant_id = $1 AND owner = $2`, []any{wr.tenantID, "recipient/" + wr.recipientID}, optional(&ws.recipientKey)},
		{`SELECT wrapped FROM data_keys WHERE tenant_id = $1 AND owner = $2`, []any{wr.tenantID, "message/" + wr.messageID}, optional(&ws.messageKey)},
		{consentInForceSQL, []any{wr.tenantID, wr.recipientID, consentPHIInEmail}, func(r row) error {
			var c string
			if err := notFound(r.Scan(&c)); err != nil {
				if err == ErrNotFound {
					return nil
				}
				return err
			}
			ws.phiInEmail = &c
			return nil
		}},
	})
	if err != nil {
		return Work{}, err
	}
	return ws.work(wr)
}

// workRowSQL reads one delivery's work in one statement: no row
// when the delivery, its message or its recipient is missing; a missing data
// key (shredded) comes back NULL.
var workRowSQL = `SELECT ` + prefixed("d", deliveryCols) + `, ` + prefixed("m", messageCols) + `, ` + prefixed("r", recipientCols) + `,
	(SELECT wrapped FROM data_keys WHERE tenant_id = $1 AND owner = $5),
	(SELECT wrapped FROM data_keys WHERE tenant_id = $1 AND owner = $6),
	(SELECT categories FROM consents WHERE tenant_id = $1 AND recipient_id = $4 AND kind = $7 AND withdrawn_at IS NULL)
	FROM deliveries d, messages m, recipients r
	WHERE d.tenant_id = $1 AND d.id = $2 AND m.tenant_id = $1 AND m.id = $3 AND r.tenant_id = $1 AND r.id = $4`

// workSetSQL reads many deliveries' work in one statement: the ids arrive as
// four parallel arrays and n says which request a row answers. Each table is
// reached through its own LATERAL subquery on its primary key; OFFSET 0 keeps
// the planner from merging them into one join, whose search was slow to plan
// and, without fresh statistics, picked scans of a whole tenant. Missing
// rows drop the request (ErrNotFound); missing data keys (shredded) come back
// NULL.
var workSetSQL = `SELECT k.n, ` + prefixed("d", deliveryCols) + `, ` + prefixed("m", messageCols) + `, ` + prefixed("r", recipientCols) + `, rk.wrapped, mk.wrapped, pc.categories
	FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS k(tenant_id, delivery_id, message_id, recipient_id, n)
	CROSS JOIN LATERAL (SELECT ` + deliveryCols + ` FROM deliveries WHERE tenant_id = k.tenant_id AND id = k.delivery_id OFFSET 0) d
	CROSS JOIN LATERAL (SELECT ` + messageCols + ` FROM messages WHERE tenant_id = k.tenant_id AND id = k.message_id OFFSET 0) m
	CROSS JOIN LATERAL (SELECT ` + recipientCols + ` FROM recipients WHERE tenant_id = k.tenant_id AND id = k.recipient_id OFFSET 0) r
	LEFT JOIN LATERAL (SELECT wrapped FROM data_keys WHERE tenant_id = k.tenant_id AND owner = 'recipient/' || k.recipient_id OFFSET 0) rk ON true
	LEFT JOIN LATERAL (SELECT wrapped FROM data_keys WHERE tenant_id = k.tenant_id AND owner = 'message/' || k.message_id OFFSET 0) mk ON true
	LEFT JOIN LATERAL (SELECT categories FROM consents WHERE tenant_id = k.tenant_id AND recipient_id = k.recipient_id AND kind = 'phi_in_email' AND withdrawn_at IS NULL OFFSET 0) pc ON true`

// prefixed qualifies every column of a comma-separated list with alias.
func prefixed(alias, cols string) string {
	parts := strings.Split(cols, ",")
	for i, c := range parts {
		parts[i] = alias + "." + strings.TrimSpace(c)
	}
	return strings.Join(parts, ", ")
}

// readWorks answers a batch of DeliveryWork reads with workSetSQL.
func readWorks(ctx context.Context, q querier, items []*workRead) ([]error, error) {
	if len(items) == 1 { // alone, five lookups plan faster than the set statement
		var err error
		items[0].out, err = readWork(ctx, q, items[0])
		return aloneResult(err)
	}
	n := len(items)
	tenants, deliveries, messages, recipients := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	for i, it := range items {
		tenants[i], deliveries[i], messages[i], recipients[i] = it.tenantID, it.deliveryID, it.messageID, it.recipientID
	}
	rs, err := q.query(ctx, workSetSQL, tenants, deliveries, messages, recipients)
	if err != nil {
		return nil, fmt.Errorf("store: delivery work: %w", err)
	}
	return answerByIndex(rs, n, func() ([]any, func(i int) error) {
		var ws workScan
		return ws.dest(), func(i int) (err error) {
			items[i].out, err = ws.work(items[i])
			return err
		}
	})
}

// aloneResult is a batch read's outcome for a batch of one answered by the
// plain single-item read: a logical error is that item's result, any other
// fails the batch.
func aloneResult(err error) ([]error, error) {
	if err != nil && !logical(err) {
		return nil, err
	}
	return []error{err}, nil
}

// answerByIndex reads the rows of a set read whose first column is the
// 1-based position of the item each answers (unnest … WITH ORDINALITY).
// next gives a row's other destinations and what to do with them once
// scanned; an item without a row is ErrNotFound.
func answerByIndex(rs rows, n int, next func() (dest []any, done func(i int) error)) ([]error, error) {
	defer rs.Close()
	results := make([]error, n)
	found := make([]bool, n)
	for rs.Next() {
		var k int64
		dest, done := next()
		if err := rs.Scan(append([]any{&k}, dest...)...); err != nil {
			return nil, err
		}
		i := int(k) - 1
		if i < 0 || i >= n || found[i] {
			return nil, errors.New("store: set read returned an unexpected row")
		}
		found[i] = true
		results[i] = done(i)
	}
	if err := rs.Err(); err != nil {
		return nil, err
	}
	for i := range found {
		if !found[i] {
			results[i] = ErrNotFound
		}
	}
	return results, nil
}
