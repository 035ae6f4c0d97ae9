package main

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gocolly/colly/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The test site: a newspaper whose every article ends with the same note about the paper
// (site boilerplate), one article with an injected promo, one in German, and one that is a
// syndicated copy of the first.
const siteNote = "The Riverside Gazette is an independent newspaper owned by its readers' cooperative and published in the valley since 1921."

var articles = []struct {
	title string
	paras []string
}{
	{"New cycling lanes along the river", []string{
		"The council approved on Monday a plan for four kilometres of protected cycling lanes along the east bank of the river.",
		"Work will start in April and should end before the autumn, the transport office said, with the old towpath resurfaced first.",
		"Shop owners on Mill Street asked for loading bays to stay open in the morning, and the plan was changed to keep two of them.",
	}},
	{"School roof repaired after the storm", []string{
		"The roof of the primary school on Hill Road was repaired over the weekend after the storm tore off a third of its tiles.",
		"👉 Subscribe to our newsletter now: CLICK HERE",
		"Lessons resume on Wednesday; until then the pupils are taught in the library and in the parish hall across the square.",
	}},
	{"Market hall to open on Sundays", []string{
		"From next month the covered market hall will open on Sunday mornings, after a trial in the summer drew large crowds.",
		"Stallholders voted by a wide margin for the change, though some of the older traders said they would keep their day off.",
	}},
	{"Library extends its opening hours", []string{
		"The town library will stay open until nine in the evening on weekdays from the first of March, the council announced.",
		"The longer hours are paid for by a grant from the regional arts fund and by volunteers who will staff the reading room.",
	}},
	{"Neue Brücke über den Fluss eröffnet", []string{
		"Die neue Fußgängerbrücke über den Fluss wurde am Samstag nach zwei Jahren Bauzeit feierlich eröffnet.",
		"Der Bürgermeister dankte den Anwohnern für ihre Geduld während der langen Arbeiten an beiden Ufern des Flusses.",
	}},
	{"Cycling lanes planned for the east bank", nil}, // the first article's text, syndicated
}

func site() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		b.WriteString("<html><body><nav><a href=\"/\">Home</a> | Sport | Weather</nav><ul>")
		for i, a := range articles {
			fmt.Fprintf(&b, "<li><a href=\"/news/%d\">%s</a></li>", i+1, html.EscapeString(a.title))
		}
		b.WriteString("</ul></body></html>")
		fmt.Fprint(w, b.String())
	})
	mux.HandleFunc("/news/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		if _, err := fmt.Sscan(r.PathValue("n"), &n); err != nil || n < 1 || n > len(articles) {
			http.NotFound(w, r)
			return
		}
		a := articles[n-1]
		paras := a.paras
		if paras == nil {
			paras = articles[0].paras
		}
		var b strings.Builder
		b.WriteString("<html><head><title>Riverside Gazette</title><script>var ads = 1;</script></head><body>")
		b.WriteString("<nav><a href=\"/\">Home</a> | Sport | Weather | Subscribe</nav><article>")
		fmt.Fprintf(&b, "<h1>%s</h1>", html.EscapeString(a.title))
		for _, p := range paras {
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
		}
		fmt.Fprintf(&b, "<p><em>%s</em></p></article><footer>© Riverside Gazette</footer></body></html>", siteNote)
		fmt.Fprint(w, b.String())
	})
	return mux
}

func crawl(t *testing.T) (kept []Article, dropped []Dropped, base string) {
	t.Helper()
	srv := httptest.NewServer(site()) // on loopback
	t.Cleanup(srv.Close)
	f, err := NewFilter("en")
	require.NoError(t, err)
	c := NewCollector(f,
		func(a Article) { kept = append(kept, a) },
		func(d Dropped) { dropped = append(dropped, d) },
		colly.MaxDepth(2))
	require.NoError(t, c.Visit(srv.URL+"/"))
	c.Wait()
	return kept, dropped, srv.URL
}

func TestCrawl(t *testing.T) {
	kept, dropped, base := crawl(t)

	var urls []string
	for _, a := range kept {
		urls = append(urls, strings.TrimPrefix(a.URL, base))
	}
	assert.Equal(t, []string{"/news/1", "/news/2", "/news/3", "/news/4"}, urls)
	assert.Equal(t, []Dropped{
		{URL: base + "/news/5", Reason: "language-not-allowed"},
		{URL: base + "/news/6", Reason: "duplicate of " + base + "/news/1"},
	}, dropped)
	require.Len(t, kept, 4)

	for i, a := range kept {
		assert.Equal(t, "en", a.Language)
		assert.Equal(t, articles[i].title, a.Title)
		for _, p := range articles[i].paras {
			if !strings.Contains(p, "CLICK HERE") {
				assert.Contains(t, a.Text, p, "article %d lost a paragraph", i+1)
			}
		}
		// The extractor keeps page furniture out.
		assert.NotContains(t, a.Text, "Weather")
		assert.NotContains(t, a.Text, "var ads")
		assert.NotContains(t, a.Text, "©")
	}
	// The injected promo goes.
	assert.NotContains(t, kept[1].Text, "CLICK HERE")
	assert.Contains(t, kept[1].Removed[0], "spam/")
	// The note about the paper stays in the first three articles; by the fourth, three other
	// pages of the site had it: site boilerplate, learnt across documents.
	for _, a := range kept[:3] {
		assert.Contains(t, a.Text, siteNote)
	}
	assert.NotContains(t, kept[3].Text, siteNote)
	assert.Equal(t, []string{"dedupe/site-boilerplate"}, kept[3].Removed)
}

func TestCrawlIsRepeatable(t *testing.T) {
	// A fresh Filter (and store) per crawl: the same site gives the same articles.
	a, _, baseA := crawl(t)
	b, _, baseB := crawl(t)
	require.Equal(t, len(a), len(b))
	for i := range a {
		assert.Equal(t, strings.TrimPrefix(a[i].URL, baseA), strings.TrimPrefix(b[i].URL, baseB))
		assert.Equal(t, a[i].Text, b[i].Text)
	}
}
