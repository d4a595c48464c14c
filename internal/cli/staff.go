package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/riverqueue/river"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/bench"
	"github.com/sealpost/sealpost/internal/channel"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/staff"
	"github.com/sealpost/sealpost/internal/store"
)

// The staff mailbox on the command line: serve's flags and workers, and
// `sealpost staff create`.

type staffFlags struct {
	sessionIdle, sessionMax time.Duration
	shredInterval           time.Duration
}

func (f *staffFlags) register(fs *flag.FlagSet) {
	fs.DurationVar(&f.sessionIdle, "staff-session-idle", staff.DefaultSessionIdle, "staff sessions end after this long without activity")
	fs.DurationVar(&f.sessionMax, "staff-session-max", staff.DefaultSessionMax, "staff sessions end this long after sign-in in any case")
	fs.DurationVar(&f.shredInterval, "staff-shred-interval", staff.DefaultShredInterval, "how often staff message content past its pool policy is shredded (one runner cluster-wide)")
}

// start configures the staff mailbox and registers its workers: the
// quick-removal pass and the staff notices (email channel).
func (f *staffFlags) start(workers *river.Workers, h *api.Server, senders map[string]channel.Sender, log *slog.Logger) {
	st := h.Staff()
	st.Configure(f.sessionIdle, f.sessionMax)
	river.AddWorker(workers, &staff.ShredWorker{Staff: st, Log: log})
	river.AddWorker(workers, &staff.NoticeWorker{Staff: st, Email: senders["email"], Log: log})
}

// staffCmd is `sealpost staff create --tenant ID --email E --role R [--pools a,b] [--name N]`:
// it creates the account, queues the invitation email, and prints the
// invitation link.
func cmdStaff(ctx context.Context, args []string, io IO) error {
	if len(args) == 0 || args[0] != "create" {
		return usageErr("usage: sealpost staff create --tenant ID --email ADDRESS --role member|admin [--pools a,b] [--name NAME] [--public-url URL]")
	}
	fs := flag.NewFlagSet("staff create", flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var c common
	c.register(fs)
	tenant := fs.String("tenant", "", "tenant id")
	email := fs.String("email", "", "the staff member's work email (the invitation goes there)")
	name := fs.String("name", "", "display name shown to other staff")
	role := fs.String("role", staff.RoleMember, "member or admin")
	pools := fs.String("pools", "", "comma-separated pools (created with the default policy if new)")
	publicURL := fs.String("public-url", "", "the service's public base URL, for the invitation link (as serve's --public-url)")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if !ids.Valid(ids.Tenant, *tenant) {
		return usageErr("staff create: --tenant must be a tenant id (ten_…; see sealpost tenant list)")
	}
	st, kf, err := c.open(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	if _, err := st.GetTenant(ctx, *tenant); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return usageErr("staff create: no tenant %s", *tenant)
		}
		return err
	}
	svc, err := newService(st, kf, &c, io, service.Config{PublicURL: *publicURL})
	if err != nil {
		return err
	}
	defer svc.Close()
	var ps []string
	for _, p := range strings.Split(*pools, ",") {
		if p = strings.TrimSpace(p); p != "" {
			ps = append(ps, p)
		}
	}
	stf := staff.New(svc, nil, staff.Config{})
	res, err := stf.Create(ctx, *tenant, cliActor(), staff.CreateInput{Email: *email, Name: *name, Role: *role, Pools: ps})
	var se *service.Error
	if errors.As(err, &se) && len(se.Fields) > 0 {
		var b strings.Builder
		for _, f := range se.Fields {
			fmt.Fprintf(&b, "\n  --%s: %s", strings.TrimPrefix(strings.SplitN(f.Pointer[1:], "/", 2)[0], "/"), f.Detail)
		}
		return usageErr("staff create: %s:%s", se.Detail, b.String())
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(io.Stdout, "staff %s created (%s)\ninvitation link (valid %s, shown once): %s\n", res.ID, res.Role, staff.InvitationTTL, res.InvitationLink)
	return nil
}

// cmdBenchStaffOpen is `sealpost bench staff-open`.
func cmdBenchStaffOpen(ctx context.Context, args []string, io IO) error {
	fs := flag.NewFlagSet("bench staff-open", flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var cfg bench.StaffOpenConfig
	fs.StringVar(&cfg.DB, "db", "sqlite", `"sqlite" (a fresh temporary file), "sqlite:PATH" or a postgres:// URL (a fresh schema, dropped afterwards)`)
	fs.IntVar(&cfg.Staff, "staff", 10, "staff members in the pool, each enrolled through the pages (password + TOTP)")
	fs.IntVar(&cfg.Rate, "rate", 200, "offered opens/s on a fixed schedule")
	fs.IntVar(&cfg.Clients, "clients", 64, "most requests in flight")
	fs.DurationVar(&cfg.Duration, "duration", 90*time.Second, "time opening messages")
	fs.IntVar(&cfg.OpensPer, "opens-per-message", 2, "opens of each message (by different staff)")
	fs.DurationVar(&cfg.ReadTTL, "read-ttl", time.Minute, "the pool's read policy: content is shredded this long after the first open")
	fs.DurationVar(&cfg.ShredInterval, "shred-interval", staff.DefaultShredInterval, "how often the shredding pass runs")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg.Log = io.Stderr
	rep, err := bench.RunStaffOpen(ctx, cfg)
	if err != nil {
		return err
	}
	if *asJSON {
		return rep.JSON(io.Stdout)
	}
	rep.Print(io.Stdout)
	return nil
}
