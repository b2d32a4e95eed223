"""The config file (TOML): the user's extra bank folders and study settings.

```toml
banks = ["~/interview-bank", "../team-bank"]   # relative paths are from this file

[study]
desired_retention = 0.9     # 0.70-0.97
new_per_day = 10
learning_steps = ["1m", "10m"]
relearning_steps = ["10m"]
maximum_interval = 36500    # days
fuzz = true
leech_threshold = 6
day_starts_at = 4           # local hour
```

It is read with tomllib (fast, on every start) and written with tomlkit, which keeps the
user's comments and layout when `interview config set` changes one value.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interview.core.settings import SettingsError, StudySettings
from interview.paths import config_path, personal_bank, shipped_bank

KNOWN_KEYS = ("banks", "study", "ui")
"""Top-level keys the config file may have."""


class ConfigError(Exception):
    """The config file cannot be used; the message names the file and what to fix."""


@dataclass(frozen=True, slots=True)
class Config:
    """Settings read from the config file."""

    banks: tuple[Path, ...] = ()
    """Extra bank folders, besides the shipped bank and the personal bank."""
    study: StudySettings = field(default_factory=StudySettings)
    """Spaced-repetition settings."""
    theme: str | None = None
    """The app's Textual theme (`[ui] theme`); None for the default."""
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
    data = parse_config(target, raw)
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
    study_table = data.get("study", {})
    if not isinstance(study_table, dict):
        raise ConfigError(f"{target}: 'study' must be a table: write [study] on its own line")
    try:
        study = StudySettings.from_toml(study_table)
    except SettingsError as exc:
        raise ConfigError(f"{target}: {exc}") from exc
    ui = data.get("ui", {})
    theme = ui.get("theme") if isinstance(ui, dict) else None
    if theme is not None and not isinstance(theme, str):
        raise ConfigError(f'{target}: ui.theme must be a theme name, e.g. theme = "nord"')
    return Config(banks=resolved, study=study, theme=theme, path=target, warnings=warnings)


def parse_config(target: Path, raw: bytes) -> dict[str, Any]:
    """The TOML document in `raw`; ConfigError naming `target` when it is not one."""
    try:
        return tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{target}: not valid UTF-8; re-save it as UTF-8") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{target}: not valid TOML: {exc}") from exc


SETTABLE = (*(f"study.{name}" for name in StudySettings.__dataclass_fields__), "ui.theme")
"""Keys `interview config set` accepts."""


def set_setting(key: str, value: str, path: Path | None = None) -> Config:
    """Change one setting in the config file, keeping its comments; returns the new config.

    `value` is TOML (`0.85`, `true`, `["1m", "10m"]`); a bare word is taken as text and a
    comma list as a list. The whole config is validated before anything is written.
    """

    def assign(document: Any, section: str, name: str) -> None:
        import tomlkit

        if section not in document:
            document[section] = tomlkit.table()
        document[section][name] = _toml_value(value)

    return _edit_setting(key, path, assign)


def unset_setting(key: str, path: Path | None = None) -> Config:
    """Remove a setting from the config file so that its default applies again."""

    def remove(document: Any, section: str, name: str) -> None:
        if section in document:
            document[section].pop(name, None)

    return _edit_setting(key, path, remove)


def _edit_setting(key: str, path: Path | None, edit: Callable[[Any, str, str], None]) -> Config:
    """Apply `edit(document, section, name)` to the config file through tomlkit (which
    keeps comments and layout), validate the result, then replace the file atomically."""
    import tomlkit

    target = path if path is not None else config_path()
    if key not in SETTABLE:
        raise ConfigError(f"unknown setting '{key}'; settable: {', '.join(SETTABLE)}")
    section, name = key.split(".", 1)
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        raw = b""
    except OSError as exc:
        raise ConfigError(f"{target}: cannot read the config file: {exc.strerror}") from exc
    parse_config(target, raw)  # a clear error for a broken file before tomlkit's
    document = tomlkit.parse(raw.decode("utf-8-sig"))
    edit(document, section, name)
    text = tomlkit.dumps(document)
    load_config_text(target, text)  # validate the result as a whole
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)  # atomic: a crash never leaves half a config
    return load_config(target)


def load_config_text(target: Path, text: str) -> None:
    """Validate config text as `load_config` would read it (ConfigError if not valid)."""
    data = parse_config(target, text.encode("utf-8"))
    study_table = data.get("study", {})
    try:
        StudySettings.from_toml(study_table if isinstance(study_table, dict) else {})
    except SettingsError as exc:
        raise ConfigError(f"{target}: {exc}; nothing was changed") from exc


def _toml_value(value: str) -> Any:
    try:
        return tomllib.loads(f"value = {value}")["value"]
    except tomllib.TOMLDecodeError:
        if "," in value:
            return [item.strip() for item in value.split(",") if item.strip()]
        return value


def default_banks(config: Config) -> list[Path]:
    """The banks synced when none are named: shipped, personal (if present), configured."""
    banks = [shipped_bank()]
    if personal_bank().is_dir():
        banks.append(personal_bank())
    banks.extend(config.banks)
    return banks
