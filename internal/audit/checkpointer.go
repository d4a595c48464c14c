package audit

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// Head is a chain's newest position, as the chainer leaves it.
type Head struct {
	Tenant string
	Seq    int64
	Hash   []byte
	Format int
}

// CheckpointOptions say when and where the chainer publishes checkpoints.
type CheckpointOptions struct {
	// Every: a tenant's chain is checkpointed once it has grown by this many
	// events since its last checkpoint (default 1000).
	Every int64
	// Interval: a chain that grew at all is checkpointed at least this often
	// (default 1 minute).
	Interval time.Duration
	// WebhookURL, when set, also receives every batch of checkpoints as a
	// JSON array (POST, best effort: a batch that fails is logged by the
	// caller and not retried; the file is the record).
	WebhookURL string
	// Now is the clock (tests).
	Now func() time.Time
}

// Checkpointer decides when each chain is due a checkpoint, signs it and
// appends it to the checkpoint file (and posts it to the webhook). The
// chainer feeds it the heads it leaves (Observe) and calls Flush after each
// pass. It is safe for concurrent use.
type Checkpointer struct {
	keys *Keys
	file *CheckpointFile
	opts CheckpointOptions
	hc   *http.Client

	mu    sync.Mutex
	state map[string]*cpState
}

type cpState struct {
	lastSeq int64
	lastAt  time.Time
	head    Head
}

// NewCheckpointer returns a checkpointer writing to file.
func NewCheckpointer(keys *Keys, file *CheckpointFile, opts CheckpointOptions) *Checkpointer {
	if opts.Every <= 0 {
		opts.Every = 1000
	}
	if opts.Interval <= 0 {
		opts.Interval = time.Minute
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Checkpointer{keys: keys, file: file, opts: opts, hc: &http.Client{Timeout: 5 * time.Second}, state: map[string]*cpState{}}
}

// Load records checkpoints already published (read back from the file), so
// that a restart neither repeats them nor waits a whole interval.
func (c *Checkpointer) Load(cps []Checkpoint) {
	c.mu.Lock()
	defer c.mu.Unlock()
	pub := c.keys.PublicKey()
	for _, cp := range cps {
		if !cp.Valid(pub) {
			continue
		}
		s := c.get(cp.Tenant)
		if cp.Seq >= s.lastSeq {
			s.lastSeq, s.lastAt = cp.Seq, cp.At
		}
	}
}

// Checkpointed reports whether tenant has a checkpoint (loaded or written).
func (c *Checkpointer) Checkpointed(tenant string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.state[tenant]
	return s != nil && s.lastSeq > 0
}

func (c *Checkpointer) get(tenant string) *cpState {
	s := c.state[tenant]
	if s == nil {
		s = &cpState{}
		c.state[tenant] = s
	}
	return s
}

// Observe records chain heads. Only keyed chains are checkpointed.
func (c *Checkpointer) Observe(heads ...Head) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, h := range heads {
		s := c.get(h.Tenant)
		if h.Seq >= s.head.Seq {
			s.head = h
		}
	}
}

// Flush writes a checkpoint for every chain that is due one (all chains that
// grew, with force: at shutdown) and returns how many it wrote.
func (c *Checkpointer) Flush(ctx context.Context, force bool) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.opts.Now()
	var out []Checkpoint
	var due []*cpState
	for tenant, s := range c.state {
		h := s.head
		if h.Format != FormatHMAC || h.Seq <= s.lastSeq {
			continue
		}
		if force || h.Seq-s.lastSeq >= c.opts.Every || now.Sub(s.lastAt) >= c.opts.Interval {
			out = append(out, c.keys.Sign(tenant, h.Seq, h.Hash, now))
			due = append(due, s)
		}
	}
	if len(out) == 0 {
		return 0, nil
	}
	if err := c.file.Append(out...); err != nil {
		return 0, err
	}
	for i, s := range due {
		s.lastSeq, s.lastAt = out[i].Seq, out[i].At
	}
	var err error
	if c.opts.WebhookURL != "" {
		err = c.post(ctx, out)
	}
	return len(out), err
}

// post sends a batch of checkpoints to the webhook.
func (c *Checkpointer) post(ctx context.Context, cps []Checkpoint) error {
	body, err := json.Marshal(cps)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.opts.WebhookURL, bytes.NewReader(body))
	if err != nil {
		return errors.New("audit: checkpoint webhook: bad URL")
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return errors.New("audit: checkpoint webhook: request failed")
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("audit: checkpoint webhook: status %d", resp.StatusCode)
	}
	return nil
}
