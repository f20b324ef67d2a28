"""The ``baomi`` command line."""
