package bench

// `sealpost bench campaign`: how long a campaign to N consenting recipients
// takes to plan (every message, delivery and delivery job committed), and
// what it does meanwhile to another tenant's POST /v1/messages. Setup (not
// measured): a fresh database, a marketing tenant with N recipients (email,
// marketing consent) in one segment (added through the API, 10,000 per
// call), and another tenant with one recipient. Measured: from POST
// /v1/campaigns until the campaign is planned — the planning job's own use
// case (service.PlanCampaign with the job's budget, run after run, as the
// campaigns queue runs it) — while an open-loop client of the other tenant
// posts IngestRate messages/s; the same ingest load is measured alone first.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/sealpost/sealpost/internal/campaign"
	"github.com/sealpost/sealpost/internal/service"
)

// CampaignConfig describes one run.
type CampaignConfig struct {
	DB         string        // as OpenConfig.DB
	Recipients int           // consenting segment members (default 100,000)
	IngestRate int           // the other tenant's POST /v1/messages per second during planning (default 200; 0: none)
	Alone      time.Duration // ingest measured alone first (default 10 s)
	Log        io.Writer
}

// CampaignReport is the outcome.
type CampaignReport struct {
	Database     string        `json:"database"`
	CPUs         int           `json:"cpus"`
	Recipients   int           `json:"recipients"`
	Fill         time.Duration `json:"fill_ns"`
	Planned      int64         `json:"planned"`
	Runs         int           `json:"runs"`
	PlanTime     time.Duration `json:"plan_ns"`
	PlanPerSec   float64       `json:"planned_per_second"`
	IngestRate   int           `json:"ingest_offered_rate"`
	AloneIngest  IngestWindow  `json:"ingest_alone"`
	DuringIngest IngestWindow  `json:"ingest_during_planning"`
}

// RunCampaign runs the benchmark.
func RunCampaign(ctx context.Context, cfg CampaignConfig) (CampaignReport, error) {
	if cfg.Recipients <= 0 {
		cfg.Recipients = 100_000
	}
	if cfg.IngestRate < 0 {
		cfg.IngestRate = 0
	}
	if cfg.Alone <= 0 {
		cfg.Alone = 10 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	rep := CampaignReport{CPUs: runtime.NumCPU(), Recipients: cfg.Recipients, IngestRate: cfg.IngestRate}
	node, err := startNode(ctx, cfg.DB, service.Config{})
	if err != nil {
		return rep, err
	}
	defer node.close()
	svc, base := node.svc, node.base
	rep.Database = node.st.Dialect()
	mkt, err := svc.CreateTenant(ctx, "bench-marketing", "bench")
	if err != nil {
		return rep, err
	}
	other, err := svc.CreateTenant(ctx, "bench-other", "bench")
	if err != nil {
		return rep, err
	}
	tr := &http.Transport{MaxIdleConnsPerHost: 64, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 60 * time.Second}
	if code, err := call(client, "PUT", base+"/v1/recipients/bench-live", other.APIKey, "", []byte(`{"email":"live@example.org"}`)); err != nil || code != 201 {
		return rep, fmt.Errorf("bench: other tenant's recipient: %d %v", code, err)
	}

	// Fill: recipients with marketing consent, through the service (the
	// API's own use cases, without HTTP), then the segment through the API.
	fmt.Fprintf(cfg.Log, "campaign: %s, creating %d recipients with marketing consent\n", rep.Database, cfg.Recipients)
	t0 := time.Now()
	p := service.Principal{TenantID: mkt.TenantID, KeyPrefix: "bench"}
	email := func(i int) *string { s := fmt.Sprintf("member-%d@example.org", i); return &s }
	if err := parallel(ctx, cfg.Recipients, 8, func(i int) error {
		ext := fmt.Sprintf("member-%07d", i)
		if _, _, err := svc.PutRecipient(ctx, p, ext, service.RecipientInput{Email: email(i)}); err != nil {
			return err
		}
		_, err := svc.GiveConsent(ctx, p, ext, service.ConsentInput{Kind: service.ConsentMarketing, NoticeVersion: "v1", Source: "bench"})
		return err
	}); err != nil {
		return rep, err
	}
	if code, err := call(client, "PUT", base+"/v1/segments/sg-bench", mkt.APIKey, "", nil); err != nil || code != 201 {
		return rep, fmt.Errorf("bench: segment: %d %v", code, err)
	}
	for from := 0; from < cfg.Recipients; from += service.MaxSegmentChange {
		ids := make([]string, 0, service.MaxSegmentChange)
		for i := from; i < min(cfg.Recipients, from+service.MaxSegmentChange); i++ {
			ids = append(ids, fmt.Sprintf("member-%07d", i))
		}
		body, _ := json.Marshal(map[string]any{"recipients": ids})
		if code, err := call(client, "POST", base+"/v1/segments/sg-bench/members", mkt.APIKey, "", body); err != nil || code != 200 {
			return rep, fmt.Errorf("bench: members: %d %v", code, err)
		}
	}
	rep.Fill = time.Since(t0)
	fmt.Fprintf(cfg.Log, "campaign: set up in %.1fs\n", rep.Fill.Seconds())

	ingest := func(stop <-chan struct{}) IngestWindow {
		return ingestLoad(ctx, client, base, other.APIKey, cfg.IngestRate, stop)
	}
	if cfg.IngestRate > 0 {
		fmt.Fprintf(cfg.Log, "campaign: the other tenant's ingest alone at %d/s for %s\n", cfg.IngestRate, cfg.Alone)
		stop := make(chan struct{})
		time.AfterFunc(cfg.Alone, func() { close(stop) })
		rep.AloneIngest = ingest(stop)
	}

	fmt.Fprintf(cfg.Log, "campaign: planning\n")
	stop := make(chan struct{})
	var during IngestWindow
	var wg sync.WaitGroup
	if cfg.IngestRate > 0 {
		wg.Add(1)
		go func() { defer wg.Done(); during = ingest(stop) }()
	}
	end := func() { close(stop); wg.Wait(); rep.DuringIngest = during }
	t0 = time.Now()
	body, _ := json.Marshal(map[string]any{"segment": "sg-bench", "category": "marketing_offer",
		"subject": "Twenty percent off this week", "body": "Show this code at the counter: SPRING20. Valid until Sunday."})
	req, _ := http.NewRequest("POST", base+"/v1/campaigns", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+mkt.APIKey)
	req.Header.Set("Content-Type", "application/json")
	res, err := client.Do(req)
	if err != nil {
		end()
		return rep, err
	}
	var view service.CampaignView
	err = json.NewDecoder(res.Body).Decode(&view)
	res.Body.Close()
	if err != nil || res.StatusCode != http.StatusAccepted {
		end()
		return rep, fmt.Errorf("bench: POST /v1/campaigns: %d %v", res.StatusCode, err)
	}
	for {
		done, err := svc.PlanCampaign(ctx, mkt.TenantID, view.ID, campaign.Budget)
		rep.Runs++
		if err != nil {
			end()
			return rep, err
		}
		if done {
			break
		}
	}
	rep.PlanTime = time.Since(t0)
	end()
	got, err := svc.GetCampaign(ctx, p, view.ID)
	if err != nil {
		return rep, err
	}
	rep.Planned = got.Planned
	rep.PlanPerSec = float64(got.Planned) / rep.PlanTime.Seconds()
	if got.Status != "planned" || got.Planned != int64(cfg.Recipients) {
		return rep, fmt.Errorf("bench: campaign %s with %d of %d planned", got.Status, got.Planned, cfg.Recipients)
	}
	return rep, nil
}

// Print writes the report for people.
func (r CampaignReport) Print(w io.Writer) {
	fmt.Fprintf(w, "campaign on %s (%d CPUs): %d consenting recipients (set up in %.1fs)\n", r.Database, r.CPUs, r.Recipients, r.Fill.Seconds())
	fmt.Fprintf(w, "  planned %d in %.2fs over %d runs: %.0f recipients/s\n", r.Planned, r.PlanTime.Seconds(), r.Runs, r.PlanPerSec)
	if r.IngestRate > 0 {
		for _, x := range []struct {
			name string
			w    IngestWindow
		}{{"other tenant's ingest alone         ", r.AloneIngest}, {"other tenant's ingest during planning", r.DuringIngest}} {
			fmt.Fprintf(w, "  %s at %d/s offered: %.0f/s accepted, %d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
				x.name, r.IngestRate, x.w.PerSec, x.w.Errors, ms(x.w.P50), ms(x.w.P99), ms(x.w.Max))
		}
	}
}

// JSON writes the report as JSON.
func (r CampaignReport) JSON(w io.Writer) error { return json.NewEncoder(w).Encode(r) }
