"""The program that runs inside the sandbox: it loads the solution, then runs the tests'
statements one at a time as the app sends them, answering each with a signed record.

It is text here: the sandboxed interpreter runs it, the app never imports it. The rules
that keep a solution from changing what it reports (docs/running-code.md):

- Everything after the lock-down runs inside `_main`, whose every name is a parameter
  bound before the solution loaded or a local (tests check there is no global lookup), so
  rebinding a module's or the builtins' functions does not reach it.
- The run's key lives only in `_main`'s frame; frames, `gc` walks, `__code__` and
  `__defaults__` are refused by an audit hook, which also refuses starting processes,
  signals, threads, ctypes, sockets, and files outside the run folder.
- The tests get their own namespace and copy of the builtins; what the solution's
  functions return must be plain data, checked by a wrapper whose state is unreachable.
"""

from __future__ import annotations

BOOTSTRAP = """\
import builtins as _b
_source = r'''{source}'''
exec(compile(_source, "harness", "exec"), {{"__builtins__": dict(vars(_b)), "__name__": "harness"}})
"""

HARNESS = r'''
import os, sys, io, time, gc, json, builtins, _thread, signal, _signal, posix

CMD, REP, CAP, ENTRY = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
sys.setrecursionlimit(3000)
try:
    from _hashlib import hmac_digest as _hmac_c

    def _mac(key, data, _hmac_c=_hmac_c):
        return _hmac_c(key, data, "sha256")
except ImportError:  # a Python built without OpenSSL
    try:
        from _sha256 import sha256 as _sha
    except ImportError:
        from _sha2 import sha256 as _sha

    def _mac(key, data, _sha=_sha, bytes=bytes):
        key = key.ljust(64, b"\0")
        inner = _sha(bytes([k ^ 0x36 for k in key]) + data).digest()
        return _sha(bytes([k ^ 0x5C for k in key]) + inner).digest()


class Denied(PermissionError):
    """Refused by the runner's lock-down."""


class ImportDenied(ImportError):
    """An import refused by the lock-down: an ImportError, so that libraries that can do
    without a module (numpy without ctypes) still load."""


class FrameDenied(ValueError):
    """sys._getframe refused: a ValueError, as namedtuple() and Enum() expect."""


class Rejected(BaseException):
    """A solution handed back something that is not plain data (not an `Exception`, so
    a test's `except Exception` does not hide it)."""


class Tampered(BaseException):
    """The solution changed something the tests rely on."""


_SEALED = set()
_SEALED_KEPT = []


def _seal(source, name, *, sealed=_SEALED, kept=_SEALED_KEPT, exec=exec, id=id, **bound):
    """A function defined in a namespace of its own, without builtins: what it uses is
    bound as keyword-only defaults, which the audit hook refuses to show."""
    space = {"__builtins__": {"__build_class__": builtins.__build_class__}, "__name__": "sealed"}
    space.update(bound)
    exec(source, space)
    function = space[name]
    space.clear()
    sealed.add(id(function))
    kept.append(function)
    return function


_blocked_source = "def blocked(*args, __E=E, __M=M, **kwargs):\n    raise __E(__M)\n"
_no_threads = _seal(_blocked_source, "blocked", E=Denied,
                    M="starting threads is disabled while running tests")
_no_signals = _seal(_blocked_source, "blocked", E=Denied,
                    M="signal handlers and timers are disabled while running tests")
_no_gc = _seal(_blocked_source, "blocked", E=Denied,
               M="changing the garbage collector is disabled while running tests")
_Capped = _seal(
    "class Capped(Base):\n"
    "    def write(self, text, *, Base=Base, len=len, CAP=CAP, E=OverflowError):\n"
    "        if self.tell() + len(text) > CAP:\n"
    "            raise E('printed more than %d KB' % (CAP // 1024))\n"
    "        return Base.write(self, text)\n",
    "Capped", Base=io.StringIO, len=len, CAP=CAP, OverflowError=OverflowError,
)


def _reader(read=os.read, exit=os._exit, bytes_join=b"".join, len=len, min=min):
    pending = [b""]

    def line():
        buffer = pending[0]
        while b"\n" not in buffer:
            data = read(CMD_FD, 65536)
            if not data:
                exit(3)
            buffer += data
        head, _, rest = buffer.partition(b"\n")
        pending[0] = rest
        return head.decode("utf-8")

    def payload(size):
        buffer = pending[0]
        while len(buffer) < size:
            data = read(CMD_FD, min(size - len(buffer), 1 << 20))
            if not data:
                exit(3)
            buffer += data
        pending[0] = buffer[size:]
        return buffer[:size].decode("utf-8")

    CMD_FD = CMD
    return line, payload


_read_line, _read_payload = _reader()
_KEY_HEX = _read_line()
_CONFIG = json.loads(_read_payload(int(_read_line())))

# ---- the lock-down: an audit hook, and the process-level functions taken away ----------
_FOLDER = os.getcwd()


def _make_hook(
    folder=_FOLDER,
    read_roots=tuple(_CONFIG["read_roots"]) + tuple(p for p in sys.path if p.startswith("/")),
    tmp=("/tmp",) if _CONFIG["private_tmp"] else (),
    max_files=_CONFIG["max_files"],
    fds=(CMD, REP),
    getcwd=os.getcwd,
    fspath=os.fspath,
    fsdecode=os.fsdecode,
    stat=os.stat,
    S_ISDIR=__import__("stat").S_ISDIR,
    OSError=OSError,
    ValueError=ValueError,
    o_write=os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND,
    Denied=Denied,
    FrameDenied=FrameDenied,
    ImportDenied=ImportDenied,
    isinstance=isinstance,
    int=int,
    str=str,
    bytes=bytes,
    bool=bool,
    TypeError=TypeError,
    frozenset=frozenset,
    guarded=set(),
    sealed=_SEALED,
    id=id,
):
    locked = [False]
    devices = frozenset(("/dev/null", "/dev/zero", "/dev/urandom", "/dev/random"))
    processes = frozenset(("os.fork", "os.forkpty", "os.system", "os.exec", "os.posix_spawn",
                           "os.spawn", "os.startfile", "subprocess.Popen", "pty.spawn"))
    signals = frozenset(("os.kill", "os.killpg", "signal.pthread_kill"))
    introspection = frozenset((
        "sys._current_frames", "sys._current_exceptions", "sys.settrace",
        "sys.setprofile", "sys.addaudithook", "gc.get_objects", "gc.get_referrers",
        "gc.get_referents", "code.__new__", "marshal.loads", "marshal.load",
        "sys.remote_exec", "sys.monitoring.register_callback", "sys.monitoring.use_tool_id",
    ))
    other = frozenset(("os.symlink", "os.link", "resource.setrlimit", "resource.prlimit",
                       "os.mkfifo", "os.mknod", "os.chroot", "os.setuid", "os.setgid",
                       "os.setreuid", "os.setregid", "os.setresuid", "os.setresgid"))
    prefixes = ("socket.", "ctypes.", "_ctypes.", "cffi.", "winreg.", "_winapi.")
    modules = frozenset((
        "ctypes", "_ctypes", "cffi", "_cffi_backend", "_posixsubprocess", "multiprocessing",
        "_multiprocessing", "_posixshmem", "_testcapi", "_testinternalcapi", "_testbuffer",
        "_testmultiphase", "_testsinglephase", "_xxsubinterpreters", "_xxinterpchannels",
        "_interpreters", "_interpchannels", "_interpqueues", "_lsprof", "cProfile",
        "profile", "pdb", "bdb",
    ))
    path_writes = frozenset((
        "os.remove", "os.rmdir", "os.mkdir", "os.chmod", "os.chown", "os.utime",
        "os.truncate", "os.chflags", "os.lchflags", "os.setxattr", "os.removexattr",
        "shutil.rmtree", "tempfile.mkstemp", "tempfile.mkdtemp", "shutil.chown",
        "shutil.move", "shutil.copyfile", "shutil.copytree", "shutil.make_archive",
        "shutil.unpack_archive",
    ))
    with_dir_fd = frozenset(("os.remove", "os.rmdir", "os.mkdir", "os.chmod", "os.chown",
                             "os.utime"))
    path_reads = frozenset(("os.listdir", "os.scandir", "glob.glob", "glob.glob/2",
                            "os.getxattr", "os.listxattr"))
    # frames lead to the runner's own state; defaults hold what its wrappers check with
    frames = frozenset(("tb_frame", "gi_frame", "cr_frame", "ag_frame", "f_back"))
    defaults = frozenset(("__defaults__", "__kwdefaults__"))

    def absolute(path):
        if not path.startswith("/"):
            path = getcwd() + "/" + path
        parts = []
        for part in path.split("/"):
            if part == "" or part == ".":
                continue
            if part == "..":
                if parts:
                    parts.pop()
                continue
            parts.append(part)
        return "/" + "/".join(parts)

    def under(path, roots):
        for root in roots:
            if path == root or path.startswith(root.rstrip("/") + "/"):
                return True
        return False

    created = [0]

    def exists(path):
        try:
            stat(path)
            return True
        except (OSError, ValueError, TypeError):
            return False

    def isdir(path):
        try:
            return S_ISDIR(stat(path).st_mode)
        except (OSError, ValueError):
            return False

    def check(path, write, opening=False):
        if isinstance(path, int):
            if path in fds:
                raise Denied("the runner's own channels are not available to your code")
            if write:  # fchmod and the like on a descriptor of a file it may only read
                raise Denied("changing files through a descriptor is disabled while running tests")
            return
        try:
            text = fsdecode(fspath(path))
        except TypeError:
            return
        full = absolute(text)
        if full in devices:
            return
        if write:
            if not under(full, (folder,) + tmp):
                raise Denied("writing outside the run folder is not allowed: " + text)
        elif not under(full, read_roots + (folder,) + tmp):
            raise Denied("reading files outside the run folder is not allowed: " + text)
        elif opening and not under(full, (folder,) + tmp) and isdir(full):
            # a folder's descriptor would let dir_fd= write where the path check cannot see
            raise Denied("opening folders outside the run folder is not allowed: " + text)

    def hook(event, args):
        if not locked[0]:
            # while the tests' modules are imported: no processes, signals or network
            if event in processes or event in signals or event.startswith("socket."):
                raise Denied(event + " is disabled while the tests' modules load")
            return
        if event == "sys._getframe":
            raise FrameDenied("frame inspection is disabled while running tests")
        if event in processes:
            raise Denied("starting processes is disabled while running tests")
        if event in signals:
            raise Denied("sending signals to processes is disabled while running tests")
        if event in introspection or event in other or event.startswith(prefixes):
            raise Denied(event + " is disabled while running tests")
        if event == "object.__getattr__":
            if args[1] in frames or (args[1] in defaults and id(args[0]) in sealed):
                raise Denied("reading " + str(args[1]) + " is disabled while running tests")
            return
        if event == "object.__setattr__" or event == "object.__delattr__":
            if id(args[0]) in guarded:
                raise Denied("changing " + str(args[1]) + " of the runner's, the tests' or a "
                             "library's objects is disabled while running tests")
            return
        if event == "import":
            if str(args[0]).partition(".")[0] in modules:
                raise ImportDenied("importing " + str(args[0]) + " is disabled while running tests")
        elif event == "open":
            path, mode, flags = args
            write = (isinstance(mode, str) and ("w" in mode or "a" in mode or "x" in mode
                                                or "+" in mode)) or (
                isinstance(flags, int) and flags & o_write != 0)
            if path is not None:
                check(path, bool(write), True)
                if write and max_files and not isinstance(path, int) and not exists(path):
                    created[0] += 1
                    if created[0] > max_files:
                        raise Denied("creating more than " + str(max_files) + " files is not "
                                     "allowed without the sandbox (a limit on disk use)")
        elif event in path_writes:
            if args:
                check(args[0], True)
            if event in with_dir_fd and args and args[-1] not in (None, -1):
                raise Denied("dir_fd= is disabled while running tests")
        elif event == "os.rename":
            check(args[0], True)
            check(args[1], True)
            if args[2] not in (None, -1) or args[3] not in (None, -1):
                raise Denied("dir_fd= is disabled while running tests")
        elif event in path_reads:
            if args and args[0] is not None:
                check(args[0], False)

    def lock():
        locked[0] = True

    return hook, lock, guarded


_hook, _lock, _GUARDED = _make_hook()
sys.addaudithook(_hook)
del _make_hook

_thread.start_new_thread = _thread.start_new = _no_threads
_thread.interrupt_main = _no_signals
if hasattr(_thread, "start_joinable_thread"):
    _thread.start_joinable_thread = _no_threads
for _module in (signal, _signal):
    for _name in ("signal", "setitimer", "alarm", "set_wakeup_fd", "pthread_kill",
                  "pidfd_send_signal", "siginterrupt"):
        if hasattr(_module, _name):
            setattr(_module, _name, _no_signals)
for _module in (os, posix):
    if hasattr(_module, "pidfd_open"):
        delattr(_module, "pidfd_open")
if "threading" in sys.modules:
    sys.modules["threading"]._start_new_thread = _no_threads
import _posixsubprocess  # subprocess imports it; a fresh copy is refused by the hook

_posixsubprocess.fork_exec = _seal(_blocked_source, "blocked", E=Denied,
                                   M="starting processes is disabled while running tests")
_gc_disable, _gc_enable, _gc_collect = gc.disable, gc.enable, gc.collect
gc.enable = gc.set_threshold = gc.freeze = gc.unfreeze = _no_gc

# the modules the tests import, imported now so that their state can be checked
for _name in _CONFIG["imports"]:
    try:
        __import__(_name)
    except BaseException:
        pass

# Frames stay refused, but libraries that ask for one only to word a warning get an
# answer that needs none, instead of an error in the learner's code:
# - inspect.currentframe() is None, as on a Python without frames (pandas'
#   find_stack_level, on every SettingWithCopy or FutureWarning);
# - pandas' chained-assignment check (`df[mask]["col"] = x`) reads the caller's frame:
#   it is answered from the reference count alone, so the warning still comes.
import inspect as _inspect

_inspect.currentframe = lambda: None
_pandas_common = sys.modules.get("pandas.core.common")
if _pandas_common is not None:
    if hasattr(_pandas_common, "is_local_in_caller_frame"):
        _pandas_common.is_local_in_caller_frame = lambda obj: False
    if hasattr(_pandas_common, "is_setitem_syntax_in_caller_frame"):
        _pandas_common.is_setitem_syntax_in_caller_frame = lambda: True
del _pandas_common


def _immutable(cls):
    return bool(type.__getattribute__(cls, "__flags__") & (1 << 8))


def _snapshot_modules(protected=_GUARDED):
    """What the loaded modules hold (functions, classes, modules), grouped per namespace
    as (namespace, names, values): checked by identity, in C, after every call."""
    groups = [(sys.modules, [], [])]
    lengths = []
    for name, module in list(sys.modules.items()):
        if name in ("__main__", "sys") or type(module) is not type(sys):
            continue
        groups[0][1].append(name)
        groups[0][2].append(module)
        space = module.__dict__
        names, values = [], []
        for key, value in list(space.items()):
            if callable(value) or type(value) is type(sys):
                names.append(key)
                values.append(value)
                protected.add(id(value))
                if isinstance(value, type) and not _immutable(value):
                    members = list(value.__dict__.items())
                    lengths.append((value.__dict__, len(members), value.__name__))
                    groups.append((value.__dict__, tuple(k for k, _ in members),
                                   tuple(v for _, v in members)))
                    for _, member in members:
                        protected.add(id(member))
        groups.append((space, tuple(names), tuple(values)))
    groups[0] = (sys.modules, tuple(groups[0][1]), tuple(groups[0][2]))
    return groups, protected, lengths


_MODULE_ENTRIES, _PROTECTED, _CLASS_LENGTHS = _snapshot_modules()


def _c_containers():
    import array, collections

    return [collections.deque, array.array]


def _c_values():
    import datetime, decimal

    return [datetime.date, datetime.datetime, datetime.time, datetime.timedelta,
            datetime.timezone, decimal.Decimal]


def _trusted():
    """Library classes whose instances may be returned (their `==` is the library's)."""
    import collections, fractions

    return [id(t) for t in (collections.Counter, collections.OrderedDict,
                            collections.defaultdict, fractions.Fraction)]

_TESTS_BUILTINS = dict(vars(builtins))
_TESTS_NS = {"__name__": "tests", "__builtins__": _TESTS_BUILTINS}


def _main(
    *,
    key=bytes.fromhex(_KEY_HEX),
    config=_CONFIG,
    read_line=_read_line,
    read_payload=_read_payload,
    mac=_mac,
    write=os.write,
    exit=os._exit,
    clock=time.perf_counter,
    gc_disable=_gc_disable,
    gc_enable=_gc_enable,
    gc_collect=_gc_collect,
    gc_count=gc.get_count,
    lock=_lock,
    excepthook=sys.__excepthook__,
    sys=sys,
    builtins=builtins,
    StringIO=io.StringIO,
    Capped=_Capped,
    seal=_seal,
    module_entries=_MODULE_ENTRIES,
    class_lengths=_CLASS_LENGTHS,
    protected=_PROTECTED,
    meta_path=tuple(sys.meta_path),
    path_hooks=tuple(sys.path_hooks),
    tests_ns=_TESTS_NS,
    tests_builtins=_TESTS_BUILTINS,
    tests_builtins_copy=(tuple(_TESTS_BUILTINS), tuple(_TESTS_BUILTINS.values())),
    Rejected=Rejected,
    Tampered=Tampered,
    REP=REP,
    ENTRY=ENTRY,
    repr=repr,
    type=type,
    str=str,
    int=int,
    float=float,
    len=len,
    id=id,
    list=list,
    tuple=tuple,
    set=set,
    frozenset=frozenset,
    dict=dict,
    bytearray=bytearray,
    object=object,
    isinstance=isinstance,
    callable=callable,
    compile=compile,
    exec=exec,
    BaseException=BaseException,
    AssertionError=AssertionError,
    SystemExit=SystemExit,
    RecursionError=RecursionError,
    MemoryError=MemoryError,
    EOFError=EOFError,
    SyntaxError=SyntaxError,
    AttributeError=AttributeError,
    hasattr=hasattr,
    any=any,
    all=all,
    map=map,
    zip=zip,
    is_=__import__("operator").is_,
    call=__import__("operator").call,
    getattr=getattr,
    open=open,
    immutable=_immutable,
    FunctionType=type(_seal),
    atoms=frozenset((type(None), bool, int, float, complex, str, bytes, range,
                     type(Ellipsis), type(NotImplemented))),
    c_containers=frozenset(_c_containers()),
    c_values=frozenset(_c_values()),
    trusted=set(_trusted()),
    sequences=frozenset((list, tuple, set, frozenset, type({}.keys()), type({}.values()),
                         type({}.items()))),
):
    missing = object()
    flat = ([], [], [])  # every module entry in one row, checked in one pass in C
    for space, names, values in module_entries:
        flat[0].extend([space.get] * len(names))
        flat[1].extend(names)
        flat[2].extend(values)
    keep = []
    violations = []
    pinned = []
    direct = []
    budget = [0.25]
    """Seconds a run may spend checking every module after each call of the solution."""

    def send(*fields):
        clean = tuple(
            f[:20000] if type(f) is str else f if type(f) is float else "" for f in fields
        )
        text = repr(clean).encode("utf-8")
        write(REP, mac(key, text).hex().encode("ascii") + b" " + text + b"\n")

    def where(space, name):
        for module_name, module in list(sys.modules.items()):
            if type(module) is type(sys) and module.__dict__ is space:
                return module_name + "." + name
        if space is tests_ns:
            return "the tests' " + name
        return name

    def tampered(tests_entries=(), groups=None, lengths=class_lengths):
        if groups is not None or not all(map(is_, map(call, flat[0], flat[1]), flat[2])):
            for space, names, values in module_entries if groups is None else groups:
                if not all(map(is_, map(space.get, names), values)):
                    for name, value in zip(names, values):
                        if space.get(name, missing) is not value:
                            return where(space, name)
        for space, count, name in lengths:
            if len(space) != count:
                return "the class " + name + " (a new attribute)"
        for space, name, value in tests_entries:
            if type(name) is int:  # a class of the tests: no attribute added either
                if len(space) != name:
                    return "the tests' class " + str(value) + " (a new attribute)"
            elif space.get(name, missing) is not value:
                return where(space, name)
        if tests_ns.get("__builtins__") is not tests_builtins:
            return "the tests' builtins"
        if len(tests_builtins) != len(tests_builtins_copy[0]) or not all(
            map(is_, map(tests_builtins.get, tests_builtins_copy[0]), tests_builtins_copy[1])
        ):
            return "the tests' builtins"
        if tuple(sys.meta_path) != meta_path or tuple(sys.path_hooks) != path_hooks:
            return "the import system (sys.meta_path)"
        if sys.gettrace() is not None or sys.getprofile() is not None:
            return "a trace function"
        return ""

    def remember():
        """What the tests hold now: a solution's call must leave it as it is."""
        tests_entries = []
        for name, value in list(tests_ns.items()):
            if name == "__builtins__" or not (callable(value) or type(value) is type(sys)):
                continue  # the tests' data may change while a solution calls them back
            tests_entries.append((tests_ns, name, value))
            if isinstance(value, type):
                trusted.add(id(value))
            if callable(value) and id(value) not in protected:
                protected.add(id(value))
                pinned.append(value)
                if isinstance(value, type) and not immutable(value):
                    for attr, member in list(value.__dict__.items()):
                        protected.add(id(member))
                        pinned.append(member)
            if isinstance(value, type) and not immutable(value):
                members = list(value.__dict__.items())
                tests_entries.append((value.__dict__, len(members), value.__name__))
                for attr, member in members:
                    if callable(member):
                        tests_entries.append((value.__dict__, attr, member))
        return tests_entries

    def container_items(item):
        """The items of a list, tuple, set or dict (or subclass), read with the base
        type's own methods, so no method of the object runs; None for anything else."""
        if isinstance(item, dict):
            found = []
            for k, v in dict.items(item):
                found.append(k)
                found.append(v)
            return found
        if isinstance(item, list):
            return list(list.__iter__(item))
        if isinstance(item, tuple):
            return list(tuple.__iter__(item))
        if isinstance(item, set):
            return list(set.__iter__(item))
        if isinstance(item, frozenset):
            return list(frozenset.__iter__(item))
        return None

    def numeric(kind):
        """Whether `kind` is a numpy array or scalar type: a type written in C (so not a
        class of the solution's, even if it put a fake numpy in sys.modules)."""
        return immutable(kind) and str(getattr(kind, "__module__", "")).partition(".")[0] == (
            "numpy"
        )

    def impure(value, allow_functions):
        """A description of the first part of `value` that is not plain data, or ''.

        Plain: numbers, strings, bytes, None; lists, tuples, sets, dicts of plain data;
        numpy arrays and scalars, torch tensors (when the tests import torch), deque,
        array, Decimal, dates; Counter, OrderedDict, defaultdict, Fraction; objects of
        the tests' own classes with plain attributes.
        Anything else could answer `==` as it likes (a class of the solution's, or a C
        type that calls back into Python, like `cmp_to_key` or a weakref proxy).

        With `allow_functions` (the tests' arguments after a call): the tests' own
        objects (any type loaded before the solution, functions, iterators) are fine;
        what is checked is that no object of the solution's was put into them.
        """
        stack = [value]
        seen = set()
        while stack:
            item = stack.pop()
            kind = type(item)
            if kind in atoms or (kind is FunctionType and id(item) in protected):
                continue
            if id(item) in seen:
                continue
            seen.add(id(item))
            if kind is dict or kind in sequences:
                stack.extend(container_items(item) if kind is dict else item)
                continue
            if kind in c_containers:
                stack.extend(kind.__iter__(item))
                continue
            if kind in c_values:
                continue
            if numeric(kind):
                if hasattr(kind, "dtype") and hasattr(kind, "ravel"):
                    if item.dtype.kind == "O":  # a numpy array of Python objects
                        stack.extend(item.ravel().tolist())
                continue
            if id(kind) in protected and str(getattr(kind, "__module__", "")) == "torch" and (
                str(getattr(kind, "__name__", "")) == "Tensor"
            ):  # torch's own tensor class, loaded before the solution (not a subclass)
                continue
            theirs = immutable(kind) or id(kind) in protected
            if id(kind) in trusted or (allow_functions and theirs):
                if allow_functions and (callable(item) or hasattr(kind, "__next__")):
                    continue
                items = container_items(item)
                if items is not None:
                    stack.extend(items)
                elif immutable(kind) and kind in c_containers:
                    stack.extend(kind.__iter__(item))
                try:
                    attrs = object.__getattribute__(item, "__dict__")
                except AttributeError:
                    attrs = None
                if type(attrs) is dict:
                    stack.extend(dict.values(attrs))
                continue
            if callable(item) or hasattr(kind, "__next__"):
                return "a " + str(kind.__name__) + " (a function or an iterator)"
            if immutable(kind):
                return "a " + str(kind.__name__) + " object"
            return "a " + str(kind.__name__) + " object (a class of your code)"
        return ""

    def adapt(result, name):
        """The solution's functions it returns (alone or in a tuple or list), wrapped so
        their results are checked too."""
        if type(result) is FunctionType:
            return wrap(result, name + "()")
        if (type(result) is tuple or type(result) is list) and any(
            type(x) is FunctionType for x in result
        ):
            adapted = [wrap(x, name + "()") if type(x) is FunctionType else x for x in result]
            return tuple(adapted) if type(result) is tuple else adapted
        return result

    def focus():
        """The modules the tests hold directly (and the builtins): checked after every
        call even when the budget for checking all modules after every call is spent."""
        wanted = {id(builtins.__dict__)}
        for value in list(tests_ns.values()):
            if type(value) is type(sys):
                wanted.add(id(value.__dict__))
            elif callable(value):
                module = sys.modules.get(str(getattr(value, "__module__", "")))
                if type(module) is type(sys):
                    wanted.add(id(module.__dict__))
        direct[:] = [g for g in module_entries if id(g[0]) in wanted]

    def checked(args, kwargs, result, name, before):
        keep.append(args)
        keep.append(kwargs)
        keep.append(result)
        gc_disable()
        if budget[0] > 0:
            started = clock()
            changed = tampered(before)
            budget[0] -= clock() - started
        else:
            changed = tampered(before, direct, ())
        if changed:
            violations.append("your code changed " + changed + ", which the tests use")
            raise Tampered(violations[-1])
        result = adapt(result, name)
        bad = impure(result, False) if type(result) is not FunctionType or not (
            id(result) in protected) else ""
        if bad:
            violations.append(
                name + "() returned " + bad + "; return plain data (numbers, strings, "
                "lists, tuples, dicts, sets, numpy arrays) or the objects the tests passed in"
            )
            raise Rejected(violations[-1])
        for arg in args + tuple(kwargs.values()):
            bad = impure(arg, True)
            if bad:
                violations.append(name + "() put " + bad + " into the tests' arguments")
                raise Rejected(violations[-1])
        return result

    def wrap(function, name):
        call = seal(
            "def call(*args, __f=F, __check=C, __name=N, __before=B, **kwargs):\n"
            "    before = __before()\n"
            "    return __check(args, kwargs, __f(*args, **kwargs), __name, before)\n",
            "call", F=function, C=checked, N=name, B=remember,
        )
        call.__name__ = call.__qualname__ = name
        protected.add(id(call))
        pinned.append(call)
        return call

    def traceback_text(exc):
        buffer = StringIO()
        saved = sys.stderr
        sys.stderr = buffer
        try:
            excepthook(type(exc), exc, exc.__traceback__)
        except BaseException:
            pass
        sys.stderr = saved
        text = buffer.getvalue()
        return text[-20000:] if type(text) is str else ""

    def describe(exc):
        kind = type(exc)
        try:
            text = str(exc)
        except BaseException:
            text = "(the exception cannot be shown)"
        if kind is Rejected or kind is Tampered:
            return "error", text, ""
        if isinstance(exc, AssertionError):
            return "failed", text or "the assertion is false", traceback_text(exc)
        if isinstance(exc, SystemExit):
            return "error", "the code called sys.exit(" + repr(exc.code) + ")", ""
        if isinstance(exc, RecursionError):
            return "error", "maximum recursion depth exceeded", traceback_text(exc)
        if isinstance(exc, MemoryError):
            return "error", "out of memory (the limit is 1 GiB)", ""
        if isinstance(exc, EOFError):
            return "error", "the code read from stdin, which is closed", traceback_text(exc)
        return "error", str(kind.__name__) + ": " + text, traceback_text(exc)

    def run(compiled, space):
        out = Capped()
        saved_out, saved_err = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = out
        error = None
        try:
            exec(compiled, space)
        except BaseException as exc:
            error = exc
        sys.stdout, sys.stderr = saved_out, saved_err
        gc_disable()
        try:
            printed = Capped.getvalue(out)
        except BaseException:
            printed = ""
        return error, printed

    token = read_line()
    with open("solution.py", encoding="utf-8") as handle:
        code = handle.read()
    solution = {"__name__": "solution", "__builtins__": builtins}
    try:
        compiled = compile(code, "solution.py", "exec")
    except SyntaxError as exc:
        send(token, "problem",
             "your code has a syntax error on line " + str(exc.lineno) + ": " + str(exc.msg))
        return
    gc_collect()
    # imports from now on compile from source: marshal.loads (crafted bytecode) is refused
    sys.pycache_prefix = "/nonexistent/interview-no-pycache"
    sys.dont_write_bytecode = True
    lock()
    gc_enable()
    error, printed = run(compiled, solution)
    if error is not None:
        keep.append(error)
        if type(error) is SystemExit:
            send(token, "problem",
                 "your code called sys.exit(" + repr(error.code) + ") while loading", "",
                 printed)
            return
        outcome, message, trace = describe(error)
        send(token, "problem", "your code failed while loading: " + message, trace, printed)
        return
    changed = tampered()
    if changed:
        send(token, "problem", "your code changed " + changed + " while loading", "", printed)
        return
    if ENTRY and not callable(solution.get(ENTRY)):
        send(token, "problem",
             "your code does not define the function " + ENTRY + "(...) the tests call", "",
             printed)
        return
    for name in config["names"]:
        if name not in solution or name.startswith("__"):
            continue
        value = solution[name]
        if isinstance(value, type):
            tests_ns[name] = value  # a class: its methods' results are not checked
        elif callable(value):
            tests_ns[name] = wrap(value, name)  # functions, lru_cache, partial...
        elif name == ENTRY:
            tests_ns[name] = value
    remember()
    focus()
    send(token, "loaded", printed)
    while True:
        line = read_line()
        if line == "quit":
            return
        token, kind, lineno, size = line.split(" ")
        source = read_payload(int(size))
        try:
            compiled = compile("\n" * (int(lineno) - 1) + source, "tests.py", "exec")
        except SyntaxError as exc:
            send(token, "error", "SyntaxError: " + str(exc.msg), "", "", 0.0)
            continue
        del keep[:]
        # the garbage of the last statement (gc is off while tests run); a full pass only
        # when there is much of it, as it takes a while with numpy loaded
        gc_collect(2 if gc_count()[0] > 50000 else 0)
        changed = tampered()  # finalizers of the solution's objects may have run just now
        if changed:
            send(token, "problem", "your code changed " + changed + ", which the tests use")
            return
        del violations[:]
        started = clock()
        gc_disable()
        error, printed = run(compiled, tests_ns)
        seconds = clock() - started
        changed = tampered()
        if violations:
            outcome, message, trace = "error", violations[0], ""
        elif changed:
            message = "your code changed " + changed + ", which the tests use"
            outcome, trace = "error", ""
        elif error is None:
            outcome, message, trace = "passed", "", ""
        else:
            keep.append(error)
            outcome, message, trace = describe(error)
        remember()
        focus()
        send(token, outcome, message, trace, printed[:4096], float(seconds))


del _KEY_HEX
_main()
os._exit(0)
'''
