package spam

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page's weather and market widgets leave their readings in the scraped text: "Mostly
// cloudy 12°C", "DAX 15.234,50 +0,45 %", "FTSE 100 ▲ 0.3%"; a player its time codes,
// "0:00 / 3:45". A sentence of a weather or market
// report says what happened ("Temperatures reached 12°C on Monday", "The DAX closed 0.45 %
// higher"): the widget's line holds nothing but the reading.

// WidgetReadingEvidence names a weather or market widget's reading in a Verdict.
const WidgetReadingEvidence = "widget-reading"

// maxReadingFields bounds a widget's reading.
const maxReadingFields = 10

// weatherWords are the folded words a weather widget shows beside its temperature.
var weatherWords = wordSet(
	"mostly partly light heavy cloudy sunny clear rain showers snow fog windy overcast thunderstorms",
	"nuvoloso sereno poco parzialmente pioggia pioggerella neve nebbia ventoso coperto temporali",
	"bewolkt heiter sonnig leicht stark regen schauer schnee nebel windig bedeckt gewitter wolkig",
	"nuageux ensoleille eclaircies pluie averses neige brouillard venteux couvert orages peu",
	"nublado soleado despejado lluvia chubascos nieve niebla ventoso cubierto tormentas parcialmente",
	"ensolarado chuva aguaceiros neve nevoeiro encoberto trovoadas",
	"bewolkt zonnig opklaringen regen buien sneeuw mist winderig",
	"pochmurno slonecznie deszcz przelotny snieg mgla wietrznie zachmurzenie",
)

// marketIndexes are the folded names of the market indexes a ticker shows.
var marketIndexes = wordSet("dax mdax tecdax sdax ftse mib cac ibex dow jones nasdaq sp aex wig wig20 smi atx",
	"nikkei stoxx euro stoxx50 bel psi bovespa ibovespa btc eth eur usd gbp chf jpy")

// widgetReading adds the evidence of a unit that is nothing but a weather reading (weather
// words and a temperature) or a market reading (index names, figures and a signed change).
func widgetReading(sc *scratch, t string) {
	n := sc.tok.n()
	colon := strings.IndexByte(t, ':') >= 0
	reading := strings.Contains(t, "°") || strings.IndexByte(t, '%') >= 0
	if n < 2 || n > maxReadingFields+4 || !colon && !reading {
		return // nearly every unit: no time code, no temperature, no change in per cent
	}
	if countFields(t) > maxReadingFields {
		return
	}
	if colon && timeCodes(t) {
		sc.labelWhole(signal{WidgetReadingEvidence, "template-phrase", siteCreditWeight, classRule})
		return
	}
	if !reading {
		return
	}
	if weatherReading(t) || marketReading(t) {
		sc.labelWhole(signal{WidgetReadingEvidence, "template-phrase", siteCreditWeight, classRule})
	}
}

// weatherReading reports a unit of weather words (and function words: "poco nuvoloso") and a
// temperature ("12°C", "-3 °C").
func weatherReading(t string) bool {
	if !strings.Contains(t, "°") {
		return false
	}
	temp, words := false, 0
	for f := range strings.FieldsSeq(strings.ReplaceAll(t, " °", "°")) {
		switch {
		case temperature(f):
			temp = true
		case f == "°C" || f == "°F" || f == "°" || f == "|" || f == "-" || f == "/":
		default:
			ok := true
			foldEach(f, func(w []byte) {
				ok = ok && (weatherWords[string(w)] || builtin().stop[string(w)])
				words++
			})
			if !ok {
				return false
			}
		}
	}
	return temp && words > 0
}

// temperature reports a field that is a figure with a degree sign: "12°C", "-3°", "21,5°".
func temperature(f string) bool {
	k := strings.Index(f, "°")
	if k <= 0 {
		return false
	}
	num := strings.TrimLeft(f[:k], "-−+")
	unit := f[k+len("°"):]
	return num != "" && strings.Trim(num, "0123456789.,") == "" && (unit == "" || unit == "C" || unit == "F")
}

// marketReading reports a unit of index names, figures and a signed percentage ("DAX
// 15.234,50 +0,45 %", "FTSE 100 ▲ 0.3%").
func marketReading(t string) bool {
	index, change := false, false
	for f := range strings.FieldsSeq(t) {
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case f == "%" || f == "▲" || f == "▼" || f == "+" || f == "-" || f == "|" || f == "•":
			change = change || f != "|" && f != "•"
		case unicode.IsDigit(r) || r == '+' || r == '-' || r == '−':
			body := strings.TrimRight(strings.TrimLeft(f, "+-−"), "%")
			if body == "" || strings.Trim(body, "0123456789.,") != "" {
				return false
			}
			change = change || strings.HasSuffix(f, "%") || r == '+' || r == '−'
		default:
			ok := true
			foldEach(f, func(w []byte) {
				ok = ok && (marketIndexes[string(w)] || isNumber(w))
				index = true
			})
			if !ok {
				return false
			}
		}
	}
	return index && change
}

// timeCodes reports a unit of a player's time codes and nothing else: "0:00 / 3:45".
func timeCodes(t string) bool {
	codes := 0
	for f := range strings.FieldsSeq(t) {
		switch {
		case f == "/" || f == "|":
		case timeCode(f):
			codes++
		default:
			return false
		}
	}
	return codes >= 2
}

// timeCode reports a field of minutes and seconds, hours first maybe: "3:45", "1:02:09".
func timeCode(f string) bool {
	parts := strings.Split(f, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for i, p := range parts {
		if p == "" || len(p) > 2 || strings.Trim(p, "0123456789") != "" || i > 0 && len(p) != 2 {
			return false
		}
	}
	return true
}
