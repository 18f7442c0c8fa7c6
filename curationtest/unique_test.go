package curationtest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"gutskin/seed"
)

// Sixteen curators add different studies under the same citation number of one source at
// the same moment: the database lets exactly one through (the service's own check alone let
// 15 or 16 through), the others are refused with a code, and the export still loads.
func TestConcurrentCitationNumbersStayUnique(t *testing.T) {
	h := newHarness(t)
	number := 5000 + int(unique())
	const writers = 16
	codes := make([]string, writers)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			in := studyInput()
			in["doi"] = fmt.Sprintf("10.5555/race.%d.%d.%d", time.Now().UnixNano(), number, i)
			in["citedBy"] = []map[string]any{{"source": "source:gut-health-acne", "number": number}}
			<-start
			r := h.do(t, h.curator, `mutation($in: CreateStudyInput!) { createStudy(input: $in) { study { id } } }`, map[string]any{"in": in})
			codes[i] = r.code()
		}()
	}
	close(start)
	wg.Wait()
	accepted := 0
	for i, c := range codes {
		switch c {
		case "":
			accepted++
		case "CONFLICT", "BAD_USER_INPUT":
		default:
			t.Errorf("writer %d: code %q; want CONFLICT or BAD_USER_INPUT", i, c)
		}
	}
	if accepted != 1 {
		t.Fatalf("%d of %d studies were accepted under one citation number; want exactly 1 (codes %v)", accepted, writers, codes)
	}
	g, err := h.store.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Export(g, seed.Data); err != nil {
		t.Fatalf("after the race the export does not load: %v", err)
	}
}
