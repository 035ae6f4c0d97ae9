//go:build race

package dedupe

// raceEnabled is true when the tests run with -race, which makes them several times slower.
const raceEnabled = true
