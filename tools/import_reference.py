#!/usr/bin/env python3
"""One-off import of ../shared/aos-reference/{elements,datatypes}/*.json into specs/.

The specs are the source of truth from then on: edit them, not this script. It is kept to show how
each reference fact was carried over, and which corrections were made on the way (each one is also
written into the spec it touches, under `correction`).

Usage: python3 tools/import_reference.py ../shared/aos-reference specs
"""
import glob
import json
import os
import re
import sys

import yaml

REL_KINDS = {"DependsOn", "ContainedIn", "Connected", "Contains", "Associated"}
PRIMITIVES = {"string", "integer", "number", "boolean", "map", "any"}
# A pattern cell is taken as a regular expression when it looks like one; anything else is prose
# ("UUID", "IP address", "lowercase letters, digits, ...") and goes to `format`.
REGEX_HINT = re.compile(r"^\^|\$$|^\[|^\(")
SECRET_KEY = re.compile(r"(?i)(password|passwd|secret|privatekey)")


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, data):
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


Dumper.add_representer(str, _str)


def convert_property(p, datatypes, corrections):
    out = {}
    t = p["type"]
    if t not in PRIMITIVES and not t.startswith("HuaweiCloud.") and t not in datatypes:
        corrections.append(
            f"The page types this property as `{t}`, a data structure that is not documented; "
            "it is typed as a free-form map here until its fields are known."
        )
        out["type"] = "map"
    else:
        out["type"] = t
    if p["list"]:
        out["list"] = True
    req = p["required"]
    out["required"] = "unknown" if req is None else req
    if p["type_raw"] is None:
        out["type_inferred"] = True
    elif p["type_raw"] != t:
        out["page_type"] = p["type_raw"]
    if p["allowed"]:
        out["allowed"] = p["allowed"]
    if p["default"] is not None:
        out["default"] = p["default"]
    for k in ("min", "max", "min_length", "max_length"):
        if p[k] is not None:
            out[k] = p[k]
    pat = p["pattern"]
    if pat:
        if REGEX_HINT.search(pat):
            if "\\\\u" in pat:
                fixed = pat.replace("\\\\u", "\\u")
                corrections.append(
                    f"The page prints the pattern double-escaped (`{pat}`); it is `{fixed}` here."
                )
                pat = fixed
            out["pattern"] = pat
        else:
            out["format"] = pat
    if SECRET_KEY.search(p["name"]):
        out["secret"] = True
    if p["notes"]:
        out["notes"] = p["notes"]
    return out


def convert(path, datatypes):
    d = json.load(open(path))
    spec = {"name": d["name"], "kind": d["kind"]}
    if d["type"]:
        spec["type"] = d["type"]
    spec["summary"] = d["summary"]
    spec["completeness"] = d["completeness"]
    if d["source"]:
        spec["source"] = d["source"]
    spec["example_seen"] = d["example_seen"]
    props = {}
    for p in d["properties"]:
        corrections = []
        prop = convert_property(p, datatypes, corrections)
        if corrections:
            prop["correction"] = " ".join(corrections)
        props[p["name"]] = prop
    spec["properties"] = props
    if d["kind"] == "element":
        # An attribute documented only as a placeholder (`<nested output name>`) stands for any
        # name: it is written `'*'` in the spec.
        spec["attributes"] = {
            ("*" if a["name"].startswith("<") else a["name"]): (
                {"notes": a["notes"]} if a.get("notes") else {}
            )
            for a in d["attributes"]
        }
        reqs = []
        for r in d["requirements"]:
            item = {}
            name = r["name"]
            if name in REL_KINDS:
                item["relationship"] = name
            elif name is not None:
                item["property"] = name
            item["node_type"] = r["node_type"]
            if r.get("notes"):
                item["notes"] = r["notes"]
            reqs.append(item)
        spec["requirements"] = reqs
    if d["gaps"]:
        spec["gaps"] = d["gaps"]
    if d["doc_oddities"]:
        spec["doc_oddities"] = d["doc_oddities"]
    return spec


def main():
    ref, out = sys.argv[1], sys.argv[2]
    datatypes = {os.path.basename(f)[:-5] for f in glob.glob(f"{ref}/datatypes/*.json")}
    for kind in ("elements", "datatypes"):
        os.makedirs(f"{out}/{kind}", exist_ok=True)
        for f in sorted(glob.glob(f"{ref}/{kind}/*.json")):
            spec = convert(f, datatypes)
            with open(f"{out}/{kind}/{spec['name']}.yaml", "w") as fh:
                yaml.dump(spec, fh, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)


if __name__ == "__main__":
    main()
