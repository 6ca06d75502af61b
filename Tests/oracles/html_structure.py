#!/usr/bin/env python3
"""An independent reader of an HTML file's structure, Python's own html.parser:

  html_structure.py FILE
      prints one JSON object: {"elements": [the name of each start tag, in order],
      "attributes": [[element, name, value], ...], "text": the text between the tags with
      character references resolved, joined without separators}.

A test compares what it finds with what the document was meant to hold: an element or an
attribute that came from the data instead of the writer shows here.
"""
import json
import sys
from html.parser import HTMLParser


class Structure(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.attributes = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.elements.append(tag)
        self.attributes.extend([tag, name, value] for name, value in attrs)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        self.text.append(data)


def main():
    with open(sys.argv[1], encoding="utf-8", newline="") as file:
        parser = Structure()
        parser.feed(file.read())
        parser.close()
    json.dump(
        {"elements": parser.elements, "attributes": parser.attributes, "text": "".join(parser.text)},
        sys.stdout,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    main()
