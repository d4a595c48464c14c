package api

// replyRoutes lists the patient reply routes.
func replyRoutes() []Route { return nil }
