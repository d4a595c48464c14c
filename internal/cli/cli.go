package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/user"
	"text/tabwriter"
	"time"

	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// IO are the streams a command uses.
type IO struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Now, when set, is the service's clock (sessions, step-up windows, TOTP,
	// link expiry). Only tests set it; the binary always uses the real clock.
	Now func() time.Time
}

const usage = `sealpost — HIPAA-safe notices with sealed content

usage:
  sealpost serve [--dev] [flags]        run the service
  sealpost migrate [flags]              apply database migrations
  sealpost tenant create NAME [--json]  create a tenant; prints its API key once
  sealpost tenant list                  list tenants
  sealpost tenant keys list TENANT      list a tenant's API keys (prefixes only)
  sealpost tenant keys create TENANT    add an API key; prints it once
  sealpost tenant keys revoke TENANT PREFIX
  sealpost keys rotate                  new root and tenant keys; re-wrap every data key
  sealpost audit verify [--json]        check every audit chain end to end and against its signed checkpoints
  sealpost audit checkpoint             verify, then sign and publish a checkpoint of every chain now
  sealpost audit pubkey                 print the public key that signs audit checkpoints
  sealpost guard check FILE|-           lint a text with the PHI guard (exit 1 if it would block)
  sealpost guard review FILE|-          review a library of notices, one a line: the terms to approve (exit 1 if any is blocked)
  sealpost retention status [--json]    messages due for shredding, the oldest due, shredded today
  sealpost staff create --tenant ID --email E --role R [--pools a,b]   a staff mailbox account; prints its invitation link
  sealpost widget [--public-url URL]    print the <script> tag (with its SRI hash) that embeds the inbox widget
  sealpost bench ingest [flags]         load-test POST /v1/messages against a raw-INSERT baseline
  sealpost bench deliver [flags]        end to end: API → worker → SMTP (STARTTLS + DKIM) sink
  sealpost bench open [flags]           signed-in users opening messages (GET /v1/inbox/{id})
  sealpost bench retention [flags]      shred a backlog of due messages; ingest latency meanwhile
  sealpost bench events [flags]         idle live-badge streams (GET /v1/inbox/events): node memory, POST → event latency

Run "sealpost COMMAND -h" for a command's flags. Every flag has an environment
variable SEALPOST_<FLAG>, e.g. --db is SEALPOST_DB.
`

// Run executes the command line and returns the process exit code.
func Run(ctx context.Context, args []string, io IO) int {
	if len(args) == 0 {
		fmt.Fprint(io.Stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "serve":
		err = cmdServe(ctx, args[1:], io)
	case "migrate":
		err = cmdMigrate(ctx, args[1:], io)
	case "tenant":
		err = cmdTenant(ctx, args[1:], io)
	case "keys":
		err = cmdKeys(ctx, args[1:], io)
	case "audit":
		err = cmdAudit(ctx, args[1:], io)
	case "bench":
		err = cmdBench(ctx, args[1:], io)
	case "guard":
		err = cmdGuard(args[1:], io, io.Stdin)
	case "widget":
		err = cmdWidget(args[1:], io)
	case "retention":
		err = cmdRetention(ctx, args[1:], io)
	case "staff":
		err = cmdStaff(ctx, args[1:], io)
	case "help", "-h", "--help":
		fmt.Fprint(io.Stdout, usage)
		return 0
	default:
		fmt.Fprintf(io.Stderr, "sealpost: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ee):
		fmt.Fprintln(io.Stderr, "sealpost:", ee.msg)
		return ee.code
	default:
		fmt.Fprintln(io.Stderr, "sealpost:", err)
		return 1
	}
}

type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }

func usageErr(format string, a ...any) error { return exitError{2, fmt.Sprintf(format, a...)} }

// cliActor names the operator in the audit log.
func cliActor() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return "cli:" + u.Username
	}
	return "cli"
}

func cmdMigrate(ctx context.Context, args []string, io IO) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var c common
	c.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	st, kf, err := c.open(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	fmt.Fprintf(io.Stdout, "migrations applied (%s); root key: %s\n", st.Dialect(), kf.Describe())
	return nil
}

// newService builds the use-case layer for a command.
func newService(st *store.Store, kf seal.KeySource, c *common, io IO, cfg service.Config) (*service.Service, error) {
	log, err := c.logger(io.Stderr)
	if err != nil {
		return nil, err
	}
	if cfg.PublicURL == "" {
		cfg.PublicURL = "http://127.0.0.1:8080"
	}
	if io.Now != nil {
		cfg.Now = io.Now
	}
	return service.New(st, kf, log, metrics.New(), cfg)
}

func cmdTenant(ctx context.Context, args []string, io IO) error {
	if len(args) == 0 {
		return usageErr("tenant: want create, list or keys")
	}
	sub, args := args[0], args[1:]
	if sub == "keys" {
		return cmdTenantKeys(ctx, args, io)
	}
	fs := flag.NewFlagSet("tenant "+sub, flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var c common
	c.register(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	// Accept NAME before or after the flags.
	var name string
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		name, args = args[0], args[1:]
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if name == "" && fs.NArg() > 0 {
		name = fs.Arg(0)
	}
	st, kf, err := c.open(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	svc, err := newService(st, kf, &c, io, service.Config{})
	if err != nil {
		return err
	}
	defer svc.Close()
	switch sub {
	case "create":
		if name == "" {
			return usageErr("tenant create: NAME is required")
		}
		ct, err := svc.CreateTenant(ctx, name, cliActor())
		if err != nil {
			return err
		}
		if *asJSON {
			return json.NewEncoder(io.Stdout).Encode(map[string]string{"tenant_id": ct.TenantID, "api_key": ct.APIKey})
		}
		fmt.Fprintf(io.Stdout, "tenant_id: %s\nname:      %s\napi_key:   %s\n\nThe API key is shown only once; sealpost keeps only its hash.\n", ct.TenantID, ct.Name, ct.APIKey)
		return nil
	case "list":
		ts, err := st.ListTenants(ctx)
		if err != nil {
			return err
		}
		if *asJSON {
			out := []map[string]any{}
			for _, t := range ts {
				out = append(out, map[string]any{"tenant_id": t.ID, "name": t.Name, "created_at": t.CreatedAt})
			}
			return json.NewEncoder(io.Stdout).Encode(out)
		}
		tw := tabwriter.NewWriter(io.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "TENANT_ID\tNAME\tCREATED")
		for _, t := range ts {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", t.ID, t.Name, t.CreatedAt.Format(time.RFC3339))
		}
		return tw.Flush()
	default:
		return usageErr("tenant: unknown subcommand %q", sub)
	}
}

func cmdTenantKeys(ctx context.Context, args []string, io IO) error {
	if len(args) == 0 {
		return usageErr("tenant keys: want list, create or revoke")
	}
	sub, args := args[0], args[1:]
	var pos []string
	for len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		pos, args = append(pos, args[0]), args[1:]
	}
	fs := flag.NewFlagSet("tenant keys "+sub, flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var c common
	c.register(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	label := fs.String("label", "", "label for a new key")
	if err := parse(fs, args); err != nil {
		return err
	}
	pos = append(pos, fs.Args()...)
	if len(pos) < 1 {
		return usageErr("tenant keys %s: TENANT (id or name) is required", sub)
	}
	st, kf, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	svc, err := newService(st, kf, &c, io, service.Config{})
	if err != nil {
		return err
	}
	defer svc.Close()
	t, err := st.GetTenant(ctx, pos[0])
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no tenant %q", pos[0])
	} else if err != nil {
		return err
	}
	switch sub {
	case "list":
		ks, err := st.ListAPIKeys(ctx, t.ID)
		if err != nil {
			return err
		}
		if *asJSON {
			out := []map[string]any{}
			for _, k := range ks {
				out = append(out, map[string]any{"prefix": k.Prefix, "label": k.Label, "created_at": k.CreatedAt, "revoked_at": k.RevokedAt})
			}
			return json.NewEncoder(io.Stdout).Encode(out)
		}
		tw := tabwriter.NewWriter(io.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "PREFIX\tLABEL\tCREATED\tSTATUS")
		for _, k := range ks {
			status := "active"
			if k.RevokedAt != nil {
				status = "revoked " + k.RevokedAt.Format(time.RFC3339)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", k.Prefix, k.Label, k.CreatedAt.Format(time.RFC3339), status)
		}
		return tw.Flush()
	case "create":
		key, rec, err := svc.CreateAPIKey(ctx, t.ID, *label, cliActor())
		if err != nil {
			return err
		}
		if *asJSON {
			return json.NewEncoder(io.Stdout).Encode(map[string]string{"tenant_id": t.ID, "prefix": rec.Prefix, "api_key": key})
		}
		fmt.Fprintf(io.Stdout, "api_key: %s\n\nThe API key is shown only once; sealpost keeps only its hash.\n", key)
		return nil
	case "revoke":
		if len(pos) < 2 {
			return usageErr("tenant keys revoke: TENANT and PREFIX are required")
		}
		switch err := svc.RevokeAPIKey(ctx, t.ID, pos[1], cliActor()); {
		case errors.Is(err, store.ErrNotFound):
			return fmt.Errorf("tenant %s has no key %q", t.Name, pos[1])
		case errors.Is(err, store.ErrGone):
			return fmt.Errorf("key %s is already revoked", pos[1])
		case err != nil:
			return err
		}
		fmt.Fprintf(io.Stdout, "revoked %s (running servers stop accepting it within %s)\n", pos[1], "2s")
		return nil
	default:
		return usageErr("tenant keys: unknown subcommand %q", sub)
	}
}

func cmdKeys(ctx context.Context, args []string, io IO) error {
	if len(args) == 0 || args[0] != "rotate" {
		return usageErr("keys: want rotate")
	}
	fs := flag.NewFlagSet("keys rotate", flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var c common
	c.register(fs)
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	st, kf, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	svc, err := newService(st, kf, &c, io, service.Config{})
	if err != nil {
		return err
	}
	defer svc.Close()
	res, err := svc.RotateKeys(ctx, cliActor(), func(total int64) service.ProgressFunc {
		p := seal.NewProgress(os.Stderr, total, "re-wrapping data keys")
		return func(n int64, done bool) {
			p.Add(n)
			if done {
				p.Done()
			}
		}
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(io.Stdout, "rotated: new root key and new primary key for %d tenants; %d of %d data keys re-wrapped (%d already current)\n",
		res.Tenants, res.Rewrapped, res.DataKeys, res.DataKeys-res.Rewrapped)
	return nil
}
