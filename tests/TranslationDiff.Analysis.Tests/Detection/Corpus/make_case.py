#!/usr/bin/env python3
"""Builds or refreshes a corpus case's pivot texts with the local Apertium engine.

Usage:
  make_case.py from-seed SEED_DIR OUT_DIR [--groups GROUPS.json]   # a seed set -> OUT_DIR/case.json
  make_case.py pivots CASE.json                                      # fill "pivot"/"unknown" of every edition
  make_case.py lexicon CASE.json                                     # only the "unknown"/"knownParts" lists (no new pivots)

Apertium routes into English: es>en, ca>en, fr>es>en. The pivot-language edition gets no pivot text; its "unknown"
words are those English's dictionaries do not know, as ApertiumLexicon finds them: unknown to every installed
analyser of English (apertium-eng-spa, apertium-eng-cat) and absent from Debian's wamerican-large and
wbritish-large word lists. The other editions' "unknownToLanguage" lists keep those of the engine's unknown words
that no installed analyser of their language knows either (as the pipeline finds them). Every edition's "knownParts"
lists the pieces of its unknown words (the word less its first one to five letters or its last two or three) that the
language's dictionaries know, the glue check's evidence (« lascalles » -> « calles »).

Tests never run this script; it documents how the
committed pivot texts were made (Debian packages apertium-en-es, apertium-en-ca, apertium-fr-es).
"""
import html.parser, json, re, subprocess, sys, pathlib, unicodedata

ROUTES = {"es": ["spa-eng"], "ca": ["cat-eng"], "fr": ["fr-es", "spa-eng"]}
BODIES = [("div", "article-body"), ("div", "entry-content"), ("section", "story__body")]


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0; self.inside = 0; self.skip = 0; self.current = None; self.blocks = []

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if not self.inside and any(tag == t and c in classes for t, c in BODIES):
            self.inside = 1; self.depth = 1; return
        if not self.inside:
            return
        if tag not in ("br", "img", "input", "meta", "link", "hr"):
            self.depth += 1
        if not self.skip and (tag in ("aside", "figure", "script", "style") or any(c.startswith("ad-slot") for c in classes)):
            self.skip = self.depth
        elif tag in ("p", "h2") and not self.skip and self.current is None:
            self.current = ("heading" if tag == "h2" else "paragraph", [], self.depth)

    def handle_endtag(self, tag):
        if not self.inside or tag in ("br", "img", "input", "meta", "link", "hr"):
            return
        if self.current and tag in ("p", "h2") and self.depth == self.current[2]:
            text = re.sub(r"\s+", " ", "".join(self.current[1])).strip()
            if text:
                self.blocks.append({"kind": self.current[0], "text": text})
            self.current = None
        if self.skip and self.depth == self.skip:
            self.skip = 0
        self.depth -= 1
        if self.depth == 0:
            self.inside = 0

    def handle_data(self, data):
        if self.current is not None:
            self.current[1].append(data)


def read_page(path):
    raw = path.read_bytes()
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:3000])
    return raw.decode(m.group(1).decode() if m else "utf-8")


def is_word_char(c):
    return c.isalnum() or unicodedata.category(c) in ("Mn", "Mc")


def strip_marks(line):
    """Apertium's marks removed as the pipeline removes them (UnknownWordMarkers.Strip): a * @ or # that opens a token
    is a mark; the word after * or @ was left untranslated; the word runs over letters, digits and marks, joined by
    - or ' (never ending on one)."""
    text, unknown, i = [], [], 0
    while i < len(line):
        if line[i] in "*@#" and (i == 0 or not is_word_char(line[i - 1])):
            untranslated = False
            while i < len(line) and line[i] in "*@#":
                untranslated |= line[i] != "#"
                i += 1
            end = i
            while end < len(line):
                if is_word_char(line[end]):
                    end += 1
                elif end > i and line[end] in "-'\u2019" and end + 1 < len(line) and is_word_char(line[end + 1]):
                    end += 1
                else:
                    break
            if untranslated and end > i:
                unknown.append(line[i:end])
            continue
        text.append(line[i])
        i += 1
    return "".join(text), unknown


def merge_hops(hops):
    """The route's unknown words (RoutedTranslation.MergeHops): the first hop's, then those a later hop added."""
    merged = []
    for hop in hops:
        carried = {}
        for word in merged:
            carried[word] = carried.get(word, 0) + 1
        for word in hop:
            if carried.get(word, 0) > 0:
                carried[word] -= 1
            else:
                merged.append(word)
    return merged


def translate(language, texts):
    """Each hop of the route as the pipeline runs it (RoutedTranslation): the marks are stripped after every hop, so the
    next hop reads plain text and a word the first hop left untranslated is listed as the edition writes it
    (« temporada » in a French edition, not the English the second hop made of it)."""
    if not texts:
        return []
    current = [t.replace("\n", " ") for t in texts]
    hops = [[] for _ in texts]
    for step in ROUTES[language]:
        data = subprocess.run(["apertium", step], input="\n".join(current) + "\n", capture_output=True, text=True, check=True).stdout
        lines = data.rstrip("\n").split("\n")
        assert len(lines) == len(texts), (len(lines), len(texts))
        for k, line in enumerate(lines):
            text, unknown = strip_marks(line)
            current[k] = text.strip()
            hops[k].append(unknown)
    return [(current[k], merge_hops(hops[k])) for k in range(len(texts))]


MODES = pathlib.Path("/usr/share/apertium/modes")
LANGS = {"en": "eng", "es": "spa", "ca": "cat", "fr": "fra"}
WORD_LISTS = {"en": ["/usr/share/dict/american-english-large", "/usr/share/dict/british-english-large"]}


def analysers(language):
    """The analyser of every installed mode out of the language (as ApertiumLexicon finds them), each file once."""
    names = {language, LANGS.get(language, language)}
    found = []
    for mode in sorted(MODES.glob("*.mode"), key=lambda m: ("_" in m.stem, m.stem)):
        if mode.stem.split("_")[0].split("-")[0] not in names:
            continue
        m = re.search(r"lt-proc(?:\s+-[a-z]+)*\s+'([^']+\.automorf\.bin)'", mode.read_text())
        if m and pathlib.Path(m.group(1)).exists() and m.group(1) not in found:
            found.append(m.group(1))
    return found


def word_list(language):
    words = set()
    for path in WORD_LISTS.get(language, []):
        words.update(line.strip().lower() for line in open(path, encoding="utf-8") if line.strip())
    return words


def unknown_to(analyser, texts):
    escaped = [re.sub(r"([\\^$/<>@*\[\]{}#])", r"\\\1", t.replace("\0", " ")) for t in texts]
    out = subprocess.run(["lt-proc", "-z", analyser], input="\0".join(escaped) + "\0",
                         capture_output=True, text=True, check=True).stdout.split("\0")
    lists = []
    for part in out[:len(texts)]:
        words = []
        for m in re.finditer(r"\^((?:\\.|[^/$^\\])+)/\*", part):
            w = m.group(1).replace("\\", "")
            if w not in words:
                words.append(w)
        lists.append(words)
    return lists


def unknown_words(language, texts):
    """The words no analyser of the language knows and no word list has, one list per text."""
    known = word_list(language)
    result = None
    for analyser in analysers(language):
        found = unknown_to(analyser, texts)
        result = found if result is None else [[w for w in mine if w in theirs] for mine, theirs in zip(result, found)]
    return [[w for w in words if w.lower() not in known] for words in (result or [[] for _ in texts])]


def pieces(word):
    """The pieces of an unknown word the glue check asks about (as WordPieces.Of cuts them): the word without its first
    one to five letters (two or more left), and without its last two or three (four or more left)."""
    if len(word) < 3 or not word.isalpha():
        return []
    found = [word[k:] for k in range(1, 6) if len(word) - k >= 2]
    found += [word[:-k] for k in (2, 3) if len(word) - k >= 4]
    return list(dict.fromkeys(found))


def fill_known_parts(case):
    """Each paragraph's "knownParts": the pieces of its unknown words that the language's dictionaries know (as the pipeline finds them)."""
    for edition in case["editions"]:
        paragraphs = edition["paragraphs"]
        if not analysers(edition["language"]):
            for p in paragraphs:
                p.pop("knownParts", None)
            continue
        asked = list(dict.fromkeys(x for p in paragraphs for w in p.get("unknown", []) for x in pieces(w)))
        known = {x for x, u in zip(asked, unknown_words(edition["language"], asked)) if not u} if asked else set()
        for p in paragraphs:
            p["knownParts"] = [x for x in dict.fromkeys(x for w in p.get("unknown", []) for x in pieces(w)) if x in known]


def fill_lexicon(case):
    for edition in case["editions"]:
        if edition["language"] != case["pivot"]:
            continue
        for p, unknown in zip(edition["paragraphs"], unknown_words(edition["language"], [p["text"] for p in edition["paragraphs"]])):
            p.pop("pivot", None)
            p["unknown"] = unknown


def filter_engine_unknown(case):
    """Of an engine's unknown words, those no analyser of the edition's language knows either (as the pipeline finds them)."""
    for edition in case["editions"]:
        if edition["language"] == case["pivot"]:
            continue
        lists = unknown_words(edition["language"], [p["text"] for p in edition["paragraphs"]])
        for p, elsewhere in zip(edition["paragraphs"], lists):
            p["unknownToLanguage"] = [w for w in p.get("unknown", []) if w in elsewhere]


def fill_pivots(case):
    for edition in case["editions"]:
        if edition["language"] == case["pivot"]:
            continue
        for p, (pivot, unknown) in zip(edition["paragraphs"], translate(edition["language"], [p["text"] for p in edition["paragraphs"]])):
            p["pivot"] = pivot
            p["unknown"] = unknown


def save(case, path):
    path.write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def from_seed(seed_dir, out_dir, groups_file=None):
    seed_dir = pathlib.Path(seed_dir)
    manifest = json.loads((seed_dir / "manifest.json").read_text(encoding="utf-8"))
    editions = []
    for e in manifest["editions"]:
        parser = Blocks(); parser.feed(read_page(seed_dir / e["file"]))
        editions.append({"language": e["language"], "paragraphs": parser.blocks})
    case = {
        "name": manifest["name"],
        "description": "Seed set " + manifest["name"] + ": " + manifest.get("notes", ""),
        "pivot": manifest["pivot"], "reference": manifest["original"], "original": manifest["original"],
        "editions": editions,
    }
    if groups_file:
        case["groups"] = json.loads(pathlib.Path(groups_file).read_text(encoding="utf-8"))
    case["artifacts"] = json.loads((seed_dir / "artifacts.json").read_text(encoding="utf-8"))
    fill_pivots(case)
    fill_lexicon(case)
    fill_known_parts(case)
    out = pathlib.Path(out_dir); out.mkdir(parents=True, exist_ok=True)
    save(case, out / "case.json")


if __name__ == "__main__":
    if sys.argv[1] == "from-seed":
        groups = sys.argv[sys.argv.index("--groups") + 1] if "--groups" in sys.argv else None
        from_seed(sys.argv[2], sys.argv[3], groups)
    elif sys.argv[1] == "pivots":
        path = pathlib.Path(sys.argv[2]); case = json.loads(path.read_text(encoding="utf-8"))
        fill_pivots(case); filter_engine_unknown(case); fill_lexicon(case); fill_known_parts(case); save(case, path)
    elif sys.argv[1] == "lexicon":
        path = pathlib.Path(sys.argv[2]); case = json.loads(path.read_text(encoding="utf-8"))
        filter_engine_unknown(case); fill_lexicon(case); fill_known_parts(case); save(case, path)
