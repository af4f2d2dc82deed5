"""Support strategies: the ESConv catalogue, the debiased selector and the Kang et al. metrics."""

from strategies.catalogue import Strategy

__all__ = ["Strategy"]
