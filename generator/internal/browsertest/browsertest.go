// Package browsertest starts Debian's Chromium headless for end-to-end tests
// of the web page, driven from Go with chromedp. Like the other real
// clients (generator/internal/clienttest), a missing Chromium skips the test
// on a developer machine and fails it under CI=true.
package browsertest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"jixiao/generator/internal/clienttest"
)

// Chromium is the browser of Debian's chromium package.
const Chromium = "/usr/bin/chromium"

// Width and Height are the screen of the common office laptop the page
// must fit without horizontal scrolling.
const (
	Width  = 1366
	Height = 768
)

// Start starts a fresh headless Chromium at 1366×768 with a new profile and
// no network of its own (no background requests, updates or sync: the
// machine's network may be closed), and returns its tab's context. The
// browser stops when the test ends.
func Start(t testing.TB) context.Context {
	t.Helper()
	clienttest.Require(t, Chromium)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(Chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(Width, Height),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-features", "Translate,MediaRouter,OptimizationHints"),
		chromedp.Flag("password-store", "basic"),
		chromedp.Flag("use-mock-keychain", true),
		chromedp.Flag("lang", "zh-CN"),
	}
	ctx, cancelTimeout := context.WithTimeout(context.Background(), 3*time.Minute)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	tab, cancelTab := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancelTab()
		cancelAlloc()
		cancelTimeout()
	})
	if err := chromedp.Do(tab, chromedp.EmulateViewport(Width, Height)); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	return tab
}

// Screenshot saves the viewport as name.png in $JIXIAO_SCREENSHOTS, when
// that is set, for a person to look at.
func Screenshot(t testing.TB, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("JIXIAO_SCREENSHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
