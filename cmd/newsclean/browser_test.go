package main

import (
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestReportRendersInBrowser opens the report in a headless Chromium, when one is installed,
// and checks that the page the browser built has every document and every struck span.
func TestReportRendersInBrowser(t *testing.T) {
	var browser string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		t.Skip("no Chromium installed")
	}
	in := batchInput(12)
	page := filepath.Join(t.TempDir(), "report.html")
	out, stderr, code := runCLI(t, in, "--jsonl", "--quiet", "--report", page)
	require.Equal(t, 0, code, stderr)
	removals := strings.Count(out, `"stage":`)
	require.Positive(t, removals)

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	// No background networking: CI machines have no network, and Chromium would keep trying.
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), "--dump-dom", "file://"+page)
	var dom bytes.Buffer
	cmd.Stdout = &dom
	require.NoError(t, cmd.Run())
	doc, err := html.Parse(&dom)
	require.NoError(t, err)
	dels, sections := 0, 0
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if n.Data == "del" {
			dels++
		}
		if n.Data == "details" && hasClass(n, "doc") {
			sections++
		}
	}
	assert.Equal(t, 12, sections)
	assert.Equal(t, removals, dels)
}
