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

[backup]
interval_hours = 24         # a backup at start when the last is older; 0 turns them off
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

KNOWN_KEYS = ("banks", "study", "ui", "backup")
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
    code_start: str = "signature"
    """`[ui] code_start`: a coding review starts from the entry's signature, or, with
    "last", from the code you last wrote for it."""
    backup_interval_hours: float = 24.0
    """`[backup] interval_hours`: the app backs up at start when the newest backup is
    older than this (and after every 100 reviews); 0 turns automatic backups off."""
    path: Path | None = None
    """The file these came from (None when there was none)."""
    warnings: tuple[str, ...] = field(default=())


def load_config(path: Path | None = None) -> Config:
    """Read the config file; a missing file is an empty config."""
    target = path if path is not None else config_path()
    raw = _read(target)
    if raw is None:
        return Config()
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
    try:
        resolved = tuple(
            (Path(b).expanduser() if Path(b).expanduser().is_absolute() else base / b)
            for b in banks
        )
    except RuntimeError as exc:  # '~name/...' where no user is called name
        raise ConfigError(
            f"{target}: a bank path in 'banks' starts with '~user' for a user this machine "
            "does not have; write the path out in full"
        ) from exc
    study_table = data.get("study", {})
    if not isinstance(study_table, dict):
        raise ConfigError(f"{target}: 'study' must be a table: write [study] on its own line")
    try:
        study = StudySettings.from_toml(study_table)
    except SettingsError as exc:
        raise ConfigError(f"{target}: {exc}") from exc
    ui = data.get("ui", {})
    if not isinstance(ui, dict):
        raise ConfigError(f"{target}: 'ui' must be a table: write [ui] on its own line")
    theme = ui.get("theme")
    if theme is not None and not isinstance(theme, str):
        raise ConfigError(f'{target}: ui.theme must be a theme name, e.g. theme = "nord"')
    code_start = ui.get("code_start", "signature")
    if code_start not in ("signature", "last"):
        raise ConfigError(
            f'{target}: ui.code_start must be "signature" or "last", not {code_start!r}'
        )
    backup = data.get("backup", {})
    if not isinstance(backup, dict):
        raise ConfigError(f"{target}: 'backup' must be a table: write [backup] on its own line")
    interval = backup.get("interval_hours", 24)
    if (
        isinstance(interval, bool)
        or not isinstance(interval, int | float)
        or not (0 <= interval <= 24 * 365)
    ):
        raise ConfigError(
            f"{target}: backup.interval_hours must be a number of hours from 0 (off) to 8760, "
            f"not {interval!r}"
        )
    return Config(
        banks=resolved,
        study=study,
        theme=theme,
        code_start=code_start,
        backup_interval_hours=float(interval),
        path=target,
        warnings=warnings,
    )


MAX_CONFIG_BYTES = 1_000_000
"""A config file is a few lines; a bigger one is not a config file."""


def _read(target: Path) -> bytes | None:
    """The config file's bytes, None when there is none; ConfigError for a file that
    cannot be one (a folder, a FIFO or device, which must never block the start)."""
    import os
    import stat

    try:
        descriptor = os.open(target, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(f"{target}: cannot read the config file: {exc.strerror}") from exc
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise ConfigError(f"{target}: the config file is not a regular file; remove it")
        data = handle.read(MAX_CONFIG_BYTES + 1)
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{target}: over 1 MB, too big for a config file")
    return data


def parse_config(target: Path, raw: bytes) -> dict[str, Any]:
    """The TOML document in `raw`; ConfigError naming `target` when it is not one."""
    try:
        return tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{target}: not valid UTF-8; re-save it as UTF-8") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{target}: not valid TOML: {exc}") from exc


SETTABLE = (
    *(f"study.{name}" for name in StudySettings.__dataclass_fields__),
    "ui.theme",
    "ui.code_start",
    "backup.interval_hours",
)
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
    raw = _read(target) or b""
    data = parse_config(target, raw)  # a clear error for a broken file before tomlkit's
    if not isinstance(data.get(section, {}), dict):
        raise ConfigError(
            f"{target}: '{section}' is {type(data[section]).__name__} where a table belongs; "
            f"replace the line '{section} = ...' with [{section}] and its settings below it"
        )
    document = tomlkit.parse(raw.decode("utf-8-sig"))
    edit(document, section, name)
    text = tomlkit.dumps(document)
    load_config_text(target, text)  # validate the result as a whole
    from interview.output_files import OutputError, write_output

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # atomic, and through a symlink (a config kept in a dotfiles repo stays linked)
        write_output(target, text)
    except OSError as exc:
        raise ConfigError(
            f"{target}: cannot write the config file: {exc.strerror or exc}; nothing was changed"
        ) from exc
    except OutputError as exc:
        raise ConfigError(str(exc)) from exc
    return load_config(target)


def load_config_text(target: Path, text: str) -> None:
    """Validate config text as `load_config` would read it (ConfigError if not valid)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="interview-config-") as folder:
        trial = Path(folder) / target.name
        trial.write_text(text, encoding="utf-8")
        try:
            load_config(trial)
        except ConfigError as exc:
            reason = str(exc).removeprefix(f"{trial}: ")
            raise ConfigError(f"{target}: {reason}; nothing was changed") from exc


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
