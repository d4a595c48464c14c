package audit

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sync"
	"time"
)

// Checkpoint is a signed statement that tenant's chain reached Seq with head
// hash Head at time At. Checkpoints live outside the database (an append-only
// file, optionally a webhook), so a database writer who drops the newest
// events cannot also drop the proof that they existed.
//
// On disk it is one JSON line:
//
//	{"v":1,"tenant":"ten_…","seq":42,"head":"<hex>","at":"2026-…Z","key":"<key id>","sig":"<base64>"}
type Checkpoint struct {
	V      int       `json:"v"`
	Tenant string    `json:"tenant"` // "" is the system chain
	Seq    int64     `json:"seq"`
	Head   HexBytes  `json:"head"`
	At     time.Time `json:"at"`
	KeyID  string    `json:"key"`
	Sig    []byte    `json:"sig"`
}

// HexBytes marshals as a hex string.
type HexBytes []byte

// MarshalText implements encoding.TextMarshaler.
func (h HexBytes) MarshalText() ([]byte, error) {
	return []byte(hex.EncodeToString(h)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (h *HexBytes) UnmarshalText(b []byte) error {
	out, err := hex.DecodeString(string(b))
	if err != nil {
		return errors.New("audit: bad hex")
	}
	*h = out
	return nil
}

// signedBytes is the message a checkpoint's signature covers.
func (c Checkpoint) signedBytes() []byte {
	var b bytes.Buffer
	field := func(s []byte) {
		b.Write(binary.BigEndian.AppendUint64(nil, uint64(len(s))))
		b.Write(s)
	}
	field([]byte("sealpost-audit-checkpoint-v1"))
	field([]byte(c.Tenant))
	b.Write(binary.BigEndian.AppendUint64(nil, uint64(c.Seq)))
	field(c.Head)
	b.Write(binary.BigEndian.AppendUint64(nil, uint64(c.At.UnixMicro())))
	return b.Bytes()
}

// Sign returns the checkpoint of tenant at (seq, head), time at, signed.
func (k *Keys) Sign(tenant string, seq int64, head []byte, at time.Time) Checkpoint {
	c := Checkpoint{V: 1, Tenant: tenant, Seq: seq, Head: append(HexBytes(nil), head...),
		At: at.UTC().Truncate(time.Microsecond), KeyID: KeyID(k.PublicKey())}
	c.Sig = ed25519.Sign(k.sign, c.signedBytes())
	return c
}

// Valid reports whether c carries a good signature by pub.
func (c Checkpoint) Valid(pub ed25519.PublicKey) bool {
	return c.V == 1 && len(pub) == ed25519.PublicKeySize && ed25519.Verify(pub, c.signedBytes(), c.Sig)
}

// CheckpointFile is an append-only file of checkpoints, one JSON line each.
// Every append is written with O_APPEND in one write and fsync'd before
// Append returns. It is safe for concurrent use.
type CheckpointFile struct {
	mu sync.Mutex
	f  *os.File
}

// OpenCheckpointFile opens (creating with mode 0600) the checkpoint file at path.
func OpenCheckpointFile(path string) (*CheckpointFile, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("audit: checkpoint file: %w", err)
	}
	return &CheckpointFile{f: f}, nil
}

// Append writes cps and syncs the file.
func (cf *CheckpointFile) Append(cps ...Checkpoint) error {
	if len(cps) == 0 {
		return nil
	}
	var b bytes.Buffer
	for _, c := range cps {
		line, err := json.Marshal(c)
		if err != nil {
			return err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	cf.mu.Lock()
	defer cf.mu.Unlock()
	if _, err := cf.f.Write(b.Bytes()); err != nil {
		return fmt.Errorf("audit: checkpoint file: %w", err)
	}
	if err := cf.f.Sync(); err != nil {
		return fmt.Errorf("audit: checkpoint file: %w", err)
	}
	return nil
}

// Close closes the file.
func (cf *CheckpointFile) Close() error { return cf.f.Close() }

// ReadCheckpoints reads every checkpoint in the file at path. A missing file
// is no checkpoints. Malformed counts lines that are not checkpoints (a line
// torn by a crash mid-append included); they are skipped.
func ReadCheckpoints(path string) (cps []Checkpoint, malformed int, err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0, nil
	} else if err != nil {
		return nil, 0, fmt.Errorf("audit: checkpoint file: %w", err)
	}
	defer f.Close()
	return ParseCheckpoints(f)
}

// ParseCheckpoints reads checkpoints, one JSON line each, from r.
func ParseCheckpoints(r io.Reader) (cps []Checkpoint, malformed int, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var c Checkpoint
		if json.Unmarshal(line, &c) != nil || c.Seq < 1 || len(c.Head) == 0 {
			malformed++
			continue
		}
		cps = append(cps, c)
	}
	return cps, malformed, sc.Err()
}
