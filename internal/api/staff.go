package api

// staffRoutes lists the staff mailbox routes (tenant API and staff sessions).
func staffRoutes() []Route { return nil }
