package web

// staffRoutes lists the staff mailbox pages.
func (p *Pages) staffRoutes() []Route { return nil }
