#!/usr/bin/env python3
"""Writes roundtrip/templates/every-element-<n>.yaml: one element of every type the specs describe,
every property the spec lists set (enumerations to an allowed value, numbers inside their range,
data structures and lists built out, ids and names from inputs of their resource type, text from
an untyped input), so that `rfs import` is compiled against every builder, enum and data
structure. The elements are spread over a few templates so no imported module grows past the
size a reader (and the 1,200-line limit on source files) takes in. Run from the repository
root; the output is committed."""

import glob
import os
import yaml

elements = [yaml.safe_load(open(f)) for f in sorted(glob.glob("specs/elements/*.yaml"))]
specs = {}  # data structures by name (an element may share a data structure's name)
for f in sorted(glob.glob("specs/datatypes/*.yaml")):
    d = yaml.safe_load(open(f))
    specs[d["name"]] = d
resources = yaml.safe_load(open("specs/resource-types.yaml")) or {}

PARTS = 3

inputs = {}
input_names = {}


def resource_input(rtype):
    # A resource type AOS does not document as an input type (an element's implied id, or one
    # declared `input_type: string`) is declared `string`: fill it from the text input, as a
    # template would.
    declared = resources.get(rtype)
    if declared is None or (declared or {}).get("input_type") == "string":
        return {"get_input": "text"}
    if rtype not in input_names:
        name = "r%d" % len(input_names)
        input_names[rtype] = name
        inputs[name] = {"type": rtype}
    return {"get_input": input_names[rtype]}


def literal(t, p, depth):
    allowed = p.get("allowed")
    if allowed:
        return allowed[0]
    if t == "string":
        return {"get_input": "text"}
    if t in ("integer", "number"):
        lo, hi = p.get("min"), p.get("max")
        v = lo if lo is not None else (hi if hi is not None and hi < 1 else 1)
        return int(v) if t == "integer" and float(v).is_integer() else v
    if t == "boolean":
        return True
    if t == "map":
        return {"key": "value", "nested": {"list": [1, "two"]}}
    if t == "any":
        return {"get_input": "text"}
    if t.startswith("HuaweiCloud."):
        return resource_input(t)
    if t in specs:
        if depth > 3:
            return {}
        return structure(specs[t], depth + 1)
    return {"get_input": "text"}


def value(p, depth):
    t = p["type"]
    v = literal(t, p, depth)
    if p.get("list"):
        return [v]
    return v


def structure(spec, depth):
    out = {}
    for key, p in (spec.get("properties") or {}).items():
        out[key] = value(p, depth)
    return out


kept = [
    spec
    for spec in elements
    if spec["type"] not in ("HuaweiCloud.AntiDDos.Service", "HuaweiCloud.APM.Pinpoint")
]
for old in glob.glob("roundtrip/templates/every-element*.yaml"):
    os.remove(old)
size = -(-len(kept) // PARTS)
for part in range(PARTS):
    inputs = {"text": {"description": "any text"}}
    input_names = {}
    nodes = {}
    for spec in kept[part * size : (part + 1) * size]:
        node = spec["name"].lower().replace(".", "-")
        nodes[node] = {"type": spec["type"], "properties": structure(spec, 0)}
    template = {
        "tosca_definitions_version": "huaweicloud_tosca_version_1_0",
        "description": "One element of every type (part %d of %d), every listed property set"
        % (part + 1, PARTS),
        "inputs": inputs,
        "node_templates": nodes,
    }
    with open("roundtrip/templates/every-element-%d.yaml" % (part + 1), "w") as f:
        f.write("# Written by tools/every_element.py; regenerate it after changing the specs.\n")
        yaml.safe_dump(template, f, sort_keys=False, allow_unicode=True, width=100)
