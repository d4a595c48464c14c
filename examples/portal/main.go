// Command portal is the example portal (package app): it signs its demo
// user in, embeds sealpost's inbox widget and mints user tokens for it.
//
//	go run ./cmd/sealpost serve --dev        # prints the two exports below
//	export SEALPOST_API_KEY=sp_… SEALPOST_TENANT_ID=ten_…
//	go run ./examples/portal                 # then open http://127.0.0.1:8090
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/sealpost/sealpost/examples/portal/app"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:8090", "address of the portal")
	sealpost := flag.String("sealpost", "http://127.0.0.1:8080", "sealpost's base URL")
	apiKey := flag.String("api-key", os.Getenv("SEALPOST_API_KEY"), "the tenant's API key (default $SEALPOST_API_KEY)")
	tenant := flag.String("tenant", os.Getenv("SEALPOST_TENANT_ID"), "the tenant id (default $SEALPOST_TENANT_ID)")
	integrity := flag.String("widget-integrity", "", "the widget's SRI hash (default: fetched from sealpost at start and pinned)")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	a, err := app.New(ctx, app.Config{Sealpost: *sealpost, APIKey: *apiKey, TenantID: *tenant,
		Origin: "http://" + *listen, WidgetIntegrity: *integrity})
	cancel()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("example portal on http://%s (user %s, password %q)\nwidget integrity %s\n",
		*listen, app.DemoUser.Username, app.DemoUser.Password, a.WidgetIntegrity())
	srv := &http.Server{Addr: *listen, Handler: a, ReadHeaderTimeout: 10 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
