package cli

import (
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"path/filepath"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// auditFlags locate the audit checkpoint file.
type auditFlags struct {
	checkpoints string
}

func (a *auditFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&a.checkpoints, "audit-checkpoints", "", "append-only file of signed audit checkpoints (default <data-dir>/audit-checkpoints.jsonl)")
}

func (a *auditFlags) path(c *common) string {
	if a.checkpoints != "" {
		return a.checkpoints
	}
	return filepath.Join(c.dataDir, "audit-checkpoints.jsonl")
}

// openCheckpointer is a checkpointer on the checkpoint file, primed with the
// checkpoints already in it.
type openCheckpointer struct {
	*audit.Checkpointer
	file *audit.CheckpointFile
}

func (o openCheckpointer) Close() { o.file.Close() }

func (a *auditFlags) checkpointer(ctx context.Context, c *common, kf seal.KeySource, opts audit.CheckpointOptions) (openCheckpointer, error) {
	keys, err := service.AuditKeys(ctx, kf)
	if err != nil {
		return openCheckpointer{}, err
	}
	path := a.path(c)
	cps, _, err := audit.ReadCheckpoints(path)
	if err != nil {
		return openCheckpointer{}, err
	}
	f, err := audit.OpenCheckpointFile(path)
	if err != nil {
		return openCheckpointer{}, err
	}
	cp := audit.NewCheckpointer(keys, f, opts)
	cp.Load(cps)
	return openCheckpointer{cp, f}, nil
}

func cmdAudit(ctx context.Context, args []string, io IO) error {
	if len(args) == 0 {
		return usageErr("audit: want verify, checkpoint or pubkey")
	}
	sub := args[0]
	fs := flag.NewFlagSet("audit "+sub, flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var c common
	var af auditFlags
	c.register(fs)
	af.register(fs)
	asJSON := fs.Bool("json", false, "print JSON (verify)")
	pubFlag := fs.String("pubkey", "", "verify checkpoint signatures with this public key (base64, from \"audit pubkey\") instead of the key file's")
	if sub != "verify" && sub != "checkpoint" && sub != "pubkey" {
		return usageErr("audit: unknown subcommand %q", sub)
	}
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	st, kf, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	keys, err := service.AuditKeys(ctx, kf)
	if err != nil {
		return err
	}
	st.SetAuditKeys(keys)
	switch sub {
	case "pubkey":
		pub := keys.PublicKey()
		if *asJSON {
			return json.NewEncoder(io.Stdout).Encode(map[string]string{"public_key": base64.StdEncoding.EncodeToString(pub), "key_id": audit.KeyID(pub)})
		}
		fmt.Fprintf(io.Stdout, "%s\n(key id %s; give it to auditors: sealpost audit verify --pubkey …)\n", base64.StdEncoding.EncodeToString(pub), audit.KeyID(pub))
		return nil
	case "checkpoint":
		return auditCheckpoint(ctx, st, kf, &c, &af, io)
	}
	pub := keys.PublicKey()
	if *pubFlag != "" {
		b, err := base64.StdEncoding.DecodeString(*pubFlag)
		if err != nil || len(b) != ed25519.PublicKeySize {
			return usageErr("audit verify: --pubkey is not a base64 Ed25519 public key")
		}
		pub = b
	}
	rep, err := verifyAudit(ctx, st, af.path(&c), pub)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(io.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
		if !rep.OK {
			return exitError{1, "audit log BROKEN"}
		}
		return nil
	}
	if !rep.OK {
		if b := rep.FirstBreak(); b != nil {
			return exitError{1, fmt.Sprintf("audit chain BROKEN: %s", b.Error())}
		}
		return exitError{1, fmt.Sprintf("audit checkpoints BROKEN: %d lines of %s are not checkpoints", rep.MalformedCheckpoints, rep.CheckpointFile)}
	}
	checked := 0
	for _, t := range rep.Tenants {
		checked += t.CheckpointsChecked
	}
	fmt.Fprintf(io.Stdout, "audit log intact: %d events in %d chains verified; %d signed checkpoints matched", rep.Events, len(rep.Tenants), checked)
	if rep.Pending > 0 {
		fmt.Fprintf(io.Stdout, " (%d events committed meanwhile, not yet chained)", rep.Pending)
	}
	fmt.Fprintln(io.Stdout)
	return nil
}

// verifyAudit links the events committed since the last background pass (so
// the walk covers everything written so far) and checks every chain against
// the checkpoint file.
func verifyAudit(ctx context.Context, st *store.Store, path string, pub ed25519.PublicKey) (*audit.Report, error) {
	if _, err := st.ChainAllAudit(ctx); err != nil {
		return nil, err
	}
	pending, err := st.PendingAudit(ctx)
	if err != nil {
		return nil, err
	}
	cps, malformed, err := audit.ReadCheckpoints(path)
	if err != nil {
		return nil, err
	}
	rep, err := st.VerifyAuditReport(ctx, cps, pub)
	if err != nil {
		return nil, err
	}
	rep.Pending, rep.CheckpointFile, rep.MalformedCheckpoints = pending, path, malformed
	rep.PublicKey = base64.StdEncoding.EncodeToString(pub)
	rep.OK = rep.OK && malformed == 0
	return rep, nil
}

// auditCheckpoint re-links legacy chains, verifies every chain and, only if
// all are intact, signs and publishes a checkpoint of each.
func auditCheckpoint(ctx context.Context, st *store.Store, kf seal.KeySource, c *common, af *auditFlags, io IO) error {
	cp, err := af.checkpointer(ctx, c, kf, audit.CheckpointOptions{})
	if err != nil {
		return err
	}
	defer cp.Close()
	if _, err := st.RelinkAudit(ctx, cp.Checkpointed, 1000); err != nil {
		return err
	}
	rep, err := verifyAudit(ctx, st, af.path(c), st.AuditKeys().PublicKey())
	if err != nil {
		return err
	}
	if !rep.OK {
		return exitError{1, "audit log BROKEN: no checkpoint written (run sealpost audit verify)"}
	}
	heads, err := st.AuditHeads(ctx)
	if err != nil {
		return err
	}
	cp.Observe(heads...)
	n, err := cp.Flush(ctx, true)
	if err != nil {
		return err
	}
	fmt.Fprintf(io.Stdout, "%d checkpoints written to %s at %s\n", n, af.path(c), time.Now().UTC().Format(time.RFC3339))
	return nil
}
