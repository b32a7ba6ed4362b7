package serve

import (
	"context"
	"net/http"
	"net/http/cookiejar"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"jixiao/cmd/internal/cmdtest"
	"jixiao/cmd/internal/cmdutil"
	"jixiao/data"
)

var urlRe = regexp.MustCompile(`http://[^\s]+/\?token=[0-9a-f]{32}`)

// served is a running `jixiao serve`.
type served struct {
	url      string
	out, err *cmdtest.SyncBuffer
}

// startServe runs `jixiao serve` with opts until the test ends and returns
// the URL it printed.
func startServe(t *testing.T, opts *Options) *served {
	t.Helper()
	s := &served{out: &cmdtest.SyncBuffer{}, err: &cmdtest.SyncBuffer{}}
	io := &cmdutil.IO{In: strings.NewReader(""), Out: s.out, Err: s.err, Sources: map[string][]byte{}}
	ctx, cancel := context.WithCancel(context.Background())
	opts.Context = ctx
	done := make(chan error, 1)
	go func() { done <- serveRun(io, opts) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v\n%s", err, s.err)
		}
	})
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if s.url = urlRe.FindString(s.out.String()); s.url != "" {
			return s
		}
		select {
		case err := <-done:
			t.Fatalf("serve ended: %v\n%s%s", err, s.out, s.err)
		default:
		}
	}
	t.Fatalf("serve printed no URL:\n%s%s", s.out, s.err)
	return nil
}

// exampleCopy writes the built-in example into a fresh folder.
func exampleCopy(t *testing.T) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), data.ExampleName)
	if err := os.WriteFile(file, data.Example, 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

func TestServeListensOnLoopbackOnly(t *testing.T) {
	s := startServe(t, &Options{Facts: []string{exampleCopy(t)}})
	if !strings.HasPrefix(s.url, "http://127.0.0.1:") {
		t.Fatalf("URL %s", s.url)
	}
	if strings.Contains(s.err.String(), "警告") {
		t.Errorf("warning without --listen: %s", s.err)
	}
	jar, _ := cookiejar.New(nil)
	res, err := (&http.Client{Jar: jar}).Get(s.url)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("page: %v %v", err, res)
	}
	req, _ := http.NewRequest("GET", s.url, nil)
	req.Host = "attacker.example"
	res, err = http.DefaultClient.Do(req)
	if err != nil || res.StatusCode != http.StatusMisdirectedRequest {
		t.Fatalf("foreign Host: %v %v", err, res)
	}
}

func TestServeListenWarns(t *testing.T) {
	s := startServe(t, &Options{Listen: "0.0.0.0:0"})
	if !strings.Contains(s.err.String(), "警告：--listen 0.0.0.0:0 让其他电脑也能打开这个网页。jixiao 没有账户和密码") {
		t.Fatalf("no warning: %s", s.err)
	}
	if !strings.HasPrefix(s.url, "http://127.0.0.1:") {
		t.Fatalf("URL %s", s.url)
	}
}

func TestServeOpensBrowser(t *testing.T) {
	var opened string
	s := startServe(t, &Options{Open: true, OpenBrowser: func(url string) error { opened = url; return nil }})
	if opened != s.url {
		t.Fatalf("opened %q, printed %q", opened, s.url)
	}
}
