// Command colly crawls a news site with github.com/gocolly/colly/v2, cleans the text of every
// article page with newsclean, drops what newsclean rejects, and prints the rest as JSON Lines.
//
//	go run . -lang en https://news.example.com/
//
// It is an example to copy from, in a module of its own so that the newsclean library does not
// depend on colly. The pieces:
//
//   - Extract turns an article page into text: the title and the article's headings,
//     paragraphs and list items, one per line (newsclean's paragraphs).
//   - NewCollector wires colly to one shared filter.Filter: every article goes through
//     CleanDoc with its URL, so the filter's cross-document memory (a dedupe.MemoryStore)
//     learns each site's boilerplate and spots syndicated copies.
//   - Rejected documents (wrong language, nothing left, a copy of an earlier one) are dropped.
//
// One Filter serves every page; it is safe for concurrent use, also with colly.Async(true).
// Cross-document results depend on the order pages reach the store: a synchronous
// collector, as here, visits them in a fixed order.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/gocolly/colly/v2"

	"github.com/newsclean/newsclean/dedupe"
	"github.com/newsclean/newsclean/filter"
)

// Article is what the crawler keeps of one page.
type Article struct {
	URL      string   `json:"url"`
	Title    string   `json:"title"`
	Text     string   `json:"text"`
	Language string   `json:"language"`
	Removed  []string `json:"removed"` // "stage/reason" of every removal, for the curious
}

// Dropped is an article newsclean rejected, and why.
type Dropped struct {
	URL, Reason string
}

// NewFilter builds the Filter a crawl shares: the allowed languages (none: any) and a bounded
// in-memory store for cross-document memory. Syndicated copies of an earlier page are dropped.
func NewFilter(langs ...string) (*filter.Filter, error) {
	opts := []filter.Option{
		filter.WithStore(dedupe.NewMemoryStore(100_000, 64<<20)),
		filter.WithDropDuplicates(true),
	}
	if len(langs) > 0 {
		opts = append(opts, filter.WithLanguages(langs...))
	}
	return filter.New(opts...)
}

// Extract returns the text of an article element: its headings, paragraphs, quotes and list
// items in page order, one per line. Navigation, scripts and the like outside the article
// never get in; what slips through inside it is newsclean's job.
func Extract(e *colly.HTMLElement) string {
	var lines []string
	e.ForEach("h1, h2, h3, p, blockquote, li", func(_ int, el *colly.HTMLElement) {
		if t := strings.Join(strings.Fields(el.Text), " "); t != "" {
			lines = append(lines, t)
		}
	})
	return strings.Join(lines, "\n")
}

// NewCollector returns a collector that follows links, cleans every page with an <article>
// element with f, and calls keep for the articles f keeps and drop for those it rejects, in
// the order the pages are scraped.
func NewCollector(f *filter.Filter, keep func(Article), drop func(Dropped), opts ...colly.CollectorOption) *colly.Collector {
	c := colly.NewCollector(opts...)
	c.OnHTML("article", func(e *colly.HTMLElement) {
		url := e.Request.URL.String()
		res := f.CleanDoc(filter.Doc{ID: url, URL: url, Text: Extract(e)})
		if !res.Kept {
			reason := res.Reason
			if res.DuplicateOf != "" {
				reason += " of " + res.DuplicateOf
			}
			drop(Dropped{URL: url, Reason: reason})
			return
		}
		a := Article{URL: url, Text: res.Text, Language: res.Language, Removed: []string{}}
		if title, _, ok := strings.Cut(res.Text, "\n"); ok {
			a.Title = title
		}
		for _, r := range res.Removed {
			a.Removed = append(a.Removed, r.Stage+"/"+r.Reason)
		}
		keep(a)
	})
	c.OnHTML("a[href]", func(e *colly.HTMLElement) {
		e.Request.Visit(e.Attr("href"))
	})
	return c
}

func main() {
	lang := flag.String("lang", "", "allowed languages, comma-separated (default: any)")
	depth := flag.Int("depth", 2, "how many links deep to follow")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: colly [-lang en,it] [-depth 2] URL ...")
		os.Exit(2)
	}
	var langs []string
	if *lang != "" {
		langs = []string{*lang}
	}
	f, err := NewFilter(langs...)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	enc := json.NewEncoder(os.Stdout)
	c := NewCollector(f,
		func(a Article) { enc.Encode(a) },
		func(d Dropped) { fmt.Fprintf(os.Stderr, "dropped %s: %s\n", d.URL, d.Reason) },
		colly.MaxDepth(*depth))
	for _, u := range flag.Args() {
		if err := c.Visit(u); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", u, err)
		}
	}
	c.Wait()
}
