#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists the human text of KnotMap's data files for lupdate, in core/i18n/DataStrings.cpp.

The atlas's region names, the referral data's areas and knot sites, and the routine catalogue's names and
instructions are read from JSON, which lupdate cannot read. This writes them as QT_TRANSLATE_NOOP entries, in the
context the loaders translate them with (core/i18n/DataText.h), so the catalogues in resources/translations carry
them like every other message. tests/core/DataStringsTest.cpp checks the file against the data files.

    scripts/extract-data-strings.py            rewrite core/i18n/DataStrings.cpp
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def capitalised(text):
    return text[:1].upper() + text[1:]


def entries():
    found = []  # (context, text), in file order, without repeats

    def add(context, text):
        text = text.strip()
        if text and (context, text) not in found:
            found.append((context, text))

    for view in ("back-view", "front-view"):
        atlas = json.loads((ROOT / "resources/atlas" / f"{view}.json").read_text(encoding="utf-8"))
        add("Atlas", atlas["name"])
        for region in atlas.get("regions", []):
            add("Atlas", region["name"])
    referral = json.loads((ROOT / "resources/referral/referral.json").read_text(encoding="utf-8"))
    for area in referral["areas"]:
        if area.get("sided"):
            for side in ("left", "right"):
                add("Referral", capitalised(area["sided_name"].replace("{side}", side)))
        else:
            add("Referral", capitalised(area["name"]))
    for muscle in referral["muscles"]:
        for knot in muscle["knots"]:
            add("Referral", knot["name"])
    catalogue = json.loads((ROOT / "resources/routines/catalogue.json").read_text(encoding="utf-8"))
    for source in catalogue["sources"]:
        add("Catalogue", source.get("about", ""))
    for technique in catalogue["techniques"]:
        add("Catalogue", technique["name"])
        add("Catalogue", technique["how"])
        add("Catalogue", technique.get("aftercare", ""))
        for caution in technique.get("cautions", []):
            add("Catalogue", caution)
    for muscle in catalogue["muscles"]:
        for step in muscle["steps"]:
            add("Catalogue", step["how"])
    return found


def literal(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    lines = [
        "// SPDX-License-Identifier: GPL-3.0-or-later",
        "// Made by scripts/extract-data-strings.py from resources/atlas, resources/referral and resources/routines:",
        "// run it again after changing their text. lupdate reads the messages here; the loaders translate them.",
        '#include "DataStrings.h"',
        "",
        "#include <QtGlobal>",
        "",
        "namespace knotmap {",
        "",
        "const QList<DataString>& dataStrings()",
        "{",
        "    // clang-format off",
        "    static const QList<DataString> all = {",
    ]
    for context, text in entries():
        lines.append(f'        {{"{context}", QT_TRANSLATE_NOOP("{context}", {literal(text)})}},')
    lines += ["    };", "    // clang-format on", "    return all;", "}", "", "} // namespace knotmap", ""]
    (ROOT / "core/i18n/DataStrings.cpp").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
