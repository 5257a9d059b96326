"""API views: one class per operation, translating HTTP to service calls."""
