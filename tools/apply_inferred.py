#!/usr/bin/env python3
"""Apply specs/evidence/inferred-*.yaml to the specs (issue 21), once.

Kept for the record of what was applied and how; the specs are edited by hand afterwards.
Each evidence entry has a decision:
- add: a property (or `attribute:<name>`) the element page does not show, added with
  `evidence: inferred` and both sources (`api:`, `aos:`);
- enum_values: values the service API lists today, added to `allowed` and named under
  `allowed_inferred`;
- retype: a text link typed by what it names (`type_evidence` says why, `page_type` keeps the
  type the page printed);
- datatype_reason: why a data structure stays unused (`unused:`);
- not_found: recorded in the spec's `gaps` (what was searched).
SKIP lists entries not applied, and why (the decision is the record).
"""
import glob
import sys

import yaml

sys.path.insert(0, "tools")
from import_reference import Dumper  # noqa: E402

SPECS = "rfs-types/specs"

# (target, property) -> why the entry is not applied.
SKIP = {
    ("FGS.Function", "timeout"): "the page documents 3 to 300 s; the API allows 259200 s, but the official "
    "trigger examples still bound it to 300, so the documented bound stays",
    ("FGS.Function", "runtime"): "the page documents free text; a closed list from the API alone would make "
    "lint reject runtimes the service adds later, so runtime stays text",
    ("RDS.MySQL", "attribute:chargeMode"): "RDS.MySQL shows no billing property; only RDS.PostgreSQL names it",
}

RESOURCE_TYPES = {}  # new resource types, by name


def spec_path(target, kind):
    folder = "datatypes" if kind == "datatype" else "elements"
    path = f"{SPECS}/{folder}/{target}.yaml"
    try:
        open(path).close()
        return path
    except FileNotFoundError:
        other = "elements" if folder == "datatypes" else "datatypes"
        return f"{SPECS}/{other}/{target}.yaml"


def api_block(e):
    a = e.get("api") or {}
    out = {}
    for k in ("field", "source", "quote"):
        if a.get(k) is not None:
            out[k] = str(a[k])
    return out


def aos_block(e):
    a = e.get("aos") or {}
    return {k: str(a[k]) for k in ("source", "quote") if a.get(k) is not None}


def apply(entry, specs, log):
    target, prop, decision = entry["target"], str(entry.get("property")), entry["decision"]
    if (target, prop) in SKIP:
        log.append(f"skipped {target}.{prop}: {SKIP[(target, prop)]}")
        return
    kind = entry.get("target_kind", "element")
    path = spec_path(target, kind)
    spec = specs.setdefault(path, yaml.safe_load(open(path)))
    if decision == "add" and prop.startswith("attribute:"):
        name = prop.split(":", 1)[1]
        attrs = spec.setdefault("attributes", {}) or {}
        spec["attributes"] = attrs
        a = {}
        if entry.get("type") and entry["type"] not in ("string", "integer"):
            a["type"] = entry["type"]
        a["notes"] = entry.get("notes", "")
        api, aos = api_block(entry), aos_block(entry)
        a["inferred"] = (
            f"the service API has {api.get('field')} in {api.get('source')}; AOS shows "
            f"`{aos.get('quote')}` in {aos.get('source')}"
        )
        attrs[name] = a
    elif decision == "add":
        props = spec.setdefault("properties", {})
        p = {"type": entry["type"]}
        if entry.get("list"):
            p["list"] = True
        p["required"] = bool(entry.get("required", False))
        p["evidence"] = "inferred"
        p["api"] = api_block(entry)
        p["aos"] = aos_block(entry)
        for k in ("min", "max", "min_length", "max_length", "secret"):
            if k in entry:
                p[k] = entry[k]
        p["notes"] = entry.get("notes", "")
        if prop in props:
            log.append(f"not applied {target}.{prop}: the spec already has it (documented facts stay)")
            return
        props[prop] = p
    elif decision == "enum_values":
        values = entry.get("values") or []
        p = spec["properties"][prop]
        new = [v for v in values if v not in (p.get("allowed") or [])]
        if not new:
            log.append(f"checked {target}.{prop}: the API lists no value beyond the documented ones")
            return
        p["allowed"] = list(p.get("allowed") or []) + new
        p["allowed_inferred"] = {"values": new, "api": api_block(entry)}
    elif decision == "retype":
        ty = entry["type"]
        if "new_resource_type" in entry:
            r = dict(entry["new_resource_type"])
            RESOURCE_TYPES[r.pop("name")] = r
        holder = spec["properties"] if prop in (spec.get("properties") or {}) else None
        name = prop.split(":", 1)[1] if prop.startswith("attribute:") else prop
        if holder is None:
            a = spec["attributes"][name]
            a["type"] = ty
            a["research"] = (a.get("research", "") + " Typed " + ty + " (issue 21): " + entry.get("notes", "")).strip()
        else:
            p = holder[name]
            if p.get("type") != ty:
                p.setdefault("page_type", p["type"])
                p["type"] = ty
            api = api_block(entry)
            p["type_evidence"] = f"api: {api.get('field')} in {api.get('source')}; " + entry.get("notes", "")
    elif decision == "datatype_reason":
        reason = entry.get("reason") or entry.get("notes")
        spec["unused"] = str(reason)
    elif decision == "not_found":
        note = f"Searched for `{prop}` (issue 21), not found: {entry.get('reason') or entry.get('notes')}"
        spec["gaps"] = (str(spec.get("gaps") or "") + "\n" + note).strip()
    else:
        raise SystemExit(f"unknown decision {decision} for {target}.{prop}")
    log.append(f"{decision} {target}.{prop}")


def main():
    specs, log = {}, []
    files = sys.argv[1:] or sorted(glob.glob(f"{SPECS}/evidence/inferred-*.yaml"))
    for f in files:
        for entry in yaml.safe_load(open(f)):
            apply(entry, specs, log)
    for path, spec in specs.items():
        with open(path, "w") as fh:
            yaml.dump(spec, fh, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)
    if RESOURCE_TYPES:
        path = f"{SPECS}/resource-types.yaml"
        text = open(path).read().rstrip("\n") + "\n"
        for name, r in RESOURCE_TYPES.items():
            text += yaml.dump({name: r}, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)
        open(path, "w").write(text)
    print("\n".join(log))


if __name__ == "__main__":
    main()
