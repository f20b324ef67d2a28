"""``python -m baomi`` runs the command line."""

from baomi.adapters.cli.app import main

main()
