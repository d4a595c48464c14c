// Package e2e holds sealpost's browser end-to-end tests (the _test files): the
// real service started in-process by cli.Run with a test clock, notices sent
// over STARTTLS to internal/testsmtp, and their links followed in Debian's
// Chromium by e2e/flow.mjs (playwright-core), one node process per phase.
//
// ./scripts/test installs Chromium and e2e/node_modules first. Without them
// the tests skip locally and fail with CI=true. Screenshots of every page go
// to test-output/e2e/<TestName>/NN-<page>.png under the repository root.
package e2e
