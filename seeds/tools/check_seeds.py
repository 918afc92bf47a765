#!/usr/bin/env python3
"""Checks the seed sets: manifests, page metadata, article blocks and artifact lists.

Standard library only. Usage: python3 seeds/tools/check_seeds.py [SEEDS_DIR]
Prints one line per problem and a summary; exits 1 when a check fails.
"""
import html.parser
import json
import os
import re
import sys

SEEDS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SEED_TEXT = "000_667753ba445d650f.txt"
CHECKS = {"numbers", "glued-words", "broken-sentence", "lowercased-name", "omitted-paragraph", "added-paragraph",
          "doubled-word", "untranslated", "named-entity", "word-order", "punctuation", "mistranslation", "wording"}
BODY_MARKERS = (("itemprop", "articleBody"), ("class", "entry-content"))
problems = []


def fail(msg):
    problems.append(msg)
    print("FAIL", msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Page(html.parser.HTMLParser):
    """Collects what the checks need: lang, charset, canonical, alternates, h1 and the article body blocks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.charset = None
        self.canonical = None
        self.alternates = {}
        self.h1 = None
        self.blocks = []
        self._stack = []
        self._body_depth = None
        self._block = None
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta":
            if "charset" in a:
                self.charset = a["charset"].lower()
            elif a.get("http-equiv", "").lower() == "content-type":
                m = re.search(r"charset=([\w-]+)", a.get("content", ""), re.I)
                self.charset = m.group(1).lower() if m else None
        if tag == "link":
            rel = a.get("rel", "").lower()
            if rel == "canonical":
                self.canonical = a.get("href")
            elif rel == "alternate" and "hreflang" in a:
                self.alternates[a["hreflang"]] = a.get("href")
        if tag in ("meta", "link", "img", "input", "br", "hr"):
            return
        self._stack.append(tag)
        if self._body_depth is None and any(m in a.get(k, "").split() for k, m in BODY_MARKERS):
            self._body_depth = len(self._stack)
        if tag == "h1":
            self._in_h1, self.h1 = True, ""
        if self._body_depth is not None and tag in ("p", "h2") and self._block is None:
            self._block = [tag, ""]

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False
        if self._block is not None and tag == self._block[0]:
            self.blocks.append((self._block[0], norm(self._block[1])))
            self._block = None
        if tag in self._stack:
            while self._stack:
                top = self._stack.pop()
                if self._body_depth is not None and len(self._stack) < self._body_depth:
                    self._body_depth = None
                if top == tag:
                    break

    def handle_data(self, data):
        if self._in_h1:
            self.h1 += data
        if self._block is not None:
            self._block[1] += data


def read_page(path):
    raw = open(path, "rb").read()
    head = raw[:2048].decode("ascii", "replace")
    m = re.search(r'charset="?([\w-]+)', head, re.I)
    declared = m.group(1).lower() if m else "utf-8"
    codec = {"windows-1252": "cp1252", "utf-8": "utf-8"}.get(declared)
    if codec is None:
        fail(f"{path}: unexpected charset {declared}")
        codec = "utf-8"
    try:
        text = raw.decode(codec)  # strict
    except UnicodeDecodeError as e:
        fail(f"{path}: does not decode as declared {declared}: {e}")
        text = raw.decode(codec, "replace")
    if "\ufffd" in text:
        fail(f"{path}: contains U+FFFD")
    if declared != "utf-8":
        try:
            raw.decode("utf-8")
            fail(f"{path}: declared {declared} but is valid UTF-8 (non-ASCII bytes expected)")
        except UnicodeDecodeError:
            pass
    page = Page()
    page.feed(text)
    page.close()
    page.declared = declared
    return page


def check_set(name):
    folder = os.path.join(SEEDS, name)
    manifest = json.load(open(os.path.join(folder, "manifest.json"), encoding="utf-8"))
    if list(manifest) != ["name", "title", "pivot", "original", "notes", "editions"]:
        fail(f"{name}: manifest keys {list(manifest)}")
    if manifest["name"] != name:
        fail(f"{name}: manifest name {manifest['name']}")
    langs = [e["language"] for e in manifest["editions"]]
    for key in ("pivot", "original"):
        if manifest[key] not in langs:
            fail(f"{name}: {key} {manifest[key]} is not an edition")
    pages = {}
    for e in manifest["editions"]:
        if list(e) != ["language", "file", "url"]:
            fail(f"{name}: edition keys {list(e)}")
        page = read_page(os.path.join(folder, e["file"]))
        pages[e["language"]] = page
        if page.lang is None or page.lang.split("-")[0] != e["language"]:
            fail(f"{name}/{e['file']}: html lang {page.lang}")
        if page.canonical != e["url"]:
            fail(f"{name}/{e['file']}: canonical {page.canonical} != manifest url")
        for other in manifest["editions"]:
            if page.alternates.get(other["language"]) != other["url"]:
                fail(f"{name}/{e['file']}: hreflang {other['language']} missing or different")
        if not page.h1 or not page.blocks:
            fail(f"{name}/{e['file']}: no h1 or no article blocks")
    counts = {lang: len(p.blocks) for lang, p in pages.items()}
    charsets = {lang: p.declared for lang, p in pages.items()}
    print(f"{name}: blocks {counts}, charsets {charsets}")
    path = os.path.join(folder, "artifacts.json")
    if os.path.exists(path):
        artifacts = json.load(open(path, encoding="utf-8"))
        for i, a in enumerate(artifacts):
            keys = set(a)
            if not {"language", "paragraph", "text", "check", "note"} <= keys or keys - {"language", "paragraph", "text", "check", "note", "source"}:
                fail(f"{name}: artifact {i} keys {sorted(keys)}")
            if a["check"] not in CHECKS:
                fail(f"{name}: artifact {i} check {a['check']}")
            where = a.get("source", a["language"])
            blocks = pages[where].blocks
            if not 0 <= a["paragraph"] < len(blocks):
                fail(f"{name}: artifact {i} paragraph {a['paragraph']} out of range for {where}")
            elif blocks[a["paragraph"]][1].count(a["text"]) != 1:
                fail(f"{name}: artifact {i} text {a['text']!r} is not found exactly once in {where} block {a['paragraph']}")
            if ("source" in a) != (a["check"] == "omitted-paragraph"):
                fail(f"{name}: artifact {i}: 'source' belongs to omitted-paragraph entries only")
        print(f"{name}: {len(artifacts)} artifacts")
    return pages


def main():
    names = sorted(d for d in os.listdir(SEEDS) if os.path.isfile(os.path.join(SEEDS, d, "manifest.json")))
    all_pages = {n: check_set(n) for n in names}
    # The English edition of korea-russia is the seed article, block for block.
    seed = open(os.path.join(SEEDS, SEED_TEXT), encoding="utf-8").read().split("\n")
    en = all_pages["korea-russia"]["en"].blocks
    if [t for _, t in en] != [norm(line) for line in seed]:
        fail("korea-russia/en.html: blocks differ from the seed lines")
    heads = [i for i, (k, _) in enumerate(en) if k == "h2"]
    if heads != [3, 6]:
        fail(f"korea-russia/en.html: headings at {heads}, expected [3, 6]")
    src = open(os.path.join(SEEDS, "korea-russia", "en.html"), encoding="utf-8").read()
    for line in seed:
        if line not in src:
            fail(f"korea-russia/en.html: seed line not found verbatim on one source line: {line[:50]!r}")
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
