"""A hand-made report dict that follows schema/report.schema.json (invented text).

Used by the HTML renderer tests and the browser tests while linking is young: it has two
stories, ranked claims with every badge, divergences of each kind, a timeline with full,
month and year-less dates, entities with spelling variants, cleaning traces and a skipped
input.
"""

from __future__ import annotations

from typing import Any


def _st(aid: str, i: int, text: str, *, hedges=(), speaker=None, cue=None, kind=None, outlets=(), via=(), direct=False, ents=(), dates=()) -> dict[str, Any]:
    att = None
    if cue or speaker:
        att = {"speaker": speaker, "cue": cue, "direct": direct, "outlets": list(outlets), "via": list(via), "speaker_kind": kind, "role": None}
    entities = []
    for name, label in ents:
        at = text.find(name)
        entities.append({"text": name, "label": label, "start": max(at, 0), "end": max(at, 0) + len(name), "norm": name})
    return {
        "id": f"{aid}:{i}", "article": aid, "index": i, "text": text, "start": i * 200, "end": i * 200 + len(text),
        "hedged": bool(hedges), "hedge_cues": list(hedges), "attribution": att, "entities": entities, "amounts": [],
        "dates": [{"text": t, "value": v, "relative": False} for t, v in dates],
    }


def _article(aid: str, title: str, outlet: str | None, published: str | None, n: int, url: str | None = None, spans=()) -> dict[str, Any]:
    spans = list(spans)
    counts = {"duplicate_lines": 0, "boilerplate_lines": 0, "foreign_lines": 0}
    for s in spans:
        counts[f"{s['kind']}_lines"] += 1
    total = n + len(spans) or 1
    return {
        "id": aid, "path": f"corpus/{aid}.txt", "title": title, "language": "fr", "published": published, "outlet": outlet, "url": url,
        "removed": counts, "removed_spans": spans,
        "signals": {"statements": float(n), "hedged_share": 0.5, "attributed_share": 0.75, "unattributed_share": 0.25,
                    "duplicate_share": round(counts["duplicate_lines"] / total, 3), "boilerplate_share": round(counts["boilerplate_lines"] / total, 3),
                    "foreign_share": round(counts["foreign_lines"] / total, 3)},
        "warnings": [], "statements": n,
    }


def sample_report() -> dict[str, Any]:
    """The fixture: story s1 (fire at the port of Valmer, 4 articles) and s2 (dockers' strike, 2)."""
    arts = [
        _article("cv1", "Incendie au port de Valmer : un entrepôt détruit", "Le Courrier de Valmer", "2024-03-04", 4, url="https://courrier.example/incendie",
                 spans=[{"kind": "duplicate", "start": 900, "end": 950, "text": "Les pompiers sont restés sur place toute la nuit.", "reason": "repeats line 3"},
                        {"kind": "boilerplate", "start": 1000, "end": 1090, "text": "Commentaires (12) — Jean64 : encore un scandale !", "reason": "comment section after the article"}]),
        _article("om1", "Valmer : le feu de l'entrepôt 7 aurait été allumé volontairement", "Ouest Matin", "2024-03-05", 4,
                 spans=[{"kind": "foreign", "start": 700, "end": 730, "text": "הודעה לעיתונות", "reason": "line in Hebrew (he) inside a French article"}]),
        _article("rl1", "Port de Valmer : ce que l'on sait de l'incendie", "Radio Littoral", "2024-03-06", 4, url="javascript:alert(1)"),
        _article("rl2", "Port de Valmer : ce que l'on sait de l'incendie (mise à jour)", "Radio Littoral", "2024-03-06", 2),
        _article("cv2", "Les dockers de Valmer en grève", "Le Courrier de Valmer", "2024-04-02", 2),
        _article("om2", "Grève au port : la direction dénonce un blocage", "Ouest Matin", "2024-04-03", 2),
    ]
    st = [
        _st("cv1", 0, "Un incendie a détruit l'entrepôt 7 du port de Valmer dans la nuit du 2 au 3 mars, selon les pompiers.",
            speaker="les pompiers", cue="selon", kind="body", ents=[("Valmer", "LOC")], dates=[("3 mars", "--03-03")]),
        _st("cv1", 1, "Le capitaine Marc Delorme a déclaré que 40 pompiers avaient été mobilisés.",
            speaker="Marc Delorme", cue="a déclaré", kind="person", ents=[("Marc Delorme", "PER")]),
        _st("cv1", 2, "Le feu serait d'origine criminelle, d'après une source proche de l'enquête.",
            hedges=["serait"], speaker="une source proche de l'enquête", cue="d'après", kind="anonymous"),
        _st("cv1", 3, "Le port rouvrira le 11 mars.", dates=[("11 mars", "--03-11")]),
        _st("om1", 0, "Selon une source proche de l'enquête citée par Le Courrier de Valmer, le feu aurait été allumé volontairement.",
            hedges=["aurait"], speaker="une source proche de l'enquête", cue="selon", kind="anonymous", outlets=["Le Courrier de Valmer"], via=["Le Courrier de Valmer"]),
        _st("om1", 1, "Le capitaine Marc Delorme a indiqué que 60 pompiers étaient intervenus.",
            speaker="Marc Delorme", cue="a indiqué", kind="person", ents=[("Marc Delorme", "PER")]),
        _st("om1", 2, "L'entrepôt 7 a été détruit le 3 mars 2024.", dates=[("3 mars 2024", "2024-03-03")]),
        _st("om1", 3, "La préfecture a annoncé une enquête administrative en mars 2024.",
            speaker="La préfecture", cue="a annoncé", kind="body", dates=[("mars 2024", "2024-03")]),
        _st("rl1", 0, "Le capitaine Marc Delorme a déclaré : « Quarante pompiers ont été mobilisés. »",
            speaker="Marc Delorme", cue="a déclaré", kind="person", direct=True, ents=[("Marc Delorme", "PER")]),
        _st("rl1", 1, "Le capitaine Marc Delorm a précisé que personne n'avait été blessé.",
            speaker="Marc Delorm", cue="a précisé", kind="person", ents=[("Marc Delorm", "PER")]),
        _st("rl1", 2, "Le feu serait criminel, selon Ouest Matin, qui cite une source proche de l'enquête.",
            hedges=["serait"], speaker="une source proche de l'enquête", cue="selon", kind="anonymous", outlets=["Ouest Matin"], via=["Ouest Matin"]),
        _st("rl1", 3, "Un incendie a détruit un entrepôt du port de Valmer, a confirmé la préfecture.",
            speaker="la préfecture", cue="a confirmé", kind="body", ents=[("Valmer", "LOC")]),
        _st("rl2", 0, "Le feu serait criminel, selon Ouest Matin.", hedges=["serait"], speaker="Ouest Matin", cue="selon", kind="outlet", outlets=["Ouest Matin"]),
        _st("rl2", 1, "Le port rouvrira le 11 mars.", dates=[("11 mars", "--03-11")]),
        _st("cv2", 0, "Les dockers de Valmer ont cessé le travail lundi, a annoncé le syndicat.", speaker="le syndicat", cue="a annoncé", kind="body"),
        _st("cv2", 1, "La grève pourrait durer une semaine.", hedges=["pourrait"]),
        _st("om2", 0, "La direction du port dénonce un blocage illégal.", speaker="La direction du port", cue="dénonce", kind="body"),
        _st("om2", 1, "Les dockers ont cessé le travail le 1er avril 2024.", dates=[("1er avril 2024", "2024-04-01")]),
    ]
    origin = lambda key, name, kind, sids: {"key": key, "name": name, "kind": kind, "statements": sids}  # noqa: E731
    claims = [
        {"id": "k1", "story": "s1", "text": "Un incendie a détruit l'entrepôt 7 du port de Valmer.", "statements": ["cv1:0", "om1:2", "rl1:3"],
         "articles": ["cv1", "om1", "rl1"], "outlets": ["Le Courrier de Valmer", "Ouest Matin", "Radio Littoral"],
         "origins": [origin("pompiers", "les pompiers", "body", ["cv1:0"]), origin("prefecture", "la préfecture", "body", ["rl1:3"]),
                     origin("om", "Ouest Matin", "outlet", ["om1:2"])], "hedged": False, "single_origin": False},
        {"id": "k2", "story": "s1", "text": "Le feu aurait été allumé volontairement.", "statements": ["cv1:2", "om1:0", "rl1:2", "rl2:0"],
         "articles": ["cv1", "om1", "rl1", "rl2"], "outlets": ["Le Courrier de Valmer", "Ouest Matin", "Radio Littoral"],
         "origins": [origin("anon-enquete", "une source proche de l'enquête", "anonymous", ["cv1:2", "om1:0", "rl1:2", "rl2:0"])], "hedged": True, "single_origin": True},
        {"id": "k3", "story": "s1", "text": "Des dizaines de pompiers ont été mobilisés.", "statements": ["cv1:1", "om1:1", "rl1:0"],
         "articles": ["cv1", "om1", "rl1"], "outlets": ["Le Courrier de Valmer", "Ouest Matin", "Radio Littoral"],
         "origins": [origin("delorme", "Marc Delorme", "person", ["cv1:1", "om1:1", "rl1:0"])], "hedged": False, "single_origin": True},
        {"id": "k4", "story": "s1", "text": "Le port rouvrira le 11 mars.", "statements": ["cv1:3", "rl2:1"], "articles": ["cv1", "rl2"],
         "outlets": ["Le Courrier de Valmer", "Radio Littoral"], "origins": [origin("cv", "Le Courrier de Valmer", "outlet", ["cv1:3"]), origin("rl", "Radio Littoral", "outlet", ["rl2:1"])],
         "hedged": False, "single_origin": False},
        {"id": "k5", "story": "s2", "text": "Les dockers de Valmer ont cessé le travail.", "statements": ["cv2:0", "om2:1"], "articles": ["cv2", "om2"],
         "outlets": ["Le Courrier de Valmer", "Ouest Matin"], "origins": [origin("syndicat", "le syndicat", "body", ["cv2:0"]), origin("om", "Ouest Matin", "outlet", ["om2:1"])],
         "hedged": False, "single_origin": False},
    ]
    divergences = [
        {"id": "d1", "kind": "number", "about": "pompiers mobilisés", "story": "s1",
         "values": [{"value": "40", "articles": ["cv1", "rl1"], "statements": ["cv1:1", "rl1:0"]}, {"value": "60", "articles": ["om1"], "statements": ["om1:1"]}]},
        {"id": "d2", "kind": "name", "about": "Marc Delorme", "story": "s1",
         "values": [{"value": "Marc Delorme", "articles": ["cv1", "om1", "rl1"], "statements": ["cv1:1", "om1:1", "rl1:0"]}, {"value": "Marc Delorm", "articles": ["rl1"], "statements": ["rl1:1"]}]},
        {"id": "d3", "kind": "date", "about": "grève", "story": "s2",
         "values": [{"value": "lundi", "articles": ["cv2"], "statements": ["cv2:0"]}, {"value": "2024-04-01", "articles": ["om2"], "statements": ["om2:1"]}]},
    ]
    timeline = [
        {"date": "--03-03", "text": "Un incendie détruit l'entrepôt 7.", "articles": ["cv1"], "statements": ["cv1:0"], "story": "s1"},
        {"date": "2024-03-03", "text": "L'entrepôt 7 est détruit.", "articles": ["om1"], "statements": ["om1:2"], "story": "s1"},
        {"date": "2024-03", "text": "Enquête administrative annoncée.", "articles": ["om1"], "statements": ["om1:3"], "story": "s1"},
        {"date": "--03-11", "text": "Réouverture du port.", "articles": ["cv1", "rl2"], "statements": ["cv1:3", "rl2:1"], "story": "s1"},
        {"date": "2024-04-01", "text": "Les dockers cessent le travail.", "articles": ["om2"], "statements": ["om2:1"], "story": "s2"},
    ]
    entities = [
        {"id": "ent:delorme", "name": "Marc Delorme", "type": "PER", "variants": [{"name": "Marc Delorme", "articles": ["cv1", "om1", "rl1"]}, {"name": "Marc Delorm", "articles": ["rl1"]}], "articles": ["cv1", "om1", "rl1"]},
        {"id": "ent:valmer", "name": "Valmer", "type": "LOC", "variants": [{"name": "Valmer", "articles": ["cv1", "rl1", "cv2"]}], "articles": ["cv1", "rl1", "cv2"]},
    ]
    return {
        "schema_version": "1.0", "tool": {"name": "recoupe", "version": "0.1.0"},
        "articles": arts,
        "stories": [{"id": "s1", "label": "Incendie de l'entrepôt 7 au port de Valmer", "articles": ["cv1", "om1", "rl1", "rl2"], "copies": [["rl1", "rl2"]]},
                    {"id": "s2", "label": "Grève des dockers de Valmer", "articles": ["cv2", "om2"], "copies": []}],
        "statements": st, "entities": entities, "claims": claims, "divergences": divergences, "timeline": timeline,
        "skipped": [{"path": "corpus/scan.pdf", "reason": "unsupported format .pdf: convert it to text first"}],
    }
