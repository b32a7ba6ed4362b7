package webui

import (
	"embed"
	"mime"
	"net/http"
	"path"
)

// assets are the page's files, embedded so that nothing is fetched from
// elsewhere.
//
//go:embed assets
var assets embed.FS

func asset(name string) http.Handler {
	data, err := assets.ReadFile("assets/" + name)
	if err != nil {
		panic(err) // the files are part of the build
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ctype)
		w.Write(data)
	})
}
