"""Models that exist only in the test suite, to exercise the shared content fields."""
