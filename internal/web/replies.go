package web

// replyRoutes lists the patient reply pages.
func (p *Pages) replyRoutes() []Route { return nil }
