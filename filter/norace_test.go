//go:build !race

package filter

// raceEnabled is true when the tests run with -race, which makes them several times slower.
const raceEnabled = false
