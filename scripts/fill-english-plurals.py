#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English catalogue's plural forms that lupdate left unfinished.

English source text marks a plural with "(s)": "%n rating(s)" becomes "%n rating" for one and "%n ratings"
for more. A message whose English differs more than that is written in EXCEPTIONS. Run by the build's
update_translations target after lupdate; tests/translations checks that nothing is left unfinished.
Usage: fill-english-plurals.py knotmap_en.ts
"""
import html
import re
import sys

# Source text -> (one, many), where dropping or expanding "(s)" is not the English.
EXCEPTIONS = {
    "%n chosen regions and spots": ("%n chosen region or spot", "%n chosen regions and spots"),
}

UNFINISHED = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>[^<]*)</source>\s*)'
    r'<translation type="unfinished">\s*<numerusform></numerusform>\s*<numerusform></numerusform>\s*'
    r'</translation>',
    re.S)


def forms(source):
    if source in EXCEPTIONS:
        return EXCEPTIONS[source]
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill(match):
    source = html.unescape(match.group("source"))
    one, many = (html.escape(f, quote=False) for f in forms(source))
    return (match.group(1) + "<translation>\n            <numerusform>" + one +
            "</numerusform>\n            <numerusform>" + many + "</numerusform>\n        </translation>")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[-1])
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(UNFINISHED.sub(fill, text))


if __name__ == "__main__":
    main()
