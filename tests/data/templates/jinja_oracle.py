#!/usr/bin/python3
# The oracle of tst_jinjacorpus: renders templates with plain (unsandboxed) Jinja2 and the
# options Perfdeck's TemplateEngine uses, and prints {name: output or "ERROR: ..."} as JSON.
# Usage: jinja_oracle.py FOLDER CONTEXT.json NAME...
import json
import sys

import jinja2

folder, context_file, names = sys.argv[1], sys.argv[2], sys.argv[3:]
env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder),
                         autoescape=jinja2.select_autoescape(["html", "htm", "xml"]))
with open(context_file, encoding="utf-8") as f:
    context = json.load(f)
out = {}
for name in names:
    try:
        out[name] = env.get_template(name).render(context)
    except Exception as e:  # reported per template, so one bad snippet names itself
        out[name] = "ERROR: %s: %s" % (type(e).__name__, e)
json.dump(out, sys.stdout)
