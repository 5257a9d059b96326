"""Pluggable outside services: the Wayback archive, fact-check search, encyclopedia search."""

from workers.providers.base import Lead, Provider, ProviderError
from workers.providers.registry import enabled_provider, enabled_providers

__all__ = ["Lead", "Provider", "ProviderError", "enabled_provider", "enabled_providers"]
