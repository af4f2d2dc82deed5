"""Warmline's turn pipeline and its stages. Nothing in this package imports Chainlit."""
