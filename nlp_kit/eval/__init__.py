"""Scorers against gold data; `nlp-kit eval <task>` exposes them."""
