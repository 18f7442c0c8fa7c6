package release

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"gutskin/kg"
)

// Handler serves the releases under dir: GET /releases/ lists them (newest last, with the
// latest named), /releases/{version}/{path} serves a file a release lists, and
// /releases/latest/{path} the same file of the newest release. Only the files a release's
// metadata lists are served, each with its SHA-256 as a strong ETag; a versioned file never
// changes, so caches may keep it for a year.
func Handler(dir string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /releases/{$}", func(w http.ResponseWriter, r *http.Request) {
		all, _ := List(dir)
		type entry struct {
			Version       string `json:"version"`
			GraphVersion  int64  `json:"graphVersion"`
			DatePublished string `json:"datePublished"`
			URL           string `json:"url"`
		}
		out := struct {
			Latest   *entry  `json:"latest"`
			Releases []entry `json:"releases"`
		}{Releases: []entry{}}
		for _, m := range all {
			out.Releases = append(out.Releases, entry{m.Version, m.Seq, m.DatePublished, "/releases/" + m.Version + "/" + MetadataFile})
		}
		if n := len(out.Releases); n > 0 {
			out.Latest = &out.Releases[n-1]
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-cache")
		_ = json.NewEncoder(w).Encode(out)
	})
	mux.HandleFunc("GET /releases/{version}/{path...}", func(w http.ResponseWriter, r *http.Request) {
		version, path := r.PathValue("version"), r.PathValue("path")
		if path == "" {
			path = MetadataFile
		}
		cache := "public, max-age=31536000, immutable"
		if version == "latest" {
			all, _ := List(dir)
			if len(all) == 0 {
				notFound(w, "no release has been published yet")
				return
			}
			version = all[len(all)-1].Version
			cache = "public, max-age=60"
		}
		if strings.ContainsAny(version, "/\\") || strings.HasPrefix(version, ".") {
			notFound(w, "no release has that version")
			return
		}
		m, err := Read(filepath.Join(dir, version))
		if err != nil || m.Version != version {
			notFound(w, "no release has that version")
			return
		}
		etag, format := "", ""
		if path == MetadataFile {
			format = "application/ld+json"
		}
		for _, f := range m.Files {
			if f.Path == path {
				etag, format = `"sha256-`+f.SHA256+`"`, f.Format
			}
		}
		if format == "" {
			notFound(w, "release "+version+" has no file "+path)
			return
		}
		f, err := os.Open(filepath.Join(dir, version, filepath.FromSlash(path)))
		if err != nil {
			notFound(w, "release "+version+" has no file "+path)
			return
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		h := w.Header()
		h.Set("Content-Type", format)
		h.Set("Cache-Control", cache)
		h.Set("X-Release-Version", version)
		if etag != "" {
			h.Set("ETag", etag)
		}
		if path != MetadataFile {
			h.Set("Content-Disposition", `attachment; filename="`+filepath.Base(path)+`"`)
		}
		http.ServeContent(w, r, "", st.ModTime(), f)
	})
	return mux
}

func notFound(w http.ResponseWriter, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusNotFound)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": "NOT_FOUND"}}}})
}

// Catalog is the releases under a directory, as the API names them.
type Catalog string

// Latest is the newest release under the directory.
func (c Catalog) Latest() (kg.ReleaseInfo, bool) {
	all, _ := List(string(c))
	if len(all) == 0 {
		return kg.ReleaseInfo{}, false
	}
	m := all[len(all)-1]
	return kg.ReleaseInfo{Version: m.Version, GraphVersion: m.Seq, DatePublished: m.DatePublished, URL: "/releases/" + m.Version + "/" + MetadataFile}, true
}
