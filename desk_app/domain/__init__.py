"""Pure rules: profile, calendar (CAL), eligibility (ELG), fees (FEE), booking policy (RSV).

No Qt, no SQLAlchemy, no I/O beyond reading the profile text handed in.
"""
