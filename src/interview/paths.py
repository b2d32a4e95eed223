"""Where things live: the database, the config file, the shipped and personal banks.

`INTERVIEW_DB` and `INTERVIEW_CONFIG` override the database and config paths;
`INTERVIEW_DATA_DIR` moves the whole data folder (handy for trying things out).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP_NAME = "interview"
"""The folder name under the platform's data and config dirs."""


def data_dir() -> Path:
    """The folder that holds the database and the personal bank."""
    override = os.environ.get("INTERVIEW_DATA_DIR")
    return Path(override).expanduser() if override else user_data_path(APP_NAME)


def database_path(override: str | Path | None = None) -> Path:
    """The database file: `override` (from --db), else $INTERVIEW_DB, else the data dir's."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("INTERVIEW_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / "interview.db"


def config_path() -> Path:
    """The config file: $INTERVIEW_CONFIG, else config.toml in the platform's config dir."""
    env = os.environ.get("INTERVIEW_CONFIG")
    if env:
        return Path(env).expanduser()
    return user_config_path(APP_NAME) / "config.toml"


def personal_bank() -> Path:
    """Where `interview new` writes when no bank is configured."""
    return data_dir() / "bank"


def shipped_bank() -> Path:
    """The bank that comes with interview.

    An installed wheel carries it inside the package (`interview/_bank`); a source
    checkout (an editable install, or running from the repo) has it at `questions/`.
    """
    package = Path(__file__).resolve().parent
    bundled = package / "_bank"
    if bundled.is_dir():
        return bundled
    return package.parent.parent / "questions"
