# The Python half of Perfdeck's TemplateEngine (templateengine.cpp embeds this file at build
# time). Runs only on the engine's worker thread. Jinja2's own SandboxedEnvironment renders;
# this adds a loader confined to the template folders and turns errors into name/line/message.
import json
import os
import traceback

import jinja2
import jinja2.sandbox

import _perfdeck


class TemplateRefused(jinja2.exceptions.SecurityError):
    pass


class ConfinedLoader(jinja2.BaseLoader):
    """Finds templates by relative name in the folders, in order. '..', absolute names and
    names whose real path (symlinks resolved) leaves the folder they were found in are
    refused: the check is made on the real path that is opened."""

    def __init__(self, folders):
        self.folders = [os.path.realpath(f) for f in folders if f]
        self.files = {}  # real file -> template name, to put template lines on errors

    def get_source(self, environment, template):
        if os.path.isabs(template) or template.startswith(("/", "\\")) or "\\" in template:
            raise TemplateRefused("template '%s' refused: absolute paths are not allowed"
                                  % template)
        parts = [p for p in template.split("/") if p not in ("", ".")]
        if ".." in parts:
            raise TemplateRefused("template '%s' refused: '..' is not allowed" % template)
        for folder in self.folders:
            path = os.path.join(folder, *parts)
            if not os.path.lexists(path):
                continue
            real = os.path.realpath(path)
            if os.path.commonpath([folder, real]) != folder:
                raise TemplateRefused("template '%s' refused: it resolves to %s, outside %s"
                                      % (template, real, folder))
            if not os.path.isfile(real):
                continue
            with open(real, "rb") as f:
                source = f.read().decode("utf-8")
            mtime = os.path.getmtime(real)
            self.files[real] = template
            return source, real, lambda: os.path.exists(real) and \
                os.path.getmtime(real) == mtime
        raise jinja2.TemplateNotFound(template)


def _function(name):
    def call(*args):
        return _perfdeck.call(name, *args)
    call.__name__ = name
    return call


_environments = {}
_bytecode_cache = []


def bytecode_cache():
    """Compiled templates kept between processes in the user's cache folder (0700), so a
    report does not compile summary.html, base.html and _macros.html again each time (about
    60 ms). Jinja2 checks each entry against the template's source; None when the folder
    cannot be made."""
    if not _bytecode_cache:
        cache = None
        try:
            base = os.environ.get("XDG_CACHE_HOME") or os.path.join(
                os.path.expanduser("~"), ".cache")
            folder = os.path.join(base, "perfdeck", "jinja2")
            os.makedirs(folder, mode=0o700, exist_ok=True)
            if os.stat(folder).st_uid == os.getuid() and os.access(folder, os.W_OK):
                cache = jinja2.FileSystemBytecodeCache(folder, "perfdeck-%s.cache")
        except OSError:
            cache = None
        _bytecode_cache.append(cache)
    return _bytecode_cache[0]


def environment(folders, strict):
    key = (tuple(folders), strict)
    env = _environments.get(key)
    if env is None:
        env = jinja2.sandbox.SandboxedEnvironment(
            loader=ConfinedLoader(folders),
            autoescape=jinja2.select_autoescape(["html", "htm", "xml"]),
            undefined=jinja2.StrictUndefined if strict else jinja2.Undefined,
            bytecode_cache=bytecode_cache())
        _environments[key] = env
    # Functions registered from C++ after the environment was made are added here.
    for name in _perfdeck.names():
        if name not in env.filters:
            f = _function(name)
            env.filters[name] = f
            env.globals[name] = f
    return env


def _kind(e):
    if isinstance(e, jinja2.TemplateSyntaxError):
        return "syntax"
    if isinstance(e, jinja2.UndefinedError):
        return "undefined"
    if isinstance(e, jinja2.exceptions.SecurityError):
        return "security"
    if isinstance(e, jinja2.TemplateNotFound):
        return "not-found"
    if isinstance(e, _perfdeck.TimeLimit):
        return "timeout"
    return "runtime"


def _describe(e, env, name):
    files = env.loader.files
    error = {"kind": _kind(e), "name": name, "file": "", "line": 0,
             "message": getattr(e, "message", None) or str(e)}
    if isinstance(e, jinja2.TemplateNotFound):
        error["message"] = "template not found: %s" % e.name
    elif error["kind"] == "timeout":
        error["message"] = str(e)
    elif not isinstance(e, jinja2.TemplateError):
        error["message"] = "%s: %s" % (type(e).__name__, e)
    if isinstance(e, jinja2.TemplateSyntaxError):
        error["name"] = e.name or name
        error["file"] = e.filename or ""
        error["line"] = e.lineno or 0
        return error
    # Jinja2 rewrites tracebacks so that template frames carry the template's file and line:
    # the innermost one is where the template failed.
    for frame in reversed(traceback.extract_tb(e.__traceback__)):
        if frame.filename in files:
            error["name"] = files[frame.filename]
            error["file"] = frame.filename
            error["line"] = frame.lineno or 0
            break
    return error


def render(name, is_file, folders, context_json, strict, parse_only):
    """Returns (output, None) or (None, error dict)."""
    folders = list(folders)
    if is_file:
        real = os.path.realpath(name)
        folders.insert(0, os.path.dirname(real))
        name = os.path.basename(real)
    env = environment(folders, strict)
    try:
        if parse_only:
            source, filename, _ = env.loader.get_source(env, name)
            env.parse(source, name, filename)
            return "", None
        context = json.loads(context_json)
        return env.get_template(name).render(context), None
    except Exception as e:  # every failure goes back as name/line/message
        return None, _describe(e, env, name)
