"""The config file (TOML): the user's extra bank folders, and later their settings.

```toml
banks = ["~/interview-bank", "../team-bank"]   # relative paths are from this file
```
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from interview.paths import config_path, personal_bank, shipped_bank

KNOWN_KEYS = ("banks",)
"""Top-level keys the config file may have."""


class ConfigError(Exception):
    """The config file cannot be used; the message names the file and what to fix."""


@dataclass(frozen=True, slots=True)
class Config:
    """Settings read from the config file."""

    banks: tuple[Path, ...] = ()
    """Extra bank folders, besides the shipped bank and the personal bank."""
    path: Path | None = None
    """The file these came from (None when there was none)."""
    warnings: tuple[str, ...] = field(default=())


def load_config(path: Path | None = None) -> Config:
    """Read the config file; a missing file is an empty config."""
    target = path if path is not None else config_path()
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        return Config()
    except OSError as exc:
        raise ConfigError(f"{target}: cannot read the config file: {exc.strerror}") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{target}: not valid UTF-8; re-save it as UTF-8") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{target}: not valid TOML: {exc}") from exc
    warnings = tuple(
        f"{target}: warning: unknown setting '{key}' (known: {', '.join(KNOWN_KEYS)})"
        for key in data
        if key not in KNOWN_KEYS
    )
    banks = data.get("banks", [])
    if not isinstance(banks, list) or not all(isinstance(b, str) for b in banks):
        raise ConfigError(
            f"{target}: 'banks' must be a list of folder paths, e.g. banks = [\"~/my-bank\"]"
        )
    base = target.parent
    resolved = tuple(
        (Path(b).expanduser() if Path(b).expanduser().is_absolute() else base / b) for b in banks
    )
    return Config(banks=resolved, path=target, warnings=warnings)


def default_banks(config: Config) -> list[Path]:
    """The banks synced when none are named: shipped, personal (if present), configured."""
    banks = [shipped_bank()]
    if personal_bank().is_dir():
        banks.append(personal_bank())
    banks.extend(config.banks)
    return banks
