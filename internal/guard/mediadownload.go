package guard

// Download and watch words for listed media titles (helper D29A, night of
// 2026-12-04: dev29 "Your download of \"Surgeon Simulator 2\" is ready.
// Enjoy!").
//
// A [media] title of brands.txt ("Surgeon Simulator", "Tropic of
// Cancer") is taken only in media wording (brandMedia, brandlist.go).
// A download, a digital copy or a watch/play link names a game, film or
// book as well as "DVD" or "Steam" does: brandMediaVerbs are media words
// for brandMedia only (not for brandMediaWords' other readers: colon
// titles, shop wording, imaging). They count only for a listed [media]
// title in the same sentence, and every other check of a listed name
// stays (no care word elsewhere in the notice: "Your download of
// 'Surgeon Simulator 2' is ready; your surgery is Monday" keeps its
// findings).
var brandMediaVerbs = wordSetTab("download downloads downloaded downloading digital watch watching play playing " +
	"descarga descargar")
