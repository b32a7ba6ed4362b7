package webui

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"net"
	"net/http"
	"strings"
)

// Guard holds the checks of a local server that every request passes.
//
//   - Host must be one of Hosts: a web page elsewhere cannot reach the
//     server through a name of its own that resolves to 127.0.0.1 (DNS
//     rebinding). Empty Hosts accept any (the server listens on all
//     addresses of a shared machine).
//   - The token: the URL the server prints and the browser opens carries
//     ?token=…; the server answers it with a cookie (HttpOnly,
//     SameSite=Strict) and every other request must bring that cookie.
//   - A POST must come from the page itself: its Origin must be the
//     server's own.
type Guard struct {
	Hosts  []string
	Token  string
	Cookie string // the cookie's name; one per port, as cookies ignore ports
}

// NewToken returns a random token of 128 bits, in hex.
func NewToken() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return hex.EncodeToString(b)
}

// LoopbackHosts are the Host values of a server on 127.0.0.1 at port.
func LoopbackHosts(port string) []string {
	return []string{"127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port}
}

// Wrap returns h behind the checks.
func (g *Guard) Wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		setSafetyHeaders(w.Header())
		switch {
		case !g.hostOK(r.Host):
			refuse(w, http.StatusMisdirectedRequest, "拒绝访问：地址“"+r.Host+"”不是本服务的地址。")
		case r.Method != http.MethodGet && r.Method != http.MethodHead && !g.originOK(r):
			refuse(w, http.StatusForbidden, "拒绝访问：请求不是从本页面发出的。")
		case r.URL.Path == "/" && r.URL.Query().Has("token"):
			g.login(w, r)
		case !g.cookieOK(r):
			refuse(w, http.StatusForbidden, "请用 jixiao 窗口中显示的完整网址（含 token=…）打开本页。")
		default:
			h.ServeHTTP(w, r)
		}
	})
}

func (g *Guard) hostOK(host string) bool {
	if len(g.Hosts) == 0 {
		return true
	}
	for _, h := range g.Hosts {
		if strings.EqualFold(host, h) {
			return true
		}
	}
	return false
}

// originOK requires the Origin of a state-changing request to be this
// server as the browser reached it.
func (g *Guard) originOK(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	return origin != "" && origin == "http://"+r.Host
}

func (g *Guard) cookieOK(r *http.Request) bool {
	c, err := r.Cookie(g.Cookie)
	return err == nil && g.equal(c.Value)
}

func (g *Guard) equal(token string) bool {
	return subtle.ConstantTimeCompare([]byte(token), []byte(g.Token)) == 1
}

// login trades the token of the URL for the cookie and sends the browser
// to the page without the token in its address.
func (g *Guard) login(w http.ResponseWriter, r *http.Request) {
	if !g.equal(r.URL.Query().Get("token")) {
		refuse(w, http.StatusForbidden, "网址中的 token 不对，请用 jixiao 窗口中显示的网址打开本页。")
		return
	}
	http.SetCookie(w, &http.Cookie{Name: g.Cookie, Value: g.Token, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// CookieName is the name of the token cookie for a server at addr.
func CookieName(addr string) string {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		port = "0"
	}
	return "jixiao-" + port
}

func setSafetyHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
		"connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
}

func refuse(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	w.Write([]byte(msg + "\n"))
}
