package api

import (
	"encoding/json"
	"net/http"

	"github.com/sealpost/sealpost/internal/service"
)

// Mobile app association files, served on the host of a tenant's public link
// base so that its message links open the tenant's app:
// /.well-known/apple-app-site-association (universal links) and
// /.well-known/assetlinks.json (Android App Links). The tenant is the one
// whose public_url names the request's Host; a host that names no single
// tenant, or a tenant without apps, is 404. Both are answered directly
// (Apple fetches the file without following redirects), as application/json.

type aasaComponent struct {
	Path    string `json:"/"`
	Comment string `json:"comment,omitempty"`
}

type aasaDetail struct {
	AppIDs     []string        `json:"appIDs"`
	Components []aasaComponent `json:"components"`
}

type aasa struct {
	AppLinks struct {
		Details []aasaDetail `json:"details"`
	} `json:"applinks"`
}

type assetLinkTarget struct {
	Namespace    string   `json:"namespace"`
	PackageName  string   `json:"package_name"`
	Fingerprints []string `json:"sha256_cert_fingerprints"`
}

type assetLink struct {
	Relation []string        `json:"relation"`
	Target   assetLinkTarget `json:"target"`
}

func (s *Server) appleAppSiteAssociation(w http.ResponseWriter, r *http.Request) {
	a, err := s.svc.AppAssociationFor(r.Context(), r.Host)
	if err == nil && a.IOS == nil {
		err = &service.Error{Kind: service.KindNotFound, Detail: "no iOS app is associated with this host"}
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var doc aasa
	d := aasaDetail{Components: []aasaComponent{}}
	for _, b := range a.IOS.BundleIDs {
		d.AppIDs = append(d.AppIDs, a.IOS.TeamID+"."+b)
	}
	d.Components = append(d.Components, aasaComponent{Path: a.LinkPath, Comment: "sealpost message links"})
	doc.AppLinks.Details = []aasaDetail{d}
	writeAssociation(w, r, doc)
}

func (s *Server) assetLinks(w http.ResponseWriter, r *http.Request) {
	a, err := s.svc.AppAssociationFor(r.Context(), r.Host)
	if err == nil && a.Android == nil {
		err = &service.Error{Kind: service.KindNotFound, Detail: "no Android app is associated with this host"}
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	doc := make([]assetLink, 0, len(a.Android.PackageNames))
	for _, p := range a.Android.PackageNames {
		doc = append(doc, assetLink{Relation: []string{"delegate_permission/common.handle_all_urls"},
			Target: assetLinkTarget{Namespace: "android_app", PackageName: p, Fingerprints: a.Android.SHA256CertFingerprints}})
	}
	writeAssociation(w, r, doc)
}

// writeAssociation answers an association file. Platforms cache these files
// themselves (Apple through its CDN); a short max-age lets a changed setting
// show within minutes.
func writeAssociation(w http.ResponseWriter, r *http.Request, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeProblem(w, r, http.StatusInternalServerError, ProblemInternal, "the answer could not be encoded", nil)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "public, max-age=300")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(append(b, '\n'))
}
