"""`python -m recoupe …`: the same command line as the `recoupe` script."""

from recoupe.cli import main

main()
