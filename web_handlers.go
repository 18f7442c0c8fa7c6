package main

import "net/http"

// webExplorer and webPlayground serve the browser front end.
func webExplorer() http.Handler   { return nil }
func webPlayground() http.Handler { return nil }
