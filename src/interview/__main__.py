"""`python -m interview` runs the command line."""

from interview.cli import main

if __name__ == "__main__":
    main()
