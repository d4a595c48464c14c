package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/sealpost/sealpost/internal/retention"
	"github.com/sealpost/sealpost/internal/staff"
	"log/slog"
	"net"
	"net/http"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/blob"
	"github.com/sealpost/sealpost/internal/campaign"
	"github.com/sealpost/sealpost/internal/channel/email"
	"github.com/sealpost/sealpost/internal/channel/sms"
	"github.com/sealpost/sealpost/internal/channel/webhook"
	"github.com/sealpost/sealpost/internal/delivery"
	"github.com/sealpost/sealpost/internal/fairshare"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

type serveFlags struct {
	common
	channels  channelFlags
	metrics   metricsFlags
	listen    string
	publicURL string
	dev       bool
	writers   int
	workers   int
	webhooks  int

	tenantBurst int
	tenantRate  float64

	attachmentsDir          string
	attachmentMax           int64
	sessionIdle, sessionMax time.Duration
	staff                   staffFlags // staff.go
	stepUp                  time.Duration
	accountLockFailures     int
	audit                   auditFlags
	cpEvery                 int64
	cpInterval              time.Duration
	retentionInterval       time.Duration
	metadataRetention       time.Duration
	cpWebhook               string
	trustedProxies          string
	guardDicts              dictFlag // guard.go
}

func cmdServe(ctx context.Context, args []string, io IO) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var f serveFlags
	f.register(fs)
	fs.StringVar(&f.listen, "listen", "127.0.0.1:8080", "address to listen on")
	fs.StringVar(&f.publicURL, "public-url", "", "base URL of end-user links (default http://<listen>)")
	fs.IntVar(&f.writers, "ingest-writers", 0, "concurrent group-commit writers for POST /v1/messages (0: 1 on SQLite, 2 on PostgreSQL)")
	fs.IntVar(&f.workers, "delivery-workers", 50, "deliveries worked at once (River workers on the deliveries queue)")
	fs.IntVar(&f.webhooks, "webhooks-max", service.DefaultMaxWebhooks, "webhook endpoints each tenant may have")
	fs.IntVar(&f.tenantBurst, "tenant-burst", fairshare.DefaultBurst, "jobs a tenant may queue at top priority before its further jobs yield to other tenants'")
	fs.Float64Var(&f.tenantRate, "tenant-rate", fairshare.DefaultRate, "jobs per second refilling each tenant's top-priority budget")
	fs.StringVar(&f.attachmentsDir, "attachments-dir", "", "directory for encrypted attachments (default <data-dir>/attachments)")
	fs.Int64Var(&f.attachmentMax, "attachment-max-bytes", service.DefaultAttachmentMax, "largest accepted attachment upload, in bytes")
	fs.DurationVar(&f.sessionIdle, "session-idle", service.DefaultSessionIdle, "end-user sessions end after this long without activity")
	fs.DurationVar(&f.sessionMax, "session-max", service.DefaultSessionMax, "end-user sessions end this long after sign-in in any case")
	f.staff.register(fs)
	fs.DurationVar(&f.stepUp, "step-up", service.DefaultStepUp, "how recent a second-factor check must be to open a restricted message (tenants may set their own)")
	fs.IntVar(&f.accountLockFailures, "account-lock-failures", service.DefaultAccountLockFailures, "failed sign-ins of one username in a day, from any addresses, that lock it for 15 minutes (one address is slowed down long before)")
	f.channels.register(fs)
	f.audit.register(fs)
	fs.Int64Var(&f.cpEvery, "audit-checkpoint-every", 1000, "sign an audit checkpoint of a chain once it has grown by this many events")
	fs.DurationVar(&f.retentionInterval, "retention-interval", retention.DefaultInterval, "how often the retention job shreds messages whose retention or expiry passed (one runner cluster-wide)")
	fs.DurationVar(&f.metadataRetention, "metadata-retention", service.DefaultMetadataRetention, "how long a shredded message's metadata (ids, times, delivery outcomes) is kept; the audit chain is never deleted")
	fs.DurationVar(&f.cpInterval, "audit-checkpoint-interval", time.Minute, "sign an audit checkpoint of every chain that grew at least this often")
	fs.StringVar(&f.cpWebhook, "audit-checkpoint-webhook", "", "also POST every batch of audit checkpoints (JSON array) to this URL, best effort")
	f.metrics.register(fs)
	f.guardDicts.register(fs)
	fs.StringVar(&f.trustedProxies, "trusted-proxies", "", "reverse proxies (addresses or CIDR prefixes, comma-separated) whose X-Forwarded-For names the client; sign-in throttling uses that address instead of the proxy's")
	fs.BoolVar(&f.dev, "dev", false, "development mode: create a demo tenant and print its API key")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErr("serve: unexpected argument %q", fs.Arg(0))
	}
	if f.dev {
		if err := devListenCheck(f.listen); err != nil {
			return err
		}
	}
	log, err := f.logger(io.Stderr)
	if err != nil {
		return err
	}
	metricsToken, err := f.metrics.loadToken()
	if err != nil {
		return err
	}
	proxies, err := api.ParseTrustedProxies(f.trustedProxies)
	if err != nil {
		return fmt.Errorf("--trusted-proxies: %w", err)
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	workers := river.NewWorkers()
	st, kf, err := f.openWith(ctx, true, store.Options{Workers: workers,
		Queues:       map[string]river.QueueConfig{jobs.QueueDeliveries: {MaxWorkers: max(1, f.workers)}, jobs.QueueMaintenance: {MaxWorkers: 1}, jobs.QueueCampaigns: campaign.Queue},
		PeriodicJobs: []*river.PeriodicJob{retention.Periodic(f.retentionInterval), staff.ShredPeriodic(f.staff.shredInterval)}})
	if err != nil {
		return err
	}
	defer st.Close()
	ln, err := net.Listen("tcp", f.listen)
	if err != nil {
		return err
	}
	if f.dev && !isLoopback(ln.Addr()) { // "localhost" resolved elsewhere
		ln.Close()
		return devListenErr(f.listen)
	}
	if f.publicURL == "" {
		f.publicURL = "http://" + ln.Addr().String()
	}
	met := metrics.New()
	stopMetrics, err := f.metrics.startMetricsListener(met, metricsToken, log)
	if err != nil {
		ln.Close()
		return err
	}
	defer stopMetrics()
	if f.attachmentsDir == "" {
		f.attachmentsDir = filepath.Join(f.dataDir, "attachments")
	}
	blobs, err := blob.NewDir(f.attachmentsDir)
	if err != nil {
		ln.Close()
		return fmt.Errorf("attachments directory: %w", err)
	}
	defer blobs.Close()
	cps, err := f.audit.checkpointer(ctx, &f.common, kf, audit.CheckpointOptions{Every: f.cpEvery, Interval: f.cpInterval, WebhookURL: f.cpWebhook})
	if err != nil {
		ln.Close()
		return err
	}
	defer cps.Close()
	// Tenants' jwks_url key sets are fetched under the webhook address
	// rules: public addresses only; --dev adds loopback.
	userTokenClient := &http.Client{Transport: webhook.PublicTransport()}
	if f.dev {
		userTokenClient = &http.Client{Transport: webhook.LoopbackTransport()}
	}
	svc, err := service.New(st, kf, log, met, service.Config{PublicURL: f.publicURL, IngestWriters: f.writers, AllowHTTPWebhooks: f.dev, MaxWebhooks: f.webhooks, TenantBurst: f.tenantBurst, TenantRate: f.tenantRate, Now: io.Now,
		SessionIdle: f.sessionIdle, SessionMax: f.sessionMax, StepUpWindow: f.stepUp, Blobs: blobs, AttachmentMax: f.attachmentMax,
		AccountLockFailures: f.accountLockFailures, AuditCheckpoints: cps.Checkpointer, UserTokenClient: userTokenClient,
		MetadataRetention: f.metadataRetention, GuardDictionaries: f.guardDicts.resolve(log)})
	if err != nil {
		ln.Close()
		return err
	}
	defer svc.Close()
	if f.dev {
		if err := devTenant(ctx, svc, st, io); err != nil {
			ln.Close()
			return err
		}
	}
	bg, cancelBG := context.WithCancel(context.Background())
	bgDone := make(chan struct{})
	defer func() { cancelBG(); <-bgDone }() // the chainer's last checkpoints are written
	go func() { svc.RunBackground(bg); close(bgDone) }()

	senders, closers, err := f.channels.senders()
	if err != nil {
		ln.Close()
		return err
	}
	for _, c := range closers {
		defer c() //nolint:errcheck
	}
	if es, ok := senders["email"].(*email.Sender); ok && len(es.DKIMSigners()) > 0 {
		log.Info("DKIM signing", "keys", es.DKIMSigners())
	}
	handler := api.New(svc, log, met)
	handler.SetMetricsToken(metricsToken) // none: the API listener answers /metrics 404
	handler.SetTrustedProxies(proxies)
	if f.dev && isLoopback(ln.Addr()) && strings.HasPrefix(f.publicURL, "http://") {
		// Plain-HTTP session cookies only for a browser on this machine.
		handler.AllowInsecureCookies()
	}
	if f.dev {
		closeDev, err := devChannels(bg, senders, handler.Mux(), io, log, f.publicURL)
		if err != nil {
			ln.Close()
			return err
		}
		defer closeDev() //nolint:errcheck
	}
	// Webhooks: notices to tenant endpoints and delivery-status events. The
	// transport connects only to globally reachable addresses; --dev adds
	// loopback (receivers on this machine), nothing else.
	hookClient := &http.Client{Transport: webhook.PublicTransport()}
	if f.dev {
		hookClient = &http.Client{Transport: webhook.LoopbackTransport()}
	}
	hooks := webhook.NewSender(hookClient, webhook.DefaultTimeout, svc.WebhookSecret)
	senders["webhook"] = hooks
	deliverer := delivery.New(svc, senders, log)
	river.AddWorker(workers, &delivery.Worker{D: deliverer})
	river.AddWorker(workers, &delivery.StatusWorker{Svc: svc, Sender: hooks})
	river.AddWorker(workers, &delivery.ReplyEventWorker{Svc: svc, Sender: hooks})
	river.AddWorker(workers, &retention.Worker{Svc: svc, Log: log})
	river.AddWorker(workers, &campaign.Worker{Svc: svc, Log: log})
	f.staff.start(workers, handler, senders, log)
	if tw := f.channels.twilio; tw != nil {
		handler.Mux().Handle("POST /v1/callbacks/twilio", tw.StatusEventHandler(func(ctx context.Context, st sms.Status) {
			failed := st.Status == "failed" || st.Status == "undelivered"
			if err := deliverer.ProviderStatus(ctx, "sms", st.ProviderID, st.Delivered, failed); err != nil {
				log.Error("sms status callback", "err", err)
			}
		}))
	}
	if err := st.StartJobs(bg); err != nil {
		ln.Close()
		return fmt.Errorf("start delivery workers: %w", err)
	}
	chans := make([]string, 0, len(senders))
	for c := range senders {
		chans = append(chans, c)
	}
	log.Info("delivery workers started", "channels", chans, "workers", f.workers)

	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	// Live inbox streams never go idle on their own: end them when
	// shutdown begins, so Shutdown can wait for the other requests.
	srv.RegisterOnShutdown(svc.InboxEvents().Close)
	log.Info("sealpost listening", "addr", ln.Addr().String(), "database", st.Dialect(), "root_key", kf.Describe(), "public_url", f.publicURL, "dev", f.dev)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	// Let running deliveries finish (10 s), then cancel them: they are retried
	// on the next start with the same notice.
	jctx, jcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer jcancel()
	if err := st.StopJobs(jctx); err != nil {
		log.Warn("stopping delivery workers", "err", err)
	}
	return nil
}

func isLoopback(a net.Addr) bool {
	ta, ok := a.(*net.TCPAddr)
	return ok && ta.IP.IsLoopback()
}
