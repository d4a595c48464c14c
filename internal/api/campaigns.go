package api

// campaignRoutes lists the segment and campaign routes (marketing by
// segment, PRODUCT.md flow 6).
func campaignRoutes() []Route { return nil }
