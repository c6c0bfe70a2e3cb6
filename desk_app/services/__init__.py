"""Services: one module per desk action area. Each opens a unit of work, decides with the pure
rules, commits, and returns plain frozen data, never live ORM objects."""
