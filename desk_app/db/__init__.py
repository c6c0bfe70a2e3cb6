"""The record store: models, engine factory, migrations, unit of work and repositories."""
