package webui

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"
)

// Listening is a page server with its port open, not yet serving.
type Listening struct {
	// URL is the address to open, with the token: on the loopback address
	// when listening on every address.
	URL string
	// Shared is set when the server can be reached from other machines.
	Shared  bool
	ln      net.Listener
	handler http.Handler
}

// Listen opens addr ("127.0.0.1:0" for loopback on a free port) for the
// session and sets up its Guard: loopback Host names only, unless addr is
// another address (then that address too, or any name when it is all
// addresses), and a fresh token.
func Listen(addr string, sess *Session) (*Listening, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	ip := net.ParseIP(host)
	g := &Guard{Hosts: LoopbackHosts(port), Token: NewToken(), Cookie: CookieName(ln.Addr().String())}
	l := &Listening{ln: ln, Shared: ip == nil || !ip.IsLoopback()}
	switch {
	case l.Shared && ip != nil && ip.IsUnspecified():
		g.Hosts, host = nil, "127.0.0.1"
	case l.Shared:
		g.Hosts = append(g.Hosts, ln.Addr().String())
	}
	l.URL = "http://" + net.JoinHostPort(host, port) + "/?token=" + g.Token
	l.handler = g.Wrap(Handler(sess))
	return l, nil
}

// Serve answers requests until ctx ends, then stops within five seconds.
func (l *Listening) Serve(ctx context.Context) error {
	srv := &http.Server{Handler: l.handler, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute,
		MaxHeaderBytes: 64 << 10}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(l.ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	stop, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(stop); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return nil
}
