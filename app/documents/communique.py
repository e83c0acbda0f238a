"""The joint communiqué as a PDF, and the comparison of two of its versions.

The layout follows the communiqué of 21 June 2001: the dateline, the title,
numbered paragraphs (headings unnumbered), and a "Plan of action" heading with
its numbered items. A parallel text sets its two languages in two columns,
each paragraph beside its translation. Drafts carry a DRAFT watermark and
"Draft N" in the footer; agreed and issued texts carry neither.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reportlab.platypus import Flowable, Spacer

from ..domain.communique import SETTLED, ParagraphChange, compare_paragraphs, dateline
from ..store.communiques import Document
from .fonts import check_printable
from .pages import FlowingParagraph, PageDecor, Parallel, Styles, markup, paragraph, render, signature_blocks, styles

_WORDS = {
    "en": {"plan": "Plan of action", "draft": "Draft {n}", "ad_referendum": "Draft {n} – ad referendum",
           "page": "Page {page} of {pages}", "watermark": "DRAFT", "subject": "Joint communiqué",
           "compare": "Comparison of draft {a} with draft {b}",
           "legend": "Text added in draft {b} is underlined; text removed since draft {a} is struck through."},
    "es": {"plan": "Plan de acción", "draft": "Borrador {n}", "ad_referendum": "Borrador {n} – ad referéndum",
           "page": "Página {page} de {pages}", "watermark": "BORRADOR", "subject": "Comunicado conjunto",
           "compare": "Comparación del borrador {a} con el borrador {b}",
           "legend": "El texto añadido en el borrador {b} va subrayado; el suprimido desde el borrador {a}, tachado."},
}


def _words(language: str) -> dict[str, str]:
    return _WORDS.get(language.split("-")[0], _WORDS["en"])


def texts_of(doc: Document) -> Iterator[str]:
    """Every text the communiqué prints (for the font check)."""
    yield doc.title
    yield from doc.titles.values()
    yield doc.place or ""
    yield doc.marking or ""
    for item in doc.paragraphs:
        yield from item["text"].values()
    for item in doc.plan:
        yield item["text"]
    for signatory in doc.signatories:
        yield signatory.name
        yield signatory.title or ""
        yield signatory.party


def _decor(doc: Document) -> PageDecor:
    words = _words(doc.languages[0])
    draft = doc.status not in SETTLED
    return PageDecor(marking=doc.marking, watermark=words["watermark"] if draft else None,
                     footer_left=words.get(doc.status, "").format(n=doc.version) if draft else "",
                     page_label=words["page"])


def _row(doc: Document, make: Callable[[str], Flowable | None]) -> Flowable | None:
    """One line of the text: a single flowable, or the two languages side by side."""
    if len(doc.languages) == 1:
        return make(doc.languages[0])
    return Parallel(make(doc.languages[0]), make(doc.languages[1]))


def story(doc: Document, s: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    where = f"{doc.place}, " if doc.place else ""  # the seed's dateline names no place; a secretary's may
    out.append(_row(doc, lambda lang: paragraph(where + dateline(doc.issued, lang), s.dateline)))
    out.append(_row(doc, lambda lang: paragraph(doc.title_in(lang), s.title, bold_brackets=True)))
    number = 0
    for item in doc.paragraphs:
        if item["heading"]:
            out.append(_row(doc, lambda lang: paragraph(item["text"].get(lang, ""), s.heading, bold_brackets=True)))
            continue
        bullet = None
        if item["numbered"]:
            number += 1
            bullet = f"{number}."

        def make(lang: str, item=item, bullet=bullet):
            text = item["text"].get(lang)
            if not text:
                return None
            return paragraph(text, s.numbered if bullet else s.body, bold_brackets=True, bullet=bullet)

        out.append(_row(doc, make))
    if doc.plan:
        out.append(_row(doc, lambda lang: paragraph(_words(lang)["plan"], s.heading)))
        for n, item in enumerate(doc.plan, start=1):
            out.append(_row(doc, lambda lang, item=item, n=n: paragraph(item["text"], s.numbered,
                                                                        bold_brackets=True, bullet=f"{n}.")))
    if doc.signatories:
        out.append(Spacer(1, 28))
        out.append(_signatures(doc, s))
    return out


def _signatures(doc: Document, s: Styles) -> Flowable:
    """A signature line over each signatory's name, title and delegation, two to a row."""
    return signature_blocks([(x.name, x.title, x.party) for x in doc.signatories], s)


def communique_pdf(doc: Document, *, invariant: bool = False,
                   progress: Callable[[int, int], None] | None = None) -> bytes:
    """The communiqué as PDF bytes. UnprintableText when a character cannot be printed."""
    check_printable(texts_of(doc))
    words = _words(doc.languages[0])
    subject = words["subject"] if doc.status in SETTLED else \
        f"{words['subject']} – {words.get(doc.status, '').format(n=doc.version)}"
    return render(story(doc, styles()), title=doc.title, subject=subject, author=doc.talks_title,
                  decor=_decor(doc), invariant=invariant, progress=progress)


# --- comparison -----------------------------------------------------------------------------


def _marked(change: ParagraphChange, language: str) -> str:
    out = []
    for piece in change.pieces.get(language, []):
        text = markup(piece.text)
        if piece.kind == "insert":
            out.append(f"<u>{text}</u>")
        elif piece.kind == "delete":
            out.append(f"<strike>{text}</strike>")
        else:
            out.append(text)
    return "".join(out)


def comparison_pdf(old: Document, new: Document, *, invariant: bool = False) -> bytes:
    """The newer version's text with what changed since the older one: insertions underlined,
    deletions struck through, paragraph by paragraph (the plan of action too)."""
    languages = list(dict.fromkeys(new.languages + old.languages))[:2]
    check_printable([*texts_of(old), *texts_of(new)])
    s = styles()
    words = _words(languages[0])
    layout = Document(id=new.id, talks_id=new.talks_id, talks_title=new.talks_title, title=new.title,
                      titles=new.titles, issued=new.issued, place=new.place, languages=languages,
                      status=new.status, version=new.version, marking=new.marking)
    out: list[Flowable] = [
        _row(layout, lambda lang: paragraph(_words(lang)["compare"].format(a=old.version, b=new.version), s.title)),
        _row(layout, lambda lang: paragraph(_words(lang)["legend"].format(a=old.version, b=new.version), s.small)),
        Spacer(1, 10),
    ]
    title_change = compare_paragraphs([{"id": "title", "text": {lang: old.title_in(lang) for lang in languages}}],
                                      [{"id": "title", "text": {lang: new.title_in(lang) for lang in languages}}],
                                      languages)
    paragraphs = compare_paragraphs(old.paragraphs, new.paragraphs, languages)
    plan = compare_paragraphs([{"id": p["id"], "text": {lang: p["text"] for lang in languages}} for p in old.plan],
                              [{"id": p["id"], "text": {lang: p["text"] for lang in languages}} for p in new.plan],
                              languages)
    for change in title_change:
        out.append(_row(layout, lambda lang, c=change: FlowingParagraph(_marked(c, lang), s.title)))
    for change in paragraphs:
        style = s.heading if change.heading else s.body
        out.append(_row(layout, lambda lang, c=change, style=style: FlowingParagraph(_marked(c, lang), style)
                        if c.pieces.get(lang) and any(p.text for p in c.pieces[lang]) else None))
    if plan:
        out.append(_row(layout, lambda lang: paragraph(_words(lang)["plan"], s.heading)))
        for n, change in enumerate(plan, start=1):
            out.append(_row(layout, lambda lang, c=change, n=n: FlowingParagraph(_marked(c, lang), s.numbered,
                                                                         bulletText=f"{n}.")))
    title = words["compare"].format(a=old.version, b=new.version)
    return render(out, title=f"{new.title} – {title}", subject=title, author=new.talks_title,
                  decor=PageDecor(marking=new.marking, page_label=words["page"]), invariant=invariant)
